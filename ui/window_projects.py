"""The main window's project entry points: files dropped on it, opening a project's
regions, starting a new project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from model.project_file import is_project_file
from model.regions import Scope


class ProjectWindowMixin:
    """For ``MainWindow``, which provides ``project_files``, ``park_files``, ``layer`` and
    ``_start_load``."""

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Accept a dropped project or park file."""
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """A dropped project (.gpkg with a project table) opens; any other file is imported as parks."""
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_dropped(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return

    def open_dropped(self, path: Path) -> None:
        """Open a file given by drag and drop or on the command line."""
        if path.suffix.lower() == ".gpkg" and is_project_file(path):
            self.project_files.open_file(path)
        else:
            self.park_files.import_file(path)

    def load_project_scope(self, scope: Scope) -> None:
        """Load the regions of an opened project (its scenarios follow when they are loaded)."""
        self._start_load(scope)

    def new_project(self) -> None:
        """Start afresh on the regions shown, with their embedded parks."""
        if not self.project_files.maybe_save():
            return
        self.project_files.release()
        self.project_files.path = None
        self.use_project_taxonomy(None)
        if self.layer is not None:
            self._start_load(self.layer.scope)
