"""The role board: regions × sectors, each cell lead / support / avoid / unset.

Click a cell to cycle its role (unset → lead → support → avoid → unset), or press L, S, A
or Delete; N (or a double-click) edits the rationale note. Cells where the region focuses
on the sector are tinted; a duplicated focus still without a role is marked ●. By
default only contested sectors (those with a duplicated focus) are shown.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from model.duplication import Analysis
from model.plan import Role, RoleEntry, Roles
from ui.planning.words import role_name

# Support is amber, not blue: blue is the table's selection colour, and a selected support
# cell must not look like a selected empty one.
ROLE_COLOURS = {Role.LEAD: "#2f855a", Role.SUPPORT: "#b7791f", Role.AVOID: "#a0aec0"}
FOCUS_TINT = "#fefcbf"
CYCLE = (Role.UNSET, Role.LEAD, Role.SUPPORT, Role.AVOID)


class RoleBoardModel(QAbstractTableModel):
    """Rows: regions; columns: items; cells: roles."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.region_ids: list[str] = []
        self.region_names: list[str] = []
        self.items: list[str] = []
        self.item_names: list[str] = []
        self.focus = np.zeros((0, 0), dtype=bool)
        self.duplicated = np.zeros((0, 0), dtype=bool)
        self.roles: Roles = {}
        self.role_names: dict[Role, str] = {}

    def set_board(
        self,
        analysis: Analysis,
        roles: Roles,
        region_names: list[str],
        item_names: dict[str, str],
        contested_only: bool,
    ) -> None:
        """Show an analysis's regions and items (all focused items, or the contested ones)."""
        self.beginResetModel()
        flags = analysis.duplicates
        duplicated = np.zeros(analysis.focus.shape, dtype=bool)
        duplicated[flags["a"].to_numpy(dtype=int), flags["item"].to_numpy(dtype=int)] = True
        duplicated[flags["b"].to_numpy(dtype=int), flags["item"].to_numpy(dtype=int)] = True
        columns = duplicated.any(axis=0) if contested_only else analysis.focus.any(axis=0)
        keep = np.flatnonzero(columns)
        self.region_ids = [str(r) for r in analysis.region_ids]
        self.region_names = list(region_names)
        self.items = [analysis.items[k] for k in keep]
        self.item_names = [item_names.get(code, code) for code in self.items]
        self.focus, self.duplicated = analysis.focus[:, keep], duplicated[:, keep]
        self.roles = roles
        self.endResetModel()

    def refresh_roles(self, roles: Roles) -> None:
        """Show changed roles without rebuilding the board."""
        self.roles = roles
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.region_ids)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.items)

    def cell(self, index: QModelIndex) -> tuple[str, str]:
        """(region id, item code) of a cell."""
        return self.region_ids[index.row()], self.items[index.column()]

    def role_at(self, index: QModelIndex) -> RoleEntry | None:
        """The role set in a cell, or None."""
        return self.roles.get(self.cell(index))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (
            self.item_names[section]
            if orientation == Qt.Orientation.Horizontal
            else self.region_names[section]
        )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.role_at(index)
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if entry is not None:
                return self.role_names.get(entry.role, entry.role.value) + (" ✎" if entry.note else "")
            return "●" if self.duplicated[r, c] else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if entry is not None:
                return QBrush(QColor(ROLE_COLOURS[entry.role]))
            return QBrush(QColor(FOCUS_TINT)) if self.focus[r, c] else None
        if role == Qt.ItemDataRole.ForegroundRole and entry is not None:
            return QBrush(QColor("white"))
        if role == Qt.ItemDataRole.ToolTipRole and entry is not None and entry.note:
            return entry.note
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class RoleBoardView(QTableView):
    """The board's table: keys L, S, A, Delete and N act on the current cell."""

    keyRole = Signal(QModelIndex, object)  # index, Role
    keyNote = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        keys = {Qt.Key.Key_L: Role.LEAD, Qt.Key.Key_S: Role.SUPPORT, Qt.Key.Key_A: Role.AVOID}
        keys |= {Qt.Key.Key_Delete: Role.UNSET, Qt.Key.Key_Backspace: Role.UNSET}
        index = self.currentIndex()
        if index.isValid() and event.key() in keys:
            self.keyRole.emit(index, keys[event.key()])
        elif index.isValid() and event.key() == Qt.Key.Key_N:
            self.keyNote.emit(index)
        else:
            super().keyPressEvent(event)


