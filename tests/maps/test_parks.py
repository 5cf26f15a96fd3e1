"""The embedded Liaoning zones and catalogue-shaped park lists, placed on real regions."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from maps.park_layers import guess_province, load_parks, province_places
from model.park_import import ParkFileError, read_park_file
from model.parks import PARK_COLUMNS, sector_codes
from model.sectors import Taxonomy

CATALOGUE = Path(__file__).resolve().parents[1] / "data" / "liaoning_zones_2018.csv"


@pytest.fixture(scope="module")
def default_parks(liaoning):
    return load_parks(liaoning)


@pytest.fixture(scope="module")
def places(liaoning):
    return province_places(liaoning)


def test_the_embedded_default_is_the_88_catalogue_zones_in_14_cities(default_parks):
    parks = default_parks.parks
    assert default_parks.problems == [] and default_parks.unknown_terms == {}
    assert len(parks) == 88 and parks["id"].is_unique
    assert parks["region_id"].nunique() == 14
    assert parks["level"].value_counts().to_dict() == {"provincial": 62, "national": 26}
    assert list(parks.columns) == list(PARK_COLUMNS)


def test_zones_that_name_a_county_sit_in_it(default_parks):
    parks = default_parks.parks.set_index("name_zh")
    assert parks.loc["旅顺经济技术开发区", "county_id"] == "210212"
    assert parks.loc["大连瓦房店轴承产业园区", "county_id"] == "210281"
    assert parks.loc["绥中高新技术产业开发区", "county_id"] == "211421"
    assert parks.loc["朝阳喀左经济开发区", "county_id"] == "211324"
    assert parks.loc["黑山庞河经济开发区", "location_precision"] == "county"
    assert parks.loc["沈阳经济技术开发区", "location_precision"] == "city"
    assert parks.loc["沈阳经济技术开发区", "county_id"] == ""


def test_every_park_is_placed_inside_its_region(default_parks, liaoning_cities, liaoning_counties):
    import shapely

    for park in default_parks.parks.itertuples():
        layer, region = (
            (liaoning_counties, park.county_id) if park.county_id else (liaoning_cities, park.region_id)
        )
        polygon = layer.regions.geometry.values[layer.row_of(region)]
        assert shapely.contains(polygon, shapely.Point(park.lon, park.lat)), park.name_zh


def test_sectors_are_read_from_the_declarations(default_parks):
    parks = default_parks.parks.set_index("name_zh")
    assert parks.loc["大连长兴岛经济技术开发区", "sectors"] == "PCH.REF;EQP.SHIP;EQP"
    assert parks.loc["丹东边境经济合作区", "sectors"] == "AUT.VEH;AUT.PART;EQP.INSTR"
    assert parks.loc["营口综合保税区", "sectors"] == ""  # 在建: not an industry
    assert sector_codes(default_parks.parks)[0] == ("EQP", "MED.PHARMA")


def test_the_catalogue_file_itself_imports_to_the_same_parks(liaoning, default_parks):
    from_catalogue = load_parks(liaoning, CATALOGUE)
    assert from_catalogue.problems == []
    columns = ["id", "region_id", "county_id", "location_precision", "sectors"]
    assert from_catalogue.parks[columns].equals(default_parks.parks[columns])


def test_a_file_of_another_province_is_recognised(tmp_path, source):
    path = tmp_path / "jilin.csv"
    path.write_text(
        "名称,所在城市,主导产业\n长春汽车经济技术开发区,长春市,汽车;汽车零部件\n延吉园区,延边,医药\n",
        encoding="gb18030",
    )
    province = guess_province(path, source)
    assert province.adcode == "220000"
    parks = load_parks(province, path).parks
    assert list(parks["region_id"]) == ["220100", "222400"]
    assert parks["sectors"].iloc[0] == "AUT.VEH;AUT.PART"


@pytest.mark.parametrize(
    ("content", "field", "code"),
    [
        ("name,city,主导产业\n甲园区,火星,船舶\n", "city", "unknown-city"),
        ("name,city,county,主导产业\n甲园区,大连,某某县,船舶\n", "county", "unknown-county"),
        ("name,city,主导产业,lon,lat\n甲园区,大连,船舶,东经,39\n", "lon", "bad-coordinate"),
        ("id,name,city,主导产业\nA1,甲,大连,船舶\nA1,乙,大连,船舶\n", "id", "duplicate-id"),
        ("名称,所在城市,主导产业\n,大连,船舶\n", "名称", "empty"),
        ("名称,所在城市,主导产业\n甲园区,火星,船舶\n", "所在城市", "unknown-city"),
    ],
)
def test_row_problems_name_the_row_and_field(tmp_path, places, content, field, code):
    path = tmp_path / "parks.csv"
    path.write_text(content, encoding="utf-8")
    result = read_park_file(path, *places, Taxonomy.load())
    problem = result.problems[0]
    assert (problem.file, problem.field, problem.code) == (str(path), field, code)
    assert problem.row == len(content.splitlines())


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty-file"),
        (b"\n \r\n", "empty-file"),
        (b"\x00\x01\x02junk", "binary"),
        ("名称,城市\n甲,大连\n".encode(), "missing-column"),
        (b"name,city,sectors_text\n", "no-rows"),
        ("名称,城市,主导产业\n".encode("utf-16"), "no-rows"),  # UTF-16 is read: a header and no rows
    ],
)
def test_unreadable_files_are_refused_whole(tmp_path, places, content, reason):
    path = tmp_path / "parks.csv"
    path.write_bytes(content)
    with pytest.raises(ParkFileError) as caught:
        read_park_file(path, *places, Taxonomy.load())
    assert caught.value.params["reason"] == reason


def test_coordinates_make_a_location_exact(tmp_path, places):
    path = tmp_path / "parks.csv"
    path.write_text("name,city,主导产业,经度,纬度\n甲园区,大连,船舶,121.6,38.9\n", encoding="utf-8")
    park = read_park_file(path, *places, Taxonomy.load()).parks.iloc[0]
    assert park["location_precision"] == "exact" and math.isclose(park["lon"], 121.6)


def test_points_outside_the_province_are_reported_with_their_row(tmp_path, liaoning):
    path = tmp_path / "parks.csv"
    path.write_text(
        "名称,所在城市,主导产业,经度,纬度\n甲,大连,船舶,121.6,38.95\n乙,大连,船舶,38.95,121.6\n"
        "丙,大连,船舶,116.4,39.9\n",
        encoding="utf-8",
    )
    result = load_parks(liaoning, path)
    assert list(result.parks["name_zh"]) == ["甲"]
    assert [(p.row, p.field, p.code) for p in result.problems] == [
        (3, "经度", "bad-coordinate"),
        (4, "经度", "outside-province"),
    ]  # swapped columns (a latitude of 121.6 is none); Beijing


def test_every_given_coordinate_is_checked_whatever_precision_the_file_claims(tmp_path, liaoning):
    """A location_precision column used to skip the check: latitude 999 or New York passed."""
    path = tmp_path / "parks.csv"
    path.write_text(
        "name,city,sectors_text,lon,lat,location_precision\n甲,大连,船舶,121.6,38.95,county\n"
        "乙,大连,船舶,121.6,999,county\n丙,大连,船舶,-74.0,40.7,city\n丁,大连,船舶,nan,inf,exact\n",
        encoding="utf-8",
    )
    result = load_parks(liaoning, path)
    assert list(result.parks["name_zh"]) == ["甲"]
    assert [(p.row, p.code) for p in result.problems] == [
        (3, "bad-coordinate"),
        (5, "bad-coordinate"),
        (4, "outside-province"),
    ]


def test_our_own_parks_csv_imports_again(tmp_path, liaoning, default_parks):
    """``parks --out x.csv`` writes region_id and county_id: the importer reads them as the city
    and the county."""
    from model.tables import parks_table, write_csv

    path = tmp_path / "parks.csv"
    write_csv(path, parks_table(default_parks.parks))
    back = load_parks(liaoning, path)
    assert back.problems == []
    for column in ("id", "region_id", "county_id", "location_precision", "sectors"):
        assert list(back.parks[column]) == list(default_parks.parks[column]), column


def test_text_a_spreadsheet_would_run_reads_back_as_written(tmp_path, liaoning):
    from model.park_export import write_parks

    parks = load_parks(liaoning).parks.head(3).copy()
    parks.loc[0, "name_zh"] = "=cmd|'/c calc'!A1"
    parks.loc[1, "name_zh"] = '=HYPERLINK("http://x","点击")'
    parks.loc[2, "name_zh"] = "-园区"
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"parks{suffix}"
        write_parks(parks, path)
        back = load_parks(liaoning, path).parks
        assert list(back["name_zh"]) == list(parks["name_zh"]), suffix


CITY_NAMES = [
    "沈阳",
    "大连市",
    "鞍山",
    "抚顺市",
    "本溪",
    "丹东",
    "锦州",
    "营口",
    "阜新",
    "辽阳",
    "盘锦",
    "铁岭",
    "朝阳",
    "葫芦岛市",
]
TERMS = ["船舶", "石化", "装备制造", "汽车及零部件", "在建", "生物医药"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.tuples(st.sampled_from(CITY_NAMES), st.lists(st.sampled_from(TERMS), min_size=1, max_size=3)),
        min_size=1,
        max_size=15,
    )
)
def test_any_list_of_known_cities_and_terms_imports_every_row(tmp_path_factory, places, rows):
    path = tmp_path_factory.mktemp("prop") / "parks.csv"
    lines = ["名称,所在城市,主导产业"] + [
        f"园区{i},{city},{'、'.join(terms)}" for i, (city, terms) in enumerate(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = read_park_file(path, *places, Taxonomy.load())
    assert result.problems == [] and result.unknown_terms == {}
    assert len(result.parks) == len(rows)
    assert result.park_rows == list(range(2, len(rows) + 2))
    for park, (city, _) in zip(result.parks.itertuples(), rows, strict=True):
        assert places[0].find(city, "city") == [park.region_id]
        assert park.location_precision == "city"
