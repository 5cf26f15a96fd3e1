"""The plan's indicators (baseline → plan) and its conflicts, updated on every edit."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from model.duplication import Analysis
from model.plan import PlanResult

CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 1


class IndicatorsDock(QDockWidget):
    """Two tables: the indicators, and the conflicts under the plan."""

    conflictSelected = Signal(int, int)  # region rows a, b (b = -1 for one-region conflicts)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IndicatorsDock")
        body = QWidget(self)
        self.indicators = QTableWidget(0, 3, body)
        self.conflicts_label = QLabel(body)
        self.conflicts = QTableWidget(0, 3, body)
        for table in (self.indicators, self.conflicts):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.indicators, 2)
        layout.addWidget(self.conflicts_label)
        layout.addWidget(self.conflicts, 3)
        self.setWidget(body)
        self.conflicts.itemSelectionChanged.connect(self._selected)
        self._shown: tuple | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Plan"))
        self.indicators.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Baseline"), self.tr("Plan")]
        )
        self.conflicts.setHorizontalHeaderLabels([self.tr("Conflict"), self.tr("Regions"), self.tr("Sector")])
        self.conflicts_label.setText(
            self.tr(
                "Conflicts under the plan (on the map: dark dashes, neighbours both leading; "
                "dark dots, support without a leading neighbour)"
            )
        )
        self.conflicts_label.setWordWrap(True)
        if self._shown is not None:
            self.show_plan(*self._shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_plan(
        self, analysis: Analysis, plan: PlanResult, region_names: list[str], item_names: dict[str, str]
    ) -> None:
        """Show a plan's indicators and conflicts."""
        self._shown = (analysis, plan, region_names, item_names)
        names = indicator_names()
        self.indicators.setRowCount(len(plan.indicators))
        for row, (key, (before, after)) in enumerate(plan.indicators.items()):
            for column, text in enumerate((names.get(key, key), number_text(before), number_text(after))):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.indicators.setItem(row, column, item)
        kinds = {
            "lead-lead": self.tr("Both lead"),
            "orphan-support": self.tr("Support without a leading neighbour"),
            "unresolved": self.tr("Duplicated focus without a role"),
        }
        table = plan.conflicts
        self.conflicts.blockSignals(True)
        self.conflicts.setRowCount(len(table))
        for row, c in enumerate(table.itertuples()):
            regions = region_names[int(c.a)] + (f" — {region_names[int(c.b)]}" if int(c.b) >= 0 else "")
            code = analysis.items[int(c.item)]
            for column, text in enumerate((kinds.get(c.kind, c.kind), regions, item_names.get(code, code))):
                item = QTableWidgetItem(text)
                item.setData(CONFLICT_ROLE, (int(c.a), int(c.b)))
                self.conflicts.setItem(row, column, item)
        self.conflicts.blockSignals(False)

    def _selected(self) -> None:
        items = self.conflicts.selectedItems()
        if items:
            a, b = items[0].data(CONFLICT_ROLE)
            self.conflictSelected.emit(a, b)


def number_text(value: float) -> str:
    """An indicator value as shown: whole numbers plain, others to three places, — for none."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.3f}"


def indicator_names() -> dict[str, str]:
    """Indicator names in the interface language."""
    return {
        "duplicated_pairs": QCoreApplication.translate(
            "IndicatorsDock", "Duplicated focuses between neighbours"
        ),
        "conflicting_leads": QCoreApplication.translate(
            "IndicatorsDock", "Neighbours leading the same sector"
        ),
        "mean_similarity": QCoreApplication.translate("IndicatorsDock", "Mean similarity of neighbour pairs"),
        "sectors_without_lead": QCoreApplication.translate(
            "IndicatorsDock", "Contested sectors without a lead"
        ),
        "regions_without_lead": QCoreApplication.translate(
            "IndicatorsDock", "Regions with a focus but no lead role"
        ),
        "parks_edited": QCoreApplication.translate("IndicatorsDock", "Parks edited"),
    }
