"""Choosing what the map shows: a searchable province list and a level switch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QWidget

from model.regions import ALL_CHINA, Level, Province

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole


class ScopePicker(QWidget):
    """A province box (type to search in Chinese, English or adcode) and a level box."""

    scopeChosen = Signal(str, str)  # province adcode or "all", level value

    def __init__(self, provinces: list[Province], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._provinces = provinces
        self._language = "zh"
        self.province_box = QComboBox(self)
        self.province_box.setObjectName("provinceBox")
        self.province_box.setEditable(True)
        self.province_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.province_box.setMinimumContentsLength(14)
        self.province_box.setMaxVisibleItems(20)
        self._model = QStandardItemModel(self)
        self.province_box.setModel(self._model)
        self._search = QSortFilterProxyModel(self)
        self._search.setSourceModel(self._model)
        self._search.setFilterRole(SEARCH_ROLE)
        self._search.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The popup shows names in the interface language but filters on every name
        # and the adcode, so 辽宁, Liaoning and 2100 all find 辽宁省.
        self._completer = QCompleter(self._search, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.province_box.setCompleter(self._completer)
        self.province_box.lineEdit().textEdited.connect(self._filter)
        self._completer.activated[QModelIndex].connect(self._completed)
        self.level_box = QComboBox(self)
        self.level_box.setObjectName("levelBox")
        self._province_label = QLabel(self)
        self._level_label = QLabel(self)
        self._province_label.setBuddy(self.province_box)
        self._level_label.setBuddy(self.level_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for widget in (self._province_label, self.province_box, self._level_label, self.level_box):
            layout.addWidget(widget)
        self._current = (ALL_CHINA, Level.CITY.value)
        self._own_file: str | None = None
        self.province_box.activated.connect(self._emit)
        self.level_box.activated.connect(self._emit)
        self.retranslate()

    def retranslate(self) -> None:
        """Rebuild the item texts in the current language, keeping the choice."""
        province, level = self._current
        self._province_label.setText(self.tr("&Province:"))
        self._level_label.setText(self.tr("&Level:"))
        self._model.clear()
        entries = [(ALL_CHINA, self.tr("All China"), "全国 All China quanguo")]
        for p in self._provinces:
            shown = p.name_zh if self._language == "zh" else p.name_en
            entries.append((p.adcode, shown, f"{p.name_zh} {p.short_zh} {p.name_en} {p.adcode}"))
        for code, shown, search in entries:
            item = QStandardItem(shown)
            item.setData(code, CODE_ROLE)
            item.setData(search, SEARCH_ROLE)
            self._model.appendRow(item)
        self.level_box.clear()
        self.level_box.addItem(self.tr("Cities (prefecture level)"), Level.CITY.value)
        self.level_box.addItem(self.tr("Counties and districts"), Level.COUNTY.value)
        if self._own_file:
            self.level_box.addItem(
                self.tr("Own regions: {file}").format(file=self._own_file), Level.OWN.value
            )
        self.set_current(province, level)

    def set_language(self, language: str) -> None:
        """Show province names in ``zh`` or ``en``."""
        self._language = language
        self.retranslate()

    def set_own_regions(self, file_name: str | None) -> None:
        """Offer the planner's region layer (by its file name) as a level, or stop offering it."""
        if file_name != self._own_file:
            self._own_file = file_name
            self.retranslate()

    def set_current(self, province: str, level: str) -> None:
        """Show a choice without emitting ``scopeChosen``."""
        self._current = (province, level)
        for row in range(self._model.rowCount()):
            if self._model.item(row).data(CODE_ROLE) == province:
                self.province_box.setCurrentIndex(row)
        index = self.level_box.findData(level)
        if index >= 0:
            self.level_box.setCurrentIndex(index)

    def _filter(self, text: str) -> None:
        self._search.setFilterFixedString(text.strip())
        if self._search.rowCount():
            self._completer.complete()

    def _completed(self, index: QModelIndex) -> None:
        source = self._search.mapToSource(index)
        if source.isValid():
            self.province_box.setCurrentIndex(source.row())
            self._emit()

    def choose(self, query: str) -> bool:
        """Pick the first province whose names or adcode contain ``query`` (as typing does)."""
        self._filter(query)
        if self._search.rowCount() == 0:
            return False
        self._completed(self._search.index(0, 0))
        return True

    def _emit(self, *_: object) -> None:
        row = self.province_box.currentIndex()
        if row < 0:
            return
        choice = (self._model.item(row).data(CODE_ROLE), self.level_box.currentData())
        if choice != self._current:
            self._current = choice
            self.scopeChosen.emit(*choice)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
