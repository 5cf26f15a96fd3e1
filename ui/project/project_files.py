"""Projects in the window: New, Open, Save, Save As, recent files, autosave and recovery,
the prompt on close, and files dropped on the window.

A project opens in two steps: its regions load like any scope (administrative regions from
the boundary cache, or the project's own ``regions`` layer), then its scenarios replace
the parks the scope would show. Autosave writes a separate recovery file (one per running
program) every few minutes while there are unsaved changes; a clean close removes it, so
finding one whose program no longer runs means it did not close properly, and the planner
is offered the work. Recovered work has no file of its own until the planner saves it: Save
asks where, as for a new project, and the recovery file goes only once that save succeeded.

While a project is open its lock file says so (``model.project_lock``); a project someone
else has open can be opened read-only, and then Save asks for another file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from platformdirs import user_data_path
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from model.errors import PlannerError
from model.people import process_alive
from model.project_file import Project, open_project, project_scope, save_project
from model.project_lock import ProjectLock, ProjectLocked, holder_of
from model.regions import ALL_CHINA, Scope
from model.session import Session
from model.taxonomy_layers import TaxonomyLayer
from ui.internal_errors import internal_error
from ui.messages import error_text, taxonomy_conflicts_text
from ui.planning.undo import UndoStacks
from ui.settings import AppSettings, settings_layer


class Cancelled(Exception):
    """The planner chose not to go on (a locked project, not opened)."""


AUTOSAVE_MS = 3 * 60 * 1000
RECENT_LIMIT = 8
PROJECT_FILTER = "*.gpkg"


def recovery_folder() -> Path:
    """Where autosave writes (``CLUSTER_PLANNER_RECOVERY_DIR`` overrides it, for tests)."""
    override = os.environ.get("CLUSTER_PLANNER_RECOVERY_DIR")
    return Path(override) if override else user_data_path("ClusterPlanner", appauthor=False) / "recovery"


def recovery_path(pid: int | None = None) -> Path:
    """This program's recovery file (beside a small note of which project it belongs to)."""
    return recovery_folder() / f"recovery-{pid or os.getpid()}.gpkg"


def orphaned_recoveries() -> list[Path]:
    """Recovery files left by programs that no longer run, newest first."""
    found = []
    for path in recovery_folder().glob("recovery-*.gpkg"):
        try:
            pid = int(path.stem.split("-", 1)[1])
        except ValueError:
            continue
        if pid != os.getpid() and not process_alive(pid):
            found.append(path)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def _recovery_files(target: Path) -> tuple[Path, ...]:
    return (target, target.with_name(target.name + ".bak"), target.with_suffix(".json"))


