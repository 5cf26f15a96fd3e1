"""The park docks of the main window and their wiring: sectors, parks list, park record.

Keeps the three in step with the map: the sector filter redraws the markers and
shortens the list; selecting a park in the list rings it on the map and shows its
record; clicking a marker selects its row.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMainWindow

from model.park_import import ImportResult
from model.parks import empty_parks
from model.sectors import Taxonomy
from ui.map_canvas import MapCanvas
from ui.park_edits import ParkEdits
from ui.park_location import ParkLocator
from ui.park_panel import ParkPanel
from ui.park_table import ParkTable
from ui.sector_panel import SectorPanel


class ParkDocks(QObject):
    """Creates the docks in a main window and connects them to its map canvas."""

    def __init__(self, window: QMainWindow, canvas: MapCanvas, taxonomy: Taxonomy) -> None:
        super().__init__(window)
        self.window = window
        self.canvas = canvas
        self.items: set[str] | None = None  # the sector filter (None: every park shown)
        self.sectors = SectorPanel(taxonomy, window)
        self.table = ParkTable(taxonomy, window)
        self.record = ParkPanel(taxonomy, window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sectors)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.table)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.record)
        self.parks = None
        self.names: dict[str, tuple[str, str]] = {}
        self.selected: int | None = None
        self.sectors.filterChanged.connect(self.apply_filter)
        self.table.parkSelected.connect(self.select)
        canvas.parkClicked.connect(self._clicked)
        self.locator = ParkLocator(window)
        self.edits = ParkEdits(window)
        self.record.editRequested.connect(
            lambda: self.selected is not None and self.edits.edit_park(self.selected)
        )
        self.record.deleteRequested.connect(
            lambda: self.selected is not None and self.edits.delete(self.selected)
        )
        self.record.locateRequested.connect(
            lambda: self.selected is not None and self.locator.ask(self.selected)
        )

    def taxonomy_changed(self, taxonomy: Taxonomy) -> None:
        """Use a taxonomy with the planner's own term mappings."""
        for dock in (self.sectors, self.record):
            dock.taxonomy = taxonomy
        self.table.model.taxonomy = taxonomy

    def docks(self) -> list:
        """The docks, for the View menu."""
        return [self.sectors, self.table, self.record]

    def show(self, result: ImportResult | None, names: dict[str, tuple[str, str]]) -> None:
        """List a scope's parks (``names``: adcode → (zh, en) of its cities and counties)."""
        self.parks = result.parks if result is not None else empty_parks()
        self.names = names
        self.selected = None
        self.sectors.set_parks(self.parks)
        self.table.set_parks(self.parks, names)
        self.record.show_park(None, names)

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
        self.table.set_shown(None if items is None else region_map.parks.visible)
        if self.selected is not None and not region_map.parks.visible[self.selected]:
            self.select(-1)
        self.canvas.draw_idle()

    def select(self, row: int) -> None:
        """Select a park by row (-1 clears): ring on the map, record shown."""
        self.selected = None if row < 0 else row
        if self.canvas.map is not None:
            self.canvas.map.set_selected_park(self.selected)
            self.canvas.draw_idle()
        park = None if self.selected is None or self.parks is None else self.parks.iloc[self.selected]
        self.record.show_park(park, self.names)
        if park is not None:
            self.record.raise_()

    def _clicked(self, row: int) -> None:
        self.table.select_park(row)
        self.select(row)
