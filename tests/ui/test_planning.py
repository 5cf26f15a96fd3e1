"""Drafting in the window: roles set on the board, undone by the keyboard, indicators that
follow, scenarios, and park moves as undoable edits."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from model.plan import Role


def _cell(window, region_id: str, item: str):
    model = window.planning_docks.board.model
    return model.index(model.region_ids.index(region_id), model.items.index(item))


def test_a_role_set_by_click_is_undone_with_the_keyboard_and_the_indicators_follow(window, qtbot):
    docks = window.planning_docks
    board = docks.board
    board.contested.setChecked(False)
    index = _cell(window, "210700", "PCH.REF")  # 锦州, refining
    view = board.view
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.currentIndex() == index and window.session.current.roles == {}  # a click selects
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.session.current.roles[("210700", "PCH.REF")].role is Role.LEAD
    assert window.isWindowModified()
    index = _cell(window, "211100", "PCH.REF")  # 盘锦, a neighbour of 锦州
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert docks.plan.indicators["conflicting_leads"][1] == 1
    assert window.planning_docks.indicators.conflicts.rowCount() >= 1
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert ("211100", "PCH.REF") not in window.session.current.roles
    assert docks.plan.indicators["conflicting_leads"][1] == 0
    qtbot.keySequence(window, QKeySequence.StandardKey.Undo)
    assert window.session.current.roles == {}
    assert not window.isWindowModified()


def test_the_cell_menu_sets_each_role_and_support_is_not_the_selection_colour(window):
    from PySide6.QtGui import QPalette

    board = window.planning_docks.board
    board.contested.setChecked(False)
    index = _cell(window, "210700", "PCH.REF")
    board._cell_menu(board.view.visualRect(index).center())
    actions = {a.text(): a for a in board.menu.actions() if a.text()}
    actions["support"].trigger()
    assert window.session.current.roles[("210700", "PCH.REF")].role is Role.SUPPORT
    support = _cell(window, "210700", "PCH.REF").data(Qt.ItemDataRole.BackgroundRole).color()
    highlight = board.view.palette().color(QPalette.ColorRole.Highlight)
    assert abs(support.hue() - highlight.hue()) > 60  # told apart from a selected cell at a glance
    board.menu.close()


def test_the_board_shows_roles_and_unresolved_duplicates(window):
    board = window.planning_docks.board
    model = board.model
    assert model.columnCount() > 0 and model.rowCount() == 14
    marked = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert "●" in marked  # a duplicated focus without a role
    window.planning_docks.set_role("210800", model.items[0], Role.SUPPORT, "配套港口物流")
    cell = _cell(window, "210800", model.items[0])
    assert cell.data().startswith("support") and cell.data(Qt.ItemDataRole.ToolTipRole) == "配套港口物流"
    assert window.session.current.ledger[-1].why == "配套港口物流"


def test_a_new_scenario_is_a_copy_with_its_own_history(window, monkeypatch):
    docks = window.planning_docks
    docks.set_role("210200", "EQP.SHIP", Role.LEAD, "")
    window.session.duplicate("方案二")
    assert docks.scenario_box.currentText() == "方案二"
    assert window.session.current.roles[("210200", "EQP.SHIP")].role is Role.LEAD
    docks.set_role("210200", "EQP.SHIP", Role.AVOID, "")
    assert docks.window.undo.stack.count() == 1  # the copy's own history
    window.session.switch(window.session.scenarios[0].name)
    assert window.session.current.roles[("210200", "EQP.SHIP")].role is Role.LEAD
    assert docks.window.undo.stack.count() == 1


def test_setting_a_park_location_is_an_undoable_edit(window):
    parks = window.session.parks
    row = int((parks["name_zh"] == "沈阳经济技术开发区").to_numpy().argmax())
    window.park_docks.locator.place(row, 123.25, 41.77)
    scenario = window.session.current
    assert scenario.parks["location_precision"].iat[row] == "exact"
    assert window.session.parks["location_precision"].iat[row] == "exact"
    assert scenario.edited_parks == {parks["id"].iat[row]: 1}
    window.planning_docks.undo_action.trigger()
    assert window.session.parks["location_precision"].iat[row] == "city"
    assert window.session.current.edited_parks == {}


def test_changing_a_setting_in_the_dialog_is_an_undoable_edit(window, qtbot):
    docks = window.analysis_docks
    docks.open_settings()
    dialog = docks.dialog
    dialog.focus.setCurrentIndex(dialog.focus.findData("lq"))
    assert window.session.current.settings.focus.value == "lq"
    window.planning_docks.undo_action.trigger()
    assert window.session.current.settings.focus.value == "declared"
    assert dialog.focus.currentData() == "declared"
    dialog.close()


def test_roles_drafted_in_excel_come_in_as_one_step_and_go_out_again(window, monkeypatch, tmp_path):
    from openpyxl import Workbook
    from PySide6.QtWidgets import QFileDialog

    from model.analysis_files import read_roles

    book = Workbook()
    sheet = book.active
    for row in (
        ("地区", "产业", "角色", "备注"),
        ("锦州", "石化", "牵头", "炼化基地"),
        ("盘锦", "石化", "配套", ""),
    ):
        sheet.append(row)
    book.save(tmp_path / "roles.xlsx")
    planning = window.session
    assert window.role_files.import_file(tmp_path / "roles.xlsx")
    assert planning.current.roles[("210700", "PCH.REF")].note == "炼化基地"
    assert window.undo.stack.count() == 1 and len(planning.current.ledger) == 2
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "out.xlsx"), "Excel (*.xlsx)")
    )
    window.role_files.ask_export_roles()
    assert (
        read_roles(tmp_path / "out.xlsx", window.session.layer.regions, window.session.taxonomy)
        == planning.current.roles
    )
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ledger.csv"), "CSV (*.csv)")
    )
    window.role_files.ask_export_ledger()
    lines = (tmp_path / "ledger.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "When,Who,What,Region,Sector,Why,kind,region,sector,detail,when" and len(lines) == 3
    assert "Jinzhou" in lines[1] and "210700" in lines[1] and "lead" in lines[1]  # words, then codes
    window.undo.stack.undo()
    assert planning.current.roles == {}


def test_park_industries_changed_deleted_and_added_by_a_click_are_undoable(window, qtbot):
    import numpy as np
    from PySide6.QtCore import QPoint

    from maps.projection import project_coords

    edits = window.park_docks.edits
    parks = window.session.parks
    row = int((parks["name_zh"] == "沈阳经济技术开发区").to_numpy().argmax())
    park_id = parks["id"].iat[row]
    edits.set_industries(park_id, "船舶、汽车零部件")
    changed = window.session.parks.set_index("id").loc[park_id]
    assert changed["sectors"] == "EQP.SHIP;AUT.PART" and changed["sectors_text"] == "船舶、汽车零部件"
    edits.delete(row)
    assert park_id not in set(window.session.parks["id"]) and len(window.session.parks) == 87
    edits.start_adding("新船舶园", "船舶")
    dalian = window.session.layer.regions.set_index("id").loc["210200"]
    x, y = project_coords(np.array([[dalian["label_lon"], dalian["label_lat"]]]), window.session.layer.crs)[0]
    px, py = window.canvas.map.ax.transData.transform((x, y))
    ratio = window.canvas.device_pixel_ratio or 1.0
    qtbot.mouseClick(
        window.canvas,
        Qt.MouseButton.LeftButton,
        pos=QPoint(round(px / ratio), round(window.canvas.height() - py / ratio)),
    )
    added = window.session.parks.iloc[-1]
    assert (added["name_zh"], added["region_id"], added["sectors"], added["location_precision"]) == (
        "新船舶园",
        "210200",
        "EQP.SHIP",
        "exact",
    )
    assert window.undo.stack.count() == 3
    while window.undo.stack.canUndo():
        window.undo.stack.undo()
    assert len(window.session.parks) == 88
    assert window.session.parks.set_index("id").loc[park_id, "sectors_text"] == parks["sectors_text"].iat[row]


def test_neighbours_both_leading_a_sector_are_marked_on_the_map(window):
    docks = window.planning_docks
    docks.set_role("210700", "PCH.REF", Role.LEAD, "")  # 锦州
    docks.set_role("211100", "PCH.REF", Role.LEAD, "")  # 盘锦, its neighbour
    docks.set_role("210100", "AUT.PART", Role.SUPPORT, "")  # 沈阳: no neighbour leads car parts
    region_map = window.canvas.map
    assert len(region_map.plan_borders.get_segments()) >= 1
    assert len(region_map.plan_regions.get_paths()) == 1
    docks.window.undo.stack.undo()
    docks.window.undo.stack.undo()
    assert len(region_map.plan_borders.get_segments()) == 0


def test_painting_roles_on_the_map(window, qtbot):
    from tests.ui.map_clicks import label_point

    board = window.planning_docks.board
    board.contested.setChecked(False)
    board.view.setCurrentIndex(_cell(window, "210200", "PCH.REF"))
    board.paint.setChecked(True)
    board.paint_role.setCurrentIndex(board.paint_role.findData("support"))
    window.canvas.map.show_sectors(set())  # nothing but regions under the clicks
    window.canvas.draw()
    for region in ("210800", "211100"):  # 营口, 盘锦
        qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=label_point(window, region))
    roles = window.session.current.roles
    assert (
        roles[("210800", "PCH.REF")].role is Role.SUPPORT
        and roles[("211100", "PCH.REF")].role is Role.SUPPORT
    )
    board.paint.setChecked(False)
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=label_point(window, "210100"))
    assert ("210100", "PCH.REF") not in roles


def test_a_neighbour_link_added_and_cut_by_clicks(window, qtbot):
    from tests.ui.map_clicks import label_point

    window.canvas.map.show_sectors(set())
    window.canvas.draw()
    window.select_region(window.session.layer.row_of("210200"))  # 大连
    window.panel.link_button.click()
    qtbot.mouseClick(
        window.canvas, Qt.MouseButton.LeftButton, pos=label_point(window, "211400")
    )  # 葫芦岛 by sea
    graph = window.analysis_docks.analysis.graph
    assert ("210200", "211400") in graph.id_pairs()
    window.select_region(window.session.layer.row_of("210200"))
    window.panel.cut_button.click()
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=label_point(window, "210800"))  # 营口
    pairs = window.analysis_docks.analysis.graph.id_pairs()
    assert ("210200", "210800") not in pairs and ("210200", "211400") in pairs
    window.undo.stack.undo()
    window.undo.stack.undo()
    assert ("210200", "211400") not in window.analysis_docks.analysis.graph.id_pairs()


def test_the_ledger_lists_each_decision_and_follows_undo(window):
    docks = window.planning_docks
    docks.set_role("210800", "EQP.SHIP", Role.LEAD, "营口船舶基地")
    table = docks.ledger.table
    assert table.rowCount() == 1
    assert table.item(0, 3).text() == "Yingkou" and table.item(0, 5).text() == "营口船舶基地"
    assert table.item(0, 4).text() == window.session.taxonomy.name("EQP.SHIP", "en")
    assert table.item(0, 2).text() == "Set role → lead"
    when = window.session.current.ledger[0].when  # stored with its offset, shown in local time
    assert table.item(0, 0).text() == datetime.fromisoformat(when).astimezone().strftime("%Y-%m-%d %H:%M")
    assert window.undo.stack.text(0) == f"Set role · Yingkou · {table.item(0, 4).text()} → lead"
    docks.window.undo.stack.undo()
    assert table.rowCount() == 0


def test_edit_park_changes_name_level_and_industries_in_one_undoable_step(window, monkeypatch):
    from ui.parks.park_dialog import ParkDialog

    parks = window.session.parks
    row = int((parks["name_zh"] == "沈阳经济技术开发区").to_numpy().argmax())
    park_id = parks["id"].iat[row]
    before = parks.copy()
    steps = window.undo.stack.index()

    def edit(dialog):
        assert dialog.level.currentData() == "national"
        dialog.name_zh.setText("沈阳经开区（浑南片区）")
        dialog.level.setCurrentIndex(dialog.level.findData("provincial"))
        dialog.industries.setText("汽车零部件；数控机床")
        return ParkDialog.DialogCode.Accepted

    monkeypatch.setattr(ParkDialog, "exec", edit)
    window.park_docks.select(row)
    window.park_docks.record.edit_button.click()
    park = window.session.parks.set_index("id").loc[park_id]
    assert park["name_zh"] == "沈阳经开区（浑南片区）" and park["level"] == "provincial"
    assert park["sectors"] == "AUT.PART;EQP.TOOL"
    assert park["area_ha"] == before.set_index("id").loc[park_id, "area_ha"]  # untouched
    assert window.undo.stack.index() == steps + 1
    assert window.canvas.map.parks.style.radius_pt[row] < 6.5  # drawn as a provincial zone now
    window.undo.stack.undo()
    assert window.session.parks.equals(before)


def test_edit_park_refuses_an_empty_chinese_name(window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.parks.park_dialog import ParkDialog

    dialog = ParkDialog(window.session.parks.iloc[0], [], window)
    dialog.name_zh.setText("  ")
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.name_zh.setText("新名")
    assert dialog.changes() == {"name_zh": "新名"}


def test_the_author_set_in_the_settings_signs_the_ledger(window, monkeypatch):
    from ui.window.settings_dialog import SettingsDialog

    def fill(dialog):
        dialog.author_edit.setText("  王规划  ")
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fill)
    window.open_settings()
    assert window.settings.author == "王规划"
    window.planning_docks.set_role("210800", "EQP.SHIP", Role.LEAD, "")
    assert window.session.current.ledger[-1].who == "王规划"
    assert window.planning_docks.ledger.table.item(0, 1).text() == "王规划"


def test_ledger_times_are_shown_in_the_system_time_zone(monkeypatch):
    import time

    from ui.planning.words import when_text

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        assert when_text("2026-12-01T13:31:45+00:00") == "2026-12-01 21:31"
        assert when_text("2026-12-01T21:31:45+08:00") == "2026-12-01 21:31"
        assert when_text("not a time") == "not a time"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
