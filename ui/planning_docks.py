"""Drafting in the window: the role board, the plan's indicators, the undo history, the
scenario switcher, and their wiring to the analysis and the map.

Every edit goes through ``PlanningController.push`` (one undoable step); after each do,
undo or redo the window shows the scenario's parks again, the analysis recomputes, and
the board and the indicators follow the new analysis.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDockWidget, QInputDialog, QMainWindow, QUndoView

from model.analysis_settings import AnalysisSettings
from model.commands import ChangeSettings, SetRole
from model.duplication import Analysis
from model.plan import Role, evaluate
from ui.comparison import ComparisonDialog
from ui.i18n import current_language
from ui.indicators_dock import IndicatorsDock
from ui.item_names import item_name
from ui.ledger_dock import LedgerDock
from ui.planning import PlanningController
from ui.role_board import RoleBoard


class PlanningDocks(QObject):
    """Creates the drafting docks and actions of a main window and connects them."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.planning = PlanningController(self)
        self.board = RoleBoard(window)
        self.indicators = IndicatorsDock(window)
        self.ledger = LedgerDock(window)
        self.history = QDockWidget(window)
        self.history.setObjectName("HistoryDock")
        self.history.setWidget(QUndoView(self.planning.group, self.history))
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.board)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.indicators)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.ledger)
        self.scenario_box = QComboBox(window)
        self.scenario_box.setObjectName("scenarioBox")
        self.scenario_box.setMinimumContentsLength(10)
        self.undo = self.planning.group.createUndoAction(window)
        self.redo = self.planning.group.createRedoAction(window)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.plan = None
        self.comparison = None  # the Compare Scenarios dialog, made when first asked for
        self.suggestion = None  # the Suggest Layout dialog, likewise
        self._parks_shown: tuple | None = None  # which parks the map shows (scenario, content hash)
        self.board.roleRequested.connect(self.set_role)
        self.indicators.conflictSelected.connect(self._conflict_selected)
        self.planning.edited.connect(self._edited)
        self.planning.scenarioSwitched.connect(self._edited)
        self.planning.scenariosChanged.connect(self._fill_scenarios)
        self.planning.group.cleanChanged.connect(lambda clean: window.setWindowModified(not clean))
        self.scenario_box.activated.connect(lambda i: self.planning.switch(self.scenario_box.itemData(i)))
        window.analysis_docks.controller.changed.connect(self._analysed)
        window.canvas.clicked.connect(self._map_clicked)
        self.retranslate()

    def docks(self) -> list:
        """The docks, for the View menu."""
        return [self.board, self.indicators, self.history, self.ledger]

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.history.setWindowTitle(self.tr("Edit history"))
        self.history.widget().setEmptyLabel(self.tr("<start of the scenario>"))
        self.undo.setText(self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo"))
        self.scenario_box.setToolTip(self.tr("The scenario shown"))

    # -- scenarios ------------------------------------------------------------------------
    def _fill_scenarios(self) -> None:
        self.scenario_box.clear()
        for scenario in self.planning.scenarios:
            self.scenario_box.addItem(scenario.name, scenario.name)
        if self.planning.current is not None:
            self.scenario_box.setCurrentIndex(self.scenario_box.findData(self.planning.current.name))

    def new_scenario(self) -> None:
        """Duplicate the scenario shown under a name the planner gives."""
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("New scenario"),
            self.tr("Name of the new scenario (a copy of the one shown):"),
            text=self.planning.unique_name(self.planning.current.name),
        )
        if ok and name.strip():
            self.planning.duplicate(self.planning.unique_name(name.strip()))

    def rename_scenario(self) -> None:
        """Rename the scenario shown."""
        name, ok = QInputDialog.getText(
            self.window, self.tr("Rename scenario"), self.tr("New name:"), text=self.planning.current.name
        )
        if ok and name.strip() and name.strip() != self.planning.current.name:
            self.planning.rename(self.planning.unique_name(name.strip()))

    def delete_scenario(self) -> None:
        """Delete the scenario shown (the last one stays)."""
        self.planning.remove()

    # -- edits ----------------------------------------------------------------------------
    def set_role(self, region: str, item: str, role: Role, note: str) -> None:
        """A role change from the board or the map, as one step."""
        self.planning.push(SetRole(region=region, sector=item, role=role, note=note))

    def change_settings(self, settings: AnalysisSettings) -> None:
        """Analysis settings changed in the dialog, as one step of the scenario."""
        if self.planning.current is not None and settings != self.planning.current.settings:
            self.planning.push(ChangeSettings(settings=settings))

    def _edited(self) -> None:
        """Show the scenario after an edit, doing only what the edit needs: new parks are
        drawn and analysed again, new settings analysed again, new roles only judged again."""
        scenario = self.planning.current
        if scenario is None:
            return
        self._fill_scenarios()
        self.ledger.show_entries(scenario.ledger)
        controller = self.window.analysis_docks.controller
        settings_changed = controller.settings != scenario.settings
        controller.settings = scenario.settings
        controller.app_settings.set_analysis_settings(scenario.settings)
        if self.window.analysis_docks.dialog is not None:
            self.window.analysis_docks.dialog.show_settings(scenario.settings)
        fingerprint = (id(scenario), int(pd.util.hash_pandas_object(scenario.parks, index=False).sum()))
        if fingerprint != self._parks_shown or self.window.parks is None:
            self._parks_shown = fingerprint
            self.window.show_scenario_parks(scenario.parks)
        elif settings_changed:
            controller.recompute()
        elif controller.analysis is not None:
            self._analysed(controller.analysis)

    def _analysed(self, analysis: Analysis) -> None:
        scenario = self.planning.current
        layer = self.window.layer
        if scenario is None or layer is None or len(analysis.region_ids) != len(layer):
            return
        language = current_language()
        sector_level = analysis.settings.items.value == "sector"
        names = [layer.name(r, language) for r in range(len(layer))]
        items = {c: item_name(self.window.taxonomy, c, language, sector_level) for c in analysis.items}
        self.plan = evaluate(analysis, scenario.roles, len(scenario.edited_parks))
        self.board.show_board(analysis, scenario.roles, names, items)
        self.indicators.show_plan(analysis, self.plan, names, items)
        self._mark_conflicts()

    def _mark_conflicts(self) -> None:
        """Lead-lead borders and orphaned support on the map."""
        region_map = self.window.canvas.map
        if region_map is None or self.plan is None:
            return
        if region_map.set_plan_conflicts(*self.plan.map_marks()):
            self.window.canvas.request_overlay()

    def compare(self) -> None:
        """Open (or bring up) the side-by-side comparison of two scenarios."""
        if self.window.layer is None or self.planning.current is None:
            return
        if self.comparison is None:
            self.comparison = ComparisonDialog(self.window)
            self.planning.edited.connect(lambda: self.comparison.isVisible() and self.comparison.compare())
        self.comparison.open_on()

    def suggest(self) -> None:
        """Open the Suggest Layout dialog for the scenario shown."""
        if self.window.layer is None or self.planning.current is None:
            return
        if self.suggestion is None:
            from ui.suggest_dialog import SuggestDialog  # loads the solver: only when asked for

            self.suggestion = SuggestDialog(self.window)
        self.suggestion.show()
        self.suggestion.raise_()

    def _map_clicked(self, row: int) -> None:
        """In paint mode a click on a region sets its role (the region is selected as well)."""
        if row >= 0 and self.window.layer is not None:
            self.board.paint_region(str(self.window.layer.regions["id"].iat[row]))

    def _conflict_selected(self, a: int, b: int) -> None:
        if b >= 0:
            self.window.analysis_docks.select_pair(a, b)
        else:
            self.window.select_region(a)
