"""The main window's project entry points: files dropped on it, opening a project's
regions, starting a new project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from model.project_file import is_project_file
from ui.settings import settings_layer


class ProjectWindowMixin:
    """For ``MainWindow``, which provides ``session``, ``settings``, ``project_files``,
    ``park_files`` and ``load_regions``."""

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

    def new_project(self) -> None:
        """Start afresh on the regions shown, with their embedded parks."""
        if not self.project_files.maybe_save():
            return
        self.project_files.forget_project()
        self.session.use_taxonomy_layers(settings_layer(self.settings), None)
        if self.session.layer is not None:
            self.load_regions(self.session.layer.scope)
