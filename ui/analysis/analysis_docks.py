"""The duplication analysis in the window: its docks, the map's duplication view, and their wiring.

The analysis (``AnalysisController``) follows the session; the conflicts table, the why
panel, the similarity matrix and the map follow the analysis: selecting a conflict points
out both regions and their parks and explains the pair; selecting a region outlines its
neighbours; checking a single sector in the sector panel turns the duplication view into that sector's radar.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from maps.duplication_view import DuplicationTexts
from model.changes import Change
from model.duplication import Analysis
from model.plan import what_remains
from model.session import Session
from ui.analysis.analysis_controller import AnalysisController
from ui.analysis.analysis_dialog import AnalysisDialog
from ui.analysis.conflicts_dock import ConflictsDock
from ui.analysis.similarity_dock import SimilarityDock
from ui.analysis.why_panel import WhyPanel
from ui.i18n import current_language
from ui.map.canvas import MapCanvas
from ui.map.texts import duplication_texts
from ui.messages import error_text
from ui.settings import AppSettings


class AnalysisDocks(QObject):
    """Creates the analysis docks in a main window and connects them to its map."""

    settingsRequested = Signal(object)  # AnalysisSettings chosen in the dialog (applied as an edit)

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        settings: AppSettings,
        canvas: MapCanvas,
        shown: QAction,
        baseline: QAction,
    ) -> None:
        super().__init__(window)
        self.window, self.session, self.canvas, self.shown = window, session, canvas, shown
        self.baseline = baseline  # checked: the view shows the baseline, not what the plan leaves
        self.controller = AnalysisController(session, settings, self)
        self.conflicts = ConflictsDock(window)
        self.why = WhyPanel(window)
        self.matrix = SimilarityDock(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.conflicts)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.why)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.matrix)
        self.radar: str | None = None
        self.dialog: AnalysisDialog | None = None
        self.controller.changed.connect(self._analysed)
        self.controller.failed.connect(lambda error: window.statusBar().showMessage(error_text(error), 8000))
        self.conflicts.conflictSelected.connect(self.select_conflict)
        self.matrix.pairSelected.connect(self.select_pair)
        shown.toggled.connect(lambda _: self.refresh_map())
        baseline.toggled.connect(lambda _: self.refresh_map())
        session.subscribe({Change.ROLES}, lambda _: self.refresh_map())
        session.subscribe({Change.LAYER}, lambda _: self.why.clear())
        session.subscribe({Change.SETTINGS, Change.LINKS, Change.SCENARIO}, lambda _: self._show_settings())
        session.subscribe({Change.SELECTION}, lambda _: self.region_selected(session.selection.region))

    def docks(self) -> list:
        """The docks, for the View menu."""
        return [self.conflicts, self.why, self.matrix]

    @property
    def analysis(self) -> Analysis | None:
        """The current analysis (None while there is none)."""
        return self.controller.analysis

    def _show_settings(self) -> None:
        if self.dialog is not None and self.session.current is not None:
            self.dialog.show_settings(self.session.settings)

    def set_radar(self, items: set[str] | None) -> None:
        """The sector panel's filter: one item checked makes it the radar sector."""
        self.radar = next(iter(items)) if items is not None and len(items) == 1 else None
        self.conflicts.set_sector(self.radar)
        self.refresh_map()

    def open_settings(self) -> None:
        """Show the (non-modal) analysis settings dialog."""
        if self.dialog is None:
            regions = self.session.layer.regions if self.session.layer is not None else None
            self.dialog = AnalysisDialog(self.session.settings, regions, self.window)
            self.dialog.settingsChanged.connect(self.settingsRequested)
            self.dialog.statisticsChosen.connect(self.controller.set_statistics)
            self.dialog.show_statistics(self.controller.statistics_path)
            self.dialog.finished.connect(lambda *_: setattr(self, "dialog", None))
        self.dialog.show()
        self.dialog.raise_()

    # -- showing --------------------------------------------------------------------------
    def _names(self) -> list[str]:
        language, layer = current_language(), self.session.layer
        return [layer.name(row, language) for row in range(len(layer))]

    def _analysed(self, analysis: Analysis) -> None:
        layer, parks = self.session.layer, self.session.parks
        if layer is None or len(analysis.region_ids) != len(layer):
            return
        language = current_language()
        names = self._names()
        park_names = {}
        if len(parks):
            column = "name_zh" if language == "zh" else "name_en"
            park_names = dict(zip(parks["id"].astype(str), parks[column].astype(str), strict=True))
        self.conflicts.show_analysis(analysis, names, park_names, self.session.taxonomy, language)
        self.matrix.show_analysis(analysis, names, layer.regions["parent_id"].astype(str).tolist())
        self.refresh_map()

    def refresh_map(self) -> None:
        """Draw or remove the duplication view as the View menu says."""
        region_map = self.canvas.map
        if region_map is None:
            return
        shown = self.shown.isChecked() and self.analysis is not None
        if shown:
            region_map.duplication.legend_groups = False  # the Sectors panel shows the group colours
            if not region_map.show_duplication(
                self.shown_analysis(), self.session.taxonomy, self.radar, self.texts()
            ):
                return  # the view looks as it did
        elif region_map.duplication_shown:
            region_map.hide_duplication()
        else:
            return  # the plain map does not depend on the analysis
        self.canvas.draw_idle()

    def shown_analysis(self) -> Analysis | None:
        """What the duplication view draws: the duplication the scenario's plan leaves, or the
        baseline's when the View menu asks for it (or the scenario has no roles)."""
        if self.analysis is None or self.baseline.isChecked() or self.session.current is None:
            return self.analysis
        return what_remains(self.analysis, self.session.current.roles)

    def plan_shown(self) -> str | None:
        """Which the view shows when the scenario has a plan ("left" or "baseline"); None without."""
        if self.session.current is None or not self.session.current.roles:
            return None
        return "baseline" if self.baseline.isChecked() else "left"

    def texts(self) -> DuplicationTexts:
        """The duplication legend's words in the interface language."""
        return duplication_texts(self.plan_shown())

    # -- selections -----------------------------------------------------------------------
    def select_conflict(self, flag: int) -> None:
        """Point out a flag's two regions and their parks, and explain the pair (-1 clears)."""
        region_map = self.canvas.map
        analysis = self.analysis
        if region_map is None or analysis is None:
            return
        if flag < 0:
            region_map.set_emphasised([])
            region_map.set_selected_park(None)
            self.canvas.draw_idle()
            return
        row = analysis.duplicates.iloc[flag]
        a, b, item = int(row["a"]), int(row["b"]), int(row["item"])
        region_map.set_emphasised([a, b])
        ids = set(analysis.data.park_ids.get((a, item), []) + analysis.data.park_ids.get((b, item), []))
        if ids:
            rows = np.flatnonzero(self.session.parks["id"].astype(str).isin(ids).to_numpy()).tolist()
            region_map.set_selected_park(rows)
        self.why.show_pair(analysis, a, b, self._names(), self.session.taxonomy, current_language())
        self.why.raise_()
        self.canvas.draw_idle()

    def select_pair(self, a: int, b: int) -> None:
        """Point out two regions (a matrix cell) and explain the pair."""
        region_map = self.canvas.map
        if region_map is None or self.analysis is None:
            return
        region_map.set_emphasised([a, b])
        self.why.show_pair(self.analysis, a, b, self._names(), self.session.taxonomy, current_language())
        self.why.raise_()
        self.canvas.draw_idle()

    def region_selected(self, row: int | None) -> None:
        """Outline the selected region's neighbours."""
        region_map = self.canvas.map
        if region_map is None:
            return
        analysis = self.analysis
        rows = [] if row is None or analysis is None else analysis.graph.neighbours_of(row).tolist()
        region_map.set_neighbour_rows(rows)

    def neighbours_text(self, row: int) -> str:
        """The selected region's neighbours, for the region panel."""
        analysis = self.analysis
        layer = self.session.layer
        if analysis is None or layer is None or len(analysis.region_ids) != len(layer):
            return ""
        names = [layer.name(r, current_language()) for r in analysis.graph.neighbours_of(row)]
        return f"{len(names)}: " + "、".join(names) if names else self.tr("none")
