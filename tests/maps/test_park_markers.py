"""Parks drawn on the map: one marker per park, colours by group, filters, an honest legend."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from maps.legend import LegendTexts
from maps.park_layers import load_parks
from maps.park_markers import park_style, spread_offsets, wedge_marker
from maps.region_map import RegionMap
from model.sectors import Taxonomy

TEXTS = LegendTexts("Zones", "National", "Provincial", "Other", "Exact", "Approximate", "Several", "None")


@pytest.fixture(scope="module")
def taxonomy():
    return Taxonomy.load()


@pytest.fixture(scope="module")
def parks(liaoning):
    return load_parks(liaoning).parks


@pytest.fixture
def region_map(liaoning_cities, parks, taxonomy):
    figure = Figure(figsize=(10, 7), dpi=100)
    FigureCanvasAgg(figure)
    region_map = RegionMap(figure, liaoning_cities, "zh")
    region_map.set_parks(parks, taxonomy, TEXTS)
    region_map.refresh()
    figure.canvas.draw()
    return region_map


def _drawn_rows(region_map) -> list[int]:
    rows = []
    for collection in region_map.parks.collections:
        if collection.segment == 0:
            rows.extend(collection.park_rows.tolist())
    return sorted(rows)


def test_every_park_has_one_marker(region_map, parks):
    assert _drawn_rows(region_map) == list(range(len(parks)))


def test_a_park_with_several_groups_gets_one_segment_per_group(region_map, parks, taxonomy):
    row = parks.index[parks["name_zh"] == "大连长兴岛经济技术开发区"][0]  # 石化, 船舶海工, 装备制造
    style = park_style(parks, taxonomy)
    assert style.groups[row] == ("PCH", "EQP")
    assert style.colours[row] == (taxonomy.groups["PCH"].colour, taxonomy.groups["EQP"].colour)
    segments = [c for c in region_map.parks.collections if row in c.park_rows]
    assert len(segments) == 2
    colours = {to_hex(c.get_markerfacecolor()) for c in segments}
    assert colours == {taxonomy.groups["PCH"].colour, taxonomy.groups["EQP"].colour}


def test_the_sector_filter_changes_the_markers_drawn(region_map, parks):
    region_map.show_sectors({"EQP.SHIP"})
    shown = [parks["name_zh"].iloc[r] for r in _drawn_rows(region_map)]
    assert "旅顺经济技术开发区" in shown and "大连长兴岛经济技术开发区" in shown
    assert "沈阳金融商贸开发区" not in shown
    region_map.show_sectors({"group:EQP"})  # the whole group: any equipment sector, or bare 装备制造
    whole_group = _drawn_rows(region_map)
    region_map.show_sectors({"EQP"})  # only zones that declare 装备制造 without naming a sector
    bare = _drawn_rows(region_map)
    assert len(whole_group) > len(bare) > 30
    assert all("EQP" in parks["sectors"].iloc[r].split(";") for r in bare)
    region_map.show_sectors(None)
    assert len(_drawn_rows(region_map)) == len(parks)


def test_the_legend_lists_only_what_is_shown(region_map, parks, taxonomy):
    region_map.show_sectors({"EQP.SHIP"})
    labels = [t.get_text() for t in region_map.ax.get_legend().get_texts()]
    style = park_style(parks, taxonomy)
    drawn = {g for r in _drawn_rows(region_map) for g in style.groups[r]}
    expected = [taxonomy.name(g, "zh") for g in taxonomy.groups if g in drawn]
    assert labels[: len(expected)] == expected
    assert 0 < len(expected) < len(taxonomy.groups)
    assert not set(labels) & {taxonomy.name(g, "zh") for g in taxonomy.groups if g not in drawn}
    assert "Approximate" in labels and "Exact" not in labels  # the catalogue has no coordinates
    assert "National" in labels


def test_parks_sharing_a_point_are_spread_apart():
    points = np.array([[0.0, 0.0]] * 5 + [[10.0, 10.0]])
    offsets = spread_offsets(points)
    assert len({tuple(o) for o in offsets[:5]}) == 5
    assert tuple(offsets[5]) == (0.0, 0.0)
    gaps = [np.hypot(*(a - b)) for i, a in enumerate(offsets[:5]) for b in offsets[i + 1 : 5]]
    assert min(gaps) > 0.5  # at least half a spiral step between markers


def test_a_park_under_the_pointer_is_found(region_map, parks):
    row = 2
    x, y = region_map.parks.positions[row]
    assert region_map.park_at(x, y) == row
    assert region_map.park_at(x + 1e6, y) is None


def test_wedges_tile_the_circle():
    def area(path):
        x, y = path.vertices[:-1, 0], path.vertices[:-1, 1]
        return abs(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1))) / 2

    areas = [area(wedge_marker(4, i)) for i in range(4)]
    assert np.allclose(areas, areas[0]) and np.isclose(sum(areas), area(wedge_marker(1, 0)), rtol=0.02)


def test_park_names_on_demand_do_not_overlap(region_map):
    from maps.park_labels import short_park_name

    assert region_map.park_labels.texts() == []  # off by default
    region_map.zoom(3.0, tuple(region_map.parks.positions[0]))
    region_map.set_park_names(True)
    region_map.refresh()
    region_map.figure.canvas.draw()
    texts = region_map.park_labels.texts()
    assert len(texts) > 5
    renderer = region_map.figure.canvas.get_renderer()
    boxes = [
        region_map.park_labels._texts[r].get_window_extent(renderer) for r in region_map.park_labels._shown
    ]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.overlaps(b)
    assert short_park_name("辽宁康平经济开发区", ("辽宁省", "辽宁")) == "康平经济开发区"
    region_map.set_park_names(False)
    assert region_map.park_labels.texts() == []
