"""Duplicated focus: which pairs are flagged, with which parks and scores, under each rule."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.analysis_settings import AnalysisSettings, BadSetting, FocusRule, ItemLevel, Weighting
from model.duplication import analyse, region_items
from model.neighbours import NeighbourGraph
from model.parks import PARK_COLUMNS
from model.sectors import Taxonomy

TAXONOMY = Taxonomy.load()
IDS = np.array(["A", "B", "C"])  # a strip: A - B - C


def strip_graph() -> NeighbourGraph:
    pairs = np.array([[0, 1], [1, 2]])
    return NeighbourGraph(
        IDS, pairs, np.array([1000.0, 1000.0]), np.array(["border", "border"], dtype=object)
    )


def parks(rows: list[tuple[str, int, str, str, float]]) -> tuple[pd.DataFrame, np.ndarray]:
    """(id, region row, sectors, level, area) → a park table and the parks' region rows."""
    table = pd.DataFrame({c: [""] * len(rows) for c in PARK_COLUMNS})
    table["id"] = [r[0] for r in rows]
    table["sectors"] = [r[2] for r in rows]
    table["level"] = [r[3] for r in rows]
    table["area_ha"] = [r[4] for r in rows]
    return table, np.array([r[1] for r in rows])


PARKS = [
    ("p1", 0, "EQP.SHIP;PETRO.REFINE", "national", 100.0),
    ("p2", 1, "EQP.SHIP", "provincial", 50.0),
    ("p3", 1, "AUT.PART", "other", np.nan),
    ("p4", 2, "PETRO.REFINE;EQP", "provincial", 30.0),
    ("p5", 2, "EQP.SHIP", "other", 20.0),
]


def run(options: AnalysisSettings | None = None, rows=PARKS):
    options = options or AnalysisSettings()
    table, region_rows = parks(rows)
    data = region_items(table, region_rows, 3, TAXONOMY, options)
    return analyse(IDS, strip_graph(), data, options)


def test_declared_focus_flags_neighbours_declaring_the_same_sector_with_their_parks():
    result = run()
    flags = result.duplicates_table()
    assert set(zip(flags["a"], flags["b"], flags["sector"], strict=True)) == {
        ("A", "B", "EQP.SHIP"),
        ("B", "C", "EQP.SHIP"),
    }  # A and C both refine oil but are not neighbours
    row = flags.set_index(["a", "b", "sector"]).loc[("B", "C", "EQP.SHIP")]
    assert (row["parks_a"], row["parks_b"]) == ("p2", "p5")
    # shares: B = ship ½, parts ½; C = refining ⅓, equipment (unspecified) ⅓, ship ⅓
    assert row["score"] == pytest.approx(np.sqrt(0.5 * (1 / 3)))


def test_a_group_level_declaration_is_its_own_item_at_sector_level_and_rolls_up_at_group_level():
    sector_level = run()
    assert "EQP" in sector_level.items and "EQP.SHIP" in sector_level.items
    group_level = run(AnalysisSettings(items=ItemLevel.GROUP))
    assert "EQP.SHIP" not in group_level.items
    flags = group_level.duplicates_table()
    assert set(zip(flags["a"], flags["b"], flags["sector"], strict=True)) == {
        ("A", "B", "EQP"),
        ("B", "C", "EQP"),
    }  # B's car parts roll up to 汽车, which no neighbour has
    c = group_level.data.items.index("EQP")
    assert group_level.data.x[2, c] == 2  # p4's bare 装备制造 and p5's ships: two parks, once each


def test_pair_measures_of_the_strip():
    pairs = run().pairs_table().set_index(["a", "b"])
    # A: ship ½, refining ½; B: ship ½, parts ½ → S = ¼ / (√½ √½) = ½, K = 0 + ½ + ½ = 1
    assert pairs.loc[("A", "B"), "similarity"] == pytest.approx(0.5)
    assert pairs.loc[("A", "B"), "krugman"] == pytest.approx(1.0)
    assert pairs.loc[("A", "B"), "jaccard"] == pytest.approx(1 / 3)
    assert pairs.loc[("A", "B"), "shared"] == 1


