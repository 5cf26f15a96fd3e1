"""Neighbour rules on hand-made layouts (a 3×3 grid, a gap, an overlap, an island) and on
the real Liaoning boundaries."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from model.errors import BadSetting
from model.neighbours import NeighbourMode, NeighbourSettings, border_pairs, build_graph

SIDE = 0.01  # degrees: about 1.1 km at the equator


def grid(n: int = 3) -> np.ndarray:
    """Row-major n×n unit squares: row 0 is 0 1 2, row 1 is 3 4 5 …"""
    return np.array(
        [
            shapely.box(c * SIDE, -r * SIDE, (c + 1) * SIDE, -(r - 1) * SIDE)
            for r in range(n)
            for c in range(n)
        ]
    )


def graph(geoms, **options):
    ids = np.array([f"R{i}" for i in range(len(geoms))])
    centroids = shapely.get_coordinates(shapely.centroid(geoms))
    return build_graph(ids, geoms, centroids, NeighbourSettings(**options))


def pairs_of(g) -> set[tuple[int, int]]:
    return {tuple(p) for p in g.pairs.tolist()}


ROOK_3X3 = {(0, 1), (1, 2), (3, 4), (4, 5), (6, 7), (7, 8), (0, 3), (3, 6), (1, 4), (4, 7), (2, 5), (5, 8)}


def test_a_grid_links_squares_that_share_a_side_not_a_corner():
    g = graph(grid())
    assert pairs_of(g) == ROOK_3X3
    assert list(g.counts()) == [2, 3, 2, 3, 4, 3, 2, 3, 2]
    assert sorted(g.neighbours_of(4).tolist()) == [1, 3, 5, 7]
    assert len(g.islands()) == 0


def test_the_shared_length_is_the_side_in_metres():
    pairs, shared = border_pairs(grid(), 100.0, 0.0)
    lengths = dict(zip(map(tuple, pairs.tolist()), shared, strict=True))
    assert lengths[(0, 1)] == pytest.approx(SIDE * 110_574, rel=1e-3)  # a vertical side
    assert lengths[(0, 3)] == pytest.approx(SIDE * 111_320, rel=1e-3)  # a horizontal side at 0° N


def test_a_minimum_shared_length_drops_short_contacts():
    left = shapely.box(0, 0, SIDE, SIDE)
    right = shapely.Polygon(
        [(SIDE, SIDE * 0.99), (2 * SIDE, SIDE * 0.99), (2 * SIDE, 2 * SIDE), (SIDE, 2 * SIDE)]
    )
    # The two share the segment from y = 0.99·SIDE to SIDE only when the left square has a vertex there.
    left = shapely.Polygon([(0, 0), (SIDE, 0), (SIDE, SIDE * 0.99), (SIDE, SIDE), (0, SIDE)])
    geoms = np.array([left, right])
    assert pairs_of(graph(geoms, min_shared_m=0.0)) == {(0, 1)}
    assert pairs_of(graph(geoms, min_shared_m=200.0)) == set()  # about 11 m of border


def test_a_narrow_gap_or_overlap_within_the_tolerance_still_makes_neighbours():
    gap = SIDE * 0.04  # about 45 m
    for offset in (gap, -gap):
        geoms = np.array(
            [shapely.box(0, 0, SIDE, SIDE), shapely.box(SIDE + offset, 0, 2 * SIDE + offset, SIDE)]
        )
        assert pairs_of(graph(geoms, tolerance_m=100.0)) == {(0, 1)}
        assert pairs_of(graph(geoms, tolerance_m=10.0)) == set()
        pairs, shared = border_pairs(geoms, 100.0, 0.0)
        assert shared[0] == pytest.approx(SIDE * 110_574, rel=1e-2)


def test_an_island_has_no_neighbour_until_a_link_is_added():
    geoms = np.r_[grid(), [shapely.box(5 * SIDE, 5 * SIDE, 6 * SIDE, 6 * SIDE)]]
    g = graph(geoms)
    assert g.islands().tolist() == [9]
    linked = graph(geoms, added=(("R9", "R2"),), cut=(("R0", "R1"),))
    assert (2, 9) in pairs_of(linked) and (0, 1) not in pairs_of(linked)
    assert linked.source[linked.pairs.tolist().index([2, 9])] == "added"
    assert len(linked.islands()) == 0


def test_distance_band_and_nearest_neighbours_use_centroids():
    centre_distance_m = SIDE * 110_574
    near = graph(grid(), mode=NeighbourMode.DISTANCE, distance_km=centre_distance_m * 1.01 / 1000)
    assert pairs_of(near) == ROOK_3X3  # side neighbours are one step apart, diagonals √2
    wide = graph(grid(), mode=NeighbourMode.DISTANCE, distance_km=centre_distance_m * 1.5 / 1000)
    assert (0, 4) in pairs_of(wide) and (0, 2) not in pairs_of(wide)
    one = graph(grid(), mode=NeighbourMode.KNN, k=1)
    assert all(c >= 1 for c in one.counts())  # everyone has its nearest, made symmetric
    assert pairs_of(one) <= ROOK_3X3


def test_planning_blocs_link_every_member_with_every_other():
    g = graph(grid(), mode=NeighbourMode.BLOCS, blocs=(("沿海", ("R0", "R2", "R8")), ("北部", ("R3", "R4"))))
    assert pairs_of(g) == {(0, 2), (0, 8), (2, 8), (3, 4)}
    assert sorted(g.islands().tolist()) == [1, 5, 6, 7]


def test_neighbour_options_are_read_from_the_command_line():
    assert NeighbourSettings.parse("border") == NeighbourSettings()
    assert NeighbourSettings.parse("distance:80").distance_km == 80
    assert NeighbourSettings.parse("knn:6").k == 6
    for bad in ("distance:x", "rook", "border:3"):
        with pytest.raises(ValueError):
            NeighbourSettings.parse(bad)


@pytest.mark.parametrize(
    ("text", "option"),
    [("knn:0", "k"), ("knn:999", "k"), ("distance:1e9", "distance_km"), ("distance:nan", "distance_km")],
)
def test_neighbour_numbers_outside_their_range_are_refused_with_the_range(text, option):
    with pytest.raises(BadSetting) as caught:
        NeighbourSettings.parse(text)
    assert caught.value.params["option"] == option
    assert {"low", "high"} <= caught.value.params.keys()


@pytest.mark.parametrize("field", ["tolerance_m", "min_shared_m"])
@pytest.mark.parametrize("value", [-1.0, 1e5, 1e9, float("nan"), float("inf")])
def test_border_tolerances_have_a_range(field, value):
    with pytest.raises(BadSetting):
        NeighbourSettings(**{field: value})


def test_id_pairs_are_sorted_with_the_smaller_id_first():
    ids = np.array(["B", "A", "C"])
    geoms = np.array(
        [
            shapely.box(0, 0, SIDE, SIDE),
            shapely.box(SIDE, 0, 2 * SIDE, SIDE),
            shapely.box(2 * SIDE, 0, 3 * SIDE, SIDE),
        ]
    )
    g = build_graph(ids, geoms, shapely.get_coordinates(shapely.centroid(geoms)), NeighbourSettings())
    assert g.id_pairs() == [("A", "B"), ("A", "C")]


def test_liaonings_cities_all_have_neighbours_that_truly_share_a_border(liaoning_cities):
    regions = liaoning_cities.regions
    geoms = regions.geometry.values
    g = graph(geoms)
    assert len(g.islands()) == 0
    for a, b in g.pairs:
        shared = shapely.intersection(shapely.boundary(geoms[a]), shapely.boundary(geoms[b]))
        assert shapely.length(shared) > 0.002, (regions["name_zh"].iat[a], regions["name_zh"].iat[b])
    names = {tuple(sorted((regions["name_zh"].iat[a], regions["name_zh"].iat[b]))) for a, b in g.pairs}
    assert ("大连市", "营口市") in names and ("丹东市", "大连市") in names
    assert ("大连市", "沈阳市") not in names


def test_the_border_graph_agrees_with_libpysal_rook_contiguity(liaoning_counties):
    from libpysal.graph import Graph

    regions = liaoning_counties.regions
    ours = graph(regions.geometry.values, min_shared_m=0.0, tolerance_m=0.0)
    rook = Graph.build_contiguity(regions.geometry.reset_index(drop=True), rook=True)
    theirs = {
        tuple(sorted(p))
        for p in zip(
            rook.adjacency.index.get_level_values(0), rook.adjacency.index.get_level_values(1), strict=True
        )
        if p[0] != p[1]
    }
    assert pairs_of(ours) == {p for p in theirs if rook.adjacency.loc[p] > 0}
