"""Two scenarios side by side: their maps in step (pan or zoom one, the other follows),
with the same duplication legend and each plan's conflicts, and below them the indicators
of both with the change, every role cell and every park that differs. The tables export
to Excel for the meeting's minutes."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from maps.analysis import run_analysis
from model.changes import Change
from model.errors import PlannerError
from model.plan import PlanResult, evaluate, what_remains
from model.scenario import Scenario
from model.scenario_diff import indicator_deltas, park_changes, role_changes
from model.session import Session
from model.tables import write_workbook
from ui.analysis.analysis_docks import AnalysisDocks
from ui.i18n import current_language
from ui.item_names import item_name
from ui.map.canvas import MapCanvas
from ui.map.texts import duplication_texts, zone_legend_texts
from ui.messages import error_text
from ui.planning.indicators_dock import indicator_names, number_text
from ui.planning.words import role_name

BASELINE = "\0baseline"  # the combo's key of the baseline (no edits, no roles)


class ScenarioSide(QWidget):
    """One side: a scenario chooser, its headline figures and its map."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.choice = QComboBox(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.canvas = MapCanvas(self)
        self.canvas.setMinimumSize(360, 300)
        layout.addWidget(self.choice)
        layout.addWidget(self.summary)
        layout.addWidget(self.canvas, 1)


# The comparison follows every edit while it is open.
COMPARED = frozenset(
    {Change.PARKS, Change.ROLES, Change.SETTINGS, Change.LINKS, Change.TAXONOMY, Change.SCENARIOS}
)


