"""Park lists in every format planners bring: Excel with title rows and merged headers, GIS
files, GBK shapefiles without a .cpg; and the export that reads back the same."""

from __future__ import annotations

import numpy as np
import pytest
from openpyxl import Workbook

from maps.park_layers import load_parks, province_places
from model.errors import OutputError
from model.park_export import write_parks
from model.park_files import ParkFileError, read_table
from model.park_import import HEADER_WORDS, read_park_file
from model.sectors import Taxonomy

COMPARED = [
    "id",
    "name_zh",
    "name_en",
    "region_id",
    "county_id",
    "location_precision",
    "level",
    "kind",
    "sectors",
    "sectors_text",
    "approved",
    "source",
]


@pytest.fixture(scope="module")
def places(liaoning):
    return province_places(liaoning)


@pytest.fixture(scope="module")
def parks(liaoning):
    return load_parks(liaoning).parks


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".geojson", ".gpkg"])
def test_export_then_import_gives_the_same_parks(tmp_path, places, parks, suffix):
    path = tmp_path / f"parks{suffix}"
    write_parks(parks, path)
    back = read_park_file(path, *places, Taxonomy.load())
    assert back.problems == []
    assert back.parks[COMPARED].astype(str).equals(parks[COMPARED].astype(str))
    np.testing.assert_allclose(back.parks[["lon", "lat"]].astype(float), parks[["lon", "lat"]].astype(float))
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_an_export_to_an_unknown_type_or_missing_folder_writes_nothing(tmp_path, parks):
    with pytest.raises(OutputError):
        write_parks(parks, tmp_path / "parks.docx")
    with pytest.raises(OutputError):
        write_parks(parks, tmp_path / "missing" / "parks.xlsx")
    assert list(tmp_path.iterdir()) == []


def test_excel_with_title_rows_merged_header_and_a_total_row(tmp_path, places):
    book = Workbook()
    sheet = book.active
    sheet.append(["辽宁省重点园区名单（2024年）"])  # a title row
    sheet.append([])
    sheet.append(["园区名称", "所在城市", "主导产业", "位置", None])  # 位置 merged over 经度 and 纬度
    sheet.append([None, None, None, "经度", "纬度"])
    sheet.merge_cells("A3:A4")
    sheet.merge_cells("B3:B4")
    sheet.merge_cells("C3:C4")
    sheet.merge_cells("D3:E3")
    sheet.append(["甲园区", "大连市", "船舶;石化", 121.6, 38.95])
    sheet.append(["乙园区", "沈阳", "汽车及零部件", None, None])
    sheet.append(["合计", None, None, None, None])
    path = tmp_path / "parks.xlsx"
    book.save(path)
    result = read_park_file(path, *places, Taxonomy.load())
    assert result.problems == []
    assert list(result.parks["name_zh"]) == ["甲园区", "乙园区"]
    assert result.skipped_totals == [7]
    first, second = result.parks.iloc[0], result.parks.iloc[1]
    assert first["location_precision"] == "exact" and first["lon"] == pytest.approx(121.6)
    assert second["location_precision"] == "city" and second["sectors"] == "AUT.VEH;AUT.PART"


def test_a_gbk_shapefile_without_cpg_reads_its_chinese(tmp_path, places):
    import geopandas as gpd

    frame = gpd.GeoDataFrame(
        {"名称": ["甲园区", "乙园区"], "所在城市": ["大连", "锦州"], "主导产业": ["船舶", "石化"]},
        geometry=gpd.points_from_xy([121.6, 121.1], [38.95, 41.1]),
        crs="EPSG:4326",
    )
    path = tmp_path / "parks.shp"
    frame.to_file(path, engine="pyogrio", encoding="GBK")
    path.with_suffix(".cpg").unlink(missing_ok=True)
    result = read_park_file(path, *places, Taxonomy.load())
    assert list(result.parks["name_zh"]) == ["甲园区", "乙园区"]
    assert list(result.parks["region_id"]) == ["210200", "210700"]


def test_gcj_free_geojson_points_are_exact_locations(tmp_path, places):
    path = tmp_path / "parks.geojson"
    path.write_text(
        '{"type":"FeatureCollection","features":[{"type":"Feature","properties":'
        '{"name":"甲园区","city":"大连","leading_industries_zh":"船舶"},'
        '"geometry":{"type":"Point","coordinates":[121.6,38.95]}}]}',
        encoding="utf-8",
    )
    park = read_park_file(path, *places, Taxonomy.load()).parks.iloc[0]
    assert park["location_precision"] == "exact" and park["lat"] == pytest.approx(38.95)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("junk.xlsx", b"\x00\x01not a workbook", "spreadsheet"),
        ("junk.gpkg", b"not a geopackage at all", "vector"),
        ("empty.csv", b"", "empty-file"),
    ],
)
def test_damaged_files_are_refused_with_the_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ParkFileError) as caught:
        read_table(path, HEADER_WORDS)
    assert caught.value.params["reason"] == reason


