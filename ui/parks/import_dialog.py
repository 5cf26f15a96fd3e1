"""The import review: what a park file gave, every problem by file, row and field, and the
industry terms the taxonomy does not know, for the planner to map once.

The planner imports the good rows or nothing; mapped terms are remembered in the
settings and apply to every later import.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from model.park_import import ImportResult
from model.sectors import Taxonomy
from ui.messages import problem_text

LEAVE = ""
NOT_INDUSTRY = "-"


class ImportDialog(QDialog):
    """Shows an import's result; ``term_mappings()`` gives the terms the planner mapped."""

    def __init__(
        self, result: ImportResult, taxonomy: Taxonomy, language: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import parks"))
        self.resize(760, 520)
        self.result = result
        layout = QVBoxLayout(self)
        summary = self.tr("{parks} parks can be imported; {problems} rows have problems.").format(
            parks=len(result.parks), problems=len(result.problems)
        )
        if result.skipped_totals:
            summary += " " + self.tr("Total rows skipped: {rows}.").format(
                rows=", ".join(str(r) for r in result.skipped_totals)
            )
        layout.addWidget(QLabel(summary, self))
        self.problems = QTableWidget(len(result.problems), 1, self)
        self.problems.setObjectName("problemTable")
        self.problems.setHorizontalHeaderLabels([self.tr("Problem")])
        self.problems.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, problem in enumerate(result.problems):
            self.problems.setItem(row, 0, QTableWidgetItem(problem_text(problem)))
        if result.problems:
            layout.addWidget(self.problems)
        self.terms = QTableWidget(len(result.unknown_terms), 3, self)
        self.terms.setObjectName("termTable")
        self.terms.setHorizontalHeaderLabels([self.tr("Industry term"), self.tr("Rows"), self.tr("Means")])
        self.terms.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._combos: dict[str, QComboBox] = {}
        for row, (term, rows) in enumerate(result.unknown_terms.items()):
            self.terms.setItem(row, 0, QTableWidgetItem(term))
            self.terms.setItem(row, 1, QTableWidgetItem(", ".join(str(r) for r in rows)))
            combo = self._term_choices(taxonomy, language)
            self.terms.setCellWidget(row, 2, combo)
            self._combos[term] = combo
        if result.unknown_terms:
            layout.addWidget(
                QLabel(self.tr("Terms not in the sector taxonomy: choose what each means."), self)
            )
            layout.addWidget(self.terms)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(
            self.tr("Import good rows") if result.problems else self.tr("Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.setEnabled(len(result.parks) > 0)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _term_choices(self, taxonomy: Taxonomy, language: str) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(self.tr("(leave unmapped: keep as text)"), LEAVE)
        combo.addItem(self.tr("Not an industry"), NOT_INDUSTRY)
        for group in taxonomy.groups.values():
            combo.addItem(
                self.tr("{group}, sector unspecified").format(group=taxonomy.name(group.code, language)),
                group.code,
            )
            for sector in taxonomy.sectors.values():
                if sector.group == group.code:
                    combo.addItem(f"    {taxonomy.name(sector.code, language)}", sector.code)
        return combo

    def choose(self, term: str, code: str) -> None:
        """Map a term (as the planner would in the combo box)."""
        combo = self._combos[term]
        combo.setCurrentIndex(combo.findData(code))

    def term_mappings(self) -> dict[str, list[str]]:
        """The terms the planner mapped: term → codes ([] for "not an industry")."""
        mapped = {}
        for term, combo in self._combos.items():
            choice = combo.currentData()
            if choice == NOT_INDUSTRY:
                mapped[term] = []
            elif choice:
                mapped[term] = [choice]
        return mapped
