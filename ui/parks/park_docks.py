"""The park docks of the main window and their wiring: sectors, parks list, park record.

They show the session's parks table and follow its changes: new regions or another
scenario list the parks afresh (every sector shown again), an edit of the parks keeps the
sector filter; the filter redraws the markers and shortens the list; selecting a park in
the list or on the map selects it in the session, which rings it and shows its record.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from model.changes import Change
from model.session import Session
from ui.map.canvas import MapCanvas
from ui.parks.park_edits import ParkEdits
from ui.parks.park_location import ParkLocator
from ui.parks.park_panel import ParkPanel
from ui.parks.park_table import ParkTable
from ui.parks.sector_panel import SectorPanel
from ui.planning.undo import UndoStacks

LISTED = frozenset({Change.LAYER, Change.PARKS, Change.TAXONOMY, Change.SCENARIO})
RESET = frozenset({Change.LAYER, Change.SCENARIO})


class ParkDocks(QObject):
    """Creates the docks in a main window and keeps them in step with the session."""

    def __init__(
        self, window: QMainWindow, session: Session, undo: UndoStacks, canvas: MapCanvas, provinces: dict
    ) -> None:
        super().__init__(window)
        self.session, self.canvas = session, canvas
        self.items: set[str] | None = None  # the sector filter (None: every park shown)
        self.sectors = SectorPanel(session.taxonomy, window)
        self.table = ParkTable(session.taxonomy, window)
        self.record = ParkPanel(session.taxonomy, window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sectors)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.table)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.record)
        self.sectors.filterChanged.connect(self.apply_filter)
        self.table.parkSelected.connect(lambda row: session.select_park(None if row < 0 else row))
        canvas.parkClicked.connect(lambda row: session.select_park(None if row < 0 else row))
        self.locator = ParkLocator(session, undo, canvas, provinces, window)
        self.edits = ParkEdits(session, undo, canvas, window)
        self.record.editRequested.connect(lambda: self._on_selected(self.edits.edit_park))
        self.record.deleteRequested.connect(lambda: self._on_selected(self.edits.delete))
        self.record.locateRequested.connect(lambda: self._on_selected(self.locator.ask))
        session.subscribe(LISTED, self._listed)
        session.subscribe({Change.SELECTION}, lambda _: self._show_selected())

    def docks(self) -> list:
        """The docks, for the View menu."""
        return [self.sectors, self.table, self.record]

    def _on_selected(self, action) -> None:
        if self.session.selection.park is not None:
            action(self.session.selection.park)

    def _listed(self, changes: frozenset[Change]) -> None:
        taxonomy, parks = self.session.taxonomy, self.session.parks
        for dock in (self.sectors, self.record):
            dock.taxonomy = taxonomy
        self.table.model.taxonomy = taxonomy
        keep = None if changes & RESET else self.sectors.unchecked()
        self.sectors.set_parks(parks, unchecked=keep)
        self.table.set_parks(parks, self.session.place_names)
        self.items = self.sectors.checked()
        if self.items is not None and self.canvas.map is not None:
            self.canvas.map.show_sectors(self.items)  # the map drew every park: filter them again
        self._apply_to_table()
        self._show_selected()

    def set_language(self, language: str) -> None:
        """Relabel the docks."""
        self.sectors.set_language(language)
        self.table.set_language(language)
        self.record.language = language
        self.record.retranslate()

    def apply_filter(self, items: set[str] | None) -> None:
        """Show only the parks declaring these items, on the map and in the list."""
        self.items = items  # what an export of the map shows too
        region_map = self.canvas.map
        if region_map is None or region_map.parks is None:
            return
        region_map.show_sectors(items)
        self._apply_to_table()
        selected = self.session.selection.park
        if selected is not None and selected < len(region_map.parks.visible):
            if not region_map.parks.visible[selected]:
                self.session.select_park(None)
        self.canvas.draw_idle()

    def _apply_to_table(self) -> None:
        region_map = self.canvas.map
        visible = (
            None
            if self.items is None or region_map is None or region_map.parks is None
            else region_map.parks.visible
        )
        self.table.set_shown(visible)

    def select(self, row: int) -> None:
        """Select a park by row (-1 clears)."""
        self.session.select_park(None if row < 0 else row)

    def _show_selected(self) -> None:
        """Ring the session's selected park on the map, show its record, select its row."""
        parks, row = self.session.parks, self.session.selection.park
        if row is not None and row >= len(parks):
            row = self.session.selection.park = None
        if self.canvas.map is not None:
            self.canvas.map.set_selected_park(row)
            self.canvas.draw_idle()
        self.table.select_park(-1 if row is None else row)
        park = None if row is None else parks.iloc[row]
        self.record.show_park(park, self.session.place_names)
        if park is not None:
            self.record.raise_()
