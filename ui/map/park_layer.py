"""The parks on the window's map, in step with the session.

New regions, another scenario or new sector codes draw the parks afresh; an edit of the
parks themselves moves the markers in place where it can (a live canvas then redraws only
its overlay), which keeps a park's drag and a move at county level fast.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction

from maps.legend import LegendTexts
from model.changes import Change
from model.session import Session
from ui.map.canvas import MapCanvas

REDRAWN = frozenset({Change.LAYER, Change.TAXONOMY, Change.SCENARIO})


class MapParks:
    """Keeps the canvas's park markers in step with the session's parks table."""

    def __init__(
        self, session: Session, canvas: MapCanvas, names: QAction, legend: Callable[[], LegendTexts]
    ) -> None:
        self.session, self.canvas, self.names, self.legend = session, canvas, names, legend
        session.subscribe({Change.PARKS, *REDRAWN}, self._changed)
        names.toggled.connect(self._show_names)

    def _changed(self, changes: frozenset[Change]) -> None:
        region_map = self.canvas.map
        if region_map is None:
            return
        if not changes & REDRAWN:
            moved = region_map.move_parks(self.session.parks)
            if moved is not None:
                self.canvas.request_overlay() if moved else self.canvas.draw_idle()
                return
        self.draw()

    def draw(self) -> None:
        """Draw the parks afresh (the Sectors panel beside the map shows the group colours; the
        map's legend keeps to the symbols)."""
        region_map = self.canvas.map
        if region_map is None:
            return
        region_map.set_parks(self.session.parks, self.session.taxonomy, self.legend(), legend_groups=False)
        region_map.set_park_names(self.names.isChecked())
        self.canvas.draw_idle()

    def _show_names(self, shown: bool) -> None:
        if self.canvas.map is not None:
            self.canvas.map.set_park_names(shown)
            self.canvas.draw_idle()
