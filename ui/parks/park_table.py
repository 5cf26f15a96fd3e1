"""The parks list: a searchable, sortable table whose selection follows the map's."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from model.sectors import Taxonomy
from ui.parks.park_model import ROW_ROLE, ParkSearchModel, ParkTableModel


class ParkTable(QDockWidget):
    """A dock with a search box and the park table; ``parkSelected`` carries a park row (-1: none)."""

    parkSelected = Signal(int)

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ParkTable")
        self.model = ParkTableModel(taxonomy, self)
        self.search = ParkSearchModel(self)
        self.search.setSourceModel(self.model)
        body = QWidget(self)
        self.search_box = QLineEdit(body)
        self.search_box.setObjectName("parkSearch")
        self.search_box.setClearButtonEnabled(True)
        self.count_label = QLabel(body)
        self.view = QTableView(body)
        self.view.setObjectName("parkView")
        self.view.setModel(self.search)
        self.view.setSortingEnabled(True)
        self.search.sort(-1)  # the list's own order (the catalogue's) until a header is clicked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setResizeContentsPrecision(200)  # size columns from a sample of rows
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_box)
        layout.addWidget(self.view)
        layout.addWidget(self.count_label)
        self.setWidget(body)
        self.search_box.textChanged.connect(self._search)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Parks"))
        self.search_box.setPlaceholderText(self.tr("Search by name, pinyin (syjj), English or id"))
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_parks(self, parks, region_names: dict[str, tuple[str, str]]) -> None:
        """List another park table."""
        self.model.set_parks(parks, region_names)
        self.search.set_shown(None)
        self.search.sort(-1)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._size_columns()
        self._update_count()

    def _size_columns(self) -> None:
        # Widths from the font, not from the contents: measuring every cell costs a tenth of
        # a second at start-up for 88 parks, and grows with the list.
        em = self.view.fontMetrics().horizontalAdvance("中")
        for column, ems in enumerate((16, 5, 8, 4, 24, 9)):
            self.view.setColumnWidth(column, ems * em)

    def set_language(self, language: str) -> None:
        """Names in ``zh`` or ``en``."""
        self.model.set_language(language)
        self.retranslate()

    def set_shown(self, shown: np.ndarray | None) -> None:
        """List only the parks the sector filter shows."""
        self.search.set_shown(shown)
        self._update_count()

    def _search(self, text: str) -> None:
        self.search.set_search(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{shown} of {total} parks").format(
                shown=self.search.rowCount(), total=self.model.rowCount()
            )
        )

    def _selection_changed(self, *_: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.parkSelected.emit(int(rows[0].data(ROW_ROLE)) if rows else -1)

    def select_park(self, row: int) -> None:
        """Select a park (from the map) without echoing ``parkSelected``; -1 clears."""
        selection = self.view.selectionModel()
        self.view.blockSignals(True)
        selection.blockSignals(True)
        selection.clearSelection()
        if row >= 0:
            index = self.search.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(
                    index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                )
                self.view.scrollTo(index)
        selection.blockSignals(False)
        self.view.blockSignals(False)
        self.view.viewport().update()

    def visible_rows(self) -> list[int]:
        """The park rows listed now, in display order (for tests)."""
        return [int(self.search.index(r, 0).data(ROW_ROLE)) for r in range(self.search.rowCount())]
