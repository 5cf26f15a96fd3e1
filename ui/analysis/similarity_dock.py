"""The similarity matrix: S_ij of every pair of regions as a heatmap, neighbour pairs marked.

Regions are ordered by their parent and id (cities of one province, counties of one city
together). Clicking a cell explains that pair in the why panel. Above a few hundred
regions a matrix is unreadable: the dock then says so instead.
"""

from __future__ import annotations

import numpy as np
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QStackedWidget, QWidget

from maps.fonts import font_properties
from model.duplication import Analysis

MAX_REGIONS = 160
NEIGHBOUR_MARK = "#1a365d"


class SimilarityDock(QDockWidget):
    """A dock with the heatmap; ``pairSelected`` carries two region rows."""

    pairSelected = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SimilarityDock")
        self.figure = Figure(figsize=(4, 4), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.note)
        self.setWidget(self.stack)
        self.order = np.empty(0, dtype=int)
        self._shown: tuple | None = None
        self._stale = False  # an analysis arrived while hidden, not drawn yet
        self._layout: tuple | None = None  # regions and neighbours of the matrix drawn
        self._image = None
        self.canvas.mpl_connect("button_press_event", self._clicked)
        self.visibilityChanged.connect(self._came_into_view)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.setWindowTitle(self.tr("Similarity matrix"))
        self.note.setText(
            self.tr("The matrix is drawn for up to {n} regions; choose a province or the city level.").format(
                n=MAX_REGIONS
            )
        )
        if self._shown is not None:
            self._layout = None  # the footnote is worded again
            self.show_analysis(*self._shown)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """Follow a change of interface language."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_analysis(self, analysis: Analysis, names: list[str], parents: list[str]) -> None:
        """Draw S_ij with regions in parent-then-id order (``names``, ``parents`` by row); while
        the dock is hidden (a tab behind another) the drawing waits until it is shown."""
        self._shown = (analysis, names, parents)
        # A dock tabbed behind another is "visible" to Qt but shows nothing.
        self._stale = not self.isVisible() or self.visibleRegion().isEmpty()
        if not self._stale:
            self._draw(analysis, names, parents)

    def _came_into_view(self, visible: bool) -> None:
        """Draw what arrived while hidden (shown, or its tab brought to the front)."""
        if visible and self._stale and self._shown is not None:
            self._stale = False
            self._draw(*self._shown)

    def _draw(self, analysis: Analysis, names: list[str], parents: list[str]) -> None:
        n = len(names)
        layout = (tuple(names), tuple(parents), analysis.graph.pairs.tobytes())
        if layout == self._layout and self._image is not None:
            # Same regions and neighbours (a park edited): only the values change.
            matrix = analysis.similarity[np.ix_(self.order, self.order)]
            self._image.set_data(np.ma.masked_invalid(matrix))
            self.canvas.draw_idle()
            return
        self._layout, self._image = layout, None
        self.figure.clear()
        if n > MAX_REGIONS:
            self.stack.setCurrentWidget(self.note)
            return
        self.stack.setCurrentWidget(self.canvas)
        self.order = np.lexsort((analysis.region_ids, np.asarray(parents)))
        matrix = analysis.similarity[np.ix_(self.order, self.order)]
        ax = self.figure.add_axes((0.22, 0.22, 0.62, 0.72))
        image = ax.imshow(
            np.ma.masked_invalid(matrix), cmap="YlOrRd", vmin=0, vmax=1, interpolation="nearest"
        )
        position = np.empty(n, dtype=int)
        position[self.order] = np.arange(n)
        pairs = analysis.graph.pairs
        if len(pairs):
            x, y = position[pairs[:, 0]], position[pairs[:, 1]]
            size = max(2.0, 120.0 / n)
            ax.scatter(np.r_[x, y], np.r_[y, x], s=size, c=NEIGHBOUR_MARK, marker="s", linewidths=0)
        labels = [names[i] for i in self.order] if n <= 40 else []
        font = font_properties(7.0 if n <= 20 else 5.5)
        ax.set_xticks(range(len(labels)), labels, rotation=90, fontproperties=font)
        ax.set_yticks(range(len(labels)), labels, fontproperties=font)
        if not labels:
            ax.set_xticks([])
            ax.set_yticks([])
        self._image = image
        bar = self.figure.add_axes((0.87, 0.22, 0.03, 0.72))
        self.figure.colorbar(image, cax=bar)
        bar.tick_params(labelsize=7)
        bar.set_title("S", fontsize=8)
        self.figure.text(
            0.02,
            0.02,
            self.tr("■ neighbours · click a cell for the why panel"),
            fontproperties=font_properties(7.0),
        )
        self.canvas.draw_idle()

    def _clicked(self, event) -> None:
        if event.inaxes is None or event.xdata is None or len(self.order) == 0:
            return
        col, row = int(round(event.xdata)), int(round(event.ydata))
        if 0 <= row < len(self.order) and 0 <= col < len(self.order) and row != col:
            self.pairSelected.emit(int(self.order[row]), int(self.order[col]))
