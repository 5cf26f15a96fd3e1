"""The map widget: a matplotlib canvas wrapping ``maps.region_map.RegionMap``.

Wheel zooms about the pointer, left-drag pans (in move mode, a drag that starts on a
park moves the park), a click selects, hovering names the region; arrow keys pan, the
standard zoom keys zoom, Home fits the province. When the scale asks for finer
boundaries than are ready, they are computed on the thread pool and swapped in; the
coarser level is drawn meanwhile.
"""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from maps.boundaries import RegionLayer, store_display_levels
from maps.region_map import RegionMap
from ui.jobs import Jobs

WHEEL_STEP = 1.25  # zoom factor per wheel notch
KEY_PAN_PIXELS = 80
DRAG_THRESHOLD = 4  # pixels of movement before a press becomes a drag


class MapCanvas(FigureCanvasQTAgg):
    """Shows one region layer and reports hover and clicks as region rows (-1 for none)."""

    hovered = Signal(int)
    clicked = Signal(int)
    parkHovered = Signal(int)
    parkClicked = Signal(int)
    pointPicked = Signal(float, float)  # projected map coordinates of a click in picking mode
    pickCancelled = Signal()
    # A park dragged in move mode: its row and the projected point under the pointer;
    # ``finished`` on release. A cancelled drag (Esc) reports parkDragCancelled instead.
    parkDragged = Signal(int, float, float, bool)
    parkDragCancelled = Signal(int)
    viewChanged = Signal()  # panned, zoomed or resized: for maps shown in step with this one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Figure(dpi=100))
        self.setParent(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.map: RegionMap | None = None
        self.language = "zh"
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._dragging = False
        self._picking = False
        self._pending: set[float] = set()
        self.detail = Jobs(self, latest_only=False)  # finer levels of detail, computed off the UI thread
        self.detail.done.connect(lambda done: self._detail_ready(*done))
        self.detail.failed.connect(lambda error: None)  # the coarser level stays on screen
        self._hovered_park = -1
        self.moving_parks = False  # move mode: a drag that starts on a park moves it
        self._dragged_park = -1
        self._background = None
        self._top_layer: np.ndarray | None = None
        self._composed = None  # the finished picture without the hover outline
        self._labels_image: np.ndarray | None = None  # the labels' layer, kept while they stay
        self._labels_key: tuple | None = None
        self._overlay_pending = False
        self.mpl_connect("draw_event", self._drawn)

    # -- content ------------------------------------------------------------------------
    def set_layer(self, layer: RegionLayer) -> None:
        """Show a new layer, fitted to the view."""
        self._pending.clear()
        self._background = None
        self.map = RegionMap(self.figure, layer, self.language, live=True)
        self.refresh()

    def set_language(self, language: str) -> None:
        """Relabel the map in ``zh`` or ``en``."""
        self.language = language
        if self.map:
            self.map.set_language(language)
            self.draw_idle()

    def select_row(self, row: int | None) -> None:
        """Mark a region as selected (None clears)."""
        if self.map:
            self.map.set_selected(row)
            self.draw_idle()

    def refresh(self) -> None:
        """Redraw at the current view, asking for finer detail when the scale needs it."""
        if self.map is None:
            return
        missing = self.map.refresh()
        if missing is not None and missing not in self._pending:
            self._pending.add(missing)
            layer = self.map.layer
            self.detail.start(lambda progress: _compute_detail(layer, missing))
        self.draw_idle()
        self.viewChanged.emit()

    def follow(self, other: MapCanvas) -> None:
        """Show the same place at the same scale as another map."""
        if self.map is None or other.map is None:
            return
        view = (other.map.center, other.map.metres_per_pixel)
        if view != (self.map.center, self.map.metres_per_pixel):
            self.map.center, self.map.metres_per_pixel = view
            self.refresh()

    def _detail_ready(self, layer: RegionLayer, tolerance: float) -> None:
        self._pending.discard(tolerance)
        if self.map is not None and self.map.layer is layer:
            self.refresh()

    # -- view commands ------------------------------------------------------------------
    def zoom_in(self) -> None:
        """Zoom in about the centre."""
        self._zoom(WHEEL_STEP**2)

    def zoom_out(self) -> None:
        """Zoom out about the centre."""
        self._zoom(1 / WHEEL_STEP**2)

    def zoom_to_all(self) -> None:
        """Show the whole province (or country)."""
        if self.map:
            self.map.fit()
            self.refresh()

    def _zoom(self, factor: float, anchor: tuple[float, float] | None = None) -> None:
        if self.map:
            self.map.zoom(factor, anchor)
            self.refresh()

    def pan(self, dx: float, dy: float) -> None:
        """Move the view by screen pixels (x right, y up)."""
        if self.map:
            self.map.pan_pixels(dx, dy)
            self.refresh()

    # -- events -------------------------------------------------------------------------
    def _map_point(self, pos: QPointF) -> tuple[float, float] | None:
        if self.map is None:
            return None
        ratio = self.device_pixel_ratio or 1.0
        x_px = pos.x() * ratio
        y_px = (self.height() - pos.y()) * ratio
        x, y = self.map.ax.transData.inverted().transform((x_px, y_px))
        return float(x), float(y)

    def start_picking(self) -> None:
        """Make the next click report its map point (``pointPicked``) instead of selecting; Esc cancels."""
        self._picking = True
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocus()

    def _stop_picking(self) -> None:
        self._picking = False
        self.unsetCursor()

    def region_at(self, pos: QPointF) -> int:
        """The row of the region under a widget position, -1 for none."""
        point = self._map_point(pos)
        if point is None:
            return -1
        row = self.map.region_at(*point)
        return -1 if row is None else row

    def park_at(self, pos: QPointF) -> int:
        """The row of the park under a widget position, -1 for none."""
        point = self._map_point(pos)
        if point is None:
            return -1
        row = self.map.park_at(*point)
        return -1 if row is None else row

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        """A fitted map is fitted again (docks opened or resized); a view the planner zoomed or
        panned keeps its scale and centre, showing more or less of the map."""
        super().resizeEvent(event)
        if self.map:
            if self.map.fitted:
                self.map.fit()
            else:
                self.map.apply_view()
            self.map.refresh()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        """Zoom about the pointer."""
        notches = event.angleDelta().y() / 120.0
        if notches:
            self._zoom(WHEEL_STEP**notches, self._map_point(event.position()))
        event.accept()

    def set_moving_parks(self, on: bool) -> None:
        """Turn move mode on or off: in it, dragging a park moves it (dragging elsewhere pans)."""
        self.moving_parks = on
        if not on:
            self._cancel_park_drag()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Start a click or a drag (of a park in move mode, else of the map)."""
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._last = event.position()
            self._dragging = False
            if self.moving_parks and not self._picking:
                self._dragged_park = self.park_at(event.position())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Drag to pan (or to move a park); otherwise report the region under the pointer."""
        pos = event.position()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self._dragging and (pos - self._press).manhattanLength() >= DRAG_THRESHOLD:
                self._dragging = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging and self._dragged_park >= 0:
                self._drag_park_to(pos, finished=False)
                return
            if self._dragging:
                delta = pos - self._last
                self._last = pos
                ratio = self.device_pixel_ratio or 1.0
                self.pan(delta.x() * ratio, -delta.y() * ratio)
                return
        park = self.park_at(pos)
        if park != self._hovered_park:
            self._hovered_park = park
            self.parkHovered.emit(park)
            if self.moving_parks and not self._picking and park >= 0:
                self.setCursor(Qt.CursorShape.OpenHandCursor)
            elif self.moving_parks and not self._picking:
                self.unsetCursor()
        self._hover(self.region_at(pos))

    def _drag_park_to(self, pos: QPointF, finished: bool) -> None:
        point = self._map_point(pos)
        if point is None:
            return
        row = self._dragged_park
        if finished:
            self._dragged_park = -1
        else:
            self.map.preview_park(row, *point)
            self.draw_overlay()
        self.parkDragged.emit(row, *point, finished)

    def _cancel_park_drag(self) -> None:
        if self._dragged_park >= 0:
            row, self._dragged_park = self._dragged_park, -1
            self._press = None
            self._dragging = False
            self.unsetCursor()
            self.parkDragCancelled.emit(row)

    def _drawn(self, event) -> None:
        """After a full redraw (of everything but the markers and what sits above them): keep
        that image, draw the labels and legends onto a transparent layer of their own, then
        the overlay into the buffer being painted (a blit here would repaint inside the paint)."""
        self._background = self.copy_from_bbox(self.figure.bbox)
        self._top_layer = self._render_top_layer()
        self._draw_overlay_artists()

    def _render_top_layer(self) -> np.ndarray | None:
        """The labels, park names and legends on a transparent image the size of the canvas.
        The labels' part is kept while they stay as laid out (a new shading leaves them):
        text is the slow part of a redraw."""
        if self.map is None:
            return None
        canvas_renderer = self.get_renderer()
        size = (canvas_renderer.width, canvas_renderer.height)
        key = (id(self.map), self.map.label_version, size)
        if self._labels_key != key:
            layer = RendererAgg(*size, self.figure.dpi)
            self._draw_visible(self.map.label_artists(), layer)
            self._labels_image = np.asarray(layer.buffer_rgba()).copy()
            self._labels_key = key
        legends = [artist for artist in self.map.legend_artists() if artist.get_visible()]
        if not legends:
            return self._labels_image
        layer = RendererAgg(*size, self.figure.dpi)
        gc = layer.new_gc()
        layer.draw_image(gc, 0, 0, self._labels_image[::-1])
        gc.restore()
        self._draw_visible(legends, layer)
        return np.asarray(layer.buffer_rgba()).copy()

    @staticmethod
    def _draw_visible(artists: list, renderer) -> None:
        for artist in artists:
            if artist.get_visible():
                artist.draw(renderer)

    def _draw_overlay_artists(self) -> None:
        """Markers and plan conflicts, the labels' layer over them; that picture is kept for
        the hover outline, which is drawn last."""
        if self.map is None:
            return
        for artist in self.map.overlay_artists():
            self.map.ax.draw_artist(artist)
        if self._top_layer is not None:
            renderer = self.get_renderer()
            gc = renderer.new_gc()
            renderer.draw_image(gc, 0, 0, self._top_layer[::-1])  # rows bottom-up, as draw_image wants
            gc.restore()
        self._composed = self.copy_from_bbox(self.figure.bbox)
        if self.map.hover_patch.get_visible():
            self.map.ax.draw_artist(self.map.hover_patch)

    def draw_overlay(self) -> None:
        """Redraw only the park markers, the labels' layer and the hover outline over the cached
        image: for a park moved, when nothing else on the map changed."""
        if self.map is None or self._background is None:
            self.draw_idle()
            return
        self.restore_region(self._background)
        self._draw_overlay_artists()
        self.blit(self.figure.bbox)

    def request_overlay(self) -> None:
        """Redraw the overlay soon, unless a full redraw comes first (an edit often asks for
        both: the markers at once, the shading when the analysis follows)."""
        if not self._overlay_pending:
            self._overlay_pending = True
            QTimer.singleShot(0, self._flush_overlay)

    def _flush_overlay(self) -> None:
        if self._overlay_pending and not getattr(self, "_draw_pending", False):
            self.draw_overlay()
        self._overlay_pending = False

    def _draw_hover(self) -> None:
        """Move the hover outline: the finished picture restored, one outline drawn, a blit."""
        if self.map is None or self._composed is None:
            self.draw_overlay()
            return
        self.restore_region(self._composed)
        if self.map.hover_patch.get_visible():
            self.map.ax.draw_artist(self.map.hover_patch)
        self.blit(self.figure.bbox)

    def _hover(self, row: int) -> None:
        if self.map is None:
            return
        current = -1 if self.map.hovered is None else self.map.hovered
        if row != current:
            self.map.set_hovered(None if row < 0 else row)
            self._draw_hover()  # a blit of one outline, not a redraw of the whole map
            self.hovered.emit(row)

    def leaveEvent(self, event) -> None:  # noqa: N802
        """Clear the hover outline when the pointer leaves the map."""
        self._hover(-1)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """A release ends a park's drag; without a drag it is a click: select what is under it."""
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if self._dragging and self._dragged_park >= 0:
                self._drag_park_to(event.position(), finished=True)
            elif not self._dragging and self._picking:
                point = self._map_point(event.position())
                self._stop_picking()
                if point is not None:
                    self.pointPicked.emit(*point)
            elif not self._dragging:
                park = self.park_at(event.position())
                if park >= 0:
                    self.parkClicked.emit(park)
                else:
                    self.clicked.emit(self.region_at(event.position()))
            self._press = None
            self._dragging = False
            self._dragged_park = -1
            if not self._picking:
                self.unsetCursor()
            else:
                self.setCursor(Qt.CursorShape.CrossCursor)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Arrows pan; the platform's zoom keys zoom; Home shows everything."""
        moves = {
            Qt.Key.Key_Left: (KEY_PAN_PIXELS, 0),
            Qt.Key.Key_Right: (-KEY_PAN_PIXELS, 0),
            Qt.Key.Key_Up: (0, -KEY_PAN_PIXELS),
            Qt.Key.Key_Down: (0, KEY_PAN_PIXELS),
        }
        if event.key() in moves:
            self.pan(*moves[event.key()])
        elif event.matches(QKeySequence.StandardKey.ZoomIn) or event.key() in (
            Qt.Key.Key_Plus,
            Qt.Key.Key_Equal,
        ):
            self.zoom_in()
        elif event.matches(QKeySequence.StandardKey.ZoomOut) or event.key() == Qt.Key.Key_Minus:
            self.zoom_out()
        elif event.key() == Qt.Key.Key_Home:
            self.zoom_to_all()
        elif event.key() == Qt.Key.Key_Escape and self._dragged_park >= 0:
            self._cancel_park_drag()
        elif event.key() == Qt.Key.Key_Escape and self._picking:
            self._stop_picking()
            self.pickCancelled.emit()
        else:
            super().keyPressEvent(event)


def _compute_detail(layer: RegionLayer, tolerance: float) -> tuple[RegionLayer, float]:
    """One level of detail of a layer, kept in the cache (off the UI thread)."""
    layer.display.level(tolerance)
    store_display_levels(layer)
    return layer, tolerance