class ProjectFiles(QObject):
    """The project commands of a main window."""

    pathChanged = Signal()  # the project's file, or whether it is read-only, changed

    def __init__(
        self,
        session: Session,
        undo: UndoStacks,
        settings: AppSettings,
        provinces: dict,
        load_scope: Callable[[Scope], None],
        parent: QMainWindow,
    ) -> None:
        super().__init__(parent)
        self.session, self.undo, self.settings, self.provinces = session, undo, settings, provinces
        self.load_scope, self.window = load_scope, parent
        self.path: Path | None = None
        self.suggested_path: Path | None = None  # where recovered work came from: Save As starts there
        self.read_only = False  # someone else has the project open: Save asks for another file
        self.lock: ProjectLock | None = None
        self.pending: Project | None = None  # opened, waiting for its regions to load
        self._recovered = False
        self._recovered_from: Path | None = None  # the recovery file opened, removed once saved
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()

    # -- building and applying a project -------------------------------------------------
    def project(self) -> Project:
        """The session's work as a project."""
        session = self.session
        scope = session.layer.scope
        described = {
            "province": scope.province.adcode if scope.province else ALL_CHINA,
            "level": scope.level.value,
        }
        return Project(
            scope=described,
            regions=session.layer.regions,
            baseline=session.baseline,
            scenarios=session.scenarios,
            current=session.current.name,
            parks_source=session.parks_source or "embedded",
            term_mappings={k: list(v) for k, v in session.taxonomy_additions.term_mappings.items()},
            own_sectors=list(session.taxonomy_additions.own_sectors),
        )

    def apply_pending(self) -> bool:
        """Put an opened project's scenarios on the loaded regions (True if there was one)."""
        project, self.pending = self.pending, None
        if project is None:
            return False
        session = self.session
        source = None if project.parks_source == "embedded" else project.parks_source
        session.start(
            project.baseline,
            project.scenarios[0].settings,
            project.scenarios,
            project.current,
            parks_source=source,
        )
        layer = TaxonomyLayer("project", tuple(project.own_sectors), project.term_mappings)
        conflicts = session.use_taxonomy_layers(settings_layer(self.settings), layer)
        self.undo.mark_saved()
        if self._recovered:  # recovered work is not saved anywhere yet
            self.undo.mark_unsaved()
            self._recovered = False
        if conflicts:
            QMessageBox.information(self.window, self.tr("Open project"), taxonomy_conflicts_text(conflicts))
        return True

    def forget_project(self) -> None:
        """The work is no longer the open project's (another province, a new project): no file,
        no lock, no project sectors."""
        self.release()
        self.path = self.suggested_path = None
        self.pending = None
        self.pathChanged.emit()

    # -- commands ---------------------------------------------------------------------------
    def open_file(self, path: Path, recovered: bool = False) -> bool:
        """Open a project (asking first about unsaved changes); False if it could not be.
        ``recovered``: the file is autosaved work, which gets no path of its own."""
        if not self.maybe_save():
            return False
        path = Path(path)
        try:
            project = open_project(path)
            scope = self._scope(project, path)
            lock = None if recovered else self._lock(path)
        except PlannerError as exc:
            QMessageBox.warning(self.window, self.tr("Open project"), error_text(exc))
            self.forget_recent(path)
            return False
        except Cancelled:
            return False
        except Exception as exc:  # the last resort: the window and its work stay as they were
            QMessageBox.warning(self.window, self.tr("Open project"), error_text(internal_error(exc)))
            return False
        self.release()
        self.lock, self.read_only = lock, bool(lock is None and not recovered)
        self.pending = project
        self.path = None if recovered else path
        if not recovered:
            self.remember_recent(path)
        self.load_scope(scope)
        self.pathChanged.emit()
        return True

    def _lock(self, path: Path) -> ProjectLock | None:
        """Take the project's lock; None when the planner chose to open it read-only (raises
        Cancelled when they chose not to open it)."""
        lock = ProjectLock(path)
        try:
            lock.acquire()
            return lock
        except ProjectLocked as exc:
            box = QMessageBox(
                QMessageBox.Icon.Question, self.tr("Open project"), error_text(exc), parent=self.window
            )
            box.setInformativeText(
                self.tr("You can open it read-only: you may change it, but save it under another name.")
            )
            read_only = box.addButton(self.tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is not read_only:
                raise Cancelled from None
            return None

    def release(self) -> None:
        """Give up the open project's lock (closing, or opening another)."""
        if self.lock is not None:
            self.lock.release()
        self.lock, self.read_only = None, False

    def _scope(self, project: Project, path: Path) -> Scope:
        return project_scope(project, path, self.provinces)

    def ask_open(self) -> None:
        """Choose a project file and open it."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open project"),
            "",
            self.tr("Cluster Planner projects ({patterns})").format(patterns=PROJECT_FILTER),
        )
        if path:
            self.open_file(Path(path))

    def _filter(self) -> str:
        return self.tr("Cluster Planner projects ({patterns})").format(patterns=PROJECT_FILTER)

    def save(self) -> bool:
        """Save to the project's file (asking for one the first time, for recovered work, and
        for a project opened read-only); False if not saved."""
        if self.path is None or self.read_only:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        """Save under a new name."""
        start = self.path or self.suggested_path
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save project"),
            str(start) if start else "project.gpkg",
            self.tr("Cluster Planner projects ({patterns})").format(patterns=PROJECT_FILTER),
        )
        if not path:
            return False
        path = Path(path) if path.endswith(".gpkg") else Path(path + ".gpkg")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        if self.session.layer is None or self.session.current is None:
            return False
        if path.resolve().parent == recovery_folder().resolve():
            return self.save_as()  # autosave's own folder is no place for the planner's project
        try:
            lock = self._lock_for_saving(path)
            save_project(self.project(), path)
        except PlannerError as exc:
            QMessageBox.warning(self.window, self.tr("Save project"), error_text(exc))
            return False
        except Exception as exc:  # the last resort: the work stays in the window, unsaved
            QMessageBox.warning(self.window, self.tr("Save project"), error_text(internal_error(exc)))
            return False
        if lock is not self.lock:
            self.release()
            self.lock = lock
        self.path, self.read_only, self.suggested_path = path, False, None
        self.undo.mark_saved()
        self.remember_recent(path)
        self.clear_recovery()
        self.window.statusBar().showMessage(self.tr("Saved {file}").format(file=path.name), 5000)
        self.pathChanged.emit()
        return True

    def _lock_for_saving(self, path: Path) -> ProjectLock | None:
        """The lock of the file about to be written: ours already, or taken now (ProjectLocked
        when someone else has that file open)."""
        if self.lock is not None and self.lock.project.resolve() == path.resolve():
            return self.lock
        holder = holder_of(path)
        if holder is not None:
            raise ProjectLocked(file=str(path), holder=holder, saving=False)
        lock = ProjectLock(path)
        lock.acquire()
        return lock

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False when the planner cancels."""
        if self.session.current is None or self.undo.is_clean():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("The project has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- recent files ---------------------------------------------------------------------
    def recent(self) -> list[Path]:
        """Projects opened or saved lately, newest first."""
        return [Path(p) for p in self.settings.recent_projects()]

    def remember_recent(self, path: Path) -> None:
        paths = [str(Path(path).resolve())] + [str(p) for p in self.recent() if p != Path(path).resolve()]
        self.settings.set_recent_projects(paths[:RECENT_LIMIT])

    def forget_recent(self, path: Path) -> None:
        self.settings.set_recent_projects([str(p) for p in self.recent() if p != Path(path).resolve()])

    def open_recent(self, path: Path) -> None:
        """Open a recent project; one that no longer exists is removed with a message."""
        if not Path(path).exists():
            QMessageBox.information(
                self.window,
                self.tr("Open project"),
                self.tr("{file} no longer exists; it is removed from the list.").format(file=path),
            )
            self.forget_recent(path)
            return
        self.open_file(path)

    # -- autosave and recovery ---------------------------------------------------------------
    def write_recovery(self) -> None:
        """Autosave: unsaved work to this program's recovery file (the project file is left alone)."""
        if self.session.current is None or self.undo.is_clean() or self.session.layer is None:
            return
        target = recovery_path()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            save_project(self.project(), target)
            note = {"project": str(self.path or self.suggested_path or "")}
            target.with_suffix(".json").write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")
        except (PlannerError, OSError):
            return  # autosave must never interrupt the planner; the next tick tries again

    def clear_recovery(self) -> None:
        """No unsaved work left: remove this program's recovery file, and the one recovered
        from (its work is now saved)."""
        for target in (recovery_path(), self._recovered_from):
            if target is None:
                continue
            for path in _recovery_files(target):
                path.unlink(missing_ok=True)
        self._recovered_from = None

    def offer_recovery(self) -> bool:
        """At start: if a program that did not close properly left unsaved work, offer to open
        it (True if opened). Declined work is removed; other orphans wait for the next start."""
        for target in orphaned_recoveries():
            answer = QMessageBox.question(
                self.window,
                self.tr("Recover unsaved work"),
                self.tr(
                    "Cluster Planner did not close properly last time. Open the work it saved automatically?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                for path in _recovery_files(target):
                    path.unlink(missing_ok=True)
                continue
            return self._open_recovered(target)
        return False

    def _open_recovered(self, target: Path) -> bool:
        try:
            note = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            note = {}
        original = note.get("project") if isinstance(note, dict) else None
        self._recovered = True
        opened = self.open_file(target, recovered=True)
        self._recovered = opened
        if opened:
            self._recovered_from = target
            self.suggested_path = Path(original) if original else None
        return opened
