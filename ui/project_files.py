"""Projects in the window: New, Open, Save, Save As, recent files, autosave and recovery,
the prompt on close, and files dropped on the window.

A project opens in two steps: its regions load like any scope (administrative regions from
the boundary cache, or the project's own ``regions`` layer), then its scenarios replace
the parks the scope would show. Autosave writes a separate recovery file every few
minutes while there are unsaved changes; a clean close removes it, so finding it at the
next start means the program did not close properly, and the planner is offered it.
"""

from __future__ import annotations

import json
from pathlib import Path

from platformdirs import user_data_path
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from model.errors import PlannerError
from model.project_file import Project, open_project, save_project
from model.regions import ALL_CHINA, Level, OwnRegions, Scope
from ui.messages import error_text

AUTOSAVE_MS = 3 * 60 * 1000
RECENT_LIMIT = 8
PROJECT_FILTER = "*.gpkg"


def recovery_path() -> Path:
    """Where autosave writes (beside a small note of which project it belongs to)."""
    folder = user_data_path("ClusterPlanner", appauthor=False)
    return folder / "recovery.gpkg"


class ProjectFiles(QObject):
    """The project commands of a main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None
        self.pending: Project | None = None  # opened, waiting for its regions to load
        self._recovered = False
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()

    # -- building and applying a project -------------------------------------------------
    def project(self) -> Project:
        """The window's work as a project."""
        window, planning = self.window, self.window.planning_docks.planning
        scope = window.layer.scope
        described = {
            "province": scope.province.adcode if scope.province else ALL_CHINA,
            "level": scope.level.value,
        }
        return Project(
            scope=described,
            regions=window.layer.regions,
            baseline=planning.baseline,
            scenarios=planning.scenarios,
            current=planning.current.name,
            parks_source=window.parks_file or "embedded",
            term_mappings=window.settings.term_mappings,
            own_sectors=window.settings.own_sectors,
        )

    def apply_pending(self) -> bool:
        """Put an opened project's scenarios on the loaded regions (True if there was one)."""
        project, self.pending = self.pending, None
        if project is None:
            return False
        window = self.window
        for sector in project.own_sectors:
            if sector["code"] not in {s["code"] for s in window.settings.own_sectors}:
                window.settings.add_own_sector(sector)
        if project.term_mappings:
            window.settings.remember_terms(project.term_mappings)
        window.parks_file = None if project.parks_source == "embedded" else project.parks_source
        planning = window.planning_docks.planning
        window.parks = None
        planning.start(project.baseline, project.scenarios[0].settings, project.scenarios)
        if project.current in {s.name for s in project.scenarios}:
            planning.switch(project.current)
        planning.mark_saved()
        if self._recovered:  # recovered work is not saved anywhere yet
            planning.stack.resetClean()
            self._recovered = False
        return True

    # -- commands ---------------------------------------------------------------------------
    def open_file(self, path: Path, recovered_from: Path | None = None) -> bool:
        """Open a project (asking first about unsaved changes); False if it could not be."""
        if not self.maybe_save():
            return False
        try:
            project = open_project(path)
        except PlannerError as exc:
            QMessageBox.warning(self.window, self.tr("Open project"), error_text(exc))
            self.forget_recent(path)
            return False
        self.pending = project
        self.path = recovered_from or Path(path)
        self.window.load_project_scope(self._scope(project, Path(path)))
        self.remember_recent(self.path)
        return True

    def _scope(self, project: Project, path: Path) -> Scope:
        return project_scope(project, path, self.window.provinces)

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
        """Save to the project's file (asking for one the first time); False if not saved."""
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        """Save under a new name."""
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save project"),
            "project.gpkg",
            self.tr("Cluster Planner projects ({patterns})").format(patterns=PROJECT_FILTER),
        )
        if not path:
            return False
        path = Path(path) if path.endswith(".gpkg") else Path(path + ".gpkg")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        if self.window.layer is None or self.window.planning_docks.planning.current is None:
            return False
        try:
            save_project(self.project(), path)
        except PlannerError as exc:
            QMessageBox.warning(self.window, self.tr("Save project"), error_text(exc))
            return False
        self.path = path
        self.window.planning_docks.planning.mark_saved()
        self.remember_recent(path)
        self.clear_recovery()
        self.window.statusBar().showMessage(self.tr("Saved {file}").format(file=path.name), 5000)
        self.window.update_title()
        return True

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; False when the planner cancels."""
        planning = self.window.planning_docks.planning
        if planning.current is None or planning.is_clean():
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
        return [Path(p) for p in self.window.settings.recent_projects()]

    def remember_recent(self, path: Path) -> None:
        paths = [str(Path(path).resolve())] + [str(p) for p in self.recent() if p != Path(path).resolve()]
        self.window.settings.set_recent_projects(paths[:RECENT_LIMIT])

    def forget_recent(self, path: Path) -> None:
        self.window.settings.set_recent_projects([str(p) for p in self.recent() if p != Path(path).resolve()])

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
        """Autosave: unsaved work to the recovery file (the project file is left alone)."""
        planning = self.window.planning_docks.planning
        if planning.current is None or planning.is_clean() or self.window.layer is None:
            return
        target = recovery_path()
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            save_project(self.project(), target)
        except PlannerError:
            return  # autosave must never interrupt the planner; the next tick tries again
        note = {"project": str(self.path) if self.path else ""}
        target.with_suffix(".json").write_text(json.dumps(note, ensure_ascii=False), encoding="utf-8")

    def clear_recovery(self) -> None:
        """No unsaved work left: remove the recovery file and its backup."""
        target = recovery_path()
        for path in (target, target.with_name(target.name + ".bak"), target.with_suffix(".json")):
            path.unlink(missing_ok=True)

    def offer_recovery(self) -> bool:
        """At start: if the last session left unsaved work, offer to open it (True if opened)."""
        target = recovery_path()
        if not target.exists():
            return False
        answer = QMessageBox.question(
            self.window,
            self.tr("Recover unsaved work"),
            self.tr(
                "Cluster Planner did not close properly last time. Open the work it saved automatically?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.clear_recovery()
            return False
        try:
            note = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            note = {}
        original = Path(note["project"]) if note.get("project") else None
        self._recovered = True
        opened = self.open_file(target, recovered_from=original)
        self._recovered = opened
        return opened


def project_scope(project: Project, path: Path, provinces: dict) -> Scope:
    """The regions a project file was drawn on (``provinces`` by adcode): a province at a
    level, or the planner's own regions stored in the file."""
    scope = project.scope
    province = None if scope.get("province") == ALL_CHINA else provinces.get(scope.get("province"))
    if scope.get("level") == "own":
        own = OwnRegions(str(path), "id", "name_zh", "name_en", layer="regions")
        return Scope.of_own_regions(own, province)
    return Scope(province, Level(scope.get("level", "city")))
