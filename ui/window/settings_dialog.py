"""Preferences: the interface language (system, 简体中文, English), applied at once, and the
name the decision ledger gives the planner."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from model.people import full_user_name


class SettingsDialog(QDialog):
    """Edits the language choice (``choice()``: ``system``, ``zh`` or ``en``) and the author
    (``author()``: '' keeps the operating system's name)."""

    def __init__(self, language_choice: str, author: str = "", parent: QWidget | None = None) -> None:
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
        self.author_edit = QLineEdit(author, self)
        self.author_edit.setObjectName("authorEdit")
        self.author_edit.setPlaceholderText(full_user_name())
        self.author_edit.setToolTip(
            self.tr("The name the decision ledger and the edit history give your edits")
        )
        form.addRow(self.tr("Interface language:"), self.language_box)
        form.addRow(self.tr("Your name in the ledger:"), self.author_edit)
        form.addRow(buttons)

    def choice(self) -> str:
        """The chosen language setting."""
        return str(self.language_box.currentData())

    def author(self) -> str:
        """The name typed for the ledger ('' : the operating system's)."""
        return self.author_edit.text().strip()