def test_weights_by_area_level_and_split():
    by_area = run(AnalysisSettings(weighting=Weighting.AREA))
    ship = by_area.data.items.index("EQP.SHIP")
    assert by_area.data.x[:, ship].tolist() == [100.0, 50.0, 20.0]
    parts = by_area.data.items.index("AUT.PART")
    assert by_area.data.x[1, parts] == 0  # no area given: weighs nothing
    by_level = run(AnalysisSettings(weighting=Weighting.LEVEL))
    assert by_level.data.x[:, ship].tolist() == [3.0, 2.0, 1.0]
    split = run(AnalysisSettings(split=True))
    assert split.data.x[0, ship] == 0.5 and split.data.x.sum() == len(PARKS)


def test_location_quotient_focus_keeps_only_over_represented_sectors():
    result = run(AnalysisSettings(focus=FocusRule.LQ, lq_threshold=1.25))
    # Scope shares: ship 3/7, refining 2/7, parts 1/7, equipment 1/7. A's ship LQ = ½ / (3/7) = 1.17 < 1.25.
    ship = result.items.index("EQP.SHIP")
    assert result.lq[0, ship] == pytest.approx(0.5 / (3 / 7))
    assert not result.focus[0, ship]
    assert result.duplicates_table().empty
    assert AnalysisSettings().with_focus("lq:1.1").lq_threshold == 1.1
    assert AnalysisSettings().with_focus("share:0.3").focus is FocusRule.SHARE
    with pytest.raises(BadSetting):
        AnalysisSettings().with_focus("lq:-1")


def test_settings_survive_a_round_trip_through_plain_data():
    options = AnalysisSettings(items=ItemLevel.GROUP, split=True).with_focus("share:0.25")
    assert AnalysisSettings.from_dict(options.to_dict()) == options
    with pytest.raises(BadSetting):
        AnalysisSettings.from_dict({"weighting": "output"})


@pytest.mark.parametrize("field", ["lq_threshold", "share_threshold", "similarity_threshold", "significance"])
@pytest.mark.parametrize("value", [float("nan"), float("inf"), -1.0, 1e9])
def test_thresholds_that_are_not_finite_or_out_of_range_are_refused(field, value):
    with pytest.raises(BadSetting) as caught:
        AnalysisSettings(**{field: value})
    assert caught.value.params["option"] == field and "low" in caught.value.params
    with pytest.raises(BadSetting):
        AnalysisSettings.from_dict({field: value})


sector_sets = st.lists(
    st.sets(st.sampled_from(["EQP.SHIP", "PETRO.REFINE", "AUT.PART", "EQP"]), min_size=1),
    min_size=1,
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(sector_sets, st.lists(st.integers(0, 2), min_size=12, max_size=12))
def test_flags_are_exactly_the_neighbour_pairs_that_both_focus(declared, where):
    rows = [(f"p{i}", where[i], ";".join(sorted(s)), "other", 1.0) for i, s in enumerate(declared)]
    result = run(rows=rows)
    flags = {
        (a, b, k)
        for a, b, k in zip(*(result.duplicates_table()[c] for c in ("a", "b", "sector")), strict=True)
    }
    focus = {i: set() for i in range(3)}
    for _, r, sectors, _, _ in rows:
        focus[r] |= set(sectors.split(";"))
    expected = {(IDS[i], IDS[j], k) for i, j in ((0, 1), (1, 2)) for k in focus[i] & focus[j]}
    assert flags == expected


def test_a_province_without_parks_has_no_flags_and_undefined_measures():
    result = run(rows=[])
    assert result.duplicates_table().empty and result.items == []
    assert result.pairs_table()["similarity"].isna().all()
    assert list(result.duplicated_items()) == [0, 0, 0]
