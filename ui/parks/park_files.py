"""Importing and exporting park lists from the window: file dialogs, the review, and the
import itself as an undoable edit of the scenario shown."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from maps.analysis import run_analysis
from maps.park_layers import gcj02_parks_to_wgs84, load_parks
from model.commands import import_parks
from model.errors import PlannerError
from model.park_export import write_parks
from model.park_import import ImportResult
from model.session import Session
from ui.i18n import current_language
from ui.item_names import item_name
from ui.jobs import Jobs
from ui.messages import error_text
from ui.parks.column_dialog import ColumnDialog
from ui.parks.import_dialog import ImportDialog
from ui.planning.undo import UndoStacks
from ui.settings import AppSettings, settings_layer

OPEN_FILTER = "*.csv *.xlsx *.xls *.ods *.geojson *.json *.gpkg *.shp"


class ParkFiles(QObject):
    """The Import Parks… and Export Parks… commands of a main window.

    An import is an edit of the scenario shown: the planner adds the file's parks to the
    scenario's or replaces them (told what replacing removes), as one undoable step with a
    ledger entry; every other scenario, role and ledger entry stays.
    """

    def __init__(
        self, session: Session, undo: UndoStacks, settings: AppSettings, parent: QMainWindow
    ) -> None:
        super().__init__(parent)
        self.session, self.undo, self.settings, self.parent_ = session, undo, settings, parent
        self.jobs = Jobs(self)
        self._request: tuple[Path, dict | None] | None = None
        self.jobs.done.connect(lambda result: self._read(self._request[0], result))
        self.jobs.failed.connect(lambda error: self._failed(*self._request, error))

    def ask_import(self) -> None:
        """Choose a file and import it for the province on the map."""
        path, _ = QFileDialog.getOpenFileName(
            self.parent_,
            self.tr("Import parks"),
            "",
            self.tr("Park lists ({patterns})").format(patterns=OPEN_FILTER),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path, columns: dict | None = None) -> None:
        """Read a park file off the UI thread; review it and ask how to import it when read."""
        layer = self.session.layer
        if layer is None or layer.scope.province is None or self.session.current is None:
            QMessageBox.information(
                self.parent_,
                self.tr("Import parks"),
                self.tr("Choose a province first: parks are placed on its regions."),
            )
            return
        province, taxonomy = layer.scope.province, self.session.taxonomy
        self._request = (Path(path), columns)
        self.parent_.statusBar().showMessage(self.tr("Reading {file}…").format(file=Path(path).name))
        self.jobs.start(lambda progress: load_parks(province, Path(path), taxonomy, columns=columns))

    def _failed(self, path: Path, tried: dict | None, error: PlannerError) -> None:
        self.parent_.statusBar().clearMessage()
        header = error.params.get("header")
        if error.params.get("reason") == "missing-column" and header:
            remembered = self.settings.column_choice(header).get("columns")
            if remembered and remembered != tried:
                self.import_file(path, remembered)
                return
            dialog = ColumnDialog(header, tried or remembered, self.parent_)
            if dialog.exec() == ColumnDialog.DialogCode.Accepted:
                self.settings.remember_column_choice(header, {"columns": dialog.columns()})
                self.import_file(path, dialog.columns())
            return
        QMessageBox.warning(self.parent_, self.tr("Import parks"), error_text(error))

    def _read(self, path: Path, result: ImportResult) -> None:
        self.parent_.statusBar().clearMessage()
        if result.coordinate_columns and self._coordinates(result.header) == "gcj02":
            result.parks = gcj02_parks_to_wgs84(result.parks, result.coordinates_given)
        if result.problems or result.unknown_terms or result.skipped_totals:
            dialog = ImportDialog(result, self.session.taxonomy, current_language(), self.parent_)
            if dialog.exec() != ImportDialog.DialogCode.Accepted:
                return
            mappings = dialog.term_mappings()
            if mappings:
                self.settings.remember_terms(mappings)
                self.session.use_taxonomy_layers(settings_layer(self.settings), self.session.project_layer)
                result.parks = self.session.read_sectors(result.parks)
        self.apply(path, result.parks)

    def apply(self, path: Path, parks: pd.DataFrame, replace: bool | None = None) -> bool:
        """Import a park table into the scenario shown, as one step: ``replace`` its parks or
        add to them (None: ask). False when the planner cancelled."""
        scenario = self.session.current
        lost = lost_roles(self.session, parks)
        if replace is None:
            replace = self._ask_how(path, parks, lost)
            if replace is None:
                return False
        command, skipped = import_parks(scenario, parks, path.name, replace, lost if replace else [])
        self.undo.push(command)
        added = len(parks) if replace else len(parks) - len(skipped)
        text = self.tr("Imported {count} parks from {file}").format(count=added, file=path.name)
        if skipped:
            text += " · " + self.tr("{count} already in the scenario, not doubled: {ids}").format(
                count=len(skipped), ids="、".join(skipped[:10]) + (" …" if len(skipped) > 10 else "")
            )
        self.parent_.statusBar().showMessage(text, 15000)
        return True

    def _ask_how(self, path: Path, parks: pd.DataFrame, lost: list[tuple[str, str]]) -> bool | None:
        """Add or Replace (True), or None when cancelled."""
        scenario = self.session.current
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Import parks"), "", parent=self.parent_)
        box.setText(
            self.tr("Import {count} parks from {file} into the scenario “{scenario}”?").format(
                count=len(parks), file=path.name, scenario=scenario.name
            )
        )
        taken = set(scenario.parks["id"].astype(str))
        doubled = int(parks["id"].astype(str).isin(taken).sum())
        details = [
            self.tr("Add: the {count} parks are added to the scenario's {existing}.").format(
                count=len(parks) - doubled, existing=len(scenario.parks)
            )
            + (
                " "
                + self.tr("{count} have ids the scenario already has and are left out.").format(count=doubled)
                if doubled
                else ""
            ),
            self.tr("Replace: the scenario's {existing} parks are removed.").format(
                existing=len(scenario.parks)
            )
            + (
                " "
                + self.tr("These roles lose their focus and are unset: {roles}.").format(
                    roles=self._roles_text(lost)
                )
                if lost
                else ""
            ),
            self.tr("Either way it is one step of the scenario that Undo takes back; other scenarios stay."),
        ]
        box.setInformativeText("\n\n".join(details))
        add = box.addButton(self.tr("Add"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(add)
        box.exec()
        clicked = box.clickedButton()
        return False if clicked is add else True if clicked is replace else None

    def _roles_text(self, lost: list[tuple[str, str]]) -> str:
        language = current_language()
        layer = self.session.layer
        names = []
        for region, sector in lost[:12]:
            row = layer.row_of(region) if layer is not None else None
            region_name = layer.name(row, language) if row is not None else region
            names.append(f"{region_name} {item_name(self.session.taxonomy, sector, language, True)}")
        return "、".join(names) + (" …" if len(lost) > 12 else "")

    def _coordinates(self, header: list[str]) -> str:
        """The datum of a file's longitude/latitude columns: asked once per header layout."""
        remembered = self.settings.column_choice(header).get("coordinates")
        if remembered in ("wgs84", "gcj02"):
            return remembered
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import parks"),
            self.tr("The file gives longitudes and latitudes. Which coordinate system are they in?"),
            parent=self.parent_,
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
        self.settings.remember_column_choice(header, {"coordinates": choice})
        return choice

    def ask_export(self) -> None:
        """Choose a file and write the parks shown."""
        parks = self.session.parks
        if parks.empty:
            QMessageBox.information(
                self.parent_, self.tr("Export parks"), self.tr("There are no parks to export.")
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self.parent_,
            self.tr("Export parks"),
            "parks.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv);;GeoJSON (*.geojson);;GeoPackage (*.gpkg)"),
        )
        if path:
            try:
                write_parks(parks, Path(path))
            except PlannerError as exc:
                QMessageBox.warning(self.parent_, self.tr("Export parks"), error_text(exc))
                return
            self.parent_.statusBar().showMessage(self.tr("Wrote {file}").format(file=Path(path).name), 5000)


def lost_roles(session: Session, parks: pd.DataFrame) -> list[tuple[str, str]]:
    """The roles of the scenario shown whose region focuses on their sector now and would not
    if its parks were these (what replacing them removes)."""
    scenario, layer = session.current, session.layer
    if scenario is None or layer is None or not scenario.roles:
        return []
    now = _focus_cells(run_analysis(layer, scenario.parks, session.taxonomy, scenario.settings))
    then = _focus_cells(run_analysis(layer, parks, session.taxonomy, scenario.settings))
    return sorted(cell for cell in scenario.roles if cell in now and cell not in then)


def _focus_cells(analysis) -> set[tuple[str, str]]:
    rows, columns = analysis.focus.nonzero()
    return {(str(analysis.region_ids[i]), analysis.items[k]) for i, k in zip(rows, columns, strict=True)}
