"""Label placement: never overlapping, big regions first, the selected one always."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from maps.labels import LINE_HEIGHT_EM, PADDING_PX, LabelRequest, place_labels, text_width_em


def _box(req: LabelRequest, font_px: float) -> tuple[float, float, float, float]:
    half_w = text_width_em(req.text) * font_px / 2 + PADDING_PX
    half_h = LINE_HEIGHT_EM * font_px / 2 + PADDING_PX
    return req.x_px - half_w, req.y_px - half_h, req.x_px + half_w, req.y_px + half_h


def test_chinese_is_wider_than_latin_per_character():
    assert text_width_em("沈阳市") == 3.0
    assert text_width_em("Shenyang") < 8 * 0.6


def test_of_two_overlapping_labels_the_larger_region_wins():
    small = LabelRequest(1, "辽阳市", 100, 100, 5_000)
    big = LabelRequest(2, "沈阳市", 110, 100, 50_000)
    assert place_labels([small, big], 12, (800, 600)) == [2]


def test_a_label_much_larger_than_its_region_is_left_out_unless_selected():
    tiny = LabelRequest(1, "和平区", 100, 100, 10)
    assert place_labels([tiny], 12, (800, 600)) == []
    assert place_labels([tiny], 12, (800, 600), always=frozenset({1})) == [1]


requests = st.lists(
    st.builds(
        LabelRequest,
        key=st.integers(0, 10_000),
        text=st.sampled_from(["沈阳市", "Dalian", "喀喇沁左翼蒙古族自治县", "Yi"]),
        x_px=st.floats(0, 800),
        y_px=st.floats(0, 600),
        region_area_px=st.floats(0, 1e6),
    ),
    max_size=40,
    unique_by=lambda r: r.key,
)


@given(requests)
def test_placed_labels_never_overlap_and_stay_in_view(reqs):
    placed = set(place_labels(reqs, 12, (800, 600)))
    boxes = [_box(r, 12) for r in reqs if r.key in placed]
    for i, a in enumerate(boxes):
        assert a[0] >= 0 and a[1] >= 0 and a[2] <= 800 and a[3] <= 600
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
