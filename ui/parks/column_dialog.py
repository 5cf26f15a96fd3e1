"""Choosing which column of a planner's file holds what, when the headers say it differently.

Prefilled with the program's guesses (a header containing 名称, 城市, 产业 …); the choice is
remembered for files with the same headers.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from model.park_import import REQUIRED, guess_columns

FIELDS = ("name_zh", "city", "sectors_text", "county", "lon", "lat", "id", "level", "name_en")


class ColumnDialog(QDialog):
    """One combo box per field; ``columns()`` gives field → header for the fields chosen."""

    def __init__(
        self, header: list[str], remembered: dict[str, str] | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which column is what?"))
        self.header = [h.strip() for h in header]
        guesses = {key: self.header[i] for key, i in guess_columns(header).items()}
        chosen = remembered or guesses
        labels = {
            "name_zh": self.tr("Park name"),
            "city": self.tr("City"),
            "sectors_text": self.tr("Leading industries"),
            "county": self.tr("County or district"),
            "lon": self.tr("Longitude"),
            "lat": self.tr("Latitude"),
            "id": self.tr("Id"),
            "level": self.tr("Level (national / provincial)"),
            "name_en": self.tr("English name"),
        }
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "The file's headers were not all recognised. Choose the column for each item;"
                    " the first three are required."
                ),
                self,
            )
        )
        self._boxes: dict[str, QComboBox] = {}
        for key in FIELDS:
            box = QComboBox(self)
            box.addItem(self.tr("(none)"), "")
            for name in self.header:
                if name:
                    box.addItem(name, name)
            box.setCurrentIndex(max(box.findData(chosen.get(key, "")), 0))
            box.currentIndexChanged.connect(self._check)
            self._boxes[key] = box
            form.addRow(labels[key] + (" *" if key in REQUIRED else ""), box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        complete = all(self._boxes[key].currentData() for key in REQUIRED)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)

    def choose(self, key: str, header: str) -> None:
        """Pick a column for a field (as the planner would)."""
        self._boxes[key].setCurrentIndex(self._boxes[key].findData(header))

    def columns(self) -> dict[str, str]:
        """Field → header for every field given a column."""
        return {key: box.currentData() for key, box in self._boxes.items() if box.currentData()}
