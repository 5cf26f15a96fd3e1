"""The Edit Park dialog: a park's names, level, kind, area, approval and leading industries,
changed together as one undoable step."""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from model.parks import ParkLevel
from ui.parks.park_model import level_text


class ParkDialog(QDialog):
    """Edits the attributes of one park; ``changes()`` gives only what the planner changed."""

    def __init__(self, park: pd.Series, kinds: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.park = park
        self.setWindowTitle(self.tr("Edit park {park}").format(park=park["name_zh"]))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.name_zh = QLineEdit(str(park["name_zh"]), self)
        self.name_en = QLineEdit(str(park.get("name_en", "") or ""), self)
        self.level = QComboBox(self)
        for level in ParkLevel:
            self.level.addItem(level_text(level.value), level.value)
        self.level.setCurrentIndex(self.level.findData(ParkLevel.parse(str(park["level"])).value))
        self.kind = QComboBox(self)
        self.kind.setEditable(True)  # the catalogue's kinds, or the planner's own
        self.kind.addItems(kinds)
        self.kind.setCurrentText(str(park.get("kind", "") or ""))
        self.area = QDoubleSpinBox(self)
        self.area.setRange(0.0, 1_000_000.0)
        self.area.setDecimals(1)
        self.area.setSuffix(" ha")
        self.area.setSpecialValueText(self.tr("unknown"))  # 0 shows as unknown
        area = park.get("area_ha", math.nan)
        self.area.setValue(0.0 if pd.isna(area) else float(area))
        self.approved = QLineEdit(str(park.get("approved", "") or ""), self)
        self.approved.setPlaceholderText(self.tr("e.g. 1993-04"))
        self.industries = QLineEdit(str(park["sectors_text"]), self)
        self.industries.setPlaceholderText(self.tr("separated by 、 or ;"))
        form.addRow(self.tr("Name (Chinese)"), self.name_zh)
        form.addRow(self.tr("Name (English)"), self.name_en)
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(self.tr("Approved"), self.approved)
        form.addRow(self.tr("Leading industries"), self.industries)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.name_zh.textChanged.connect(self._check)

    def _check(self) -> None:
        """A park keeps a Chinese name: OK waits for one."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_zh.text().strip()))

    def changes(self) -> dict[str, object]:
        """The attributes the planner changed (industries as text: the caller reads them)."""
        area = self.area.value()
        edited = {
            "name_zh": self.name_zh.text().strip(),
            "name_en": self.name_en.text().strip(),
            "level": self.level.currentData(),
            "kind": self.kind.currentText().strip(),
            "area_ha": math.nan if area == 0 else area,
            "approved": self.approved.text().strip(),
            "sectors_text": self.industries.text().strip(),
        }
        return {key: value for key, value in edited.items() if not _same(self.park.get(key), value)}


def _same(old: object, new: object) -> bool:
    if isinstance(new, float) and (old is None or isinstance(old, float)):
        return (pd.isna(old) and pd.isna(new)) or old == new
    return str(old if old is not None and not (isinstance(old, float) and pd.isna(old)) else "") == str(new)
