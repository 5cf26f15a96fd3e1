"""Importing and exporting park lists from the window: file dialogs, the review, the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from maps.park_layers import gcj02_parks_to_wgs84
from model.errors import PlannerError
from model.park_export import write_parks
from model.park_import import ImportResult, remap_sectors
from ui import workers
from ui.column_dialog import ColumnDialog
from ui.i18n import current_language
from ui.import_dialog import ImportDialog
from ui.messages import error_text

OPEN_FILTER = "*.csv *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp"


class ParkFiles(QObject):
    """The Import Parks… and Export Parks… commands of a main window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._jobs: list[workers.ImportParksJob] = []

    def ask_import(self) -> None:
        """Choose a file and import it for the province on the map."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import parks"),
            "",
            self.tr("Park lists ({patterns})").format(patterns=OPEN_FILTER),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, columns: dict | None = None) -> None:
        """Read a park file on the thread pool; review and show it when read."""
        layer = self.window.layer
        if layer is None or layer.scope.province is None:
            QMessageBox.information(
                self.window,
                self.tr("Import parks"),
                self.tr("Choose a province first: parks are placed on its regions."),
            )
            return
        job = workers.ImportParksJob(path, layer.scope.province, self.window.taxonomy, columns, "wgs84")
        job.signals.done.connect(lambda result: self._read(path, result))
        job.signals.failed.connect(lambda error: self._failed(path, error, columns))
        self._jobs.append(job)
        self.window.statusBar().showMessage(self.tr("Reading {file}…").format(file=path.name))
        workers.start(job)

    def _failed(self, path: Path, error: PlannerError, tried: dict | None) -> None:
        self.window.statusBar().clearMessage()
        header = error.params.get("header")
        if error.params.get("reason") == "missing-column" and header:
            remembered = self.window.settings.column_choice(header).get("columns")
            if remembered and remembered != tried:
                self.import_file(path, remembered)
                return
            dialog = ColumnDialog(header, tried or remembered, self.window)
            if dialog.exec() == ColumnDialog.DialogCode.Accepted:
                self.window.settings.remember_column_choice(header, {"columns": dialog.columns()})
                self.import_file(path, dialog.columns())
            return
        QMessageBox.warning(self.window, self.tr("Import parks"), error_text(error))

    def _read(self, path: Path, result: ImportResult) -> None:
        self.window.statusBar().clearMessage()
        if result.coordinate_columns and self._coordinates(result.header) == "gcj02":
            result.parks = gcj02_parks_to_wgs84(result.parks, result.coordinates_given)
        if result.problems or result.unknown_terms or result.skipped_totals:
            dialog = ImportDialog(result, self.window.taxonomy, current_language(), self.window)
            if dialog.exec() != ImportDialog.DialogCode.Accepted:
                return
            mappings = dialog.term_mappings()
            if mappings:
                self.window.settings.remember_terms(mappings)
                self.window.use_project_taxonomy(self.window.project_layer)
                result.parks = remap_sectors(result.parks, self.window.taxonomy)
        self.window.parks_file = path.name
        self.window.start_planning(result)
        self.window.statusBar().showMessage(
            self.tr("Imported {count} parks from {file}").format(count=len(result.parks), file=path.name),
            8000,
        )

    def _coordinates(self, header: list[str]) -> str:
        """The datum of a file's longitude/latitude columns: asked once per header layout."""
        remembered = self.window.settings.column_choice(header).get("coordinates")
        if remembered in ("wgs84", "gcj02"):
            return remembered
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import parks"),
            self.tr("The file gives longitudes and latitudes. Which coordinate system are they in?"),
            parent=self.window,
        )
        box.setInformativeText(
            self.tr(
                "GPS devices and most GIS data use WGS-84; AMap (高德) and Tencent maps "
                "give GCJ-02, which is shifted by several hundred metres."
            )
        )
        wgs = box.addButton(self.tr("WGS-84 (GPS)"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("GCJ-02 (AMap, Tencent)"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()
        choice = "wgs84" if box.clickedButton() is wgs else "gcj02"
        self.window.settings.remember_column_choice(header, {"coordinates": choice})
        return choice

    def ask_export(self) -> None:
        """Choose a file and write the parks shown."""
        parks = self.window.parks
        if parks is None or parks.parks.empty:
            QMessageBox.information(
                self.window, self.tr("Export parks"), self.tr("There are no parks to export.")
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export parks"),
            "parks.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)"),
        )
        if path:
            try:
                write_parks(parks.parks, Path(path))
            except PlannerError as exc:
                QMessageBox.warning(self.window, self.tr("Export parks"), error_text(exc))
                return
            self.window.statusBar().showMessage(self.tr("Wrote {file}").format(file=Path(path).name), 5000)
