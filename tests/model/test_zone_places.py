"""The 2018 national zone catalogue placed in cities and counties (resources/parks/china_zones_2018.csv).

The file is written by resources/parks/build_zones.py from the catalogue and the boundary
data's names; these tests check the rules with real zone names, the counts against the
catalogue, Liaoning's hand-checked places, and that the file is what the script writes.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from model.places import Place, PlaceIndex
from model.regions import Level
from model.resources import resource_path

PARKS = resource_path("parks")
CATALOGUE = Path("/work/shared/data/china_zones_2018.csv")

# Zones per provincial-level division in the 2018 catalogue.
CATALOGUE_COUNTS = {
    "110000": 19,  # 北京
    "120000": 33,  # 天津
    "130000": 153,  # 河北
    "140000": 27,  # 山西
    "150000": 81,  # 内蒙古
    "210000": 88,  # 辽宁
    "220000": 62,  # 吉林
    "230000": 90,  # 黑龙江
    "310000": 59,  # 上海
    "320000": 170,  # 江苏
    "330000": 120,  # 浙江
    "340000": 117,  # 安徽
    "350000": 97,  # 福建
    "360000": 99,  # 江西
    "370000": 174,  # 山东
    "410000": 150,  # 河南
    "420000": 103,  # 湖北
    "430000": 129,  # 湖南
    "440000": 132,  # 广东
    "450000": 65,  # 广西
    "460000": 7,  # 海南
    "500000": 49,  # 重庆
    "510000": 134,  # 四川
    "520000": 64,  # 贵州
    "530000": 78,  # 云南
    "540000": 5,  # 西藏
    "610000": 56,  # 陕西
    "620000": 66,  # 甘肃
    "630000": 15,  # 青海
    "640000": 17,  # 宁夏
    "650000": 84,  # 新疆
}


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def zones() -> list[dict[str, str]]:
    return read(PARKS / "china_zones_2018.csv")


@pytest.fixture(scope="module")
def by_name(zones) -> dict[str, dict[str, str]]:
    return {z["name_zh"]: z for z in zones}


@pytest.fixture(scope="module")
def build_zones():
    """The derivation script, imported as a module."""
    path = PARKS / "build_zones.py"
    spec = importlib.util.spec_from_file_location("build_zones", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_zones"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gazetteer(build_zones, source):
    return build_zones.Gazetteer(source)


def test_every_province_has_the_catalogues_count(zones):
    counts = Counter(z["province_id"] for z in zones)
    assert counts == CATALOGUE_COUNTS
    assert counts["370000"] == 174 and counts["540000"] == 5
    assert len(zones) == sum(CATALOGUE_COUNTS.values()) == 2543


def test_ids_are_the_catalogue_codes_and_unique(zones):
    ids = [z["id"] for z in zones]
    assert len(set(ids)) == len(ids)
    # S377018 is given to two zones (淄川, 临淄) by the catalogue: the second keeps it with a suffix.
    twins = [z for z in zones if z["id"].startswith("S377018")]
    assert [z["id"] for z in twins] == ["S377018", f"S377018-{twins[1]['source'].split('序号')[1]}"]
    assert all(z["id"][:1] in "GS" and z["id"][2:3].isdigit() for z in zones)


@pytest.mark.skipif(not CATALOGUE.is_file(), reason="the catalogue transcription is not at hand")
def test_the_catalogue_facts_are_copied_verbatim(zones):
    catalogue = read(CATALOGUE)
    assert len(catalogue) == len(zones)
    for zone, row in zip(zones, catalogue, strict=True):
        assert zone["id"].split("-")[0] == row["catalogue_code"]
        assert zone["name_zh"] == row["name_zh"]
        assert zone["leading_industries_zh"] == row["leading_industries_zh"]
        assert (zone["level"], zone["kind_zh"]) == (row["level"], row["kind_zh"])
        assert (zone["area_ha"], zone["approval_date"]) == (row["area_ha"], row["approval_date"])
        assert zone["source"] == f"2018年版目录 序号{row['catalogue_seq']}"


def test_the_columns_are_liaonings_plus_the_place(zones):
    liaoning = read(PARKS / "liaoning_zones_2018.csv")
    extra = {"province_id", "region_id", "county_id", "location_precision", "located_by"}
    assert set(zones[0]) == set(liaoning[0]) | extra
    assert "sectors" not in zones[0]  # computed from the declaration by the importer


def liaoning_today(source) -> dict[str, tuple[str, str, str]]:
    """Liaoning's places as the program's importer reads liaoning_zones_2018.csv today."""
    from model.park_import import read_park_file
    from model.sectors import Taxonomy

    province = next(p for p in source.provinces() if p.adcode == "210000")
    places = [
        Place(r.adcode, r.name_zh, r.parent_id, level.value)
        for level in (Level.CITY, Level.COUNTY)
        for r in source.records(province, level)
    ]
    result = read_park_file(
        PARKS / "liaoning_zones_2018.csv", PlaceIndex(places, province.name_zh), {}, Taxonomy.load()
    )
    assert not result.problems
    return {
        p.id: (p.region_id, p.county_id, p.location_precision) for p in result.parks.itertuples(index=False)
    }


def test_liaonings_88_zones_keep_their_places(zones, source):
    today = liaoning_today(source)
    assert len(today) == 88
    ours = {
        z["id"]: (z["region_id"], z["county_id"], z["location_precision"])
        for z in zones
        if z["province_id"] == "210000"
    }
    assert ours == today


def test_every_region_and_county_is_in_the_boundary_data(zones, source):
    cities = {r.adcode: r for r in source.records(None, Level.CITY)}
    counties = {r.adcode: r for r in source.records(None, Level.COUNTY)}
    for zone in zones:
        precision = zone["location_precision"]
        assert precision in ("county", "city", "province")
        if precision == "province":
            assert zone["region_id"] == zone["county_id"] == ""
            continue
        city = cities[zone["region_id"]]
        assert city.parent_id == zone["province_id"]
        assert city.name_zh == zone["city_zh"]
        if precision == "county":
            county = counties[zone["county_id"]]
            assert county.parent_id == zone["region_id"]
            assert county.name_zh == zone["county_zh"]
        else:
            assert zone["county_id"] == zone["county_zh"] == ""


def test_the_review_file_lists_exactly_the_zones_below_county_level(zones):
    review = read(PARKS / "review_2018.csv")
    below = [(z["id"], z["location_precision"]) for z in zones if z["location_precision"] != "county"]
    assert [(r["id"], r["location_precision"]) for r in review] == below
    assert all(r["reason"] for r in review)


def test_every_zone_says_how_it_was_located(zones):
    for zone in zones:
        how = zone["located_by"]
        assert how
        if zone["location_precision"] == "province":
            assert how == "review"


def test_the_quality_is_what_it_was(zones):
    counts = Counter(z["location_precision"] for z in zones)
    assert counts["county"] >= 1750
    assert counts["province"] <= 70
    assert counts["county"] + counts["city"] + counts["province"] == 2543


@pytest.mark.skipif(not CATALOGUE.is_file(), reason="the catalogue transcription is not at hand")
def test_the_file_is_what_the_script_writes(build_zones, tmp_path):
    rows, review = build_zones.build(CATALOGUE)
    for name, columns, written in (
        ("china_zones_2018.csv", build_zones.COLUMNS, rows),
        ("review_2018.csv", build_zones.REVIEW_COLUMNS, review),
    ):
        build_zones.write(tmp_path / name, columns, written)
        assert (tmp_path / name).read_bytes() == (PARKS / name).read_bytes(), name
    again, _ = build_zones.build(CATALOGUE)
    assert again == rows


# --- the rules, with real names ---------------------------------------------------------------


def place(gazetteer, build_zones, province: str, name: str):
    return build_zones.ZonePlacer(gazetteer, province).place(name)


def test_a_zone_named_after_its_city_is_not_in_the_district_of_that_name(by_name):
    huaian = by_name["淮安经济技术开发区"]
    assert (huaian["region_id"], huaian["county_id"], huaian["location_precision"]) == ("320800", "", "city")
    xinxiang = by_name["新乡经济技术开发区"]
    assert (xinxiang["region_id"], xinxiang["county_id"]) == ("410700", "")  # not 新乡县
    assert xinxiang["location_precision"] == "city"


def test_a_county_named_in_full_is_named_even_when_it_shares_the_citys_name(by_name):
    assert by_name["安阳县产业集聚区"]["county_zh"] == "安阳县"
    assert by_name["河北承德县高新技术产业开发区"]["county_zh"] == "承德县"
    # the statistics bureau lists this one as a unit of 新乡县 (not the national 新乡经济技术开发区)
    assert by_name["河南新乡经济开发区"]["county_zh"] == "新乡县"


def test_county_level_cities_and_banners_count(by_name):
    ruijin = by_name["瑞金经济技术开发区"]
    assert (ruijin["region_id"], ruijin["county_zh"]) == ("360700", "瑞金市")
    assert ruijin["location_precision"] == "county"
    huolin = by_name["内蒙古霍林郭勒工业园区"]
    assert (huolin["region_id"], huolin["county_zh"]) == ("150500", "霍林郭勒市")
    assert by_name["科右前旗工业园区"]["county_zh"] == "科尔沁右翼前旗"
    assert by_name["达拉特经济开发区"]["county_zh"] == "达拉特旗"


def test_names_changed_since_2018_are_matched_by_the_table_of_former_names(by_name):
    luan = by_name["河北滦县经济开发区"]
    assert (luan["county_id"], luan["county_zh"]) == ("130284", "滦州市")
    assert luan["located_by"] == "former name: 滦县"
    assert by_name["陕西户县沣京工业园区"]["county_zh"] == "鄠邑区"
    assert by_name["上海南汇工业园区"]["county_zh"] == "浦东新区"  # merged 2009
    # 莱芜市, a city until 2019, is now two districts of 济南: its name is the city's, not 莱芜区's
    laiwu = by_name["山东莱芜钢城经济开发区"]
    assert (laiwu["region_id"], laiwu["county_zh"]) == ("370100", "钢城区")


def test_the_former_names_say_where_they_come_from(gazetteer):
    rows = read(resource_path("names", "former_names.csv"))
    assert rows and all(r["source"] and r["changed"] for r in rows)
    for row in rows:
        region = gazetteer.counties.get(row["adcode"]) or gazetteer.cities[row["adcode"]]
        assert region.name_zh == row["name_now"].split(" ")[0]


def test_an_ambiguous_place_is_left_at_the_level_that_is_certain(by_name):
    # two cities named: only the province is certain
    assert by_name["成都—阿坝工业园区"]["location_precision"] == "province"
    assert by_name["新疆奎屯—独山子经济技术开发区"]["location_precision"] == "province"
    # two counties of one city (伊宁县, 伊宁市): the city is certain
    yining = by_name["伊宁边境经济合作区"]
    assert (yining["region_id"], yining["county_id"], yining["location_precision"]) == ("654000", "", "city")


def test_words_that_only_hold_a_places_name_are_not_that_place(by_name):
    assert by_name["红旗渠经济技术开发区"]["county_zh"] != "红旗区"  # a canal in 林州
    assert by_name["杭州湾上虞经济技术开发区"]["county_zh"] == "上虞区"  # 杭州湾 is a bay
    assert by_name["四川宝兴汉白玉特色产业园区"]["county_zh"] in ("", "宝兴县")  # 汉白玉: marble


def test_a_zone_listed_as_a_township_unit_is_placed_in_its_county(by_name):
    yanjiao = by_name["燕郊高新技术产业开发区"]
    assert (yanjiao["county_id"], yanjiao["located_by"]) == ("131082", "township unit: 131082450")
    listed = [z for z in by_name.values() if z["located_by"].startswith("township unit")]
    assert len(listed) >= 100


def test_a_township_named_on_its_own_places_the_zone(by_name):
    niujia = by_name["黑龙江牛家经济开发区"]  # 牛家满族镇, 五常市
    assert (niujia["county_zh"], niujia["located_by"]) == ("五常市", "town: 牛家")
    mingshui = by_name["明水经济技术开发区"]  # 明水街道, 章丘区 (not 明水县 of Heilongjiang)
    assert (mingshui["region_id"], mingshui["county_zh"]) == ("370100", "章丘区")


def test_a_township_name_inside_a_longer_word_is_not_used(by_name, gazetteer, build_zones):
    # 洋河 (a township of 鞍山) inside 大洋河, a river
    assert by_name["鞍山大洋河临港产业区"]["location_precision"] == "city"
    # 塔拉 inside 独贵塔拉: the longer township's name wins
    assert by_name["独贵塔拉工业园区"]["county_zh"] == "杭锦旗"
    # 阜新镇 shares its name with the city: no evidence of a county
    placed = place(gazetteer, build_zones, "辽宁省", "阜新高新技术产业开发区")
    assert placed.precision == "city"


def test_towns_file_keeps_the_needed_columns():
    towns = read(resource_path("names", "towns_2023.csv"))
    assert len(towns) == 41352
    assert set(towns[0]) == {"code", "name", "county_code", "county_name"}
    assert all(len(t["code"]) == 9 and t["code"].startswith(t["county_code"]) for t in towns)
