"""Preferences: the interface language (system, 简体中文, English), applied at once."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget


class SettingsDialog(QDialog):
    """Edits the language choice; ``choice()`` is ``system``, ``zh`` or ``en``."""

    def __init__(self, language_choice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("languageBox")
        self.language_box.addItem(self.tr("Follow the system"), "system")
        # Each language is named in itself, so a user can find their own in either interface.
        self.language_box.addItem("简体中文", "zh")
        self.language_box.addItem("English", "en")
        index = self.language_box.findData(language_choice)
        self.language_box.setCurrentIndex(max(index, 0))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language:"), self.language_box)
        form.addRow(buttons)

    def choice(self) -> str:
        """The chosen language setting."""
        return str(self.language_box.currentData())
