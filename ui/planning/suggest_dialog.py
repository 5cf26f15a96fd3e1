"""Scenario › Suggest Layout…: the optimiser's proposal for the scenario shown, as a diff.

The planner sets what to keep, the limits and the rules, and asks; the dialog lists each
proposed change with its reason (ticked), the indicators before and after, and the
solver's verdict (optimal, or the gap reached in the time limit, or the rules in
conflict). Accepting applies the ticked changes as one undoable step, each with its
reason in the decision ledger; or they go into a new scenario.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from model.analysis_files import read_rules
from model.commands import Compound, SetRole
from model.errors import PlannerError
from model.plan import Role
from model.session import Session
from model.suggest import Keep, Suggestion, SuggestSettings, suggest, unspecified_items
from ui.analysis.analysis_controller import AnalysisController
from ui.i18n import current_language
from ui.item_names import item_name
from ui.jobs import Jobs
from ui.messages import error_text
from ui.planning.indicators_dock import indicator_names, number_text
from ui.planning.suggest_texts import (
    blocker_text,
    current_role,
    evidence_text,
    reason_text,
    status_text,
    unused_rule_text,
)
from ui.planning.undo import UndoStacks
from ui.planning.words import role_name


class SuggestDialog(QDialog):
    """See the module docstring."""

    def __init__(
        self, session: Session, undo: UndoStacks, analysis: AnalysisController, parent: QMainWindow
    ) -> None:
        super().__init__(parent)
        self.session, self.undo, self.analysis, self.window = session, undo, analysis, parent
        self.setObjectName("SuggestDialog")
        self.resize(1180, 740)
        self.found: Suggestion | None = None
        self.jobs = Jobs(self)
        self.jobs.done.connect(self._show_result)
        self.jobs.failed.connect(self._failed)
        self._keys: list[tuple[str, str]] = []
        self.keep = QComboBox(self)
        self.keep.addItem("", Keep.SET.value)
        self.keep.addItem("", Keep.LEADS.value)
        self.keep.addItem("", Keep.NONE.value)
        self.max_leads = QSpinBox(self)
        self.max_leads.setRange(0, 60)
        self.others = QComboBox(self)
        self.others.addItem("", Role.SUPPORT.value)
        self.others.addItem("", Role.AVOID.value)
        self.neighbour_lead = QCheckBox(self)
        self.neighbour_lead.setChecked(True)
        self.unspecified = QCheckBox(self)  # group-level items ("装备制造（未细分）") get roles too
        defaults = SuggestSettings()
        self.weights = [
            self._weight(v)
            for v in (
                defaults.share_weight,
                defaults.lq_weight,
                defaults.size_weight,
                defaults.national_weight,
            )
        ]
        self.rules = QLineEdit(self)
        self.rules_button = QPushButton(self)
        self.rules_button.clicked.connect(self._choose_rules)
        self.run_button = QPushButton(self)
        self.run_button.clicked.connect(self.run)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.indicators = QTableWidget(0, 3, self)
        self.changes = QTableWidget(0, 5, self)
        for table in (self.indicators, self.changes):
            table.verticalHeader().setVisible(False)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.changes.setWordWrap(True)
        self.changes.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.changes.itemChanged.connect(lambda item: item.column() == 0 and self.show_indicators())
        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.scenario_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.accept_button.clicked.connect(self.accept_selected)
        self.scenario_button.clicked.connect(self.save_as_scenario)
        self.close_button.clicked.connect(self.reject)
        self._layout()
        self.retranslate()
        self._show_result(None)

    def _weight(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0.0, 1.0)
        box.setSingleStep(0.1)
        box.setValue(value)
        return box

    def _layout(self) -> None:
        form = QFormLayout()
        self._labels = {key: QLabel(self) for key in ("keep", "max_leads", "others", "weights", "rules")}
        form.addRow(self._labels["keep"], self.keep)
        form.addRow(self._labels["max_leads"], self.max_leads)
        form.addRow(self._labels["others"], self.others)
        form.addRow(self.neighbour_lead)
        form.addRow(self.unspecified)
        weights = QHBoxLayout()
        for box in self.weights:
            weights.addWidget(box)
        form.addRow(self._labels["weights"], weights)
        rules = QHBoxLayout()
        rules.addWidget(self.rules, 1)
        rules.addWidget(self.rules_button)
        form.addRow(self._labels["rules"], rules)
        form.addRow(self.run_button)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.addLayout(form)
        side_layout.addWidget(self.status)
        side_layout.addWidget(self.indicators, 1)
        body = QHBoxLayout()
        body.addWidget(side, 2)
        body.addWidget(self.changes, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        """Texts in the interface language."""
        self.setWindowTitle(self.tr("Suggest a Layout"))
        self._labels["keep"].setText(self.tr("Keep"))
        self.keep.setItemText(0, self.tr("every role already set"))
        self.keep.setItemText(1, self.tr("the leads already set"))
        self.keep.setItemText(2, self.tr("nothing (all may change)"))
        self._labels["max_leads"].setText(self.tr("Leads per region at most"))
        self.max_leads.setSpecialValueText(self.tr("no limit"))
        self._labels["others"].setText(self.tr("Without a leading neighbour"))
        self.others.setItemText(0, role_name("support"))
        self.others.setItemText(1, role_name("avoid"))
        self.neighbour_lead.setText(self.tr("Every focus region leads or has a leading neighbour"))
        self.unspecified.setText(
            self.tr("Roles in sectors declared only at group level too (…, unspecified)")
        )
        self.unspecified.setToolTip(
            self.tr("A lead in “equipment, unspecified” says little a plan can act on: left out by default")
        )
        self._labels["weights"].setText(self.tr("Score: share, LQ, size, national zones"))
        self._labels["rules"].setText(self.tr("Rules file"))
        self.rules.setPlaceholderText(self.tr("rule (fix/restrict), region, sector, role"))
        self.rules_button.setText(self.tr("Browse…"))
        self.run_button.setText(self.tr("Suggest"))
        self.accept_button.setText(self.tr("Accept Ticked Changes"))
        self.scenario_button.setText(self.tr("As a New Scenario…"))
        self.indicators.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Now"), self.tr("Suggested")]
        )
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Region"), self.tr("Sector"), self.tr("Now"), self.tr("Suggested"), self.tr("Why")]
        )

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """The reasons take the table's remaining width, wrapped."""
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_reasons)

    def resizeEvent(self, event) -> None:  # noqa: N802
        """Likewise after a resize."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_reasons)

    def _fit_reasons(self) -> None:
        """The reason column fills what the other columns leave; rows grow to its wrapped text."""
        others = sum(self.changes.columnWidth(c) for c in range(4))
        self.changes.setColumnWidth(4, max(self.changes.viewport().width() - others - 14, 200))
        self.changes.resizeRowsToContents()

    def _choose_rules(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Rules file"), "", self.tr("Tables (*.csv *.xlsx *.xls)")
        )
        if path:
            self.rules.setText(path)

    # -- solving ----------------------------------------------------------------------------
    def settings(self) -> SuggestSettings:
        """The options in the form."""
        share, lq, size, national = (box.value() for box in self.weights)
        return SuggestSettings(
            share_weight=share,
            lq_weight=lq,
            size_weight=size,
            national_weight=national,
            max_leads=self.max_leads.value(),
            keep=Keep(self.keep.currentData()),
            others=Role(self.others.currentData()),
            neighbour_lead=self.neighbour_lead.isChecked(),
            unspecified=self.unspecified.isChecked(),
        )

    @property
    def job(self) -> int | None:
        """The ticket of the solve under way (None when none is)."""
        return self.jobs.ticket if self.jobs.busy else None

    def run(self) -> int | None:
        """Solve for the scenario shown (in the background); the result fills the dialog."""
        analysis, scenario = self.analysis.analysis, self.session.current
        if analysis is None or scenario is None:
            return None
        try:
            path = self.rules.text().strip()
            rules = read_rules(Path(path), self.session.layer.regions, self.session.taxonomy) if path else []
        except PlannerError as exc:
            self.status.setText(error_text(exc))
            return None
        self.status.setText(self.tr("Solving…"))
        self.run_button.setEnabled(False)
        roles, settings, parks = dict(scenario.roles), self.settings(), scenario.parks
        self._context = (analysis, roles)
        group_level = unspecified_items(analysis, self.session.taxonomy)
        return self.jobs.start(
            lambda progress: suggest(analysis, roles, settings, rules, parks, unspecified=group_level)
        )

    def _failed(self, error) -> None:
        self.run_button.setEnabled(True)
        self.status.setText(error_text(error) if isinstance(error, PlannerError) else str(error))

    # -- showing ----------------------------------------------------------------------------
    def _show_result(self, found: Suggestion | None) -> None:
        self.run_button.setEnabled(True)
        self.found = found
        self._keys = []
        self.changes.setRowCount(0)
        self.indicators.setRowCount(0)
        has_changes = False
        if found is not None:
            self._fill(found)
            has_changes = bool(self._keys)
        self.accept_button.setEnabled(has_changes)
        self.scenario_button.setEnabled(has_changes)

    def _fill(self, found: Suggestion) -> None:

        analysis, current = self._context
        language = current_language()
        layer, taxonomy = self.session.layer, self.session.taxonomy
        names = [layer.name(r, language) for r in range(len(layer))]
        rows_of = {str(rid): row for row, rid in enumerate(layer.regions["id"])}
        sector_level = analysis.settings.items.value == "sector"

        def sector_name(code: str) -> str:
            return item_name(taxonomy, code, language, sector_level)

        lines = [
            self.tr("Result: {status} · {seconds:.2f} s").format(
                status=status_text(found), seconds=found.seconds
            )
        ]
        for blocker in found.conflicts:
            lines.append(
                "• " + blocker_text(blocker, lambda r: names[rows_of[r]] if r in rows_of else r, sector_name)
            )
        for unused in found.unused:
            lines.append(
                "• "
                + unused_rule_text(unused, lambda r: names[rows_of[r]] if r in rows_of else r, sector_name)
            )
        self.status.setText("\n".join(lines))
        if not found.roles:
            return
        self._keys = sorted(found.changes(current), key=lambda key: (key[1], rows_of.get(key[0], 0)))
        self.changes.blockSignals(True)  # the ticks are read once the table is full
        self.changes.setRowCount(len(self._keys))
        for row, key in enumerate(self._keys):
            region, sector = key
            name = names[rows_of[region]]
            now, new = current_role(current, key), found.roles[key].role
            evidence = evidence_text(analysis, rows_of[region], sector, name, sector_name(sector))
            reason = reason_text(found.reasons[key], name, sector_name(sector), new, now, names, evidence)
            first = QTableWidgetItem(name)
            first.setFlags(first.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            first.setCheckState(Qt.CheckState.Checked)
            cells = (
                first,
                QTableWidgetItem(sector_name(sector)),
                QTableWidgetItem(role_name(now.value)),
                QTableWidgetItem(role_name(new.value)),
                QTableWidgetItem(reason),
            )
            for column, item in enumerate(cells):
                item.setToolTip(reason)
                self.changes.setItem(row, column, item)
        self.changes.blockSignals(False)
        self.changes.resizeColumnsToContents()
        self.changes.setColumnWidth(1, min(self.changes.columnWidth(1), 170))
        self._fit_reasons()
        self.show_indicators()

    def show_indicators(self) -> None:
        """The indicators now and with the ticked changes applied (they follow every tick)."""
        from model.plan import evaluate

        if self.found is None or not self.found.roles:
            return
        analysis, current = self._context
        before, after = (
            evaluate(analysis, current),
            evaluate(analysis, self.found.applied(current, self.ticked())),
        )
        words = indicator_names()
        self.indicators.setRowCount(len(before.indicators))
        for row, key in enumerate(before.indicators):
            texts = (
                words.get(key, key),
                number_text(before.indicators[key][1]),
                number_text(after.indicators[key][1]),
            )
            for column, text in enumerate(texts):
                self.indicators.setItem(row, column, QTableWidgetItem(text))
        self.indicators.resizeColumnsToContents()

    def ticked(self) -> list[tuple[str, str]]:
        """The changes the planner kept ticked."""
        return [
            key
            for row, key in enumerate(self._keys)
            if self.changes.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    # -- accepting --------------------------------------------------------------------------
    def _command(self, keys: list[tuple[str, str]], current) -> Compound:
        reasons = {row: self.changes.item(row, 4).text() for row in range(len(self._keys))}
        by_key = {key: reasons[row] for row, key in enumerate(self._keys)}
        commands = [
            SetRole(
                region=region,
                sector=sector,
                role=self.found.roles[(region, sector)].role,
                note=current[(region, sector)].note if (region, sector) in current else "",
                why=by_key.get((region, sector), ""),
            )
            for region, sector in keys
        ]
        return Compound(name="accept-suggestion", commands=commands)

    def accept_selected(self) -> None:
        """Apply the ticked changes to the scenario shown, as one undoable step."""
        keys = self.ticked()
        session = self.session
        if not keys or session.current is None:
            return
        self.undo.push(self._command(keys, session.current.roles))
        self.window.statusBar().showMessage(
            self.tr("{n} role(s) changed as suggested.").format(n=len(keys)), 8000
        )
        self._show_result(None)

    def save_as_scenario(self, name: str | None = None) -> None:
        """Put the ticked changes into a copy of the scenario shown, under a new name."""
        session = self.session
        if session.current is None:
            return
        if not name:
            suggested = self.tr("{scenario} (suggested)").format(scenario=session.current.name)
            name, ok = QInputDialog.getText(
                self, self.tr("As a New Scenario"), self.tr("Name:"), text=suggested
            )
            if not ok or not name.strip():
                return
        keys = self.ticked()
        session.duplicate(name.strip())
        self.undo.push(self._command(keys, session.current.roles))
        self._show_result(None)
