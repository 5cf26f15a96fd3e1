"""The duplication view: regions shaded by how many sectors they duplicate with a neighbour,
and every shared border where neighbours duplicate a sector drawn in that sector's colour.

A border with several duplicated sectors is striped: one dash per sector group, in turn,
so each colour stays visible. With a *radar* sector chosen, the map answers "who focuses
on it and where is it duplicated": focus regions tinted in the sector's colour, regions
in a significant co-focus cluster (local join count, p below the threshold) hatched, and
only that sector's borders drawn. Words come from the caller, in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.colors import to_rgba
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from maps.legend import LEGEND_ROWS, legend_style
from maps.paths import polygon_paths
from model.duplication import Analysis
from model.sectors import Taxonomy

# Duplicated sectors per region: 0, 1, 2, 3–4, 5–7, 8+ (a sequential orange-red scale).
CLASS_BOUNDS = (0, 1, 2, 3, 5, 8)
CLASS_FILLS = (
    "#f5f3ef",
    "#fdeedd",
    "#fcd9b5",
    "#f9bd8a",
    "#f29a63",
    "#e07544",
)  # light: markers stay legible
NO_FOCUS_FILL = "#eef0f2"
BORDER_WIDTH = 3.2  # points
CASING_WIDTH = BORDER_WIDTH + 2.0  # a white edge under each border line, apart from the fills
DASH = 6.0  # points, one stripe of a striped border
MAX_STRIPES = 4


@dataclass(frozen=True)
class DuplicationTexts:
    """The duplication legend's words in one language."""

    title: str  # "Duplicated sectors per region"
    classes: tuple[str, ...]  # one label per class of CLASS_BOUNDS
    border: str  # "Duplicated focus on a shared border"
    border_groups: str  # "Shared borders with duplicated focus, by sector group:"
    border_coloured: (
        str  # "… (colour: the sector group, as in the Sectors panel)", when groups are not listed
    )
    radar_title: str  # "{sector}"
    focus: str  # "Focus region"
    cluster: str  # "Significant co-focus cluster"
    other: str  # "No focus on this sector"


def duplication_class(counts: np.ndarray) -> np.ndarray:
    """The class index (into CLASS_FILLS) of each region's number of duplicated sectors."""
    return np.searchsorted(np.array(CLASS_BOUNDS), counts, side="right") - 1


def shared_borders(geoms: np.ndarray, pairs: np.ndarray, anchors: np.ndarray) -> list[np.ndarray]:
    """The line(s) two regions share, per pair, as vertex arrays (several per pair possible).

    Where the boundary data leave a gap (the pair is linked by tolerance, distance, a bloc
    or by hand), a straight link between the two regions' label points stands in."""
    if len(pairs) == 0:
        return []
    boundaries = shapely.boundary(geoms)
    shared = shapely.intersection(boundaries[pairs[:, 0]], boundaries[pairs[:, 1]])
    lines = []
    for k, geom in enumerate(shared):
        parts = [p for p in shapely.get_parts(shapely.line_merge(_lines_only(geom))) if not p.is_empty]
        if parts:
            lines.append([shapely.get_coordinates(p) for p in parts])
        else:
            lines.append([anchors[pairs[k]]])
    return lines


def _lines_only(geom: shapely.Geometry) -> shapely.Geometry:
    parts = shapely.get_parts(geom)
    return shapely.multilinestrings(parts[np.isin(shapely.get_type_id(parts), (1, 2))])


class SharedBorders:
    """The lines neighbours share, per pair, kept for the geometries they were found on
    (each level of detail has its own): the duplication and plan views redraw borders
    on every edit, and finding one is an intersection of two boundaries."""

    def __init__(self) -> None:
        self._cache: dict[tuple, dict] = {}

    def lines(self, geoms: np.ndarray, pairs: np.ndarray, anchors: np.ndarray) -> list:
        """``shared_borders`` of ``pairs`` on ``geoms``, computed once per pair."""
        key = (id(geoms), len(geoms))
        cache = self._cache.setdefault(key, {})
        missing = [tuple(p) for p in pairs.tolist() if tuple(p) not in cache]
        if missing:
            found = shared_borders(geoms, np.array(missing, dtype=int), anchors)
            cache.update(zip(missing, found, strict=True))
        if len(self._cache) > 4:
            self._cache.pop(next(iter(self._cache)))
        return [cache[tuple(p)] for p in pairs.tolist()]


