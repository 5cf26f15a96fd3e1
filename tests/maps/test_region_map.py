"""The base map drawn on a matplotlib figure: patches, labels, view and hit tests."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from maps.colouring import greedy_colours
from maps.projection import project_coords
from maps.region_map import RegionMap


def _map(layer, language="zh", size=(10, 7)) -> RegionMap:
    figure = Figure(figsize=size, dpi=100)
    FigureCanvasAgg(figure)
    region_map = RegionMap(figure, layer, language)
    region_map.refresh()
    figure.canvas.draw()
    return region_map


def _label_xy(layer) -> np.ndarray:
    return project_coords(layer.regions[["label_lon", "label_lat"]].to_numpy(), layer.crs)


@pytest.mark.parametrize("layer_name", ["liaoning_cities", "liaoning_counties"])
def test_one_patch_per_region(layer_name, request):
    layer = request.getfixturevalue(layer_name)
    region_map = _map(layer)
    assert len(region_map.regions.get_paths()) == len(layer)


def test_neighbouring_cities_have_different_fills(liaoning_cities):
    region_map = _map(liaoning_cities)
    fills = [to_hex(c) for c in region_map.regions.get_facecolors()]
    rows = {rid: i for i, rid in enumerate(liaoning_cities.regions["id"])}
    assert fills[rows["210100"]] != fills[rows["211000"]]  # 沈阳 and 辽阳 share a border
    assert len(set(fills)) >= 3


def test_greedy_colouring_separates_every_pair():
    pairs = np.array([[0, 1], [1, 2], [0, 2], [2, 3]])
    colours = greedy_colours(4, pairs)
    assert all(colours[a] != colours[b] for a, b in pairs)


def test_county_level_outlines_the_cities(liaoning_counties):
    region_map = _map(liaoning_counties)
    assert len(region_map.groups.get_paths()) == 14


def test_city_labels_are_all_shown_in_the_chosen_language(liaoning_cities):
    region_map = _map(liaoning_cities, "zh")
    assert sorted(region_map.label_texts) == sorted(liaoning_cities.regions["name_zh"])
    region_map.set_language("en")
    assert "Shenyang" in region_map.label_texts and "沈阳市" not in region_map.label_texts


def test_drawn_labels_do_not_overlap(liaoning_counties):
    region_map = _map(liaoning_counties, "en")
    renderer = region_map.figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in region_map.labels.artists()]
    assert len(boxes) > 20
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b), (a, b)


def test_region_at_finds_each_city_at_its_label_point(liaoning_cities):
    region_map = _map(liaoning_cities)
    for row, (x, y) in enumerate(_label_xy(liaoning_cities)):
        assert region_map.region_at(x, y) == row
    assert region_map.region_at(*region_map.core_extent()[:2]) is None  # a corner over the sea


def test_fit_shows_the_whole_province_with_true_aspect(liaoning_cities):
    region_map = _map(liaoning_cities)
    x0, x1 = region_map.ax.get_xlim()
    y0, y1 = region_map.ax.get_ylim()
    xmin, ymin, xmax, ymax = region_map.full_extent()
    assert x0 < xmin and x1 > xmax and y0 < ymin and y1 > ymax
    width, height = region_map.figure.bbox.size
    assert (x1 - x0) / width == pytest.approx((y1 - y0) / height)


def test_zoom_keeps_the_anchor_and_pan_moves_the_view(liaoning_cities):
    region_map = _map(liaoning_cities)
    anchor = tuple(_label_xy(liaoning_cities)[0])
    before = region_map.ax.transData.transform(anchor)
    region_map.zoom(2.0, anchor)
    after = region_map.ax.transData.transform(anchor)
    np.testing.assert_allclose(before, after, atol=1e-6)
    region_map.pan_pixels(100, 0)
    np.testing.assert_allclose(region_map.ax.transData.transform(anchor), after + [100, 0], atol=1e-6)


def test_zooming_in_asks_for_finer_detail(liaoning_counties):
    region_map = _map(liaoning_counties)
    coarse = region_map.wanted_tolerance()
    region_map.zoom(8.0)
    assert region_map.wanted_tolerance() < coarse


def test_selection_draws_a_highlight_and_keeps_its_label(liaoning_counties):
    region_map = _map(liaoning_counties)
    row = liaoning_counties.row_of("210102")  # 和平区: too small to label at province scale
    assert "和平区" not in region_map.label_texts
    region_map.set_selected(row)
    assert region_map.selected_patch.get_visible()
    assert "和平区" in region_map.label_texts
    region_map.set_selected(None)
    assert not region_map.selected_patch.get_visible()


def test_hainan_fit_leaves_out_the_far_islands(source):
    from maps.boundaries import load_region_layer
    from model.regions import Level, Scope

    hainan = next(p for p in source.provinces() if p.adcode == "460000")
    layer = load_region_layer(Scope(hainan, Level.CITY), source)
    region_map = _map(layer)
    core = region_map.core_extent()
    full = region_map.full_extent()
    assert (core[3] - core[1]) < (full[3] - full[1]) / 3  # the island, not the South China Sea


def test_the_duplication_view_is_redrawn_only_when_it_would_look_different(liaoning, liaoning_cities):
    from maps.analysis import run_analysis
    from maps.duplication_view import DuplicationTexts
    from maps.park_layers import load_scope_parks
    from model.analysis_settings import AnalysisSettings
    from model.sectors import Taxonomy

    taxonomy = Taxonomy.load()
    parks = load_scope_parks(liaoning, taxonomy).parks
    texts = DuplicationTexts("t", ("0", "1", "2", "3", "5", "8"), "b", "bg", "bc", "{sector}", "f", "c", "o")
    region_map = _map(liaoning_cities)
    first = run_analysis(liaoning_cities, parks, taxonomy, AnalysisSettings())
    assert region_map.show_duplication(first, taxonomy, None, texts)
    nudged = parks.copy()
    nudged.loc[0, "lon"] += 0.01  # a few hundred metres, inside its city
    same = run_analysis(liaoning_cities, nudged, taxonomy, AnalysisSettings())
    assert not region_map.show_duplication(same, taxonomy, None, texts)
    fills = region_map.regions.get_facecolors().copy()
    moved = parks.copy()
    moved["sectors"] = "PCH.REF"  # every zone refining: another picture
    other = run_analysis(liaoning_cities, moved, taxonomy, AnalysisSettings())
    assert region_map.show_duplication(other, taxonomy, None, texts)
    assert not np.array_equal(fills, region_map.regions.get_facecolors())
    assert region_map.show_duplication(other, taxonomy, "PCH.REF", texts)  # the radar is another view
