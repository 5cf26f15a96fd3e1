"""Projects in the window: save, open, recent files, the prompt on close, recovery, drops."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from model.plan import Role
from ui.project_files import recovery_path


@pytest.fixture
def answer(monkeypatch):
    """Make the unsaved-changes question answer with a given button."""
    answers = []

    def choose(button):
        answers.append(button)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: answers[-1])

    return choose


def save_as(window, monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    assert window.project_files.save_as()


def test_save_as_writes_the_project_and_clears_the_unsaved_mark(window, monkeypatch, tmp_path):
    window.planning_docks.set_role("210200", "EQP.SHIP", Role.LEAD, "造船基地")
    assert window.isWindowModified()
    save_as(window, monkeypatch, tmp_path / "辽宁方案.gpkg")
    assert (tmp_path / "辽宁方案.gpkg").exists()
    assert not window.isWindowModified()
    assert "辽宁方案.gpkg" in window.windowTitle()
    assert window.project_files.recent()[0] == (tmp_path / "辽宁方案.gpkg").resolve()


def test_opening_a_project_asks_about_unsaved_changes_and_restores_the_saved_work(
    window, qtbot, monkeypatch, tmp_path, answer
):
    planning = window.planning_docks.planning
    window.planning_docks.set_role("210200", "EQP.SHIP", Role.LEAD, "造船基地")
    planning.duplicate("方案二")
    window.planning_docks.set_role("210800", "PCH.REF", Role.SUPPORT, "")
    save_as(window, monkeypatch, tmp_path / "plan.gpkg")
    window.planning_docks.set_role("210100", "AUT.VEH", Role.LEAD, "")  # not saved
    answer(QMessageBox.StandardButton.Cancel)
    assert not window.project_files.open_file(tmp_path / "plan.gpkg")
    assert ("210100", "AUT.VEH") in planning.current.roles
    answer(QMessageBox.StandardButton.Discard)
    assert window.project_files.open_file(tmp_path / "plan.gpkg")
    qtbot.waitUntil(lambda: window.project_files.pending is None, timeout=30_000)
    assert [s.name for s in planning.scenarios][1] == "方案二"
    assert planning.current.name == "方案二"
    assert planning.current.roles[("210800", "PCH.REF")].role is Role.SUPPORT
    assert ("210100", "AUT.VEH") not in planning.current.roles
    assert planning.scenarios[0].roles[("210200", "EQP.SHIP")].note == "造船基地"
    assert not window.isWindowModified()
    assert window.planning_docks.scenario_box.count() == 2


def test_closing_with_unsaved_changes_asks_first(window, answer):
    window.planning_docks.set_role("210200", "EQP.SHIP", Role.LEAD, "")
    answer(QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible()
    answer(QMessageBox.StandardButton.Discard)
    window.close()
    assert not window.isVisible()


def test_autosaved_work_is_offered_after_a_crash(window, qtbot, monkeypatch, tmp_path):
    window.planning_docks.set_role("210200", "EQP.SHIP", Role.LEAD, "自动保存")
    window.project_files.write_recovery()
    assert recovery_path().exists()
    window.planning_docks.planning.mark_saved()  # as if the session ended without closing
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.project_files.offer_recovery()
    qtbot.waitUntil(lambda: window.project_files.pending is None, timeout=30_000)
    assert window.planning_docks.planning.current.roles[("210200", "EQP.SHIP")].note == "自动保存"
    assert window.isWindowModified()  # recovered work is not saved anywhere yet
    window.project_files.clear_recovery()
    assert not recovery_path().exists()


def test_a_dropped_project_opens_and_a_missing_recent_file_is_removed(window, qtbot, monkeypatch, tmp_path):
    window.planning_docks.set_role("210200", "EQP.SHIP", Role.AVOID, "")
    save_as(window, monkeypatch, tmp_path / "dropped.gpkg")
    window.planning_docks.planning.current.roles.clear()
    window.open_dropped(tmp_path / "dropped.gpkg")
    qtbot.waitUntil(lambda: window.project_files.pending is None, timeout=30_000)
    assert window.planning_docks.planning.current.roles[("210200", "EQP.SHIP")].role is Role.AVOID
    (tmp_path / "dropped.gpkg").rename(tmp_path / "moved.gpkg")
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: messages.append(a[2]))
    window.project_files.open_recent((tmp_path / "dropped.gpkg").resolve())
    assert messages and "dropped.gpkg" in messages[0]
    assert (tmp_path / "dropped.gpkg").resolve() not in window.project_files.recent()
