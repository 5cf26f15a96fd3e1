"""The main window as a planner uses it: load, hover, click, zoom, switch language and scope."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from maps.projection import project_coords


def _widget_pos(window, row: int) -> QPoint:
    """Where on the canvas widget a region's label point is drawn (parks hidden, so a click
    reaches the region)."""
    window.canvas.map.show_sectors(set())
    layer = window.session.layer
    xy = project_coords(layer.regions[["label_lon", "label_lat"]].to_numpy()[[row]], layer.crs)[0]
    px, py = window.canvas.map.ax.transData.transform(xy)
    ratio = window.canvas.device_pixel_ratio or 1.0
    return QPoint(round(px / ratio), round(window.canvas.height() - py / ratio))


def test_the_window_opens_on_liaoning_with_one_patch_per_city(window):
    assert window.windowTitle().replace("[*]", "") == "Cluster Planner — Liaoning"
    assert len(window.canvas.map.regions.get_paths()) == 14
    assert window.picker.province_box.currentText() == "Liaoning"


def test_hovering_names_the_region_under_the_pointer(window, qtbot):
    row = window.session.layer.row_of("210200")  # 大连
    with qtbot.waitSignal(window.canvas.hovered) as hovered:
        qtbot.mouseMove(window.canvas, _widget_pos(window, row))
    assert hovered.args == [row]
    assert window.hover_label.text() == "Dalian (210200)"


def test_clicking_a_region_shows_its_details(window, qtbot):
    row = window.session.layer.row_of("210800")  # 营口
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=_widget_pos(window, row))
    assert window.selected == row
    assert window.panel.value_text("name_zh") == "营口市"
    assert window.panel.value_text("name_en") == "Yingkou"
    assert window.panel.value_text("id") == "210800"
    assert window.panel.value_text("parent") == "Liaoning (210000)"
    assert window.panel.value_text("area").endswith("km²")
    area = float(window.panel.value_text("area").split()[0].replace(",", ""))
    assert abs(area - window.session.layer.regions["area_km2"].iat[row]) < 1
    assert window.canvas.map.selected_patch.get_visible()


def test_clicking_the_sea_clears_the_selection(window, qtbot):
    window.select_region(0)
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert window.selected is None
    assert window.panel.value_text("name_zh") == ""


def test_dragging_pans_without_selecting(window, qtbot):
    start = window.canvas.map.center
    qtbot.mousePress(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(400, 300))
    for x in range(405, 500, 15):
        qtbot.mouseMove(window.canvas, QPoint(x, 320))
    qtbot.mouseRelease(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(500, 320))
    assert window.canvas.map.center[0] < start[0]  # dragged right: the map moved right
    assert window.selected is None


def test_wheel_and_keys_zoom_and_home_fits(window, qtbot):
    canvas = window.canvas
    qtbot.keyClick(canvas, Qt.Key.Key_Home)  # fitted to the canvas as the docks have laid it out
    fitted = canvas.map.metres_per_pixel
    wheel = QWheelEvent(
        QPointF(300, 300),
        QPointF(canvas.mapToGlobal(QPoint(300, 300))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, wheel)
    assert canvas.map.metres_per_pixel < fitted
    zoomed = canvas.map.metres_per_pixel
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.map.metres_per_pixel > zoomed
    center = canvas.map.center
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.map.center[0] < center[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert np.isclose(canvas.map.metres_per_pixel, fitted)


def test_the_language_switch_changes_menus_labels_and_names(window):
    window.select_region(window.session.layer.row_of("210100"))
    assert "Shenyang" in window.canvas.map.label_texts
    window.apply_language("zh")
    assert window.actions_.file_menu.title() == "文件(&F)"
    assert "沈阳市" in window.canvas.map.label_texts and "Shenyang" not in window.canvas.map.label_texts
    assert window.windowTitle().replace("[*]", "") == "产业集群布局规划 — 辽宁省"
    assert window.picker.province_box.currentText() == "辽宁省"
    assert window.panel.value_text("parent") == "辽宁省 (210000)"
    from PySide6.QtWidgets import QDockWidget

    titles = [dock.windowTitle() for dock in window.findChildren(QDockWidget)]
    assert len(titles) == len(set(titles)), titles  # the View menu names each panel once
    window.apply_language("en")
    assert window.actions_.file_menu.title() == "&File"
    assert "Shenyang" in window.canvas.map.label_texts


def test_switching_to_county_level_and_another_province_is_remembered(window, qtbot):
    window.load_scope("210000", "county")
    qtbot.waitUntil(lambda: len(window.session.layer) == 100, timeout=30_000)
    assert len(window.canvas.map.regions.get_paths()) == 100
    assert (window.settings.province, window.settings.level) == ("210000", "county")
    assert window.picker.choose("吉林")
    qtbot.waitUntil(lambda: window.session.layer.scope.province.adcode == "220000", timeout=30_000)
    assert window.settings.province == "220000"
    assert window.picker.province_box.currentText() == "Jilin"


def test_the_province_search_finds_by_english_name_and_adcode(window):
    window.picker._filter("guang")
    found = {window.picker._search.index(r, 0).data() for r in range(window.picker._search.rowCount())}
    assert found == {"Guangdong", "Guangxi"}
    window.picker._filter("2100")
    assert window.picker._search.rowCount() == 1


def test_a_failed_load_keeps_the_map_and_shows_a_message(window, monkeypatch):
    from model.errors import BoundaryDataError

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    window.load_scope("210000", "county")
    window.loader.failed.emit(BoundaryDataError(path="/x/210102.geojson", reason="missing"))
    assert shown and "/x/210102.geojson" in shown[0]
    assert window.session.layer.scope.level.value == "city"
    assert window.picker.level_box.currentData() == "city"


def test_an_unknown_province_on_the_command_line_opens_liaoning_with_a_message(qtbot, monkeypatch):
    import argparse

    from ui.window import app as app_module

    shown, windows = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    monkeypatch.setattr(app_module.MainWindow, "load_regions", lambda w, scope: windows.append((w, scope)))
    args = argparse.Namespace(lang="en", province="火星", level=None)
    assert app_module.run_gui(args) == 0
    assert "火星" in shown[0]
    window, scope = windows[0]
    assert (scope.province.adcode, scope.level.value) == ("210000", "city")
    window.close()


def test_window_geometry_is_saved_on_close(window, settings):
    window.close()
    geometry, state = settings.window_state()
    assert geometry is not None and state is not None


def test_the_settings_dialog_switches_the_language_and_remembers_it(window, monkeypatch):
    from ui.window.settings_dialog import SettingsDialog

    def choose_chinese(dialog):
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh"))
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", choose_chinese)
    window.actions_.settings.trigger()
    assert window.settings.language == "zh"
    assert window.actions_.view_menu.title() == "视图(&V)"
    assert "沈阳市" in window.canvas.map.label_texts


def test_a_damaged_cache_is_rebuilt_with_a_notice(window, qtbot, monkeypatch, source):
    from maps.cache import ArrayCache

    cache = ArrayCache(source.cache_version)
    scope_key = "210000-county"
    window.load_scope("210000", "county")
    qtbot.waitUntil(lambda: len(window.session.layer) == 100, timeout=30_000)
    cache.path(scope_key).write_bytes(b"damaged")
    notices = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: notices.append(args[2]))
    window.load_scope("210000", "city")
    qtbot.waitUntil(lambda: len(window.session.layer) == 14, timeout=30_000)
    window.load_scope("210000", "county")
    qtbot.waitUntil(lambda: len(window.session.layer) == 100, timeout=30_000)
    # the rebuild may fall to the city's park load, still finishing when the counties show
    qtbot.waitUntil(lambda: not window.loader.busy, timeout=30_000)
    assert len(notices) == 1 and "rebuilt" in notices[0]
    assert len(window.canvas.map.regions.get_paths()) == 100


def test_the_whole_country_loads_in_the_background(window, qtbot):
    from PySide6.QtCore import QTimer

    ticks = []  # event-loop turns while the country was still loading
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1) if len(window.session.layer) != 2875 else None)
    timer.start(50)
    window.load_scope("all", "county")
    assert window.progress.isVisible()
    qtbot.waitUntil(lambda: len(window.session.layer) == 2875, timeout=120_000)
    timer.stop()
    assert ticks  # the event loop kept running while the country loaded
    assert not window.progress.isVisible()
    assert window.windowTitle().replace("[*]", "") == "Cluster Planner — All China"
    assert len(window.canvas.map.groups.get_paths()) == 34  # province outlines


def test_the_liaoning_zones_are_drawn_with_a_legend(window):
    assert len(window.session.parks) == 88
    markers = window.canvas.map.parks
    drawn = sorted(r for c in markers.collections if c.segment == 0 for r in c.park_rows)
    assert drawn == list(range(88))
    legend = [t.get_text() for t in window.canvas.map.ax.get_legend().get_texts()]
    assert "National zone" in legend and "Several sector groups" in legend
    assert "Equipment manufacturing" not in legend  # the sector panel shows the colours
    window.apply_language("zh")
    legend = [t.get_text() for t in window.canvas.map.ax.get_legend().get_texts()]
    assert "国家级开发区" in legend
    assert "2018" in window.source_label.text()


def _park_row(window, name_zh: str) -> int:
    return int(window.session.parks.index[window.session.parks["name_zh"] == name_zh][0])


def test_the_sector_filter_changes_markers_and_list(window, qtbot):
    docks = window.park_docks
    assert docks.table.search.rowCount() == 88
    with qtbot.waitSignal(docks.sectors.filterChanged):
        docks.sectors.only("EQP.SHIP")
    shown = {window.session.parks["name_zh"].iloc[r] for r in docks.table.visible_rows()}
    assert shown == {"旅顺经济技术开发区", "大连长兴岛经济技术开发区"}
    drawn = sorted(r for c in window.canvas.map.parks.collections if c.segment == 0 for r in c.park_rows)
    assert {window.session.parks["name_zh"].iloc[r] for r in drawn} == shown
    with qtbot.waitSignal(docks.sectors.filterChanged):
        docks.sectors.only(None)
    assert docks.table.search.rowCount() == 88


def test_selecting_a_park_in_the_list_rings_it_and_shows_its_record(window):
    docks = window.park_docks
    row = _park_row(window, "旅顺经济技术开发区")
    index = docks.table.search.mapFromSource(docks.table.model.index(row, 0))
    docks.table.view.selectRow(index.row())
    assert window.session.selection.park == row
    assert window.canvas.map.parks.highlighted == row
    assert docks.record.value_text("name_zh") == "旅顺经济技术开发区"
    assert docks.record.value_text("sectors_text") == "船舶;装备制造;轨道交通装备"
    assert "approximate" in docks.record.value_text("location")
    assert "Lüshunkou District (210212)" == docks.record.value_text("county")


def test_clicking_a_marker_selects_its_row(window, qtbot):
    docks = window.park_docks
    row = _park_row(window, "朝阳喀左经济开发区")  # placed alone at its county's point
    x, y = window.canvas.map.parks.positions[row]
    px, py = window.canvas.map.ax.transData.transform((x, y))
    ratio = window.canvas.device_pixel_ratio or 1.0
    pos = QPoint(round(px / ratio), round(window.canvas.height() - py / ratio))
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=pos)
    assert window.session.selection.park == row
    selected = docks.table.view.selectionModel().selectedRows()
    assert [int(i.data(Qt.ItemDataRole.UserRole + 1)) for i in selected] == [row]
    assert window.selected is None  # the click went to the park, not the region under it


def test_the_list_searches_in_chinese_pinyin_and_english(window):
    table = window.park_docks.table
    for text, expected in (
        ("瓦房店", "大连瓦房店轴承产业园区"),
        ("wafangdian", "大连瓦房店轴承产业园区"),
        ("dlwfd", "大连瓦房店轴承产业园区"),
        ("Bearing", "大连瓦房店轴承产业园区"),
    ):
        table.search_box.setText(text)
        assert {window.session.parks["name_zh"].iloc[r] for r in table.visible_rows()} == {expected}, text
    table.search_box.clear()
    assert table.search.rowCount() == 88


def test_importing_a_planners_file_with_a_bad_row_and_a_new_term(window, qtbot, monkeypatch, tmp_path):
    from ui.parks.import_dialog import ImportDialog

    path = tmp_path / "parks.csv"
    path.write_text(
        "名称,所在城市,主导产业\n甲园区,大连,船舶;氢能装备\n乙园区,火星,石化\n丙园区,锦州,石化\n",
        encoding="utf-8",
    )
    seen = {}

    def review(dialog):
        seen["problems"] = dialog.problems.rowCount()
        seen["terms"] = dialog.terms.rowCount()
        dialog.choose("氢能装备", "NEN")
        return ImportDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", review)
    monkeypatch.setattr(window.park_files, "_ask_how", lambda *args: True)  # replace the zones
    window.park_files.import_file(path)
    qtbot.waitUntil(lambda: len(window.session.parks) == 2, timeout=30_000)
    assert seen == {"problems": 1, "terms": 1}
    parks = window.session.parks.set_index("name_zh")
    assert parks.loc["甲园区", "sectors"] == "EQP.SHIP;NEN"  # the new term, mapped once
    assert window.settings.term_mappings == {"氢能装备": ["NEN"]}
    assert window.park_docks.table.search.rowCount() == 2
    assert window.session.taxonomy.match("氢能装备").codes == ("NEN",)  # remembered for later imports


def test_exporting_the_parks_shown(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.actions_.export_parks.trigger()
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(target)).get_sheet_by_index(0).to_python()
    assert len(rows) == 89 and rows[0][:3] == ["id", "name_zh", "name_en"]


def test_unrecognised_headers_are_chosen_once_and_gcj_coordinates_converted(
    window, qtbot, monkeypatch, tmp_path
):
    from ui.parks.column_dialog import ColumnDialog

    path = tmp_path / "mine.csv"
    path.write_text("园区,地区,方向,X,Y\n甲园区,大连,船舶,121.6,38.95\n", encoding="utf-8")
    dialogs = []

    def choose(dialog):
        dialogs.append(dialog)
        dialog.choose("name_zh", "园区")
        dialog.choose("city", "地区")
        dialog.choose("sectors_text", "方向")
        dialog.choose("lon", "X")
        dialog.choose("lat", "Y")
        return ColumnDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnDialog, "exec", choose)
    monkeypatch.setattr(window.park_files, "_coordinates", lambda header: "gcj02")
    monkeypatch.setattr(window.park_files, "_ask_how", lambda *args: True)  # replace the parks
    window.park_files.import_file(path)
    qtbot.waitUntil(lambda: len(window.session.parks) == 1, timeout=30_000)
    park = window.session.parks.iloc[0]
    assert park["sectors"] == "EQP.SHIP" and park["location_precision"] == "exact"
    assert 121.59 < park["lon"] < 121.6 and 38.94 < park["lat"] < 38.95  # moved back from GCJ-02
    assert len(dialogs) == 1
    assert window.settings.column_choice(["园区", "地区", "方向", "X", "Y"])["columns"]["city"] == "地区"
    steps = window.undo.stack.count()
    window.park_files.import_file(path)  # the same layout again: no dialog
    qtbot.waitUntil(lambda: window.undo.stack.count() > steps, timeout=30_000)
    assert len(dialogs) == 1


def test_adding_a_sector_maps_the_zones_that_declare_it(window, monkeypatch):
    from ui.parks.sector_dialog import SectorDialog

    def fill(dialog):
        dialog.group_box.setCurrentIndex(dialog.group_box.findData("LGT"))
        dialog.name_zh.setText("陶瓷卫浴")
        dialog.synonym_edit.setText("泳装、箱包")  # already known terms are simply re-pointed
        return SectorDialog.DialogCode.Accepted

    monkeypatch.setattr(SectorDialog, "exec", fill)
    window.park_docks.sectors.add_sector.click()
    assert window.settings.own_sectors[0]["code"] == "LGT.U1"
    parks = window.session.parks.set_index("name_zh")
    assert "LGT.U1" in parks.loc["兴城滨海经济区", "sectors"].split(";")  # 泳装
    assert window.session.taxonomy.name("LGT.U1", "zh") == "陶瓷卫浴"


def test_a_sparse_workbook_imported_in_the_window_is_refused_and_the_work_stays(
    window, qtbot, monkeypatch, tmp_path
):
    """A 5 KB workbook with one cell at XFD1048576 used to take the window down."""
    from openpyxl import Workbook
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "sparse.xlsx"
    book = Workbook()
    book.active.append(["名称", "所在城市", "主导产业"])
    book.active.append(["甲园区", "大连", "船舶"])
    book.active["XFD1048576"] = "x"
    book.save(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    before = window.session.parks.copy()
    window.park_files.import_file(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert "XFD" not in shown[0] and "1048576" in shown[0]
    assert window.session.parks.equals(before)


def test_a_fitted_map_is_fitted_again_when_the_docks_resize_but_a_zoomed_one_keeps_its_scale(window, qtbot):
    canvas = window.canvas
    region_map = canvas.map
    assert region_map.fitted
    x0, y0, x1, y1 = region_map.core_extent()

    def whole_in_view() -> bool:
        (left, right), (bottom, top) = region_map.ax.get_xlim(), region_map.ax.get_ylim()
        return left <= x0 and right >= x1 and bottom <= y0 and top >= y1

    window.resize(window.width() - 300, window.height() - 150)  # the map gets narrower and lower
    qtbot.waitUntil(lambda: canvas.width() < 900, timeout=5_000)
    assert region_map.fitted and whole_in_view()
    canvas.zoom_in()
    scale = region_map.metres_per_pixel
    window.resize(window.width() + 200, window.height())
    qtbot.wait(50)
    assert not region_map.fitted and region_map.metres_per_pixel == scale
