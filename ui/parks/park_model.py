"""Qt item models over a park table: rows for the parks list, a filter that searches names.

``ParkTableModel`` shows the park DataFrame (names in the interface language, sectors by
name); ``ParkSearchModel`` keeps the rows whose Chinese name, English name, pinyin or
pinyin initials contain what the planner types (沈阳, shenyang, syjj, Shenyang all find
沈阳经济技术开发区), and which the sector filter shows.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from model.naming import search_key
from model.sectors import Taxonomy
from ui.filtering import rows_filter_change

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("name", "city", "county", "level", "sectors", "precision")


class ParkTableModel(QAbstractTableModel):
    """The parks as a table: one row per park, in the park table's order."""

    def __init__(self, taxonomy: Taxonomy, parent=None) -> None:
        super().__init__(parent)
        self.taxonomy = taxonomy
        self.parks = pd.DataFrame()
        self.language = "zh"
        self.region_names: dict[str, tuple[str, str]] = {}
        self._keys: list[str] | None = None
        self._cells: list[tuple[str, ...]] | None = None

    def set_parks(self, parks: pd.DataFrame, region_names: dict[str, tuple[str, str]]) -> None:
        """Show another park table (``region_names``: adcode → (zh, en) of cities and counties)."""
        self.beginResetModel()
        self.parks = parks.reset_index(drop=True)
        self.region_names = region_names
        self._keys = None
        self._cells = None
        self.endResetModel()

    def set_language(self, language: str) -> None:
        """Show names in ``zh`` or ``en``."""
        self.language = language
        self._cells = None
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Parks."""
        return 0 if parent.isValid() else len(self.parks)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        """Name, city, county, level, sectors, location precision."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """Column titles in the interface language."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "name": self.tr("Name"),
            "city": self.tr("City"),
            "county": self.tr("County"),
            "level": self.tr("Level"),
            "sectors": self.tr("Sectors"),
            "precision": self.tr("Location"),
        }
        return titles[COLUMNS[section]]

    def _region(self, adcode: str) -> str:
        names = self.region_names.get(adcode)
        if not names:
            return ""
        return names[0] if self.language == "zh" else names[1]

    def text(self, row: int, column: str) -> str:
        """The text shown in one cell (computed for the whole table once per language)."""
        if self._cells is None:
            self._cells = [
                tuple(self._cell_text(park, c) for c in COLUMNS)
                for park in self.parks.to_dict(orient="records")
            ]
        return self._cells[row][COLUMNS.index(column)]

    def _cell_text(self, park: dict, column: str) -> str:
        if column == "name":
            return park["name_zh"] if self.language == "zh" or not park["name_en"] else park["name_en"]
        if column == "city":
            return self._region(park["region_id"])
        if column == "county":
            return self._region(park["county_id"])
        if column == "level":
            return level_text(park["level"])
        if column == "sectors":
            codes = [c for c in str(park["sectors"]).split(";") if c and self.taxonomy.knows(c)]
            return "、".join(self.taxonomy.name(c, self.language) for c in codes)
        return precision_text(park["location_precision"])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        """Cell text, the park's row, and sort keys."""
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            return self.text(index.row(), COLUMNS[index.column()])
        if role == ROW_ROLE:
            return index.row()
        return None

    def search_keys(self) -> list[str]:
        """Per park: everything a search may match, lower case (computed on first search)."""
        if self._keys is None:
            self._keys = [
                f"{row.name_zh} {str(row.name_en).lower()} {search_key(row.name_zh)} {row.id.lower()}"
                for row in self.parks.itertuples(index=False)
            ]
        return self._keys


class ParkSearchModel(QSortFilterProxyModel):
    """Rows matching the search text and the sector filter; sortable by any column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._shown: np.ndarray | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_search(self, text: str) -> None:
        """Keep parks whose names (Chinese, English, pinyin, initials) or id contain ``text``."""
        with rows_filter_change(self):
            self._needle = text.strip().lower()

    def set_shown(self, shown: np.ndarray | None) -> None:
        """Keep only the parks the sector filter shows (None: all)."""
        with rows_filter_change(self):
            self._shown = shown

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        """Search text and sector filter both."""
        if self._shown is not None and not self._shown[source_row]:
            return False
        if not self._needle:
            return True
        return self._needle in self.sourceModel().search_keys()[source_row]


def level_text(level: str) -> str:
    """A park level in the interface language."""
    return {
        "national": QCoreApplication.translate("Parks", "National"),
        "provincial": QCoreApplication.translate("Parks", "Provincial"),
    }.get(level, QCoreApplication.translate("Parks", "Other"))


def precision_text(precision: str) -> str:
    """How a park's location is known, in the interface language."""
    return {
        "exact": QCoreApplication.translate("Parks", "Exact"),
        "county": QCoreApplication.translate("Parks", "County centre (approximate)"),
        "city": QCoreApplication.translate("Parks", "City centre (approximate)"),
    }.get(precision, precision)
