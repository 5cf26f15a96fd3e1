"""Setting a park's exact location by hand: typed coordinates, or a click on the map.

Catalogue zones sit at their county's or city's centre until the planner knows better;
a location set here makes the park ``exact`` and puts it in the city and county that
contain the point.
"""

from __future__ import annotations

import itertools

import numpy as np
from PySide6.QtCore import QObject, QTimer
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
from model.session import Session
from ui.map.canvas import MapCanvas
from ui.planning.undo import UndoStacks

PICK = 2  # the dialog's result when the planner chose to click on the map
# While a park is dragged, the move is made (and the indicators follow) at most this often;
# all the moves of one drag merge into one undoable step.
DRAG_UPDATE_MS = 150


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

    def __init__(
        self, session: Session, undo: UndoStacks, canvas: MapCanvas, provinces: dict, parent: QMainWindow
    ) -> None:
        super().__init__(parent)
        self.session, self.undo, self.canvas, self.provinces, self.parent_ = (
            session,
            undo,
            canvas,
            provinces,
            parent,
        )
        self._row: int | None = None
        canvas.pointPicked.connect(self._picked)
        canvas.pickCancelled.connect(self._cancelled)
        canvas.parkDragged.connect(self._dragged)
        canvas.parkDragCancelled.connect(self._drag_cancelled)
        self._gestures = itertools.count(1)
        self._drag: dict | None = None  # row, gesture, point, whether a move was made yet
        self._drag_timer = QTimer(self, singleShot=True, interval=DRAG_UPDATE_MS)
        self._drag_timer.timeout.connect(lambda: self._move_dragged(final=False))

    def ask(self, row: int) -> None:
        """Ask for a park's location (by row of the parks shown)."""
        park = self.session.parks.iloc[row]
        dialog = LocationDialog(str(park["name_zh"]), float(park["lon"]), float(park["lat"]), self.parent_)
        result = dialog.exec()
        if result == PICK:
            self._row = row
            self.canvas.start_picking()
            self.parent_.statusBar().showMessage(
                self.tr("Click the location of {park} on the map (Esc cancels)").format(park=park["name_zh"])
            )
        elif result == QDialog.DialogCode.Accepted:
            self.place(row, *dialog.wgs84())

    def _picked(self, x: float, y: float) -> None:
        if self._row is None or self.session.layer is None:
            return
        row, self._row = self._row, None
        self.parent_.statusBar().clearMessage()
        lon, lat = inverse(self.session.layer.crs).transform(x, y)
        self.place(row, float(lon), float(lat))

    def _cancelled(self) -> None:
        self._row = None
        self.parent_.statusBar().clearMessage()

    # -- dragging on the map (move mode) -------------------------------------------------
    def _dragged(self, row: int, x: float, y: float, finished: bool) -> None:
        if self._drag is None or self._drag["row"] != row:
            self._drag = {"row": row, "gesture": next(self._gestures), "moved": False}
        self._drag["point"] = (x, y)
        if finished:
            self._drag_timer.stop()
            self._move_dragged(final=True)
            self._drag = None
        elif not self._drag_timer.isActive():
            self._drag_timer.start()

    def _move_dragged(self, final: bool) -> None:
        """Make the dragged park's move (merged with the drag's earlier ones); a drop outside
        the province puts the park back where it was."""
        drag, parks = self._drag, self.session.parks
        if drag is None or self.session.layer is None:
            return
        row = drag["row"]
        lon, lat = inverse(self.session.layer.crs).transform(*drag["point"])
        city, county = self._city_and_county(row, float(lon), float(lat))
        if city:
            park_id = str(parks["id"].iat[row])
            move = MovePark.to(park_id, float(lon), float(lat), city, county, gesture=drag["gesture"])
            self.undo.push(move)
            drag["moved"] = True
        elif final:
            self._put_back(drag)
            self.parent_.statusBar().showMessage(
                self.tr("A park can only be moved within its province; it is back where it was."), 8000
            )
        if final and city:
            self.session.select_park(row)

    def _drag_cancelled(self, row: int) -> None:
        self._drag_timer.stop()
        if self._drag is not None:
            self._put_back(self._drag)
        self._drag = None

    def _put_back(self, drag: dict) -> None:
        if drag["moved"]:
            self.undo.stack.undo()  # the drag's one merged step
        else:
            canvas = self.canvas  # only the marker moved: back to the scenario's place
            if canvas.map is not None and canvas.map.move_parks(self.session.parks) is not None:
                canvas.draw_overlay()

    def _city_and_county(self, row: int, lon: float, lat: float) -> tuple[str, str]:
        """The city and county of the park's province that contain a point ('' outside it)."""
        province = self.provinces.get(str(self.session.parks["region_id"].iat[row])[:2] + "0000")
        return city_and_county_at(province, lon, lat) if province else ("", "")

    def place(self, row: int, lon: float, lat: float) -> bool:
        """Put a park at a WGS-84 point of its province; refuse (with a message) points outside it."""
        parks = self.session.parks
        city, county = self._city_and_county(row, lon, lat)
        if not city:
            QMessageBox.warning(
                self.parent_,
                self.tr("Set location"),
                self.tr("The point {lon:.4f}° E, {lat:.4f}° N lies outside the park's province.").format(
                    lon=lon, lat=lat
                ),
            )
            return False
        park_id = str(parks["id"].iat[row])
        self.undo.push(MovePark.to(park_id, lon, lat, city, county))
        self.session.select_park(row)
        return True
