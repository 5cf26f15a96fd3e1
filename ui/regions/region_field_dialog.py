"""Choosing which fields of a planner's region layer hold the region id and names.

Shows the file's first rows so the planner can see what each field holds, prefilled with
the program's guesses (or the choice made last time for files with these fields).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from model.region_file import RegionFileInfo
from model.regions import OwnRegions


class RegionFieldDialog(QDialog):
    """The id, name and English-name fields of a region file; ``own_regions()`` gives the choice."""

    def __init__(self, info: RegionFileInfo, remembered: dict | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open region layer"))
        self.info = info
        chosen = remembered or {}
        guess = info.guess
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "{file}: {count} regions. The regions replace the administrative ones on the map;"
                    " parks are assigned to the region they lie in."
                ).format(file=info.path.name, count=info.rows),
                self,
            )
        )
        self.id_box = self._field_box(chosen.get("id", guess.id_field), optional=False)
        self.name_box = self._field_box(chosen.get("name", guess.name_field), optional=False)
        self.name_en_box = self._field_box(chosen.get("name_en", guess.name_en_field or ""), optional=True)
        form.addRow(self.tr("Region id *"), self.id_box)
        form.addRow(self.tr("Name *"), self.name_box)
        form.addRow(self.tr("English name"), self.name_en_box)
        form.addRow(self._preview())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(640, 420)

    def _field_box(self, current: str, optional: bool) -> QComboBox:
        box = QComboBox(self)
        if optional:
            box.addItem(self.tr("(romanise the names)"), "")
        for field in self.info.fields:
            box.addItem(field, field)
        box.setCurrentIndex(max(box.findData(current), 0))
        return box

    def _preview(self) -> QTableWidget:
        samples = self.info.samples
        table = QTableWidget(len(samples), len(self.info.fields), self)
        table.setHorizontalHeaderLabels(self.info.fields)
        for row, values in enumerate(samples.itertuples(index=False)):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(str(value)))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.resizeColumnsToContents()
        return table

    def choose(self, id_field: str, name_field: str, name_en_field: str = "") -> None:
        """Pick the fields (as the planner would)."""
        for box, field in (
            (self.id_box, id_field),
            (self.name_box, name_field),
            (self.name_en_box, name_en_field),
        ):
            box.setCurrentIndex(box.findData(field))

    def choice(self) -> dict:
        """The chosen fields, to remember for files with the same fields."""
        return {
            "id": self.id_box.currentData(),
            "name": self.name_box.currentData(),
            "name_en": self.name_en_box.currentData(),
        }

    def own_regions(self) -> OwnRegions:
        """The region layer as chosen."""
        return OwnRegions(
            str(self.info.path),
            self.id_box.currentData(),
            self.name_box.currentData(),
            self.name_en_box.currentData() or None,
        )
