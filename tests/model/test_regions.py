"""Finding the province and level a user asks for."""

from __future__ import annotations

import pytest

from model.errors import UnknownLevel, UnknownProvince
from model.regions import Level, Province, Scope, resolve_province, short_province_name

PROVINCES = [
    Province("210000", "辽宁省", "Liaoning"),
    Province("450000", "广西壮族自治区", "Guangxi"),
    Province("110000", "北京市", "Beijing"),
    Province("810000", "香港特别行政区", "Hong Kong"),
]


@pytest.mark.parametrize("query", ["辽宁省", "辽宁", "210000", "Liaoning", "liaoning", " 辽宁 "])
def test_every_usual_way_of_naming_liaoning_finds_it(query):
    assert resolve_province(query, PROVINCES).adcode == "210000"


@pytest.mark.parametrize("query", ["all", "ALL", "全国", "China"])
def test_all_means_the_whole_country(query):
    assert resolve_province(query, PROVINCES) is None


def test_short_names_drop_the_provincial_suffix():
    assert short_province_name("广西壮族自治区") == "广西"
    assert short_province_name("香港特别行政区") == "香港"
    assert short_province_name("北京市") == "北京"
    assert resolve_province("广西", PROVINCES).adcode == "450000"


def test_an_unknown_province_is_reported_with_candidates():
    with pytest.raises(UnknownProvince) as caught:
        resolve_province("辽东", PROVINCES)
    assert caught.value.params["query"] == "辽东"
    assert "辽宁省" in caught.value.params["candidates"]


def test_a_nonexistent_adcode_is_unknown():
    with pytest.raises(UnknownProvince):
        resolve_province("999999", PROVINCES)


def test_levels_parse_and_reject():
    assert Level.parse("County") is Level.COUNTY
    with pytest.raises(UnknownLevel) as caught:
        Level.parse("township")
    assert caught.value.params["choices"] == ["city", "county"]


def test_scope_keys_name_province_and_level():
    assert Scope(PROVINCES[0], Level.CITY).key == "210000-city"
    assert Scope(None, Level.COUNTY).key == "all-county"
