"""Setting a park's exact location by hand: typed (WGS-84 or GCJ-02) or clicked on the map."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from maps.projection import project_coords
from tests.ui.map_clicks import label_point
from ui.parks.park_location import PICK, LocationDialog


def _zone(window, name_zh):
    return int((window.session.parks["name_zh"] == name_zh).to_numpy().argmax())


def test_typed_coordinates_make_the_park_exact_in_the_county_that_contains_them(window, monkeypatch):
    row = _zone(window, "沈阳经济技术开发区")  # placed at Shenyang's centre by the catalogue
    assert window.session.parks["location_precision"].iat[row] == "city"

    def type_point(dialog):
        dialog.lon.setValue(123.2500)  # 铁西区, where the zone lies
        dialog.lat.setValue(41.7700)
        return LocationDialog.DialogCode.Accepted

    monkeypatch.setattr(LocationDialog, "exec", type_point)
    window.park_docks.select(row)
    window.park_docks.record.locate_button.click()
    park = window.session.parks.iloc[row]
    assert (park["lon"], park["lat"], park["location_precision"]) == (123.25, 41.77, "exact")
    assert (park["region_id"], park["county_id"]) == ("210100", "210106")  # 沈阳市 铁西区
    assert window.park_docks.record.value_text("county") == "Tiexi District (210106)"
    markers = window.canvas.map.parks
    assert tuple(project_coords(np.array([[123.25, 41.77]]), window.session.layer.crs)[0]) == tuple(
        markers.anchor[row]
    )


def test_gcj02_coordinates_are_converted(window, monkeypatch):
    row = _zone(window, "沈阳经济技术开发区")

    def type_gcj(dialog):
        dialog.lon.setValue(123.2550)
        dialog.lat.setValue(41.7725)
        dialog.datum.setCurrentIndex(dialog.datum.findData("gcj02"))
        return LocationDialog.DialogCode.Accepted

    monkeypatch.setattr(LocationDialog, "exec", type_gcj)
    window.park_docks.locator.ask(row)
    park = window.session.parks.iloc[row]
    assert 0.003 < 123.2550 - park["lon"] < 0.008 and 0 < 41.7725 - park["lat"] < 0.004


def test_a_point_outside_the_province_is_refused_and_nothing_changes(window, monkeypatch):
    row = _zone(window, "沈阳经济技术开发区")
    before = window.session.parks.copy()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert not window.park_docks.locator.place(row, 116.4, 39.9)  # Beijing
    assert "outside the park's province" in warnings[0]
    assert window.session.parks.equals(before)


def test_picking_on_the_map_places_the_park_where_clicked(window, qtbot, monkeypatch):
    row = _zone(window, "沈阳经济技术开发区")
    monkeypatch.setattr(LocationDialog, "exec", lambda dialog: PICK)
    window.park_docks.locator.ask(row)
    window.canvas.map.show_sectors(set())  # nothing under the click but the map
    window.canvas.draw()
    dalian = window.session.layer.regions.set_index("id").loc["210200"]
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=label_point(window, "210200"))
    park = window.session.parks.iloc[row]
    assert park["location_precision"] == "exact" and park["region_id"] == "210200"
    assert abs(park["lon"] - dalian["label_lon"]) < 0.02 and abs(park["lat"] - dalian["label_lat"]) < 0.02
    assert window.selected is None  # the click placed the park; it did not select Dalian


def test_escape_cancels_picking(window, qtbot, monkeypatch):
    row = _zone(window, "沈阳经济技术开发区")
    before = window.session.parks.copy()
    monkeypatch.setattr(LocationDialog, "exec", lambda dialog: PICK)
    window.park_docks.locator.ask(row)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    qtbot.mouseClick(window.canvas, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.session.parks.equals(before)


def _marker_point(window, row):
    """The canvas position of a park's marker."""
    px, py = window.canvas.map.ax.transData.transform(window.canvas.map.parks.positions[row])
    ratio = window.canvas.device_pixel_ratio or 1.0
    return QPoint(round(px / ratio), round(window.canvas.height() - py / ratio))


def _drag(qtbot, canvas, start: QPoint, end: QPoint, steps: int = 6) -> None:
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        qtbot.mouseMove(canvas, point)
        qtbot.wait(40)  # long enough for a move to be made during the drag
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_a_park_in_move_mode_moves_it_in_one_undoable_step(window, qtbot):
    row = _zone(window, "沈阳经济技术开发区")
    before = window.session.parks.copy()
    stack = window.undo.stack
    steps = stack.count()
    window.actions_.move_parks.setChecked(True)
    target = label_point(window, "210500")  # 本溪市, a neighbouring city
    _drag(qtbot, window.canvas, _marker_point(window, row), target)
    park = window.session.parks.iloc[row]
    assert park["region_id"] == "210500" and park["location_precision"] == "exact"
    assert stack.count() == steps + 1  # the drag's moves merged into one step
    assert window.session.current.ledger[-1].kind == "move-park"
    assert abs(_marker_point(window, row).x() - target.x()) <= 2
    stack.undo()
    assert window.session.parks.equals(before)


def test_without_move_mode_a_drag_over_a_park_pans_the_map(window, qtbot):
    row = _zone(window, "沈阳经济技术开发区")
    before = window.session.parks.copy()
    centre = window.canvas.map.ax.get_xlim()
    start = _marker_point(window, row)
    _drag(qtbot, window.canvas, start, start + QPoint(80, 0))
    assert window.session.parks.equals(before)
    assert window.canvas.map.ax.get_xlim() != centre


def test_escape_during_a_drag_puts_the_park_back(window, qtbot):
    row = _zone(window, "沈阳经济技术开发区")
    before = window.session.parks.copy()
    steps = window.undo.stack.index()
    window.actions_.move_parks.setChecked(True)
    start = _marker_point(window, row)
    canvas = window.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 5):
        qtbot.mouseMove(canvas, start + QPoint(30 * i, 10 * i))
        qtbot.wait(60)
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPoint(120, 40))
    assert window.session.parks.equals(before)
    assert window.undo.stack.index() == steps  # nothing left to undo
    assert _marker_point(window, row) == start  # the marker is back too