def view_key(analysis: Analysis, radar: str | None, texts: DuplicationTexts, language: str) -> tuple:
    """What the duplication view draws from an analysis: equal keys, equal pictures."""
    flags = analysis.duplicates[["a", "b", "item"]].to_numpy()
    return (
        radar,
        texts,
        language,
        len(analysis.region_ids),
        tuple(analysis.items),
        flags.tobytes(),
        analysis.focus.tobytes(),
        analysis.graph.pairs.tobytes(),
        analysis.settings.significance,
    )


class DuplicationView:
    """Draws and removes the duplication overlay on a RegionMap's axes."""

    def __init__(self, ax: Axes, borders: SharedBorders | None = None) -> None:
        self.ax = ax
        self._shared = borders or SharedBorders()
        self.casing = LineCollection(
            [], linewidths=CASING_WIDTH, colors="white", capstyle="round", zorder=2.4
        )
        self.borders = LineCollection([], linewidths=BORDER_WIDTH, capstyle="butt", zorder=2.5)
        ax.add_collection(self.casing)
        self.clusters = PathCollection(
            [], facecolors="none", edgecolors="#5b2a86", hatch="////", linewidths=0, zorder=1.5
        )
        ax.add_collection(self.borders)
        ax.add_collection(self.clusters)
        self.legend: Legend | None = None
        self.legend_corner = "lower left"
        self.legend_groups = True  # list the sector groups of the borders (False: one line says it)
        self.hide()

    def hide(self) -> None:
        """Remove the overlay (the caller restores the base fills)."""
        self.borders.set_segments([])
        self.casing.set_segments([])
        self.clusters.set_paths([])
        self.borders.set_visible(False)
        self.casing.set_visible(False)
        self.clusters.set_visible(False)
        if self.legend is not None:
            self.legend.remove()
            self.legend = None

    def fills(self, analysis: Analysis, taxonomy: Taxonomy, radar: str | None) -> list:
        """Region fill colours of the view (choropleth, or the radar sector's focus)."""
        if radar is None or radar not in analysis.items:
            return [CLASS_FILLS[c] for c in duplication_class(analysis.duplicated_items())]
        k = analysis.items.index(radar)
        colour = to_rgba(taxonomy.groups[taxonomy.group_of(radar)].colour, 0.55)
        return [colour if f else NO_FOCUS_FILL for f in analysis.focus[:, k]]

    def show(
        self,
        analysis: Analysis,
        taxonomy: Taxonomy,
        geoms: np.ndarray,
        anchors: np.ndarray,
        radar: str | None,
        texts: DuplicationTexts,
        language: str,
    ) -> None:
        """Draw conflict borders (and radar clusters) on ``geoms``, the regions as drawn."""
        flags = analysis.duplicates
        if radar is not None and radar in analysis.items:
            flags = flags[flags["item"] == analysis.items.index(radar)]
        segments, colours, styles = [], [], []
        pairs = flags[["a", "b"]].drop_duplicates().to_numpy()
        borders = self._shared.lines(geoms, pairs, anchors)
        by_pair = flags.groupby(["a", "b"])["item"].apply(list).to_dict()
        for (a, b), lines in zip(map(tuple, pairs), borders, strict=True):
            groups = list(dict.fromkeys(taxonomy.group_of(analysis.items[k]) for k in by_pair[(a, b)]))[
                :MAX_STRIPES
            ]
            for stripe, group in enumerate(groups):
                gap = DASH * (len(groups) - 1)
                style = "solid" if len(groups) == 1 else (stripe * DASH, (DASH, gap))
                for line in lines:
                    segments.append(line)
                    colours.append(taxonomy.groups[group].colour)
                    styles.append(style)
        self.borders.set_segments(segments)
        self.borders.set_color(colours)
        self.borders.set_linestyles(styles or ["solid"])
        self.borders.set_visible(bool(segments))
        self.casing.set_segments([line for lines in borders for line in lines])
        self.casing.set_visible(bool(segments))
        self._show_clusters(analysis, geoms, radar)
        self._legend(analysis, taxonomy, radar, texts, language, bool(segments))

    def _show_clusters(self, analysis: Analysis, geoms: np.ndarray, radar: str | None) -> None:
        if radar is None or radar not in analysis.items:
            self.clusters.set_paths([])
            self.clusters.set_visible(False)
            return
        k = analysis.items.index(radar)
        p = analysis.p_values[:, k]
        significant = np.flatnonzero(np.nan_to_num(p, nan=1.0) < analysis.settings.significance)
        self.clusters.set_paths(polygon_paths(geoms[significant]))
        self.clusters.set_visible(len(significant) > 0)

    def draw_legend(
        self,
        analysis: Analysis,
        taxonomy: Taxonomy,
        radar: str | None,
        texts: DuplicationTexts,
        language: str,
    ) -> Legend:
        """The view's legend (on the axes) for what it shows now; see ``show``."""
        self._legend(analysis, taxonomy, radar, texts, language, self.borders.get_visible())
        return self.legend

    def _legend(
        self,
        analysis: Analysis,
        taxonomy: Taxonomy,
        radar: str | None,
        texts: DuplicationTexts,
        language: str,
        borders: bool,
    ) -> None:
        if self.legend is not None:
            self.legend.remove()
        handles, labels = [], []
        if radar is None or radar not in analysis.items:
            title = texts.title
            present = set(duplication_class(analysis.duplicated_items()).tolist())
            for index, label in enumerate(texts.classes):
                if index in present:
                    handles.append(Patch(facecolor=CLASS_FILLS[index], edgecolor="#8c96a8", linewidth=0.5))
                    labels.append(label)
            if borders and not self.legend_groups:
                handles.append(Line2D([], [], color="#6c757d", linewidth=BORDER_WIDTH))
                labels.append(texts.border_coloured)
            elif borders:
                handles.append(Line2D([], [], color="none"))
                labels.append(texts.border_groups)
                groups = {taxonomy.group_of(analysis.items[k]) for k in analysis.duplicates["item"]}
                for group in sorted(groups, key=list(taxonomy.groups).index):
                    handles.append(
                        Line2D([], [], color=taxonomy.groups[group].colour, linewidth=BORDER_WIDTH)
                    )
                    labels.append(taxonomy.name(group, language))
        else:
            title = texts.radar_title.format(sector=taxonomy.name(radar, language))
            colour = to_rgba(taxonomy.groups[taxonomy.group_of(radar)].colour, 0.55)
            handles += [
                Patch(facecolor=colour, edgecolor="#8c96a8"),
                Patch(facecolor=NO_FOCUS_FILL, edgecolor="#8c96a8"),
            ]
            labels += [texts.focus, texts.other]
            if self.clusters.get_visible():
                handles.append(Patch(facecolor="none", edgecolor="#5b2a86", hatch="////"))
                labels.append(texts.cluster)
            if borders:
                handles.append(
                    Line2D(
                        [], [], color=taxonomy.groups[taxonomy.group_of(radar)].colour, linewidth=BORDER_WIDTH
                    )
                )
                labels.append(texts.border)
        self.legend = Legend(
            self.ax,
            handles,
            labels,
            loc=self.legend_corner,
            ncols=2 if len(handles) > LEGEND_ROWS else 1,
            title=title,
            **legend_style(),
        )
        self.legend.set_zorder(10)
        self.ax.add_artist(self.legend)
