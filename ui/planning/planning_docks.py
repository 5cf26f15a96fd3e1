"""Drafting in the window: the role board, the plan's indicators, the undo history, the
scenario switcher, and their wiring to the session, the analysis and the map.

Every edit goes through ``UndoStacks.push`` (one undoable step). A role edit is judged
again at once (the analysis does not change); a new analysis, after any edit that changes
it, is judged when it arrives.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDockWidget, QInputDialog, QMainWindow, QUndoView

from model.analysis_settings import AnalysisSettings
from model.changes import Change
from model.commands import ChangeSettings, SetRole
from model.plan import Role, evaluate
from model.session import Session
from ui.analysis.analysis_docks import AnalysisDocks
from ui.i18n import current_language
from ui.item_names import item_name
from ui.map.canvas import MapCanvas
from ui.planning.comparison import ComparisonDialog
from ui.planning.indicators_dock import IndicatorsDock
from ui.planning.ledger_dock import LedgerDock
from ui.planning.plan_map import PlanMap
from ui.planning.role_board import RoleBoard
from ui.planning.undo import UndoStacks

LEDGER_CHANGES = frozenset(
    {Change.PARKS, Change.ROLES, Change.SETTINGS, Change.LINKS, Change.SCENARIO, Change.SCENARIOS}
)


class PlanningDocks(QObject):
    """Creates the drafting docks and actions of a main window and keeps them in step with
    the session and its analysis."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        undo: UndoStacks,
        analysis: AnalysisDocks,
        canvas: MapCanvas,
        select_region,
        plan_view: QAction,
    ) -> None:
        """``plan_view``: the View menu's Plan View (checked: the map draws the roles)."""
        super().__init__(window)
        self.window, self.session, self.undo, self.analysis, self.canvas = (
            window,
            session,
            undo,
            analysis,
            canvas,
        )
        self.select_region = select_region
        self.board = RoleBoard(window)
        self.indicators = IndicatorsDock(window)
        self.ledger = LedgerDock(window)
        self.history = QDockWidget(window)
        self.history.setObjectName("HistoryDock")
        self.history.setWidget(QUndoView(undo.group, self.history))
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.board)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.indicators)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.ledger)
        self.scenario_box = QComboBox(window)
        self.scenario_box.setObjectName("scenarioBox")
        self.scenario_box.setMinimumContentsLength(10)
        self.undo_action = undo.group.createUndoAction(window)
        self.redo_action = undo.group.createRedoAction(window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.plan = None
        self.comparison = None  # the Compare Scenarios dialog, made when first asked for
        self.suggestion = None  # the Suggest Layout dialog, likewise
        self.board.roleRequested.connect(self.set_role)
        self.plan_map = PlanMap(session, canvas, analysis.controller, plan_view)
        self.board.sectorChosen.connect(self.plan_map.choose_sector)
        self.indicators.conflictSelected.connect(self._conflict_selected)
        session.subscribe({Change.ROLES}, lambda _: self._judge())
        session.subscribe({Change.SCENARIOS, Change.SCENARIO}, lambda _: self._fill_scenarios())
        session.subscribe(LEDGER_CHANGES, lambda _: self._show_ledger())
        undo.cleanChanged.connect(lambda clean: window.setWindowModified(not clean))
        self.scenario_box.activated.connect(lambda i: session.switch(self.scenario_box.itemData(i)))
        analysis.controller.changed.connect(lambda _: self._judge())
        canvas.clicked.connect(self._map_clicked)
        self.retranslate()

    def docks(self) -> list:
        """The docks, for the View menu."""
        return [self.board, self.indicators, self.history, self.ledger]

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.history.setWindowTitle(self.tr("Edit history"))
        self.history.widget().setEmptyLabel(self.tr("<start of the scenario>"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.scenario_box.setToolTip(self.tr("The scenario shown"))

    # -- scenarios ------------------------------------------------------------------------
    def _fill_scenarios(self) -> None:
        self.scenario_box.clear()
        for scenario in self.session.scenarios:
            self.scenario_box.addItem(scenario.name, scenario.name)
        if self.session.current is not None:
            self.scenario_box.setCurrentIndex(self.scenario_box.findData(self.session.current.name))

    def new_scenario(self) -> None:
        """Duplicate the scenario shown under a name the planner gives."""
        if self.session.current is None:
            return
        name, ok = QInputDialog.getText(
            self.window,
            self.tr("New scenario"),
            self.tr("Name of the new scenario (a copy of the one shown):"),
            text=self.session.unique_name(self.session.current.name),
        )
        if ok and name.strip():
            self.session.duplicate(name.strip())

    def rename_scenario(self) -> None:
        """Rename the scenario shown."""
        if self.session.current is None:
            return
        name, ok = QInputDialog.getText(
            self.window, self.tr("Rename scenario"), self.tr("New name:"), text=self.session.current.name
        )
        if ok and name.strip() and name.strip() != self.session.current.name:
            self.session.rename(name.strip())

    def delete_scenario(self) -> None:
        """Delete the scenario shown (the last one stays)."""
        self.session.remove()

    # -- edits ----------------------------------------------------------------------------
    def set_role(self, region: str, item: str, role: Role, note: str) -> None:
        """A role change from the board or the map, as one step."""
        self.undo.push(SetRole(region=region, sector=item, role=role, note=note))

    def change_settings(self, settings: AnalysisSettings) -> None:
        """Analysis settings changed in the dialog, as one step of the scenario."""
        if self.session.current is not None and settings != self.session.current.settings:
            self.undo.push(ChangeSettings(settings=settings))

    def _show_ledger(self) -> None:
        if self.session.current is not None:
            self.ledger.show_entries(self.session.current.ledger, self.session)

    def _judge(self) -> None:
        """Judge the scenario's roles under the current analysis: board, indicators, map."""
        scenario, layer, analysis = self.session.current, self.session.layer, self.analysis.analysis
        if scenario is None or layer is None or analysis is None or len(analysis.region_ids) != len(layer):
            return
        language = current_language()
        sector_level = analysis.settings.items.value == "sector"
        names = [layer.name(r, language) for r in range(len(layer))]
        taxonomy = self.session.taxonomy
        items = {c: item_name(taxonomy, c, language, sector_level) for c in analysis.items}
        self.plan = evaluate(analysis, scenario.roles, len(scenario.edited_parks))
        self.board.show_board(analysis, scenario.roles, names, items)
        self.indicators.show_plan(analysis, self.plan, names, items)
        self._mark_conflicts()

    def _mark_conflicts(self) -> None:
        """Lead-lead borders and orphaned support on the map."""
        region_map = self.canvas.map
        if region_map is None or self.plan is None:
            return
        if region_map.set_plan_conflicts(*self.plan.map_marks()):
            self.canvas.request_overlay()

    def compare(self) -> None:
        """Open (or bring up) the side-by-side comparison of two scenarios."""
        if self.session.layer is None or self.session.current is None:
            return
        if self.comparison is None:
            self.comparison = ComparisonDialog(self.session, self.analysis, self.window)
        self.comparison.open_on()

    def suggest(self) -> None:
        """Open the Suggest Layout dialog for the scenario shown."""
        if self.session.layer is None or self.session.current is None:
            return
        if self.suggestion is None:
            from ui.planning.suggest_dialog import SuggestDialog  # loads the solver: only when asked for

            self.suggestion = SuggestDialog(self.session, self.undo, self.analysis.controller, self.window)
        self.suggestion.show()
        self.suggestion.raise_()

    def _map_clicked(self, row: int) -> None:
        """In paint mode a click on a region sets its role (the region is selected as well)."""
        if row >= 0 and self.session.layer is not None:
            self.board.paint_region(str(self.session.layer.regions["id"].iat[row]))

    def _conflict_selected(self, a: int, b: int) -> None:
        if b >= 0:
            self.analysis.select_pair(a, b)
        else:
            self.select_region(a)
