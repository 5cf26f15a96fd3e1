"""For ``MainWindow``: File › Export Map… and Export Tables…, Edit › Copy Map."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.export_dialog import ExportDialog


class WindowExportsMixin:
    """The export entry points of the main window (the dialog, and the export code with it,
    is loaded when first opened: nothing of it at start-up)."""

    export_dialog: ExportDialog | None = None

    def connect_exports(self) -> None:
        """Wire the export actions (after the menus and the role files exist)."""
        self.actions_.export_map.triggered.connect(self.open_export_dialog)
        self.actions_.export_tables.triggered.connect(self.role_files.ask_export_tables)
        self.actions_.copy_map.triggered.connect(self.copy_map)

    def _export_dialog(self) -> ExportDialog:
        if self.export_dialog is None:
            from ui.export_dialog import ExportDialog

            self.export_dialog = ExportDialog(self, self.settings.qsettings)
        return self.export_dialog

    def open_export_dialog(self) -> None:
        """Show the Export dialog (its preview follows what the window shows now)."""
        if self.layer is None or self.parks is None:
            return
        dialog = self._export_dialog()
        dialog.show()
        dialog.raise_()
        dialog.update_preview()

    def copy_map(self) -> None:
        """The map page, as the Export dialog last set it, on the clipboard."""
        if self.layer is not None and self.parks is not None:
            self._export_dialog().copy_to_clipboard()
