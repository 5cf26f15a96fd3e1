"""A planner's region layer on the map: projected, labelled, and parks assigned by containment."""

from __future__ import annotations

import numpy as np
import pytest

from maps.boundaries import load_region_layer
from maps.park_layers import load_scope_parks, park_region_ids
from model.regions import Level, OwnRegions, Scope


@pytest.fixture(scope="module")
def blocs(liaoning_blocs, liaoning):
    return load_region_layer(Scope.of_own_regions(OwnRegions(str(liaoning_blocs), "编号", "名称"), liaoning))


def test_the_planners_regions_form_a_layer_with_the_region_columns(blocs, liaoning_cities):
    regions = blocs.regions
    assert list(regions["id"]) == ["B1", "B2", "B3"]
    assert list(regions["name_zh"]) == ["沿海经济带", "沈阳都市圈", "辽西北"]
    assert set(regions["parent_id"]) == {"210000"} and set(regions["level"]) == {"own"}
    # Merged from the cities, their areas add up to the province's.
    assert regions["area_km2"].sum() == pytest.approx(liaoning_cities.regions["area_km2"].sum(), rel=1e-3)
    assert blocs.scope.level is Level.OWN and blocs.scope.key.startswith("210000-own-")


def test_the_layer_is_drawn_at_every_level_of_detail(blocs):
    for tolerance in blocs.display.tolerances:
        assert len(blocs.display.level(tolerance)) == 3


def test_each_park_belongs_to_the_planning_area_it_lies_in(blocs, liaoning_cities):
    parks = load_scope_parks(blocs.scope.province).parks
    areas = park_region_ids(blocs, parks)
    assert (areas != "").all()  # every Liaoning zone lies in one of the three areas
    city_of_area = dict(zip(liaoning_cities.regions["id"], liaoning_cities.regions["name_zh"], strict=True))
    coastal = {"大连市", "丹东市", "锦州市", "营口市", "盘锦市", "葫芦岛市"}
    in_coast = np.array([city_of_area[c] in coastal for c in parks["region_id"]])
    assert (areas[in_coast] == "B1").all() and (areas[~in_coast] != "B1").all()


def test_parks_on_administrative_layers_belong_to_the_region_their_record_names(
    liaoning_cities, liaoning_counties
):
    parks = load_scope_parks(liaoning_cities.scope.province).parks
    assert list(park_region_ids(liaoning_cities, parks)) == list(parks["region_id"])
    counties = park_region_ids(liaoning_counties, parks)
    named = parks["county_id"].fillna("") != ""
    assert list(counties[named.to_numpy()]) == list(parks.loc[named, "county_id"])
    county_parent = dict(
        zip(liaoning_counties.regions["id"], liaoning_counties.regions["parent_id"], strict=True)
    )
    # A zone placed at its city's centre falls in a county of that same city.
    assert all(county_parent[c] == r for c, r in zip(counties, parks["region_id"], strict=True))


def test_points_outside_every_region_belong_to_none(blocs):
    assert list(blocs.regions_at(np.array([[100.0, 30.0], [123.4, 41.8]]))) == ["", "B2"]
