"""A planner's own region layer: field guesses, reading, and every problem named by row and field."""

from __future__ import annotations

import geopandas as gpd
import pytest
import shapely

from model.errors import RegionFileError
from model.region_file import inspect_region_file, read_region_file
from model.regions import OwnRegions


def _squares(path, ids, names, crs="EPSG:4326", origin=(121.0, 40.0), **extra):
    x0, y0 = origin
    step = 0.5 if crs == "EPSG:4326" else 50_000
    geoms = [shapely.box(x0 + i * step, y0, x0 + (i + 1) * step, y0 + step) for i in range(len(ids))]
    frame = gpd.GeoDataFrame({"code": ids, "名称": names, **extra}, geometry=geoms, crs=crs)
    frame.to_file(path, **({"encoding": "GBK"} if path.suffix == ".shp" else {}))
    return path


def test_the_id_and_name_fields_are_guessed_from_their_names(tmp_path):
    path = _squares(tmp_path / "areas.gpkg", ["A", "B"], ["北区", "南区"], name_en=["North", "South"])
    info = inspect_region_file(path)
    assert info.rows == 2
    assert info.fields == ["code", "名称", "name_en"]
    assert (info.guess.id_field, info.guess.name_field, info.guess.name_en_field) == (
        "code",
        "名称",
        "name_en",
    )
    assert list(info.samples["名称"]) == ["北区", "南区"]


def test_unnamed_fields_are_guessed_from_their_values(tmp_path):
    frame = gpd.GeoDataFrame(
        {"f1": ["x", "x"], "f2": [11, 12], "f3": ["东片", "西片"]},
        geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)],
        crs="EPSG:4326",
    )
    frame.to_file(tmp_path / "a.geojson")
    guess = inspect_region_file(tmp_path / "a.geojson").guess
    assert (guess.id_field, guess.name_field) == ("f2", "f3")  # f1 is not unique; f3 is Chinese


def test_regions_are_read_in_wgs84_with_romanised_names(tmp_path):
    path = _squares(
        tmp_path / "areas.gpkg", [1, 2], ["北区", "南区"], crs="EPSG:3857", origin=(13.5e6, 4.9e6)
    )
    regions = read_region_file(OwnRegions(str(path), "code", "名称"))
    assert list(regions["id"]) == ["1", "2"]  # integer ids as text, not 1.0
    assert list(regions["name_en"]) == ["Bei District", "Nan District"]
    west, south, east, north = regions.total_bounds
    assert 121 < west < east < 123 and 40 < south < north < 42
    assert regions.crs.to_epsg() == 4326


def test_a_gbk_shapefile_without_cpg_reads_its_chinese_names(tmp_path):
    path = _squares(tmp_path / "areas.shp", ["A", "B"], ["沈阳都市圈", "辽西北"], crs="EPSG:4490")
    (tmp_path / "areas.cpg").unlink(missing_ok=True)
    assert list(read_region_file(OwnRegions(str(path), "code", "名称"))["name_zh"]) == [
        "沈阳都市圈",
        "辽西北",
    ]


def test_every_bad_region_is_named_by_row_and_field(tmp_path):
    frame = gpd.GeoDataFrame(
        {"code": ["A", "A", "", "D"], "名称": ["一", "二", "三", ""]},
        geometry=[shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1), shapely.Point(3, 0), None],
        crs="EPSG:4326",
    )
    frame.to_file(tmp_path / "bad.gpkg")
    with pytest.raises(RegionFileError) as caught:
        read_region_file(OwnRegions(str(tmp_path / "bad.gpkg"), "code", "名称"))
    found = {(p.row, p.field, p.reason) for p in caught.value.params["problems"]}
    assert found == {
        (2, "code", "duplicate-id"),
        (3, "code", "empty-id"),
        (3, "geometry", "not-polygon"),
        (4, "名称", "empty-name"),
        (4, "geometry", "no-geometry"),
    }
    assert caught.value.params["count"] == 5


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("a.csv", b"x,y\n1,2\n", "format"),
        ("a.geojson", b"not json", "vector"),
        ("a.gpkg", b"\x00" * 100, "vector"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(RegionFileError) as caught:
        inspect_region_file(tmp_path / name)
    assert caught.value.params["reason"] == reason
    assert caught.value.params["file"].endswith(name)


def test_a_missing_field_is_named(tmp_path):
    path = _squares(tmp_path / "areas.gpkg", ["A"], ["北区"])
    with pytest.raises(RegionFileError) as caught:
        read_region_file(OwnRegions(str(path), "adcode", "名称"))
    assert caught.value.params == {"file": str(path), "reason": "missing-field", "field": "adcode"}


@pytest.mark.filterwarnings("ignore:'crs' was not provided")
def test_projected_coordinates_without_a_coordinate_system_are_refused(tmp_path):
    frame = gpd.GeoDataFrame({"code": ["A"], "名称": ["北区"]}, geometry=[shapely.box(5e5, 4e6, 6e5, 4.1e6)])
    frame.to_file(tmp_path / "nocrs.shp", encoding="UTF-8")
    (tmp_path / "nocrs.prj").unlink(missing_ok=True)
    with pytest.raises(RegionFileError) as caught:
        read_region_file(OwnRegions(str(tmp_path / "nocrs.shp"), "code", "名称"))
    assert caught.value.params["reason"] == "no-crs"


def test_a_geopackage_table_without_geometry_is_not_a_region_layer(tmp_path):
    import pandas as pd
    import pyogrio

    from model.errors import RegionFileError
    from model.region_file import inspect_region_file

    path = tmp_path / "regions.gpkg"
    pyogrio.write_dataframe(pd.DataFrame({"编号": ["B1"], "名称": ["沿海"]}), path, layer="t", driver="GPKG")
    with pytest.raises(RegionFileError) as caught:
        inspect_region_file(path)
    assert caught.value.params["reason"] == "no-geometry"
