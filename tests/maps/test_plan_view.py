"""The plan view's artists on Liaoning's cities with the catalogue zones: each role drawn as
specified, the focus left without a role outlined, the duplication the plan leaves drawn."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure

from maps.plan_view import (
    AVOID_FILL,
    LEAD_ALPHA,
    LED_FILLS,
    SUPPORT_TINT_ALPHA,
    UNSET_FILL,
    PlanShown,
    PlanTexts,
    sector_colour,
)
from model.plan import Role, RoleEntry

TEXTS = PlanTexts(
    "Plan: {sector}",
    "Leads",
    "Supports",
    "Avoids",
    "No role",
    "Focus, no role",
    "Left",
    "Overview",
    ("none", "1", "2", "3–4", "5+"),
    "Supports only",
)


@pytest.fixture(scope="module")
def analysis(liaoning, liaoning_cities):
    from maps.analysis import run_analysis
    from maps.park_layers import load_scope_parks
    from model.analysis_settings import AnalysisSettings
    from model.sectors import Taxonomy

    taxonomy = Taxonomy.load()
    parks = load_scope_parks(liaoning, taxonomy).parks
    return run_analysis(liaoning_cities, parks, taxonomy, AnalysisSettings()), taxonomy


def _map(layer):
    from maps.region_map import RegionMap

    figure = Figure(figsize=(8, 6), dpi=100)
    FigureCanvasAgg(figure)
    return RegionMap(figure, layer, "en")


def _contested_pair(result):
    """A duplicated focus between two neighbours: (row a, row b, sector)."""
    flags = result.duplicates
    first = flags.iloc[0]
    return int(first["a"]), int(first["b"]), result.items[int(first["item"])]


def test_each_role_is_drawn_as_the_legend_says(liaoning_cities, analysis):
    result, taxonomy = analysis
    a, b, sector = _contested_pair(result)
    ids = result.region_ids
    other = next(r for r in range(len(ids)) if r not in (a, b))
    roles = {
        (ids[a], sector): RoleEntry(Role.LEAD),
        (ids[b], sector): RoleEntry(Role.SUPPORT),
        (ids[other], sector): RoleEntry(Role.AVOID),
    }
    region_map = _map(liaoning_cities)
    assert region_map.show_plan(PlanShown.of(result, roles, sector), taxonomy, TEXTS)
    fills = region_map.regions.get_facecolors()
    colour = sector_colour(taxonomy, sector)
    assert np.allclose(fills[a], to_rgba(colour, LEAD_ALPHA))
    assert np.allclose(fills[b], to_rgba(colour, SUPPORT_TINT_ALPHA))
    assert np.allclose(fills[other], to_rgba(AVOID_FILL))
    unset = [r for r in range(len(ids)) if r not in (a, b, other)]
    assert all(np.allclose(fills[r], to_rgba(UNSET_FILL)) for r in unset)
    view = region_map.plan_view
    assert len(view.hatch.get_paths()) == 1 and np.allclose(view.hatch.get_edgecolor()[0], to_rgba(colour))
    # the focus regions of the sector left without a role are outlined, one path each
    k = result.items.index(sector)
    without = [r for r in np.flatnonzero(result.focus[:, k]) if r not in (a, b, other)]
    assert len(view.focus_outline.get_paths()) == len(without)
    labels = [t.get_text() for t in view.legend.get_texts()]
    assert labels[:4] == ["Leads", "Supports", "Avoids", "No role"]
    assert ("Focus, no role" in labels) == bool(without)


def test_the_borders_drawn_are_those_the_plan_leaves_duplicated(liaoning_cities, analysis):
    result, taxonomy = analysis
    a, b, sector = _contested_pair(result)
    ids = result.region_ids
    k = result.items.index(sector)
    contested_pairs = result.duplicates[result.duplicates["item"] == k][["a", "b"]].drop_duplicates()
    region_map = _map(liaoning_cities)
    region_map.show_plan(PlanShown.of(result, {}, sector), taxonomy, TEXTS)
    assert region_map.plan_view.borders.get_visible()
    before = len(region_map.plan_view.borders.get_segments())
    roles = {(ids[a], sector): RoleEntry(Role.LEAD), (ids[b], sector): RoleEntry(Role.SUPPORT)}
    shown = PlanShown.of(result, roles, sector)
    assert len(shown.left_pairs()) == len(contested_pairs) - 1
    region_map.show_plan(shown, taxonomy, TEXTS)
    after = len(region_map.plan_view.borders.get_segments())
    assert after < before or len(contested_pairs) == 1 and not region_map.plan_view.borders.get_visible()


def test_a_role_in_another_sector_leaves_the_sector_view_as_it_is(liaoning_cities, analysis):
    result, taxonomy = analysis
    a, _b, sector = _contested_pair(result)
    other_sector = next(item for item in result.items if item != sector)
    ids = result.region_ids
    region_map = _map(liaoning_cities)
    assert region_map.show_plan(PlanShown.of(result, {}, sector), taxonomy, TEXTS)
    elsewhere = {(ids[a], other_sector): RoleEntry(Role.LEAD)}
    assert not region_map.show_plan(PlanShown.of(result, elsewhere, sector), taxonomy, TEXTS)
    here = {(ids[a], sector): RoleEntry(Role.LEAD)}
    assert region_map.show_plan(PlanShown.of(result, here, sector), taxonomy, TEXTS)


def test_the_overview_shades_by_sectors_led_and_hatches_support_only(liaoning_cities, analysis):
    result, taxonomy = analysis
    ids = result.region_ids
    roles = {(ids[0], item): RoleEntry(Role.LEAD) for item in result.items[:3]}
    roles[(ids[1], result.items[0])] = RoleEntry(Role.SUPPORT)
    region_map = _map(liaoning_cities)
    region_map.show_plan(PlanShown.of(result, roles, None), taxonomy, TEXTS)
    fills = region_map.regions.get_facecolors()
    assert np.allclose(fills[0], to_rgba(LED_FILLS[3]))  # three sectors led: the "3–4" class
    assert np.allclose(fills[1], to_rgba(LED_FILLS[0]))
    assert len(region_map.plan_view.hatch.get_paths()) == 1
    labels = [t.get_text() for t in region_map.plan_view.legend.get_texts()]
    assert labels[:2] == ["none", "3–4"] and "Supports only" in labels


def test_an_unknown_sector_gives_the_overview(analysis):
    result, _taxonomy = analysis
    assert PlanShown.of(result, {}, "NOT.A.SECTOR").sector is None
