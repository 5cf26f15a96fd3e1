"""The main window's menus, toolbar actions and shortcuts (platform standard keys)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class MainActions(QObject):
    """Creates the actions once; ``retranslate`` renames them after a language change."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.quit = QAction(window, shortcut=QKeySequence.StandardKey.Quit)
        self.zoom_in = QAction(window, shortcut=QKeySequence.StandardKey.ZoomIn)
        self.zoom_out = QAction(window, shortcut=QKeySequence.StandardKey.ZoomOut)
        self.zoom_all = QAction(window, shortcut=QKeySequence("Ctrl+0"))
        self.open_regions = QAction(window, shortcut=QKeySequence("Ctrl+Shift+O"))
        self.import_parks = QAction(window, shortcut=QKeySequence("Ctrl+I"))
        self.export_parks = QAction(window, shortcut=QKeySequence("Ctrl+E"))
        self.export_map = QAction(window, shortcut=QKeySequence("Ctrl+Shift+E"))
        self.export_tables = QAction(window)
        self.copy_map = QAction(window, shortcut=QKeySequence("Ctrl+Alt+C"))
        self.park_names = QAction(window, shortcut=QKeySequence("Ctrl+L"), checkable=True)
        self.duplication = QAction(window, shortcut=QKeySequence("Ctrl+D"), checkable=True)
        self.duplication_baseline = QAction(window, checkable=True, enabled=False)
        self.duplication.toggled.connect(self.duplication_baseline.setEnabled)
        self.plan_view = QAction(window, shortcut=QKeySequence("Ctrl+Shift+P"), checkable=True)
        # One thematic view at a time; both may be off (the plain map).
        self.thematic_views = QActionGroup(window)
        self.thematic_views.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for action in (self.duplication, self.plan_view):
            self.thematic_views.addAction(action)
        self.analysis_settings = QAction(window, shortcut=QKeySequence("Ctrl+Shift+A"))
        self.settings = QAction(window, shortcut=QKeySequence.StandardKey.Preferences)
        self.about = QAction(window)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        if self.settings.shortcut().isEmpty():  # no platform standard on Windows/Linux
            self.settings.setShortcut(QKeySequence("Ctrl+,"))
        for action in (self.zoom_in, self.zoom_out, self.zoom_all):
            window.addAction(action)
        bar = window.menuBar()
        self.file_menu = QMenu(bar)
        self.view_menu = QMenu(bar)
        self.analysis_menu = QMenu(bar)
        self.help_menu = QMenu(bar)
        self.file_menu.addAction(self.open_regions)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_parks)
        self.file_menu.addAction(self.export_parks)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_map)
        self.file_menu.addAction(self.export_tables)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        for action in (self.zoom_in, self.zoom_out, self.zoom_all):
            self.view_menu.addAction(action)
        self.view_menu.addAction(self.park_names)
        self.view_menu.addAction(self.duplication)
        self.view_menu.addAction(self.duplication_baseline)
        self.view_menu.addAction(self.plan_view)
        self.view_menu.addSeparator()
        self.analysis_menu.addAction(self.duplication)
        self.analysis_menu.addAction(self.duplication_baseline)
        self.analysis_menu.addAction(self.analysis_settings)
        self.help_menu.addAction(self.about)
        for menu in (self.file_menu, self.view_menu, self.analysis_menu, self.help_menu):
            bar.addMenu(menu)
        self.retranslate()

    def add_project(self, window, files) -> None:
        """New, Open, Open Recent, Save and Save As at the top of the File menu."""
        self.project_files = files
        self.new_project = QAction(window, shortcut=QKeySequence.StandardKey.New)
        self.open_project = QAction(window, shortcut=QKeySequence.StandardKey.Open)
        self.save_project = QAction(window, shortcut=QKeySequence.StandardKey.Save)
        self.save_project_as = QAction(window, shortcut=QKeySequence.StandardKey.SaveAs)
        self.recent_menu = QMenu(self.file_menu)
        self.new_project.triggered.connect(window.new_project)
        self.open_project.triggered.connect(files.ask_open)
        self.save_project.triggered.connect(files.save)
        self.save_project_as.triggered.connect(files.save_as)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        first = self.file_menu.actions()[0]
        for action in (self.new_project, self.open_project):
            self.file_menu.insertAction(first, action)
        self.file_menu.insertMenu(first, self.recent_menu)
        for action in (self.save_project, self.save_project_as):
            self.file_menu.insertAction(first, action)
        self.file_menu.insertSeparator(first)
        self.retranslate()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.project_files.recent():
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.project_files.open_recent(p))
        self.recent_menu.setEnabled(True)

    def add_planning(self, planning) -> None:
        """The Edit and Scenario menus of the drafting docks (``ui.planning.planning_docks``)."""
        window = self.parent()
        bar = window.menuBar()
        self.edit_menu = QMenu(bar)
        self.scenario_menu = QMenu(bar)
        bar.insertMenu(self.view_menu.menuAction(), self.edit_menu)
        bar.insertMenu(self.help_menu.menuAction(), self.scenario_menu)
        self.edit_menu.addAction(planning.undo_action)
        self.edit_menu.addAction(planning.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.copy_map)
        self.new_scenario = QAction(window, shortcut=QKeySequence("Ctrl+Shift+N"))
        self.rename_scenario = QAction(window)
        self.delete_scenario = QAction(window)
        self.new_scenario.triggered.connect(planning.new_scenario)
        self.rename_scenario.triggered.connect(planning.rename_scenario)
        self.delete_scenario.triggered.connect(planning.delete_scenario)
        self.compare_scenarios = QAction(window, shortcut=QKeySequence("Ctrl+Shift+C"))
        self.compare_scenarios.triggered.connect(planning.compare)
        self.suggest_layout = QAction(window, shortcut=QKeySequence("Ctrl+Shift+G"))
        self.suggest_layout.triggered.connect(planning.suggest)
        scenario_actions = (
            self.new_scenario,
            self.rename_scenario,
            self.delete_scenario,
            self.compare_scenarios,
            self.suggest_layout,
        )
        for action in scenario_actions:
            self.scenario_menu.addAction(action)
        self.scenario_menu.addSeparator()
        self.add_park = QAction(window)
        self.add_park.triggered.connect(lambda: window.park_docks.edits.ask_add())
        self.scenario_menu.addAction(self.add_park)
        self.move_parks = QAction(window, shortcut=QKeySequence("Ctrl+M"), checkable=True)
        self.move_parks.toggled.connect(window.canvas.set_moving_parks)
        window.addAction(self.move_parks)
        self.scenario_menu.addAction(self.move_parks)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.move_parks)
        self.scenario_menu.addSeparator()
        self.import_roles = QAction(window)
        self.export_roles = QAction(window)
        self.export_ledger = QAction(window)
        for action in (self.import_roles, self.export_roles, self.export_ledger):
            self.scenario_menu.addAction(action)
        self.planning = planning  # last: retranslate names the drafting actions once this is set
        self.retranslate()

    def connect_role_files(self, files) -> None:
        """Import Roles…, Export Roles… and Export Ledger… (``ui.planning.role_files``)."""
        self.import_roles.triggered.connect(files.ask_import)
        self.export_roles.triggered.connect(files.ask_export_roles)
        self.export_ledger.triggered.connect(files.ask_export_ledger)

    def retranslate(self) -> None:
        """Name every menu and action in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit.setText(self.tr("&Quit"))
        self.zoom_in.setText(self.tr("Zoom &In"))
        self.zoom_out.setText(self.tr("Zoom &Out"))
        self.zoom_all.setText(self.tr("Zoom to &Whole Map"))
        self.zoom_all.setToolTip(self.tr("Show the whole province or country (Home)"))
        self.park_names.setText(self.tr("Park &Names"))
        self.analysis_menu.setTitle(self.tr("&Analysis"))
        self.duplication.setText(self.tr("&Duplication View"))
        self.duplication.setToolTip(
            self.tr("Shade regions by duplicated sectors and draw shared borders with duplicated focus")
        )
        self.duplication_baseline.setText(self.tr("Duplication of the &Baseline"))
        self.duplication_baseline.setToolTip(
            self.tr("The duplication view shows the baseline instead of what the scenario's plan leaves")
        )
        self.analysis_settings.setText(self.tr("Analysis &Settings…"))
        self.plan_view.setText(self.tr("&Plan View"))
        self.plan_view.setToolTip(
            self.tr(
                "Regions by their role in the sector chosen (Sectors panel or role board): lead, "
                "support, avoid; without a sector, how many sectors each region leads"
            )
        )
        if hasattr(self, "project_files"):
            self.new_project.setText(self.tr("&New Project"))
            self.open_project.setText(self.tr("&Open Project…"))
            self.recent_menu.setTitle(self.tr("Open &Recent"))
            self.save_project.setText(self.tr("&Save Project"))
            self.save_project_as.setText(self.tr("Save Project &As…"))
        if hasattr(self, "planning"):
            self.edit_menu.setTitle(self.tr("&Edit"))
            self.scenario_menu.setTitle(self.tr("&Scenario"))
            self.new_scenario.setText(self.tr("&New Scenario…"))
            self.new_scenario.setToolTip(self.tr("A copy of the scenario shown, to try an alternative"))
            self.rename_scenario.setText(self.tr("&Rename Scenario…"))
            self.delete_scenario.setText(self.tr("&Delete Scenario"))
            self.compare_scenarios.setText(self.tr("&Compare Scenarios…"))
            self.suggest_layout.setText(self.tr("Su&ggest a Layout…"))
            self.suggest_layout.setToolTip(
                self.tr(
                    "Who should lead and who support each contested sector: an exact optimisation, explained"
                )
            )
            self.compare_scenarios.setToolTip(
                self.tr("Two scenarios side by side: maps in step, indicators, every changed role and park")
            )
            self.add_park.setText(self.tr("&Add Park…"))
            self.add_park.setToolTip(self.tr("A new park, placed by a click on the map"))
            self.move_parks.setText(self.tr("&Move Parks by Dragging"))
            self.move_parks.setToolTip(
                self.tr("Drag a park on the map to its exact place (Esc during a drag puts it back)")
            )
            self.import_roles.setText(self.tr("&Import Roles…"))
            self.import_roles.setToolTip(
                self.tr("Apply a table of region, sector, role, note (drafted in Excel)")
            )
            self.export_roles.setText(self.tr("&Export Roles…"))
            self.export_ledger.setText(self.tr("Export Decision &Ledger…"))
            self.planning.retranslate()
        self.open_regions.setText(self.tr("Open &Region Layer…"))
        self.open_regions.setToolTip(
            self.tr("Show your own regions (planning areas, blocs) from a GeoPackage, GeoJSON or Shapefile")
        )
        self.import_parks.setText(self.tr("&Import Parks…"))
        self.export_parks.setText(self.tr("&Export Parks…"))
        self.export_map.setText(self.tr("Export &Map…"))
        self.export_map.setToolTip(
            self.tr("The map, an atlas, a before/after pair or a briefing pack as PNG, SVG or PDF")
        )
        self.export_tables.setText(self.tr("Export &Tables…"))
        self.export_tables.setToolTip(
            self.tr(
                "Conflicts, pairs, plan conflicts, indicators, roles and the ledger in one Excel workbook"
            )
        )
        self.copy_map.setText(self.tr("&Copy Map"))
        self.copy_map.setToolTip(self.tr("The map page, as last set in Export Map, on the clipboard"))
        self.settings.setText(self.tr("&Settings…"))
        self.about.setText(self.tr("&About Cluster Planner"))
