"""The main window's layout over sessions: default dock places, saved geometry and state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent


class WindowStateMixin:
    """Dock arrangement and window geometry for ``MainWindow`` (which provides the docks,
    ``settings`` and ``_docks_arranged``)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """On the first show without a saved layout, tab the docks into their default places.

        Done here rather than in the constructor: tabbing a second group of docks before
        the window is shown leaves a stray copy of its tab bar on screen (Qt 6.11).
        """
        if not self._docks_arranged:
            self._docks_arranged = True
            self._tab_default_docks()
        super().showEvent(event)

    def _tab_default_docks(self) -> None:
        for first, second in (
            (self.panel, self.park_docks.record),
            (self.panel, self.analysis_docks.why),
            (self.panel, self.analysis_docks.matrix),
            (self.panel, self.planning_docks.indicators),
            (self.panel, self.planning_docks.history),
            (self.park_docks.table, self.analysis_docks.conflicts),
            (self.park_docks.table, self.planning_docks.board),
            (self.park_docks.table, self.planning_docks.ledger),
        ):
            self.tabifyDockWidget(first, second)
        self.panel.raise_()
        self.park_docks.table.raise_()

    def restore_state(self) -> None:
        """Restore the geometry and dock layout saved at the last close."""
        geometry, state = self.settings.window_state()
        if geometry is None or not self.restoreGeometry(geometry):
            self._default_geometry()
        if state is not None and self.restoreState(state):
            self._docks_arranged = True

    def arrange_docks(self) -> None:
        """The first layout's dock sizes: the parks list tall enough for about six rows
        (a third of the window at most), the sector tree as wide as its names."""
        rows = 6 * self.park_docks.table.fontMetrics().lineSpacing() * 1.6
        bottom = min(max(int(self.height() * 0.25), int(rows) + 130), int(self.height() * 0.34))
        self.resizeDocks([self.park_docks.table], [bottom], Qt.Orientation.Vertical)
        self.resizeDocks([self.park_docks.sectors], [230], Qt.Orientation.Horizontal)

    def _default_geometry(self) -> None:
        """First start: four fifths of the screen, centred, the map given most of it."""
        screen = self.screen().availableGeometry()
        self.resize(int(screen.width() * 0.8), int(screen.height() * 0.8))
        self.arrange_docks()
        frame = self.frameGeometry()
        frame.moveCenter(screen.center())
        self.move(frame.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Ask about unsaved changes, then remember the window before closing."""
        if not self.project_files.maybe_save():
            event.ignore()
            return
        self.project_files.clear_recovery()
        self.project_files.release()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        QCoreApplication.processEvents()
        super().closeEvent(event)
