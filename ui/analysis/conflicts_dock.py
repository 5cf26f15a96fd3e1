"""The conflicts table: every duplicated focus between neighbours, sorted by score,
filterable by sector and region; selecting a row points the pair out on the map."""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from model.duplication import Analysis
from model.sectors import Taxonomy
from ui.filtering import rows_filter_change
from ui.item_names import item_name

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FLAG_ROLE = Qt.ItemDataRole.UserRole + 2  # the flag's row in Analysis.duplicates


class ConflictsModel(QAbstractTableModel):
    """Flags as rows: region A, region B, sector, score, parks on each side."""

    HEADERS = ("Region A", "Region B", "Sector", "Score", "Parks A", "Parks B")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows = pd.DataFrame()
        self.headers = list(self.HEADERS)

    def set_rows(self, rows: pd.DataFrame) -> None:
        """Show a prepared table (one row per flag: texts, score, sector code, region rows)."""
        self.beginResetModel()
        self.rows = rows.reset_index(drop=True)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows.iloc[index.row()]
        column = ("name_a", "name_b", "sector_name", "score", "parks_a_text", "parks_b_text")[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row['score']:.3f}" if column == "score" else str(row[column])
        if role == SORT_ROLE:
            return float(row["score"]) if column == "score" else str(row[column])
        if role == FLAG_ROLE:
            return int(row["flag"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "score":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ConflictFilter(QSortFilterProxyModel):
    """Rows of one sector (or all) whose regions' names contain a text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sector: str | None = None
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, sector: str | None, text: str) -> None:
        """Keep the rows of ``sector`` (None: all) naming ``text`` in either region."""
        with rows_filter_change(self):
            self.sector, self.text = sector, text.strip().lower()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        rows = self.sourceModel().rows
        row = rows.iloc[source_row]
        if self.sector is not None and row["sector"] != self.sector:
            return False
        return not self.text or self.text in row["search"]


class ConflictsDock(QDockWidget):
    """A dock with a summary line, filters, and the conflicts table."""

    conflictSelected = Signal(int)  # a row of Analysis.duplicates, -1 for none

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictsDock")
        self.model = ConflictsModel(self)
        self.filter = ConflictFilter(self)
        self.filter.setSourceModel(self.model)
        body = QWidget(self)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.sector_box = QComboBox(body)
        self.region_box = QLineEdit(body)
        self.region_box.setClearButtonEnabled(True)
        self.view = QTableView(body)
        self.view.setModel(self.filter)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        filters = QHBoxLayout()
        filters.addWidget(self.sector_box, 1)
        filters.addWidget(self.region_box, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        self.setWidget(body)
        self.sector_box.currentIndexChanged.connect(self._filter)
        self.region_box.textChanged.connect(self._filter)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self._analysis: Analysis | None = None
        self._context: tuple | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Duplicated focus"))
        self.model.headers = [
            self.tr("Region A"),
            self.tr("Region B"),
            self.tr("Sector"),
            self.tr("Score"),
            self.tr("Parks A"),
            self.tr("Parks B"),
        ]
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.model.headers) - 1)
        self.region_box.setPlaceholderText(self.tr("Filter by region name"))
        if self._context is not None:
            self.show_analysis(*self._context)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_analysis(
        self,
        analysis: Analysis,
        region_names: list[str],
        park_names: dict[str, str],
        taxonomy: Taxonomy,
        language: str,
    ) -> None:
        """List an analysis's flags (``region_names`` by region row, ``park_names`` by park id)."""
        self._analysis = analysis
        self._context = (analysis, region_names, park_names, taxonomy, language)
        flags = analysis.duplicates
        items = np.asarray(analysis.items, dtype=object)
        sector_level = analysis.settings.items.value == "sector"
        names = np.asarray(region_names, dtype=object)
        a, b, item = flags["a"].to_numpy(), flags["b"].to_numpy(), flags["item"].to_numpy()

        def parks_text(rows, columns) -> list[str]:
            return [
                "、".join(park_names.get(p, p) for p in analysis.data.park_ids.get((r, k), []))
                for r, k in zip(rows.tolist(), columns.tolist(), strict=True)
            ]

        table = pd.DataFrame(
            {
                "flag": np.arange(len(flags)),
                "name_a": names[a] if len(a) else [],
                "name_b": names[b] if len(b) else [],
                "sector": items[item] if len(item) else [],
                "sector_name": [item_name(taxonomy, c, language, sector_level) for c in items[item]],
                "score": flags["score"].to_numpy(),
                "parks_a_text": parks_text(a, item),
                "parks_b_text": parks_text(b, item),
            }
        )
        table = table.astype({c: object for c in ("name_a", "name_b", "sector", "sector_name")})
        table["search"] = (table["name_a"].astype(str) + " " + table["name_b"].astype(str)).str.lower()
        self.model.set_rows(table)
        self.filter.sort(3, Qt.SortOrder.DescendingOrder)
        self.view.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self._fill_sectors(analysis, taxonomy, language)
        self.summary.setText(self._summary(analysis, names))
        sizing = (language, len(region_names))
        if sizing != getattr(self, "_sized_for", None):  # not after every edit: columns would jump
            self._sized_for = sizing
            self.view.resizeColumnsToContents()

    def _fill_sectors(self, analysis: Analysis, taxonomy: Taxonomy, language: str) -> None:
        current = self.sector_box.currentData()
        self.sector_box.blockSignals(True)
        self.sector_box.clear()
        self.sector_box.addItem(self.tr("All sectors"), None)
        for k in sorted(set(analysis.duplicates["item"].tolist())):
            code = analysis.items[k]
            sector_level = analysis.settings.items.value == "sector"
            self.sector_box.addItem(item_name(taxonomy, code, language, sector_level), code)
        self.sector_box.setCurrentIndex(max(self.sector_box.findData(current), 0))
        self.sector_box.blockSignals(False)
        self._filter()

    def _summary(self, analysis: Analysis, names: np.ndarray) -> str:
        graph = analysis.graph
        level = self.tr("sectors") if analysis.settings.items.value == "sector" else self.tr("sector groups")
        text = self.tr(
            "{pairs} neighbour pairs; {flags} duplicated focuses in {sectors} {level}; "
            "{converged} pairs converged (similarity ≥ {threshold})."
        ).format(
            pairs=len(graph),
            flags=len(analysis.duplicates),
            sectors=analysis.duplicates["item"].nunique(),
            level=level,
            converged=int((analysis.pairs["similarity"] >= analysis.settings.similarity_threshold).sum()),
            threshold=analysis.settings.similarity_threshold,
        )
        islands = graph.islands()
        if len(islands):
            text += " " + self.tr("Without neighbours: {names}.").format(names="、".join(names[islands][:12]))
        if analysis.data.unplaced:
            unplaced = self.tr(
                "{count} parks lie in no region of this map "
                "(at county level: zones known only to their city)."
            )
            text += " " + unplaced.format(count=len(analysis.data.unplaced))
        return text

    def set_sector(self, code: str | None) -> None:
        """Show one sector's conflicts (None or a sector without conflicts: all)."""
        self.sector_box.setCurrentIndex(max(self.sector_box.findData(code), 0) if code else 0)

    def _filter(self, *_: object) -> None:
        self.filter.set_filter(self.sector_box.currentData(), self.region_box.text())

    def _selected(self, *_: object) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.conflictSelected.emit(int(rows[0].data(FLAG_ROLE)) if rows else -1)

    def select_flag(self, flag: int) -> None:
        """Select a flag's row (as a click would)."""
        for row in range(self.filter.rowCount()):
            index = self.filter.index(row, 0)
            if index.data(FLAG_ROLE) == flag:
                self.view.selectRow(row)
                return
