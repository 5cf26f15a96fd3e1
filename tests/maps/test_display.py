"""Display simplification keeps a coverage: neighbours share their borders at every detail."""

from __future__ import annotations

import numpy as np
import shapely

from maps import display as display_module
from maps.display import DisplayGeometry, simplify_coverage


def test_levels_get_finer_and_pick_by_scale(liaoning_counties):
    display = liaoning_counties.display
    t = display.tolerances
    assert all(a > b for a, b in zip(t, t[1:], strict=False))
    assert display.tolerance_for(t[0] * 2) == t[0]
    assert display.tolerance_for(t[1] * 1.5) == t[1]
    assert display.tolerance_for(t[-1] / 100) == t[-1]


def test_simplified_counties_still_tile_without_gaps_or_overlaps(liaoning_counties):
    geoms = liaoning_counties.display.level(liaoning_counties.display.tolerances[0])
    full = liaoning_counties.projected
    assert shapely.get_num_coordinates(geoms).sum() < shapely.get_num_coordinates(full).sum() / 5
    union_area = shapely.area(shapely.coverage_union_all(geoms))
    assert np.isclose(union_area, shapely.area(geoms).sum(), rtol=1e-9)  # no overlaps
    # Every pair that shared a border before still shares one (a line, not a point or a gap).
    tree = shapely.STRtree(full)
    left, right = tree.query(full, predicate="touches")
    for a, b in zip(left, right, strict=True):
        if a < b and shapely.length(shapely.intersection(full[a], full[b])) > 1000:
            assert shapely.length(shapely.intersection(geoms[a], geoms[b])) > 0


def test_splitting_by_group_gives_a_valid_coverage(liaoning_counties, monkeypatch):
    monkeypatch.setattr(display_module, "_SPLIT_ABOVE", 10)
    geoms = liaoning_counties.projected
    groups = liaoning_counties.regions["parent_id"].to_numpy()
    tol = liaoning_counties.display.tolerances[0]
    split = simplify_coverage(geoms, tol, groups)
    whole = simplify_coverage(geoms, tol)
    assert shapely.is_valid(split).all()
    assert np.isclose(shapely.area(shapely.coverage_union_all(split)), shapely.area(split).sum(), rtol=1e-9)
    # Same detail as one call: within a few percent of its vertex count.
    ratio = shapely.get_num_coordinates(split).sum() / shapely.get_num_coordinates(whole).sum()
    assert 0.9 < ratio < 1.1


def test_best_ready_falls_back_to_what_is_computed(liaoning_cities):
    display = DisplayGeometry(lambda: liaoning_cities.projected, liaoning_cities.projected_bounds())
    fine = display.tolerances[-1]
    tolerance, geoms = display.best_ready(fine)
    assert tolerance == display.tolerances[0] and len(geoms) == 14
    assert not display.has(fine)
