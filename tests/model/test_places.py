"""Finding cities and counties by the names planners write."""

from __future__ import annotations

import pytest

from model.naming import core_name
from model.places import Place, PlaceIndex

PLACES = [
    Place("210200", "大连市", "210000", "city"),
    Place("211000", "辽阳市", "210000", "city"),
    Place("210300", "鞍山市", "210000", "city"),
    Place("210212", "旅顺口区", "210200", "county"),
    Place("210281", "瓦房店市", "210200", "county"),
    Place("210213", "金州区", "210200", "county"),
    Place("211021", "辽阳县", "211000", "county"),
    Place("211002", "白塔区", "211000", "county"),
    Place("210302", "铁东区", "210300", "county"),
    Place("211003", "铁东区", "211000", "county"),  # a made-up twin, to test ambiguity
]


@pytest.fixture
def index() -> PlaceIndex:
    return PlaceIndex(PLACES, "辽宁省")


def test_core_names():
    assert core_name("延边朝鲜族自治州") == "延边"
    assert core_name("岫岩满族自治县") == "岫岩"
    assert core_name("瓦房店市") == "瓦房店"
    assert core_name("旅顺口区") == "旅顺口"


@pytest.mark.parametrize("written", ["大连", "大连市", "辽宁省大连市", "辽宁大连", " 大连 "])
def test_a_city_is_found_however_it_is_written(index, written):
    assert index.find(written, "city") == ["210200"]


def test_counties_by_name_with_or_without_suffix_or_city_prefix(index):
    assert index.find("瓦房店", "county") == ["210281"]
    assert index.find("瓦房店市", "county", within="210200") == ["210281"]
    assert index.find("大连市瓦房店市", "county") == ["210281"]
    assert index.find("旅顺", "county") == ["210212"]  # an alias


def test_ambiguous_and_unknown_names_are_not_guessed(index):
    assert index.find("铁东区", "county") == ["210302", "211003"]
    assert index.find("铁东区", "county", within="210300") == ["210302"]
    assert index.find("火星", "city") == []


@pytest.mark.parametrize(
    ("zone", "city", "county"),
    [
        ("大连瓦房店轴承产业园区", "210200", ["210281"]),
        ("旅顺经济技术开发区", "210200", ["210212"]),
        ("大连金州经济开发区", "210200", ["210213"]),
        ("大连长兴岛经济技术开发区", "210200", []),  # 长兴岛 is no county
        ("辽宁辽阳经济开发区", "211000", []),  # the city's name, not 辽阳县
        ("本溪铁东经济开发区", "210200", []),  # counties of other cities do not count
    ],
)
def test_the_county_a_zone_name_names(index, zone, city, county):
    assert index.counties_named_in(zone, city) == county


def test_a_city_named_like_its_province_is_found(source):
    from maps.park_layers import province_places

    jilin = next(p for p in source.provinces() if p.adcode == "220000")
    places, _ = province_places(jilin)
    assert places.find("吉林市", "city") == ["220200"]
    assert places.find("吉林", "city") == ["220200"]
    assert places.find("吉林省长春市", "city") == ["220100"]
