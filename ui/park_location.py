"""Setting a park's exact location by hand: typed coordinates, or a click on the map.

Catalogue zones sit at their county's or city's centre until the planner knows better;
a location set here makes the park ``exact`` and puts it in the city and county that
contain the point.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from maps.gcj02 import gcj02_to_wgs84
from maps.park_layers import city_and_county_at
from maps.projection import inverse
from model.commands import MovePark

PICK = 2  # the dialog's result when the planner chose to click on the map


class LocationDialog(QDialog):
    """Longitude, latitude and their datum; or a button to pick the point on the map."""

    def __init__(self, name: str, lon: float, lat: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set the location of {park}").format(park=name))
        form = QFormLayout(self)
        self.lon = self._degrees(73.0, 136.0, lon)
        self.lat = self._degrees(3.0, 54.0, lat)
        self.datum = QComboBox(self)
        self.datum.addItem(self.tr("WGS-84 (GPS, most GIS data)"), "wgs84")
        self.datum.addItem(self.tr("GCJ-02 (AMap, Tencent maps)"), "gcj02")
        form.addRow(QLabel(self.tr("Type the coordinates, or click the place on the map."), self))
        form.addRow(self.tr("Longitude (° E)"), self.lon)
        form.addRow(self.tr("Latitude (° N)"), self.lat)
        form.addRow(self.tr("Coordinate system"), self.datum)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.pick_button = QPushButton(self.tr("Pick on the Map"), self)
        buttons.addButton(self.pick_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.pick_button.clicked.connect(lambda: self.done(PICK))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _degrees(self, low: float, high: float, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(low, high)
        box.setDecimals(6)
        box.setSingleStep(0.001)
        box.setValue(value)
        return box

    def wgs84(self) -> tuple[float, float]:
        """The typed point in WGS-84."""
        lon, lat = self.lon.value(), self.lat.value()
        if self.datum.currentData() == "gcj02":
            lons, lats = gcj02_to_wgs84(np.array([lon]), np.array([lat]))
            return float(lons[0]), float(lats[0])
        return lon, lat


class ParkLocator(QObject):
    """The Set Location… command of the park record: asks, picks, and moves the park."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._row: int | None = None
        window.canvas.pointPicked.connect(self._picked)
        window.canvas.pickCancelled.connect(self._cancelled)

    def ask(self, row: int) -> None:
        """Ask for a park's location (by row of the parks shown)."""
        park = self.window.parks.parks.iloc[row]
        dialog = LocationDialog(str(park["name_zh"]), float(park["lon"]), float(park["lat"]), self.window)
        result = dialog.exec()
        if result == PICK:
            self._row = row
            self.window.canvas.start_picking()
            self.window.statusBar().showMessage(
                self.tr("Click the location of {park} on the map (Esc cancels)").format(park=park["name_zh"])
            )
        elif result == QDialog.DialogCode.Accepted:
            self.place(row, *dialog.wgs84())

    def _picked(self, x: float, y: float) -> None:
        if self._row is None or self.window.layer is None:
            return
        row, self._row = self._row, None
        self.window.statusBar().clearMessage()
        lon, lat = inverse(self.window.layer.crs).transform(x, y)
        self.place(row, float(lon), float(lat))

    def _cancelled(self) -> None:
        self._row = None
        self.window.statusBar().clearMessage()

    def place(self, row: int, lon: float, lat: float) -> bool:
        """Put a park at a WGS-84 point of its province; refuse (with a message) points outside it."""
        parks = self.window.parks.parks
        province = self.window.provinces.get(str(parks["region_id"].iat[row])[:2] + "0000")
        city, county = city_and_county_at(province, lon, lat) if province else ("", "")
        if not city:
            QMessageBox.warning(
                self.window,
                self.tr("Set location"),
                self.tr("The point {lon:.4f}° E, {lat:.4f}° N lies outside the park's province.").format(
                    lon=lon, lat=lat
                ),
            )
            return False
        park_id = str(parks["id"].iat[row])
        self.window.planning_docks.planning.push(MovePark.to(park_id, lon, lat, city, county))
        self.window.park_docks.table.select_park(row)
        self.window.park_docks.select(row)
        return True
