"""The decision ledger of the scenario shown: who decided what, when, and why."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from model.scenario import LedgerEntry
from ui.planning.words import ledger_headers, ledger_row


class LedgerDock(QDockWidget):
    """A read-only table of ledger entries, newest last (Scenario › Export Decision Ledger… saves it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LedgerDock")
        self.table = QTableWidget(0, 6, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.setWidget(self.table)
        self._entries: list[LedgerEntry] = []
        self._session = None
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Decision ledger"))
        self.table.setHorizontalHeaderLabels(ledger_headers())
        self.show_entries(self._entries, self._session)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_entries(self, entries: list[LedgerEntry], session=None) -> None:
        """List a scenario's ledger, regions, sectors and parks named from ``session``."""
        self._entries, self._session = list(entries), session
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            for column, text in enumerate(ledger_row(entry, session)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self._entries:
            self.table.scrollToBottom()
