"""Importing and exporting park lists from the window: file dialogs, the review, the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from model.errors import PlannerError
from model.park_export import write_parks
from model.park_import import ImportResult, remap_sectors
from ui import workers
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

    def import_file(self, path: Path) -> None:
        """Read a park file on the thread pool; review and show it when read."""
        layer = self.window.layer
        if layer is None or layer.scope.province is None:
            QMessageBox.information(
                self.window,
                self.tr("Import parks"),
                self.tr("Choose a province first: parks are placed on its regions."),
            )
            return
        job = workers.ImportParksJob(path, layer.scope.province, self.window.taxonomy)
        job.signals.done.connect(self._read)
        job.signals.failed.connect(lambda error: self._failed(error))
        self._jobs.append(job)
        self.window.statusBar().showMessage(self.tr("Reading {file}…").format(file=path.name))
        workers.start(job)

    def _failed(self, error: PlannerError) -> None:
        self.window.statusBar().clearMessage()
        QMessageBox.warning(self.window, self.tr("Import parks"), error_text(error))

    def _read(self, result: ImportResult) -> None:
        self.window.statusBar().clearMessage()
        if result.problems or result.unknown_terms or result.skipped_totals:
            dialog = ImportDialog(result, self.window.taxonomy, current_language(), self.window)
            if dialog.exec() != ImportDialog.DialogCode.Accepted:
                return
            mappings = dialog.term_mappings()
            if mappings:
                self.window.settings.remember_terms(mappings)
                self.window.taxonomy = self.window.taxonomy.with_additions(mappings)
                result.parks = remap_sectors(result.parks, self.window.taxonomy)
        self.window.show_parks(result)

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
