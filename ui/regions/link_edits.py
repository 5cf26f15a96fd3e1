"""Neighbour links by hand: from the selected region, add a link to (or cut the link with)
the region clicked next on the map, as one undoable step (a sea link to an island county,
a bridge; a mountain ridge nobody crosses)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from model.commands import LinkRegions
from model.session import Session
from ui.map.canvas import MapCanvas
from ui.planning.undo import UndoStacks


class LinkEdits(QObject):
    """The Link… and Cut Link… commands of the region panel."""

    def __init__(self, session: Session, undo: UndoStacks, canvas: MapCanvas, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.session, self.undo, self.canvas, self.window = session, undo, canvas, parent
        self._from: tuple[str, bool] | None = None  # (region id, cut) waiting for a click
        canvas.pointPicked.connect(self._picked)
        canvas.pickCancelled.connect(lambda: setattr(self, "_from", None))

    def start(self, cut: bool) -> None:
        """Wait for the click on the other region of a link to add (or cut)."""
        layer, selected = self.session.layer, self.session.selection.region
        if layer is None or selected is None:
            return
        region = str(layer.regions["id"].iat[selected])
        self._from = (region, cut)
        self.canvas.start_picking()
        name = layer.name(selected, "zh" if self.canvas.language == "zh" else "en")
        text = (
            self.tr("Click the region to cut from {region} (Esc cancels)")
            if cut
            else self.tr("Click the region to link to {region} (Esc cancels)")
        )
        self.window.statusBar().showMessage(text.format(region=name))

    def link(self, a: str, b: str, cut: bool) -> None:
        """Add (or cut) the link between two regions, as one step."""
        if a != b:
            self.undo.push(LinkRegions(a=a, b=b, cut=cut))

    def _picked(self, x: float, y: float) -> None:
        if self._from is None or self.canvas.map is None:
            return
        (region, cut), self._from = self._from, None
        self.window.statusBar().clearMessage()
        row = self.canvas.map.region_at(x, y)
        if row is not None:
            self.link(region, str(self.session.layer.regions["id"].iat[row]), cut)