def test_a_csv_in_gbk_is_detected(tmp_path, places):
    path = tmp_path / "parks.csv"
    path.write_bytes("名称,所在城市,主导产业\n甲园区,营口,港口物流\n".encode("gbk"))
    park = read_park_file(path, *places, Taxonomy.load()).parks.iloc[0]
    assert (park["name_zh"], park["region_id"], park["sectors"]) == ("甲园区", "210800", "SRV.LOG")


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".shp"])
def test_features_without_a_usable_location_are_placed_by_name(tmp_path, places, suffix):
    """Null, empty and NaN geometries (real data has parks without a location) used to end in
    an IndexError: coordinates were taken from a shorter array than the rows."""
    import geopandas as gpd
    import shapely

    frame = gpd.GeoDataFrame(
        {"name": ["甲", "乙", "丙", "丁"], "city": ["大连", "大连", "沈阳", "沈阳"],
         "产业": ["船舶", "化工", "汽车", "食品"]},
        geometry=[None, shapely.Point(), shapely.Point(121.6, 38.9), shapely.Point(np.nan, np.nan)],
        crs="EPSG:4326",
    )  # fmt: skip
    path = tmp_path / f"parks{suffix}"
    frame.to_file(path)
    result = read_park_file(path, *places, Taxonomy.load())
    assert result.problems == []
    assert list(result.parks["location_precision"]) == ["city", "city", "exact", "city"]
    assert np.isfinite(result.parks[["lon", "lat"]].to_numpy(float)).all()


def test_a_geopackage_table_without_geometry_reads_as_a_table(tmp_path, places):
    import pandas as pd
    import pyogrio

    path = tmp_path / "parks.gpkg"
    table = pd.DataFrame({"名称": ["甲园区"], "所在城市": ["大连"], "主导产业": ["船舶"]})
    pyogrio.write_dataframe(table, path, layer="园区", driver="GPKG")
    result = read_park_file(path, *places, Taxonomy.load())
    assert list(result.parks["name_zh"]) == ["甲园区"]


def test_a_geopackage_layer_that_is_a_view_is_refused(tmp_path):
    import sqlite3

    import geopandas as gpd
    import shapely

    path = tmp_path / "parks.gpkg"
    gpd.GeoDataFrame({"名称": ["甲"]}, geometry=[shapely.Point(121, 39)], crs=4326).to_file(path, layer="a")
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE VIEW b AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT * FROM n"
        )
        db.execute("INSERT INTO gpkg_contents (table_name, data_type) VALUES ('b', 'attributes')")
    with pytest.raises(ParkFileError) as caught:
        read_table(path, HEADER_WORDS)
    assert caught.value.params["reason"] == "unsafe"


def test_excel_s_unicode_text_is_read(tmp_path, places):
    """Excel's "Unicode text" is UTF-16 with tabs; it used to be "not a text table"."""
    path = tmp_path / "parks.txt"
    path.write_bytes("名称\t所在城市\t主导产业\r\n甲园区\t大连\t船舶\r\n".encode("utf-16"))
    result = read_park_file(path, *places, Taxonomy.load())
    assert list(result.parks["sectors"]) == ["EQP.SHIP"]


def test_a_field_longer_than_the_csv_module_s_limit_is_read(tmp_path, places):
    path = tmp_path / "parks.csv"
    note = "很长的说明" * 30_000  # 150,000 characters: over csv's 131,072
    path.write_text(f"名称,所在城市,主导产业,备注\n甲园区,大连,船舶,{note}\n", encoding="utf-8")
    with pytest.raises(ParkFileError) as caught:
        read_park_file(path, *places, Taxonomy.load())
    assert caught.value.params | {"file": ""} == {
        "file": "", "reason": "cell-too-long", "row": 2, "column": 4, "length": 150_000, "limit": 32_767,
    }  # fmt: skip
    path.write_text(f"名称,所在城市,主导产业,备注\n甲园区,大连,船舶,{note[:30_000]}\n", encoding="utf-8")
    assert len(read_park_file(path, *places, Taxonomy.load()).parks) == 1
