"""Editing parks from the window, each edit one undoable step of the scenario shown:
change a park's attributes and leading industries, delete it, or add a new one placed by
a click."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from maps.park_layers import city_and_county_at
from maps.projection import inverse
from model.commands import AddPark, ChangePark, DeletePark
from model.parks import ParkLevel, Precision
from model.session import Session
from ui.map.canvas import MapCanvas
from ui.parks.park_dialog import ParkDialog
from ui.planning.undo import UndoStacks


class ParkEdits(QObject):
    """The park commands of a main window."""

    def __init__(self, session: Session, undo: UndoStacks, canvas: MapCanvas, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.session, self.undo, self.canvas, self.parent_ = session, undo, canvas, parent
        self._new: dict | None = None  # a park being added, waiting for its click on the map
        canvas.pointPicked.connect(self._placed)
        canvas.pickCancelled.connect(lambda: setattr(self, "_new", None))

    def _push(self, command) -> None:
        self.undo.push(command)

    def edit_park(self, row: int) -> None:
        """Ask for a park's attributes (names, level, kind, area, approval, industries) and
        change what the planner changed, as one step."""
        parks = self.session.parks
        kinds = sorted({str(k) for k in parks["kind"].dropna() if str(k)}) if "kind" in parks else []
        dialog = ParkDialog(parks.iloc[row], kinds, self.parent_)
        if dialog.exec() == ParkDialog.DialogCode.Accepted:
            self.change(str(parks["id"].iat[row]), dialog.changes())

    def change(self, park_id: str, values: dict[str, object]) -> None:
        """Change a park's attributes; new industries are read with the taxonomy (terms it does
        not know are kept as text and named)."""
        if not values:
            return
        values = dict(values)
        if "sectors_text" in values:
            values["sectors"] = self._read_industries(str(values["sectors_text"]))
        self._push(ChangePark(park_id=park_id, values=values))

    def _read_industries(self, text: str) -> str:
        declaration = self.session.taxonomy.read(text)
        if declaration.unknown_terms:
            QMessageBox.information(
                self.parent_,
                self.tr("Leading industries"),
                self.tr("Not in the sector taxonomy, kept as text only: {terms}").format(
                    terms="、".join(declaration.unknown_terms)
                ),
            )
        return ";".join(declaration.codes)

    def set_industries(self, park_id: str, text: str) -> None:
        """Change a park's declaration of leading industries."""
        self.change(park_id, {"sectors_text": text})

    def delete(self, row: int) -> None:
        """Delete a park (undo brings it back)."""
        self._push(DeletePark(park_id=str(self.session.parks["id"].iat[row])))

    def ask_add(self) -> None:
        """Ask for a new park's name and industries, then for a click on the map where it lies."""
        name, ok = QInputDialog.getText(self.parent_, self.tr("Add park"), self.tr("Name of the new park:"))
        if not ok or not name.strip():
            return
        text, ok = QInputDialog.getText(self.parent_, self.tr("Add park"), self.tr("Its leading industries:"))
        if not ok:
            return
        self.start_adding(name.strip(), text.strip())

    def start_adding(self, name: str, industries: str) -> None:
        """Wait for the click that places a new park."""
        self._new = {"name_zh": name, "sectors_text": industries}
        self.canvas.start_picking()
        self.parent_.statusBar().showMessage(
            self.tr("Click where {park} lies (Esc cancels)").format(park=name)
        )

    def _placed(self, x: float, y: float) -> None:
        if self._new is None or self.session.layer is None:
            return
        new, self._new = self._new, None
        self.parent_.statusBar().clearMessage()
        lon, lat = (float(v) for v in inverse(self.session.layer.crs).transform(x, y))
        province = self.session.layer.scope.province
        city, county = city_and_county_at(province, lon, lat) if province else ("", "")
        if not city:
            QMessageBox.warning(
                self.parent_, self.tr("Add park"), self.tr("The point lies outside the province.")
            )
            return
        park = {
            **new,
            "id": self._free_id(),
            "name_en": "",
            "region_id": city,
            "county_id": county,
            "lon": lon,
            "lat": lat,
            "location_precision": Precision.EXACT.value,
            "level": ParkLevel.OTHER.value,
            "sectors": ";".join(self.session.taxonomy.read(new["sectors_text"]).codes),
            "source": "planner",
        }
        self._push(AddPark(park=park))

    def _free_id(self) -> str:
        taken = set(self.session.parks["id"].astype(str))
        number = 1
        while f"NEW{number}" in taken:
            number += 1
        return f"NEW{number}"