class RoleBoard(QDockWidget):
    """A dock with the board; ``roleRequested`` asks for a role change (region, item, role, note)."""

    roleRequested = Signal(str, str, object, str)
    sectorChosen = Signal(object)  # the item of the column selected (the plan view draws it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RoleBoard")
        self.model = RoleBoardModel(self)
        body = QWidget(self)
        self.contested = QCheckBox(body)
        self.contested.setChecked(True)
        self.paint = QCheckBox(body)
        self.paint_role = QComboBox(body)
        for role in (Role.LEAD, Role.SUPPORT, Role.AVOID, Role.UNSET):
            self.paint_role.addItem("", role.value)
        self.view = RoleBoardView(body)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.horizontalHeader()
        # Sector names are long: they wrap onto up to three lines (the whole name is also
        # the header's tooltip).
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        header.setDefaultSectionSize(110)
        header.setMinimumHeight(3 * header.fontMetrics().lineSpacing() + 8)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        options = QHBoxLayout()
        options.addWidget(self.contested, 1)
        options.addWidget(self.paint)
        options.addWidget(self.paint_role)
        layout.addLayout(options)
        layout.addWidget(self.view)
        self.setWidget(body)
        # A click only selects (the column painting uses, the cell the keys act on); a role
        # changes by a double-click, the keys or the cell's menu, never by selecting.
        self.view.doubleClicked.connect(self._cycle)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._cell_menu)
        self.view.keyRole.connect(self._set)
        self.view.selectionModel().currentColumnChanged.connect(self._column_chosen)
        self.view.keyNote.connect(self.edit_note)
        self._inputs: tuple | None = None
        self.menu: QMenu | None = None  # the cell menu last shown
        self.contested.toggled.connect(lambda _: self._inputs and self.show_board(*self._inputs))
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Role board"))
        self.contested.setText(self.tr("Contested sectors only (a duplicated focus between neighbours)"))
        self.paint.setText(self.tr("Paint on the map:"))
        self.paint.setToolTip(
            self.tr("Click regions on the map to give them this role in the sector of the selected column")
        )
        for index in range(self.paint_role.count()):
            self.paint_role.setItemText(index, role_name(self.paint_role.itemData(index)))
        self.model.role_names = {
            role: role_name(role.value) for role in (Role.LEAD, Role.SUPPORT, Role.AVOID)
        }
        self.view.setToolTip(
            self.tr(
                "Double-click to cycle lead → support → avoid → unset; keys L, S, A, Delete; "
                "N for a note; right-click for the cell's menu"
            )
        )
        if self._inputs is not None:
            self.show_board(*self._inputs)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_board(
        self, analysis: Analysis, roles: Roles, region_names: list[str], item_names: dict[str, str]
    ) -> None:
        """Show the board of an analysis with a scenario's roles."""
        self._inputs = (analysis, roles, region_names, item_names)
        current = self.view.currentIndex()
        self.model.set_board(analysis, roles, region_names, item_names, self.contested.isChecked())
        if (
            current.isValid()
            and current.row() < self.model.rowCount()
            and current.column() < self.model.columnCount()
        ):
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))

    def _column_chosen(self, current, _previous) -> None:
        if current.isValid() and current.column() < len(self.model.items):
            self.sectorChosen.emit(self.model.items[current.column()])

    def paint_sector(self) -> str | None:
        """The sector painting applies to (the current column), when painting is on."""
        index = self.view.currentIndex()
        if not self.paint.isChecked() or not index.isValid():
            return None
        return self.model.items[index.column()]

    def paint_region(self, region: str) -> bool:
        """Give a clicked region the paint role in the current column's sector (True if painted)."""
        sector = self.paint_sector()
        if sector is None:
            return False
        self.roleRequested.emit(region, sector, Role(self.paint_role.currentData()), "")
        return True

    def _cell_menu(self, point) -> None:
        """The cell's menu: each role, and the rationale."""
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        menu = QMenu(self.view)
        for role in (Role.LEAD, Role.SUPPORT, Role.AVOID, Role.UNSET):
            menu.addAction(role_name(role.value), lambda r=role: self._set(index, r))
        menu.addSeparator()
        menu.addAction(self.tr("Rationale…"), lambda: self.edit_note(index))
        menu.popup(self.view.viewport().mapToGlobal(point))
        self.menu = menu

    def _cycle(self, index: QModelIndex) -> None:
        entry = self.model.role_at(index)
        now = entry.role if entry else Role.UNSET
        self._set(index, CYCLE[(CYCLE.index(now) + 1) % len(CYCLE)])

    def _set(self, index: QModelIndex, role: Role) -> None:
        region, item = self.model.cell(index)
        entry = self.model.role_at(index)
        self.roleRequested.emit(region, item, role, entry.note if entry and role is not Role.UNSET else "")

    def edit_note(self, index: QModelIndex) -> None:
        """Ask for the rationale of a cell's role (a cell without a role becomes lead)."""
        entry = self.model.role_at(index)
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Rationale"), self.tr("Why this role?"), entry.note if entry else ""
        )
        if ok:
            region, item = self.model.cell(index)
            self.roleRequested.emit(region, item, entry.role if entry else Role.LEAD, text.strip())
