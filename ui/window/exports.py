"""For ``MainWindow``: File › Export Map… and Export Tables…, Edit › Copy Map."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.export.dialog import ExportDialog
    from ui.export.jobs import Shown


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
            from ui.export.dialog import ExportDialog

            self.export_dialog = ExportDialog(self.shown, self.settings.qsettings, self)
        return self.export_dialog

    def shown(self) -> Shown:
        """What the window shows now, for an export of it."""
        from ui.export.jobs import Shown, view_extent

        duplication = self.actions_.duplication.isChecked()
        plan_view = self.actions_.plan_view.isChecked()
        return Shown(
            self.session,
            self.analysis_docks.controller.statistics_table,
            duplication,
            self.analysis_docks.radar if duplication else None,
            self.park_docks.items,
            view_extent(self.canvas.map),
            plan_view=plan_view,
            plan_sector=self.planning_docks.plan_map.sector if plan_view else None,
        )

    def open_export_dialog(self) -> None:
        """Show the Export dialog (its preview follows what the window shows now)."""
        if self.session.layer is None or self.session.current is None:
            return
        dialog = self._export_dialog()
        dialog.follow_the_window()
        dialog.show()
        dialog.raise_()
        dialog.update_preview()

    def copy_map(self) -> None:
        """The map page, as the Export dialog last set it, on the clipboard."""
        if self.session.layer is not None and self.session.current is not None:
            self._export_dialog().copy_to_clipboard()
