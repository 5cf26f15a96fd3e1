"""Projects in the window: save, open, recent files, the prompt on close, recovery, drops."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from model.plan import Role
from ui.project.project_files import recovery_path


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
    planning = window.session
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


def _as_if_left_by_a_crash(path: Path) -> Path:
    """The recovery file renamed as one whose program is no longer running."""
    import subprocess
    import sys

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    orphan = path.with_name(f"recovery-{gone.pid}.gpkg")
    for suffix in ("", ".bak"):
        if Path(str(path) + suffix).exists():
            Path(str(path) + suffix).rename(str(orphan) + suffix)
    path.with_suffix(".json").rename(orphan.with_suffix(".json"))
    return orphan


def test_autosaved_work_is_offered_after_a_crash(window, qtbot, monkeypatch, tmp_path):
    window.planning_docks.set_role("210200", "EQP.SHIP", Role.LEAD, "自动保存")
    window.project_files.write_recovery()
    assert recovery_path().exists()
    orphan = _as_if_left_by_a_crash(recovery_path())
    window.undo.mark_saved()  # as if the session ended without closing
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.project_files.offer_recovery()
    qtbot.waitUntil(lambda: window.project_files.pending is None, timeout=30_000)
    assert window.session.current.roles[("210200", "EQP.SHIP")].note == "自动保存"
    assert window.isWindowModified()  # recovered work is not saved anywhere yet
    assert window.project_files.path is None  # not the recovery file: Save will ask where
    assert orphan.exists()  # kept until the work is saved somewhere
    window.project_files.clear_recovery()
    assert not orphan.exists()


def test_saving_recovered_work_asks_where_and_keeps_it(window, qtbot, monkeypatch, tmp_path):
    """Draft, autosave, die, recover, Ctrl+S: the work lands where the planner chose, and the
    recovery file goes only then (it used to be saved over and deleted)."""
    save_as(window, monkeypatch, tmp_path / "original.gpkg")
    window.planning_docks.set_role("210200", "EQP.SHIP", Role.LEAD, "未保存的工作")
    window.project_files.write_recovery()
    orphan = _as_if_left_by_a_crash(recovery_path())
    window.undo.mark_saved()
    window.project_files.release()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.project_files.offer_recovery()
    qtbot.waitUntil(lambda: window.project_files.pending is None, timeout=30_000)
    asked = []

    def choose(parent, title, start, *rest, **kw):
        asked.append(start)
        return str(tmp_path / "recovered.gpkg"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    window.actions_.save_project.trigger()  # Ctrl+S
    assert asked and asked[0].endswith("original.gpkg")  # offered where the work came from
    assert (tmp_path / "recovered.gpkg").exists() and not orphan.exists()
    assert not window.isWindowModified()
    assert window.project_files.recent()[0] == (tmp_path / "recovered.gpkg").resolve()
    from model.project_file import open_project

    saved = open_project(tmp_path / "recovered.gpkg")
    assert saved.scenarios[0].roles[("210200", "EQP.SHIP")].note == "未保存的工作"


def test_a_project_open_elsewhere_is_offered_read_only(window, qtbot, monkeypatch, tmp_path):
    import json
    import subprocess
    import sys

    save_as(window, monkeypatch, tmp_path / "shared.gpkg")
    window.project_files.release()
    colleague = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock = tmp_path / ".~lock.shared.gpkg#"
        lock.write_text(
            json.dumps({"user": "王丽", "login": "wangli", "host": "PC-17", "pid": colleague.pid,
                        "since": "2026-12-02T09:12:00+08:00"}),
            encoding="utf-8",
        )  # fmt: skip
        shown = []

        def read_only(box):
            shown.append(box.text())
            box.buttons()[0].click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", read_only)
        assert window.project_files.open_file(tmp_path / "shared.gpkg")
        qtbot.waitUntil(lambda: window.project_files.pending is None, timeout=30_000)
        assert "王丽" in shown[0] and "PC-17" in shown[0] and "09:12" in shown[0]
        assert window.project_files.read_only
        assert "read-only" in window.windowTitle()
        window.planning_docks.set_role("210200", "EQP.SHIP", Role.LEAD, "")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "mine.gpkg"), ""))
        assert window.project_files.save()  # asks for another file
        assert (tmp_path / "mine.gpkg").exists()
        assert json.loads(lock.read_text(encoding="utf-8"))["user"] == "王丽"  # the colleague's lock stays
    finally:
        colleague.kill()


def test_a_dropped_project_opens_and_a_missing_recent_file_is_removed(window, qtbot, monkeypatch, tmp_path):
    window.planning_docks.set_role("210200", "EQP.SHIP", Role.AVOID, "")
    save_as(window, monkeypatch, tmp_path / "dropped.gpkg")
    window.session.current.roles.clear()
    window.open_dropped(tmp_path / "dropped.gpkg")
    qtbot.waitUntil(lambda: window.project_files.pending is None, timeout=30_000)
    assert window.session.current.roles[("210200", "EQP.SHIP")].role is Role.AVOID
    (tmp_path / "dropped.gpkg").rename(tmp_path / "moved.gpkg")
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: messages.append(a[2]))
    window.project_files.open_recent((tmp_path / "dropped.gpkg").resolve())
    assert messages and "dropped.gpkg" in messages[0]
    assert (tmp_path / "dropped.gpkg").resolve() not in window.project_files.recent()


def test_opening_a_project_leaves_the_planner_s_settings_alone(
    window, qtbot, monkeypatch, tmp_path, settings
):
    """A project row 船舶 → FOD.AGRI once made ships read as farm food in every later run."""
    import sqlite3

    save_as(window, monkeypatch, tmp_path / "foreign.gpkg")
    with sqlite3.connect(tmp_path / "foreign.gpkg") as db:
        db.execute("INSERT INTO taxonomy_terms (term, codes) VALUES ('船舶', 'FOD.AGRI'), ('雪具', 'EQP')")
        db.execute(
            'INSERT INTO own_sectors (code, "group", name_zh, name_en, synonyms) '
            "VALUES ('EQP.SHIP', 'EQP', '小船', 'Boats', '')"
        )
    before = (settings.term_mappings, settings.own_sectors)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    window.project_files.release()
    assert window.project_files.open_file(tmp_path / "foreign.gpkg")
    qtbot.waitUntil(lambda: window.project_files.pending is None, timeout=30_000)
    assert shown and "船舶" in shown[0] and "EQP.SHIP" in shown[0]
    assert (settings.term_mappings, settings.own_sectors) == before
    assert window.session.taxonomy.read("船舶").codes == ("EQP.SHIP",)
    assert window.session.taxonomy.read("雪具").codes == ("EQP",)  # the project's own new term applies to it
    window.new_project()
    qtbot.waitUntil(
        lambda: window.session.project_layer is None and window.session.current is not None, timeout=30_000
    )
    assert window.session.taxonomy.match("雪具").status.value == "unknown"  # and to it only


def test_a_save_that_fails_says_why_in_a_dialog_and_keeps_the_work(window, monkeypatch, tmp_path):
    """A read-only folder used to end without a dialog: the temporary file's removal raised."""
    import errno
    import tempfile

    window.planning_docks.set_role("210200", "EQP.SHIP", Role.LEAD, "")

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "plan.gpkg"), ""))
    assert not window.project_files.save()
    assert shown and "permission denied" in shown[0]
    assert window.isWindowModified() and not (tmp_path / "plan.gpkg").exists()


def test_an_unforeseen_error_while_opening_leaves_the_window_as_it_was(window, monkeypatch, tmp_path):
    import ui.project.project_files

    save_as(window, monkeypatch, tmp_path / "plan.gpkg")
    roles_before = dict(window.session.current.roles)

    def broken(path):
        raise KeyError("a bug")

    monkeypatch.setattr(ui.project.project_files, "open_project", broken)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    assert not window.project_files.open_file(tmp_path / "plan.gpkg")
    assert shown and "internal error" in shown[0] and ".log" in shown[0]
    assert window.session.current.roles == roles_before
