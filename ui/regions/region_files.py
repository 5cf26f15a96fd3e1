"""Opening a planner's own region layer from the window: file dialog, field choice, load."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from model.errors import PlannerError
from model.region_file import inspect_region_file
from model.regions import OwnRegions
from ui.messages import error_text
from ui.regions.region_field_dialog import RegionFieldDialog
from ui.settings import AppSettings

OPEN_FILTER = "*.gpkg *.geojson *.json *.shp"


class RegionFiles(QObject):
    """The Open Region Layer… command of a main window."""

    def __init__(
        self, settings: AppSettings, load: Callable[[OwnRegions], None], parent: QMainWindow
    ) -> None:
        super().__init__(parent)
        self.settings, self.load, self.window = settings, load, parent

    def ask_open(self) -> None:
        """Choose a region file, confirm its fields and show its regions."""
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open region layer"),
            "",
            self.tr("Region layers ({patterns})").format(patterns=OPEN_FILTER),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> OwnRegions | None:
        """Ask which fields hold the id and names, then load the layer; the choice, or None."""
        try:
            info = inspect_region_file(path)
        except PlannerError as exc:
            QMessageBox.warning(self.window, self.tr("Open region layer"), error_text(exc))
            return None
        remembered = self.settings.region_field_choice(info.fields)
        dialog = RegionFieldDialog(info, remembered, self.window)
        if dialog.exec() != RegionFieldDialog.DialogCode.Accepted:
            return None
        self.settings.remember_region_field_choice(info.fields, dialog.choice())
        own = dialog.own_regions()
        self.load(own)
        return own
