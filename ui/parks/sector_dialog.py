"""Adding a sector of the planner's own to a group: names and the Chinese terms that mean it.

Kept in the planner's settings, apart from the built-in taxonomy files, so an upgrade of
the program keeps it.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from model.sectors import Sector, Taxonomy


class SectorDialog(QDialog):
    """Edits one new sector; ``sector()`` and ``synonyms()`` give the result."""

    def __init__(self, taxonomy: Taxonomy, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a sector"))
        self.taxonomy = taxonomy
        self.group_box = QComboBox(self)
        for group in taxonomy.groups.values():
            self.group_box.addItem(taxonomy.name(group.code, language), group.code)
        self.name_zh = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.synonym_edit = QLineEdit(self)
        self.synonym_edit.setPlaceholderText(self.tr("other terms for it, separated by 、 or ;"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Group:"), self.group_box)
        form.addRow(self.tr("Chinese name:"), self.name_zh)
        form.addRow(self.tr("English name:"), self.name_en)
        form.addRow(self.tr("Also called:"), self.synonym_edit)
        form.addRow(self.buttons)
        self.name_zh.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        name = self.name_zh.text().strip()
        taken = self.taxonomy.match(name).codes if name else ()
        ok = bool(name) and not taken  # a term the taxonomy already knows needs no new sector
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def sector(self) -> Sector:
        """The new sector."""
        group = self.group_box.currentData()
        name_zh = self.name_zh.text().strip()
        return Sector(
            self.taxonomy.next_user_code(group), group, name_zh, self.name_en.text().strip() or name_zh, ()
        )

    def synonyms(self) -> list[str]:
        """Other Chinese terms that mean the new sector."""
        return [t.strip() for t in re.split(r"[;；、,，]", self.synonym_edit.text()) if t.strip()]
