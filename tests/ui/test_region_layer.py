"""A planner's own region layer in the window and on the command line."""

from __future__ import annotations

import csv
import io

from PySide6.QtWidgets import QMessageBox

from tests.ui.test_cli import run
from ui.regions.region_field_dialog import RegionFieldDialog


def _accept(chosen: list):
    def exec_(dialog):
        chosen.append(dialog.own_regions())
        return RegionFieldDialog.DialogCode.Accepted

    return exec_


def test_opening_a_region_layer_replaces_the_cities_and_counts_parks(
    window, qtbot, monkeypatch, liaoning_blocs
):
    chosen: list = []
    monkeypatch.setattr(RegionFieldDialog, "exec", _accept(chosen))
    window.region_files.open_file(liaoning_blocs)
    qtbot.waitUntil(
        lambda: window.session.layer.scope.own is not None and window.session.current is not None,
        timeout=30_000,
    )
    assert (chosen[0].id_field, chosen[0].name_field) == ("编号", "名称")  # guessed
    assert len(window.canvas.map.regions.get_paths()) == 3
    assert window.picker.level_box.currentText() == "Own regions: blocs.gpkg"
    assert "Regions: blocs.gpkg" in window.source_label.text()
    assert len(window.session.parks) == 88  # the province's zones stay on the map
    window.select_region(window.session.layer.row_of("B3"))
    assert window.panel.value_text("name_zh") == "辽西北"
    assert window.panel.value_text("id") == "B3"
    assert window.panel.value_text("level") == "Own region layer (blocs.gpkg)"
    fuxin_tieling_chaoyang = window.session.parks["region_id"].isin(["210900", "211200", "211300"]).sum()
    assert window.panel.value_text("parks") == str(fuxin_tieling_chaoyang)
    # The field choice is remembered for files with the same fields.
    assert window.settings.region_field_choice(["编号", "名称"]) == {
        "id": "编号",
        "name": "名称",
        "name_en": "",
    }


def test_choosing_a_level_again_returns_to_the_administrative_regions(
    window, qtbot, monkeypatch, liaoning_blocs
):
    monkeypatch.setattr(RegionFieldDialog, "exec", _accept([]))
    window.region_files.open_file(liaoning_blocs)
    qtbot.waitUntil(lambda: window.session.layer.scope.own is not None, timeout=30_000)
    window.picker.level_box.setCurrentIndex(window.picker.level_box.findData("county"))
    window.picker.level_box.activated.emit(window.picker.level_box.currentIndex())
    qtbot.waitUntil(
        lambda: window.session.layer.scope.own is None and len(window.session.layer) == 100, timeout=30_000
    )
    assert window.settings.level == "county"
    assert window.picker.level_box.findData("own") == -1  # the file is no longer offered


def test_a_bad_region_file_is_reported_and_the_map_kept(window, qtbot, monkeypatch, tmp_path):
    import geopandas as gpd
    import shapely

    path = tmp_path / "bad.geojson"
    gpd.GeoDataFrame(
        {"code": ["A", "A"], "名称": ["一", "二"]},
        geometry=[shapely.box(121, 40, 122, 41), shapely.box(122, 40, 123, 41)],
        crs="EPSG:4326",
    ).to_file(path)
    warnings = []
    monkeypatch.setattr(RegionFieldDialog, "exec", _accept([]))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    window.region_files.open_file(path)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "row 2, field “code”: the id “A” is also used by row 1" in warnings[0]
    assert window.session.layer.scope.own is None and len(window.session.layer) == 14
    assert window.picker.level_box.currentData() == "city"


def test_the_regions_command_lists_a_planners_layer(liaoning_blocs):
    result = run("regions", "--regions", str(liaoning_blocs), "--lang", "en")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["id"], r["name_zh"], r["level"]) for r in rows] == [
        ("B1", "沿海经济带", "own"),
        ("B2", "沈阳都市圈", "own"),
        ("B3", "辽西北", "own"),
    ]


def test_the_regions_command_names_a_missing_field(liaoning_blocs):
    result = run("regions", "--regions", str(liaoning_blocs), "--region-id", "adcode", "--lang", "zh")
    assert result.returncode == 2
    assert "adcode" in result.stderr and "blocs.gpkg" in result.stderr and not result.stdout
