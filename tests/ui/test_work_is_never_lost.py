"""Nothing a planner does is lost: imports are edits, undo brings everything back, new sectors
reach every scenario and the saved file, and leaving unsaved work always asks first.

Driven through the real window (offscreen), as a planner would: the import through File ›
Import Parks… with its Add / Replace question, Undo through Edit › Undo.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from model.plan import Role
from model.project_file import open_project

FOUR_PARKS = (
    "名称,所在城市,主导产业\n甲园区,大连,船舶\n乙园区,营口,石化\n丙园区,锦州,汽车\n丁园区,沈阳,医药\n"
)


def _everything(window) -> list[tuple]:
    """Every scenario's parks, roles, ledger and edits, and which scenario is shown."""
    session = window.session
    return [(s.name, s.snapshot()) for s in session.scenarios] + [("shown", session.current.name)]


def _answer_import(monkeypatch, window, button: str) -> list[str]:
    """Answer the Add / Replace question with a button (the texts it showed are collected)."""
    shown = []

    def answer(box):
        shown.append(box.text() + "\n" + box.informativeText())
        wanted = window.park_files.tr("Add") if button == "add" else window.park_files.tr("Replace")
        next(b for b in box.buttons() if b.text() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def _import(window, qtbot, path) -> None:
    """Import through the window and wait until the import's undoable step is on the stack."""
    steps_before = window.undo.stack.index()
    window.park_files.import_file(path)
    qtbot.waitUntil(lambda: window.undo.stack.index() > steps_before, timeout=30_000)


@pytest.fixture
def drafted(window):
    """Two scenarios with roles in each, the second shown; nothing saved."""
    docks = window.planning_docks
    docks.set_role("210200", "EQP.SHIP", Role.LEAD, "造船基地")
    docks.set_role("210800", "PCH.REF", Role.SUPPORT, "")
    window.session.duplicate("方案二")
    docks.set_role("210700", "PCH.REF", Role.LEAD, "")
    docks.set_role("211400", "PCH.REF", Role.AVOID, "")
    assert window.isWindowModified()
    return window


def test_import_add_then_replace_and_undo_bring_everything_back(drafted, qtbot, monkeypatch, tmp_path):
    window = drafted
    path = tmp_path / "four.csv"
    path.write_text(FOUR_PARKS, encoding="utf-8")
    before = _everything(window)
    parks_before = len(window.session.parks)
    window.undo.mark_saved()
    assert not window.isWindowModified()

    shown = _answer_import(monkeypatch, window, "add")
    _import(window, qtbot, path)
    assert len(window.session.parks) == parks_before + 4
    assert window.isWindowModified()
    assert window.session.current.ledger[-1].kind == "replace-parks"
    assert "four.csv" in shown[0] and "方案二" in shown[0]
    assert [s.name for s in window.session.scenarios] == ["Scenario 1", "方案二"]
    window.planning_docks.undo_action.trigger()
    assert _everything(window) == before
    assert not window.isWindowModified()

    shown = _answer_import(monkeypatch, window, "replace")
    _import(window, qtbot, path)
    assert len(window.session.parks) == 4
    assert str(parks_before) in shown[0]  # says how many parks replacing removes
    assert window.session.scenarios[0].snapshot() == before[0][1]  # the other scenario untouched
    assert window.isWindowModified()
    window.planning_docks.undo_action.trigger()
    assert _everything(window) == before
    assert not window.isWindowModified()


def test_replacing_says_which_roles_lose_their_focus_and_undo_restores_them(
    drafted, qtbot, monkeypatch, tmp_path
):
    window = drafted
    path = tmp_path / "shipyards.csv"
    path.write_text("名称,所在城市,主导产业\n甲园区,大连,船舶\n", encoding="utf-8")
    before = _everything(window)
    shown = _answer_import(monkeypatch, window, "replace")
    _import(window, qtbot, path)
    assert "Jinzhou" in shown[0]  # 锦州 loses its petrochemicals focus, and its lead with it
    assert ("210700", "PCH.REF") not in window.session.current.roles
    window.planning_docks.undo_action.trigger()
    assert _everything(window) == before


def test_parks_with_ids_already_in_the_scenario_are_reported_not_doubled(
    window, qtbot, monkeypatch, tmp_path
):
    existing = window.session.parks.iloc[0]
    path = tmp_path / "again.csv"
    path.write_text(
        f"编号,名称,所在城市,主导产业\n{existing['id']},{existing['name_zh']},沈阳,装备制造\nNEW9,新园区,大连,船舶\n",
        encoding="utf-8",
    )
    count = len(window.session.parks)
    _answer_import(monkeypatch, window, "add")
    _import(window, qtbot, path)
    assert len(window.session.parks) == count + 1
    assert existing["id"] in window.statusBar().currentMessage()


def test_a_new_sector_reaches_every_scenario_and_the_saved_file(window, monkeypatch, tmp_path):
    from ui.parks.sector_dialog import SectorDialog

    window.session.duplicate("方案二")

    def fill(dialog):
        dialog.group_box.setCurrentIndex(dialog.group_box.findData("LGT"))
        dialog.name_zh.setText("泳装")
        return SectorDialog.DialogCode.Accepted

    monkeypatch.setattr(SectorDialog, "exec", fill)
    window.park_docks.sectors.add_sector.click()
    assert window.isWindowModified()
    for parks in (window.session.baseline, *(s.parks for s in window.session.scenarios)):
        row = parks.set_index("name_zh").loc["兴城滨海经济区"]
        assert "LGT.U1" in row["sectors"].split(";")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "p.gpkg"), ""))
    assert window.project_files.save()
    saved = open_project(tmp_path / "p.gpkg")
    for parks in (saved.baseline, *(s.parks for s in saved.scenarios)):
        assert "LGT.U1" in parks.set_index("name_zh").loc["兴城滨海经济区", "sectors"].split(";")


def test_saving_keeps_the_undo_history(drafted, monkeypatch, tmp_path):
    window = drafted
    steps = window.undo.stack.count()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "p.gpkg"), ""))
    assert window.project_files.save()
    assert window.undo.stack.count() == steps and window.planning_docks.undo_action.isEnabled()
    window.planning_docks.undo_action.trigger()
    assert window.isWindowModified()  # undoing past the save is unsaved again


@pytest.mark.parametrize("leave", ["province", "level", "new-project", "own-regions"])
def test_leaving_unsaved_work_asks_first_and_cancel_keeps_it(
    drafted, qtbot, monkeypatch, leave, liaoning_blocs
):
    window = drafted
    before = _everything(window)
    asked = []

    def cancel(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    if leave == "province":
        window.load_scope("220000", "city")
    elif leave == "level":
        window.load_scope("210000", "county")
    elif leave == "new-project":
        window.new_project()
    else:
        from model.regions import OwnRegions

        window.load_own_regions(OwnRegions(str(liaoning_blocs), "编号", "名称", None))
    assert asked and "not saved" in asked[0]
    qtbot.wait(200)
    assert window.session.layer.scope.province.adcode == "210000"
    assert window.session.layer.scope.level.value == "city"
    assert _everything(window) == before and window.isWindowModified()
    assert window.picker.level_box.currentData() == "city"


def test_discarding_loads_the_other_province(drafted, qtbot, monkeypatch):
    window = drafted
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Discard)
    window.load_scope("220000", "city")
    qtbot.waitUntil(
        lambda: window.session.layer.scope.province.adcode == "220000" and window.session.current is not None,
        timeout=30_000,
    )
    assert not window.isWindowModified() and len(window.session.scenarios) == 1
