"""The plan view in the window: the map drawn by the roles of the scenario shown.

It follows what it draws from: the View menu's Plan View, the scenario's roles, the
analysis, the sector chosen last (a single sector checked in the Sectors panel, or a
column selected on the role board) and the interface language. Without a chosen sector it
shows the plan's overview (see ``maps.plan_view``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from maps.plan_view import PlanShown
from model.changes import Change
from model.session import Session
from ui.analysis.analysis_controller import AnalysisController
from ui.map.canvas import MapCanvas
from ui.map.texts import plan_texts


class PlanMap(QObject):
    """Draws or removes the plan view on the window's map as its inputs change."""

    def __init__(
        self, session: Session, canvas: MapCanvas, controller: AnalysisController, shown: QAction
    ) -> None:
        super().__init__(canvas)
        self.session, self.canvas, self.controller, self.shown = session, canvas, controller, shown
        self.sector: str | None = None
        shown.toggled.connect(lambda _: self.refresh())
        controller.changed.connect(lambda _: self.refresh())
        session.subscribe({Change.ROLES, Change.SCENARIO, Change.TAXONOMY}, lambda _: self.refresh())

    def choose_sector(self, sector: str | None) -> None:
        """The sector the view draws (None: the overview)."""
        if sector != self.sector:
            self.sector = sector
            self.refresh()

    def choose_items(self, items: set[str] | None) -> None:
        """The Sectors panel's filter: one item checked chooses it; anything else, the overview."""
        self.choose_sector(next(iter(items)) if items is not None and len(items) == 1 else None)

    def shown_plan(self) -> PlanShown | None:
        """What the view draws now, or None when it has nothing to draw from."""
        analysis, scenario, layer = self.controller.analysis, self.session.current, self.session.layer
        if analysis is None or scenario is None or layer is None or len(analysis.region_ids) != len(layer):
            return None
        return PlanShown.of(analysis, scenario.roles, self.sector)

    def refresh(self) -> None:
        """Draw the plan view as the View menu says, redrawing the map only when it changed."""
        region_map = self.canvas.map
        if region_map is None:
            return
        shown = self.shown_plan() if self.shown.isChecked() else None
        if shown is not None:
            if not region_map.show_plan(shown, self.session.taxonomy, plan_texts()):
                return
        elif self.shown.isChecked():
            return  # the analysis is on its way: the view follows it
        elif region_map.plan_is_shown:
            region_map.hide_plan()
        else:
            return
        self.canvas.draw_idle()
