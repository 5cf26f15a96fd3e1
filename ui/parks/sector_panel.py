"""The sector panel: the taxonomy as a tree with park counts; check what the map shows.

Groups hold the sectors declared by the parks shown, plus "group, sector unspecified"
where a park declares only the group (装备制造). Checking and unchecking filters the
map and the parks list; double-clicking an item shows only that item; "Show all"
clears the filter.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from model.parks import sector_codes
from model.sectors import Taxonomy

CODE_ROLE = Qt.ItemDataRole.UserRole


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class SectorPanel(QDockWidget):
    """A dock with the sector tree; ``filterChanged`` carries the checked codes, or None for all."""

    filterChanged = Signal(object)
    addSectorRequested = Signal()

    def __init__(self, taxonomy: Taxonomy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SectorPanel")
        self.taxonomy = taxonomy
        self.language = "zh"
        self.counts: Counter[str] = Counter()
        body = QWidget(self)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("sectorTree")
        self.tree.setHeaderHidden(True)
        self.show_all = QPushButton(body)
        self.add_sector = QPushButton(body)
        self.add_sector.setObjectName("addSector")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_all)
        buttons.addWidget(self.add_sector)
        layout.addLayout(buttons)
        self.setWidget(body)
        # One click on a group checks all its sectors: tell the map once, after the last change.
        self._emit_later = QTimer(self)
        self._emit_later.setSingleShot(True)
        self._emit_later.setInterval(0)
        self._emit_later.timeout.connect(lambda: self.filterChanged.emit(self.checked()))
        self.tree.itemChanged.connect(self._changed)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self.only(item.data(0, CODE_ROLE)))
        self.show_all.clicked.connect(lambda: self.only(None))
        self.add_sector.clicked.connect(self.addSectorRequested)
        self._updating = False
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Sectors"))
        self.show_all.setText(self.tr("Show all"))
        self.add_sector.setText(self.tr("Add sector…"))
        self.tree.setToolTip(self.tr("Check the sectors to show; double-click one to show only it."))
        self._relabel()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def unchecked(self) -> set[str]:
        """The items the planner unchecked (kept when the parks change, not the regions)."""
        return {
            i.data(0, CODE_ROLE)
            for i in self._items()
            if not i.data(0, CODE_ROLE).startswith("group:") and i.checkState(0) != Qt.CheckState.Checked
        }

    def set_parks(self, parks: pd.DataFrame, unchecked: set[str] | None = None) -> None:
        """Rebuild the tree for the items these parks declare, all checked but ``unchecked``."""
        self.counts = Counter()
        for codes in sector_codes(parks):
            for group in {self.taxonomy.group_of(c) for c in codes if self.taxonomy.knows(c)}:
                self.counts["group:" + group] += 1
            self.counts.update(c for c in set(codes) if self.taxonomy.knows(c))
        self._updating = True
        self.tree.clear()
        for group in self.taxonomy.groups.values():
            if not self.counts["group:" + group.code]:
                continue
            item = QTreeWidgetItem(self.tree)
            item.setData(0, CODE_ROLE, "group:" + group.code)
            item.setIcon(0, _swatch(group.colour))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            item.setCheckState(0, Qt.CheckState.Checked)
            children = [group.code] + [
                s for s in self.taxonomy.sectors if self.taxonomy.group_of(s) == group.code
            ]
            for code in children:
                if self.counts[code]:
                    child = QTreeWidgetItem(item)
                    child.setData(0, CODE_ROLE, code)
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    off = unchecked is not None and code in unchecked
                    child.setCheckState(0, Qt.CheckState.Unchecked if off else Qt.CheckState.Checked)
        self._updating = False
        self._relabel()

    def set_language(self, language: str) -> None:
        """Name sectors in ``zh`` or ``en``."""
        self.language = language
        self._relabel()

    def _relabel(self) -> None:
        self._updating = True
        for item in self._items():
            code = item.data(0, CODE_ROLE)
            if code.startswith("group:"):
                name = self.taxonomy.name(code[6:], self.language)
            elif self.taxonomy.is_group(code):
                name = self.tr("Group, sector unspecified")
            else:
                name = self.taxonomy.name(code, self.language)
            item.setText(0, f"{name} ({self.counts[code]})")
            item.setToolTip(0, item.text(0))
        self._updating = False

    def _items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            items.append(top)
            items.extend(top.child(j) for j in range(top.childCount()))
        return items

    def checked(self) -> set[str] | None:
        """The checked sector and group-unspecified codes; None when everything is checked."""
        leaves = [i for i in self._items() if not i.data(0, CODE_ROLE).startswith("group:")]
        chosen = {i.data(0, CODE_ROLE) for i in leaves if i.checkState(0) == Qt.CheckState.Checked}
        return None if len(chosen) == len(leaves) else chosen

    def _changed(self, *_: object) -> None:
        if not self._updating:
            self._emit_later.start()

    def only(self, code: str | None) -> None:
        """Show only one item (a sector, a group's unspecified item, or ``group:X`` for a whole
        group); None shows everything."""
        self._updating = True
        for item in self._items():
            item_code = item.data(0, CODE_ROLE)
            if item_code.startswith("group:"):
                continue
            parent_code = item.parent().data(0, CODE_ROLE) if item.parent() else ""
            on = code is None or item_code == code or parent_code == code
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._updating = False
        self.filterChanged.emit(self.checked())
