"""Roles and the decision ledger in and out of the window: planners draft in Excel too.

Import Roles… reads a table of region, sector, role[, note] (the same file
``analyze --roles`` evaluates) and applies it as one undoable step; Export Roles… and
Export Ledger… write the scenario shown to Excel or CSV.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from model.analysis_files import read_roles
from model.analysis_output import analysis_tables, plan_tables
from model.commands import Compound, SetRole
from model.errors import PlannerError
from model.plan import evaluate
from model.session import Session
from model.tables import write_csv, write_workbook
from ui.analysis.analysis_controller import AnalysisController
from ui.i18n import current_language
from ui.messages import error_text
from ui.planning.undo import UndoStacks
from ui.planning.words import ledger_headers, ledger_row

FILTER = "Excel (*.xlsx);;CSV (*.csv)"


def write_table(table: pd.DataFrame, path: Path, sheet: str) -> None:
    """A table as Excel (by suffix) or CSV with a BOM (Excel reads its Chinese right), atomically."""
    if path.suffix.lower() == ".xlsx":
        write_workbook(path, {sheet: table})
    else:
        write_csv(path, table)


class RoleFiles(QObject):
    """The Import Roles…, Export Roles… and Export Ledger… commands of a main window."""

    def __init__(
        self, session: Session, undo: UndoStacks, analysis: AnalysisController, parent: QMainWindow
    ) -> None:
        super().__init__(parent)
        self.session, self.undo, self.analysis, self.window = session, undo, analysis, parent

    def ask_import(self) -> None:
        """Choose a roles table and apply it to the scenario shown."""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import roles"), "", self.tr("Tables (*.xlsx *.xls *.csv)")
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Apply a roles table as one step; a table with problems changes nothing."""
        try:
            roles = read_roles(path, self.session.layer.regions, self.session.taxonomy)
        except PlannerError as exc:
            QMessageBox.warning(self.window, self.tr("Import roles"), error_text(exc))
            return False
        self.apply_roles(roles)
        return True

    def apply_roles(self, roles: dict) -> None:
        """Set roles read from a table (region, sector → entry) as one undoable step."""
        commands = [
            SetRole(region=region, sector=sector, role=entry.role, note=entry.note)
            for (region, sector), entry in roles.items()
        ]
        self.undo.push(Compound(name="import-roles", commands=commands))

    def _ask_path(self, title: str, name: str) -> Path | None:
        path, chosen = QFileDialog.getSaveFileName(self.window, title, name, FILTER)
        if not path:
            return None
        suffix = ".csv" if "csv" in chosen.lower() and not path.lower().endswith(".xlsx") else ".xlsx"
        return Path(path) if Path(path).suffix.lower() in (".csv", ".xlsx") else Path(path + suffix)

    def roles_table(self) -> pd.DataFrame:
        """The scenario's roles: region, its name, sector, its name, role, note."""
        language = current_language()
        layer, taxonomy = self.session.layer, self.session.taxonomy
        rows = []
        for (region, sector), entry in sorted(self.session.current.roles.items()):
            row = layer.row_of(region)
            region_name = layer.name(row, language) if row is not None else ""
            sector_name = taxonomy.name(sector, language) if taxonomy.knows(sector) else sector
            rows.append((region, region_name, sector, sector_name, entry.role.value, entry.note))
        return pd.DataFrame(rows, columns=["region", "region_name", "sector", "sector_name", "role", "note"])

    def ask_export_roles(self) -> None:
        """Write the scenario's roles (a file Import Roles… and ``analyze --roles`` read back)."""
        path = self._ask_path(self.tr("Export roles"), "roles.xlsx")
        if path is not None:
            self._write(self.roles_table(), path, "roles", self.tr("Export roles"))

    def ask_export_ledger(self) -> None:
        """Write the scenario's decision ledger: who, when, what, why."""
        path = self._ask_path(self.tr("Export decision ledger"), "ledger.xlsx")
        if path is not None:
            self._write(self.ledger_table(), path, "ledger", self.tr("Export decision ledger"))

    def ledger_table(self) -> pd.DataFrame:
        """The scenario's decision ledger as minutes read it — when (local time), who, what,
        region, sector, why, in the interface language — then the codes behind each row
        (kind, region and sector codes, the raw detail, the time in ISO 8601) for scripts."""
        ledger = self.session.current.ledger
        codes = ["kind", "region", "sector", "detail", "when"]
        rows = [[*ledger_row(e, self.session), *(getattr(e, c) for c in codes)] for e in ledger]
        return pd.DataFrame(rows, columns=[*ledger_headers(), *codes])

    def ask_export_tables(self) -> None:
        """Every table of the meeting in one workbook (see ``export_tables``)."""
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export tables"), "tables.xlsx", self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_tables(Path(path).with_suffix(".xlsx"))

    def export_tables(self, path: Path) -> bool:
        """The analysis and plan of the scenario shown, to Excel: duplicates (the conflicts),
        pairs, regions, neighbours, items, conflicts under the plan, indicators, roles and the
        ledger, one sheet each."""
        scenario = self.session.current
        analysis = self.analysis.analysis
        if scenario is None or analysis is None:
            return False
        layer, taxonomy = self.session.layer, self.session.taxonomy
        scope = {"scenario": scenario.name, "level": layer.scope.level.value}
        sheets = analysis_tables(analysis, layer.regions, taxonomy, scope)
        sheets.update(plan_tables(analysis, evaluate(analysis, scenario.roles, len(scenario.edited_parks))))
        sheets["roles"] = self.roles_table()
        sheets["ledger"] = self.ledger_table()
        try:
            write_workbook(path, sheets)
        except PlannerError as exc:
            QMessageBox.warning(self.window, self.tr("Export tables"), error_text(exc))
            return False
        self.window.statusBar().showMessage(self.tr("Wrote {file}").format(file=path.name), 5000)
        return True

    def _write(self, table: pd.DataFrame, path: Path, sheet: str, title: str) -> None:
        try:
            write_table(table, path, sheet)
        except PlannerError as exc:
            QMessageBox.warning(self.window, title, error_text(exc))
            return
        self.window.statusBar().showMessage(self.tr("Wrote {file}").format(file=path.name), 5000)