class ComparisonDialog(QDialog):
    """Compares two scenarios of the window's project (or one with the baseline)."""

    def __init__(self, session: Session, analysis: AnalysisDocks, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.session, self.analysis = session, analysis
        self.setObjectName("ComparisonDialog")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1280, 860)
        self.left, self.right = ScenarioSide(self), ScenarioSide(self)
        maps = QSplitter(Qt.Orientation.Horizontal, self)
        maps.addWidget(self.left)
        maps.addWidget(self.right)
        self.tabs = QTabWidget(self)
        self.indicators = self._table(4)
        self.roles = self._table(5)
        self.parks = self._table(5)
        self.indicators.setSortingEnabled(False)  # in the order of the Plan panel
        self.indicators.horizontalHeader().setStretchLastSection(False)
        for table in (self.indicators, self.roles, self.parks):
            self.tabs.addTab(table, "")
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.ask_export)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(maps)
        body.addWidget(self.tabs)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self._following = False
        for side, other in ((self.left, self.right), (self.right, self.left)):
            side.canvas.viewChanged.connect(lambda s=side, o=other: self._follow(s, o))
            side.choice.currentIndexChanged.connect(self.compare)
        self._tables: dict[str, pd.DataFrame] = {}
        session.subscribe(COMPARED, lambda _: self.isVisible() and self.compare())
        self.retranslate()

    def _table(self, columns: int) -> QTableWidget:
        table = QTableWidget(0, columns, self)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Compare Scenarios"))
        self.tabs.setTabText(0, self.tr("Indicators"))
        self.tabs.setTabText(1, self.tr("Roles changed"))
        self.tabs.setTabText(2, self.tr("Parks changed"))
        self.export_button.setText(self.tr("Export Tables…"))

    # -- choosing ---------------------------------------------------------------------------
    def open_on(self, left: str | None = None, right: str | None = None) -> None:
        """Show the dialog comparing two scenarios by name (defaults: the baseline, or the first
        scenario, against the scenario shown)."""
        session = self.session
        names = [s.name for s in session.scenarios]
        current = session.current.name if session.current else names[0]
        right = right or current
        left = left or (names[0] if names[0] != right else BASELINE)
        for side, name in ((self.left, left), (self.right, right)):
            side.choice.blockSignals(True)
            side.choice.clear()
            side.choice.addItem(self.tr("Baseline (no edits, no roles)"), BASELINE)
            for scenario_name in names:
                side.choice.addItem(scenario_name, scenario_name)
            side.choice.setCurrentIndex(max(side.choice.findData(name), 0))
            side.choice.blockSignals(False)
        for side in (self.left, self.right):
            side.canvas.set_language(current_language())
            side.canvas.set_layer(self.session.layer)
        self.show()
        self.raise_()
        self.compare()

    def _scenario(self, side: ScenarioSide) -> Scenario:
        session = self.session
        key = side.choice.currentData()
        if key == BASELINE:
            return Scenario(self.tr("Baseline"), session.baseline.copy(), session.settings)
        return session.scenario(key)

    # -- comparing --------------------------------------------------------------------------
    def compare(self) -> None:
        """Judge both scenarios, draw both maps and fill the tables."""
        if self.session.layer is None or self.session.current is None:
            return
        a, b = self._scenario(self.left), self._scenario(self.right)
        try:
            plan_a, plan_b = self._show_side(self.left, a), self._show_side(self.right, b)
        except PlannerError as error:
            QMessageBox.warning(self, self.tr("Compare Scenarios"), error_text(error))
            return
        self.right.canvas.follow(self.left.canvas)
        self._tables = {
            "indicators": indicator_deltas(plan_a, plan_b),
            "roles": role_changes(a, b),
            "parks": park_changes(a, b),
        }
        self._fill_indicators(self._tables["indicators"])
        self._fill_roles(self._tables["roles"], a.settings.items.value == "sector")
        self._fill_parks(self._tables["parks"])

    def _show_side(self, side: ScenarioSide, scenario: Scenario) -> PlanResult:
        session, taxonomy = self.session, self.session.taxonomy
        statistics = self.analysis.controller.statistics_table
        analysis = run_analysis(session.layer, scenario.parks, taxonomy, scenario.settings, statistics)
        plan = evaluate(analysis, scenario.roles, len(scenario.edited_parks))
        region_map = side.canvas.map
        region_map.set_parks(scenario.parks, taxonomy, zone_legend_texts(), legend_groups=False)
        region_map.duplication.legend_groups = False
        left = what_remains(analysis, scenario.roles)  # each side shows what its plan leaves
        texts = duplication_texts("left" if scenario.roles else None)
        region_map.show_duplication(left, taxonomy, None, texts)
        region_map.set_plan_conflicts(*plan.map_marks())
        side.canvas.draw_idle()
        values = {key: after for key, (_, after) in plan.indicators.items()}
        side.summary.setText(
            self.tr(
                "{name} — duplicated focuses between neighbours: {pairs} · neighbours leading "
                "the same sector: {leads} · contested sectors without a lead: {sectors}"
            ).format(
                name=scenario.name,
                pairs=number_text(values["duplicated_pairs"]),
                leads=number_text(values["conflicting_leads"]),
                sectors=number_text(values["sectors_without_lead"]),
            )
        )
        return plan

    def _follow(self, moved: ScenarioSide, other: ScenarioSide) -> None:
        if self._following:
            return
        self._following = True
        try:
            other.canvas.follow(moved.canvas)
        finally:
            self._following = False

    # -- tables -----------------------------------------------------------------------------
    def _fill(
        self, table: QTableWidget, headers: list[str], rows: list[list[object]], sortable: bool = True
    ) -> None:
        table.setSortingEnabled(False)
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem()
                item.setText(number_text(float(value)) if isinstance(value, float | int) else str(value))
                if isinstance(value, float | int) or not sortable:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
            if not sortable:
                table.item(r, 0).setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        table.setSortingEnabled(sortable)
        table.resizeColumnsToContents()

    def _fill_indicators(self, deltas: pd.DataFrame) -> None:
        names = indicator_names()
        a, b = self.left.choice.currentText(), self.right.choice.currentText()
        rows = [
            [names.get(r.indicator, r.indicator), r.value_a, r.value_b, _change_text(r.delta)]
            for r in deltas.itertuples()
        ]
        self._fill(self.indicators, [self.tr("Indicator"), a, b, self.tr("Change")], rows, sortable=False)

    def _fill_roles(self, changes: pd.DataFrame, sector_level: bool) -> None:
        layer, language = self.session.layer, current_language()
        rows_of = {str(region): row for row, region in enumerate(layer.regions["id"])}
        rows = [
            [
                layer.name(rows_of[r.region], language) if r.region in rows_of else r.region,
                item_name(self.session.taxonomy, r.sector, language, sector_level),
                role_name(r.role_a),
                role_name(r.role_b),
                r.note_b or r.note_a,
            ]
            for r in changes.itertuples()
        ]
        headers = [self.tr("Region"), self.tr("Sector"), self.left.choice.currentText()]
        self._fill(self.roles, [*headers, self.right.choice.currentText(), self.tr("Note")], rows)

    def _fill_parks(self, changes: pd.DataFrame) -> None:
        words = {
            "added": self.tr("added"),
            "deleted": self.tr("deleted"),
            "moved": self.tr("moved"),
            "changed": self.tr("changed"),
        }
        rows = [
            [r.name, words.get(r.change, r.change), _field_name(r.field), r.value_a, r.value_b]
            for r in changes.itertuples()
        ]
        headers = [self.tr("Park"), self.tr("Change"), self.tr("Attribute")]
        self._fill(
            self.parks, [*headers, self.left.choice.currentText(), self.right.choice.currentText()], rows
        )

    def ask_export(self) -> None:
        """Write the three tables to an Excel workbook."""
        if not self._tables:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export comparison"), self.tr("comparison.xlsx"), self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> None:
        """The indicators, roles and parks tables (codes and values as compared) to Excel."""
        a, b = self.left.choice.currentText(), self.right.choice.currentText()

        def named(column: str) -> str:
            if column.endswith("_a"):
                return f"{column[:-2]} ({a})"
            return f"{column[:-2]} ({b})" if column.endswith("_b") else column

        sheets = {name: table.rename(columns=named) for name, table in self._tables.items()}
        try:
            write_workbook(path, sheets)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Export comparison"),
                self.tr("Cannot write {file}: {reason}").format(file=path, reason=error.strerror or error),
            )


def _change_text(delta: float) -> str:
    """A change with its sign (+2, −0.031), or 0."""
    if delta == 0 or delta != delta:
        return number_text(delta)
    text = number_text(abs(delta))
    return ("+" if delta > 0 else "−") + text


def _field_name(field: str) -> str:
    return {
        "location": QCoreApplication.translate("ComparisonDialog", "location"),
        "name_zh": QCoreApplication.translate("ComparisonDialog", "name (Chinese)"),
        "name_en": QCoreApplication.translate("ComparisonDialog", "name (English)"),
        "level": QCoreApplication.translate("ComparisonDialog", "level"),
        "kind": QCoreApplication.translate("ComparisonDialog", "kind"),
        "sectors_text": QCoreApplication.translate("ComparisonDialog", "leading industries"),
        "area_ha": QCoreApplication.translate("ComparisonDialog", "area (ha)"),
        "approved": QCoreApplication.translate("ComparisonDialog", "approved"),
    }.get(field, field)
