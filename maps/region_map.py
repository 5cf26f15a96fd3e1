"""The base map: a region layer drawn on a matplotlib figure that it is given.

Draws one filled path per region (neighbours in different soft colours), the
outlines of the level above (cities over counties, provinces over the country),
non-overlapping labels in the chosen language, and hover/selection highlights.
It keeps its own view (``maps.map_view``: centre and metres per pixel, so the aspect is always
true), picks the level of detail that suits the scale, and answers which region
lies under a point. No Qt here: the UI canvas forwards its events.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.figure import Figure
from matplotlib.patches import PathPatch
from matplotlib.path import Path

from maps.boundaries import RegionLayer
from maps.colouring import base_fills
from maps.duplication_view import DuplicationTexts, DuplicationView, SharedBorders, shared_borders, view_key
from maps.legend import LegendTexts, emptiest_corner, park_legend
from maps.map_view import MapView
from maps.park_labels import ParkLabels
from maps.park_markers import ParkMarkers
from maps.paths import outline_paths, polygon_paths
from maps.plan_view import PlanShown, PlanTexts, PlanView
from maps.projection import project_coords
from maps.region_labels import RegionLabels
from model.duplication import Analysis
from model.regions import Level
from model.sectors import Taxonomy

REGION_EDGE = "#8c96a8"
GROUP_EDGE = "#4a5568"
HOVER_EDGE = "#2b6cb0"
SELECTED_EDGE = "#1a365d"
SELECTED_FILL = (0.11, 0.42, 0.82, 0.26)
PLAN_CONFLICT = "#1f2937"  # dark slate: apart from every sector colour
BACKGROUND = "#f7f9fb"
DENSE_LAYER = 500  # regions; above this, borders are drawn hairline-thin


class RegionMap(MapView):
    """Draws a region layer and keeps the map's view; see the module docstring."""

    def __init__(
        self,
        figure: Figure,
        layer: RegionLayer,
        language: str = "zh",
        label_halo: bool = False,
        live: bool = False,
        rect: tuple[float, float, float, float] | None = None,
        smallest_pt: float = 0.0,
    ) -> None:
        """``live``: park markers are animated artists, drawn by the canvas over a cached image
        of the rest (see ``overlay_artists``); off for figures that are saved or rendered whole.
        ``rect``: the map's place on a composed page (figure fractions); by default the map
        fills the figure, which it clears. ``smallest_pt``: a page's smallest type, for labels."""
        self.figure = figure
        self.live = live
        self.label_halo = label_halo
        self.layer = layer
        self.language = language
        self.smallest_pt = smallest_pt
        self.hovered: int | None = None
        self.selected: int | None = None
        self._tolerance: float | None = None
        self._tree: shapely.STRtree | None = None
        self._geoms: np.ndarray | None = None
        self._outlines: dict[float, list[Path]] = {}
        self._core: tuple[float, float, float, float] | None = None
        if rect is None:
            figure.clear()
            figure.set_facecolor(BACKGROUND)
        self.ax = figure.add_axes(rect or (0, 0, 1, 1))
        self.ax.set_axis_off()
        self.ax.set_facecolor(BACKGROUND)
        self._build_artists()
        self.fit()

    # -- artists -----------------------------------------------------------------------
    def _build_artists(self) -> None:
        tolerance, geoms = self.layer.display.best_ready(self.layer.display.tolerances[0])
        self._fills = base_fills(geoms)
        dense = len(self.layer) > DENSE_LAYER
        self.regions = PathCollection(
            [], facecolors=self._fills, edgecolors=REGION_EDGE, linewidths=0.2 if dense else 0.45, zorder=1
        )
        self.groups = PathCollection([], facecolors="none", edgecolors=GROUP_EDGE, linewidths=1.1, zorder=2)
        self.ax.add_collection(self.regions)
        self.ax.add_collection(self.groups)
        self.hover_patch = PathPatch(
            Path(np.zeros((1, 2))), fill=False, edgecolor=HOVER_EDGE, linewidth=1.8, zorder=4
        )
        self.selected_patch = PathPatch(
            Path(np.zeros((1, 2))), facecolor=SELECTED_FILL, edgecolor=SELECTED_EDGE, linewidth=2.4, zorder=3
        )
        for patch in (self.hover_patch, self.selected_patch):
            patch.set_visible(False)
            self.ax.add_patch(patch)
        # Regions to point out: a conflict's pair, or the selected region's neighbours.
        # Under the duplication view's border lines (2.4–2.5), so a conflict's border stays visible.
        self.emphasis = PathCollection(
            [], facecolors=[SELECTED_FILL], edgecolors=SELECTED_EDGE, linewidths=2.4, zorder=2.3
        )
        self.neighbour_outlines = PathCollection(
            [], facecolors="none", edgecolors=HOVER_EDGE, linewidths=1.6, linestyles="--", zorder=3
        )
        self.ax.add_collection(self.emphasis)
        self.ax.add_collection(self.neighbour_outlines)
        self._emphasised: list[int] = []
        self._neighbour_rows: list[int] = []
        borders = SharedBorders()
        self.duplication = DuplicationView(self.ax, borders)
        self.plan_view = PlanView(self.ax, borders)
        self._plan_view: tuple | None = None  # (PlanShown, taxonomy, texts) while shown
        self._plan_view_key: tuple | None = None
        # Conflicts under a drafted plan: neighbours both leading (their shared border, red
        # dashes) and regions supporting without a leading neighbour (dotted outline).
        self.plan_borders = LineCollection(
            [], colors=PLAN_CONFLICT, linewidths=3.0, linestyles=(0, (4, 2)), zorder=2.6
        )
        self.plan_regions = PathCollection(
            [], facecolors="none", edgecolors=PLAN_CONFLICT, linewidths=1.8, linestyles=":", zorder=2.6
        )
        self.ax.add_collection(self.plan_borders)
        self.ax.add_collection(self.plan_regions)
        for artist in (self.plan_borders, self.plan_regions):
            artist.set_animated(self.live)  # a role edit redraws them alone (see overlay_artists)
        self._plan: tuple[np.ndarray, list[int]] = (np.empty((0, 2), dtype=int), [])
        self._duplication: tuple | None = None  # (analysis, taxonomy, radar, texts) while shown
        self._duplication_key: tuple | None = None  # what the view shows (see _view_key)
        self._anchor_xy: np.ndarray | None = None
        self.label_version = 0  # grows whenever the labels are laid out or reworded
        # The hover outline follows the pointer: it is drawn over a cached image of the rest
        # (see ui.map.canvas), never as part of a full redraw.
        self.hover_patch.set_animated(True)
        self.parks: ParkMarkers | None = None
        self.legend_texts: LegendTexts | None = None
        self.legend_groups = True
        self.park_labels: ParkLabels | None = None
        self.show_park_names = False
        self.labels = RegionLabels(self.ax, self.layer, halo=self.label_halo, smallest_pt=self.smallest_pt)
        self.labels.set_language(self.language)
        self._use_level(tolerance, geoms)

    def _use_level(self, tolerance: float, geoms: np.ndarray) -> None:
        if tolerance == self._tolerance:
            return
        self._tolerance = tolerance
        self._geoms = geoms
        self._paths = polygon_paths(geoms)
        self._tree = shapely.STRtree(geoms)
        self.regions.set_paths(self._paths)
        self.groups.set_paths(self._group_outlines(tolerance, geoms))
        self._update_highlights()
        if self._duplication is not None:
            self._draw_duplication()
        elif self._plan_view is not None:
            self._draw_plan_view()

    def _group_keys(self) -> np.ndarray | None:
        """Which regions form one outlined group: the city of a county, the province of a city."""
        ids = self.layer.regions["id"].to_numpy(dtype=str)
        if self.layer.scope.own is not None:
            return None
        if self.layer.scope.province is None:
            return np.array([i[:2] for i in ids])
        if self.layer.scope.level is Level.COUNTY:
            return self.layer.regions["parent_id"].to_numpy(dtype=str)
        return None

    def _group_outlines(self, tolerance: float, geoms: np.ndarray) -> list[Path]:
        keys = self._group_keys()
        if keys is None:
            return []
        if tolerance not in self._outlines:
            unions = [shapely.coverage_union_all(geoms[keys == k]) for k in np.unique(keys)]
            self._outlines[tolerance] = outline_paths(np.array(unions, dtype=object))
        return self._outlines[tolerance]

    def refresh(self) -> float | None:
        """Bring detail and labels up to date for the view; return a level still to compute."""
        self.apply_view()
        wanted = self.wanted_tolerance()
        if self.layer.display.has(wanted):
            self._use_level(wanted, self.layer.display.level(wanted))
            missing = None
        else:
            missing = wanted
        self._layout_labels()
        if self.parks is not None:
            self.parks.layout(self.metres_per_pixel, self.figure.dpi)
            self._layout_park_labels()
        return missing

    def set_park_names(self, shown: bool) -> None:
        """Label parks by name (beside their markers) or not."""
        self.show_park_names = shown
        self._layout_park_labels()

    def _layout_park_labels(self) -> None:
        if self.park_labels is None:
            return
        if self.show_park_names:
            self.park_labels.layout(self.metres_per_pixel, self._pixel_size())
            self._keep_on_top(labels_changed=True)
        else:
            self.park_labels.hide()
            self.label_version += 1

    # -- parks --------------------------------------------------------------------------
    def set_parks(
        self, parks: pd.DataFrame, taxonomy: Taxonomy, legend_texts: LegendTexts, legend_groups: bool = True
    ) -> None:
        """Draw parks over the regions, with a legend of what is shown (``legend_groups``: with
        the sector-group colours)."""
        self.legend_groups = legend_groups
        if self.parks is not None:
            self.parks.remove()
        self.parks = ParkMarkers(self.ax, parks, taxonomy, self.layer.crs, animated=self.live)
        if self.park_labels is not None:
            self.park_labels.hide()
        province = self.layer.scope.province
        names = (province.name_zh, province.short_zh) if province else ()
        self.park_labels = ParkLabels(self.ax, self.parks, names, self.smallest_pt)
        self.park_labels.set_language(self.language)
        self.labels.keep_clear_of(self.parks.anchor, self.parks.cluster_radius_pt())
        self.legend_texts = legend_texts
        self.parks.layout(self.metres_per_pixel, self.figure.dpi)
        self._layout_labels()
        self._layout_park_labels()
        self._update_legend()

    def move_parks(self, parks: pd.DataFrame) -> bool | None:
        """Take new places of the parks shown. True: nothing but the markers changed (a live
        canvas redraws only them); False: moved, and the map needs a full redraw (region labels
        made room); None: the parks differ in more than place, nothing done (``set_parks``)."""
        if self.parks is None or not self.parks.relocate(parks):
            return None
        self.parks.layout(self.metres_per_pixel, self.figure.dpi)
        before = self.labels.drop_pt.copy()
        self.labels.keep_clear_of(self.parks.anchor, self.parks.cluster_radius_pt())
        overlay_only = np.array_equal(before, self.labels.drop_pt) and not self.show_park_names
        if not overlay_only:
            self._layout_labels()
            self._layout_park_labels()
        return overlay_only  # the duplication view follows the new analysis (show_duplication)

    def preview_park(self, row: int, x: float, y: float) -> None:
        """Show a park being dragged at a map point, before the move is made."""
        if self.parks is not None:
            self.parks.place_one(row, x, y)

    def overlay_artists(self) -> list:
        """The artists a live canvas draws over its cached image, bottom first: the plan's
        conflicts, the park markers, the selection ring."""
        markers = self.parks.overlay_artists() if self.parks is not None else []
        return [self.plan_borders, self.plan_regions, *markers]

    def top_artists(self) -> list:
        """What sits above the park markers: the labels (see ``label_artists``) and the
        legends. On a live map they are animated too: the canvas draws them onto a layer of
        their own, laid over the markers (see ui.map.canvas)."""
        return self.label_artists() + self.legend_artists()

    def label_artists(self) -> list:
        """The region labels with their backing, and the park names shown. They change only
        when laid out again (``label_version`` counts that), not when the shading changes."""
        artists: list = [self.labels.backing, *self.labels.artists()]
        if self.park_labels is not None and self.show_park_names:
            artists += self.park_labels.artists()
        return artists

    def legend_artists(self) -> list:
        """The legends shown (the parks', the duplication or plan view's)."""
        shown = (self.ax.get_legend(), self.duplication.legend, self.plan_view.legend)
        return [legend for legend in shown if legend is not None]

    def _keep_on_top(self, labels_changed: bool = False) -> None:
        """Keep the top artists out of a live map's full redraws (they are drawn as a layer)."""
        if labels_changed:
            self.label_version += 1
        if self.live:
            for artist in self.top_artists():
                artist.set_animated(True)

    def show_sectors(self, items: set[str] | None) -> None:
        """Show only the parks declaring any of these sector or group codes (None: all)."""
        if self.parks is not None:
            self.parks.show_only(items)
            self.parks.layout(self.metres_per_pixel, self.figure.dpi)
            self._layout_park_labels()
            self._update_legend()

    def set_legend_texts(self, texts: LegendTexts) -> None:
        """Re-word the legend (after a change of language)."""
        self.legend_texts = texts
        self._update_legend()

    def _update_legend(self) -> None:
        if self._duplication is not None:
            self._draw_duplication()
            return
        if self._plan_view is not None:
            self._draw_plan_view()
            return
        if self.parks is not None and self.legend_texts is not None:
            park_legend(self.ax, self.parks, self.legend_texts, self.language, self.legend_groups)
            self._keep_on_top()

    def set_selected_park(self, row: int | list[int] | None) -> None:
        """Ring the selected park, or several parks (None or [] clears)."""
        if self.parks is not None:
            self.parks.highlight(row)

    def park_at(self, x: float, y: float) -> int | None:
        """The row of the park whose marker covers a map point, or None."""
        if self.parks is None:
            return None
        return self.parks.park_at(x, y, self.metres_per_pixel, self.figure.dpi)

    # -- queries ------------------------------------------------------------------------
    def region_at(self, x: float, y: float) -> int | None:
        """The row of the region containing a map point, or None."""
        if self._tree is None:
            return None
        hits = self._tree.query(shapely.Point(x, y), predicate="intersects")
        return int(hits[0]) if len(hits) else None

    # -- highlights and labels ----------------------------------------------------------
    def set_hovered(self, row: int | None) -> None:
        """Outline the region under the pointer (None clears)."""
        self.hovered = row
        self._update_highlights()

    def set_selected(self, row: int | None) -> None:
        """Mark the selected region (None clears)."""
        self.selected = row
        self._update_highlights()
        self._layout_labels()

    def _update_highlights(self) -> None:
        for patch, row in ((self.hover_patch, self.hovered), (self.selected_patch, self.selected)):
            patch.set_visible(row is not None)
            if row is not None:
                patch.set_path(self._paths[row])
        self.emphasis.set_paths([self._paths[r] for r in self._emphasised])
        pairs, single = self._plan
        lines = shared_borders(self._geoms, pairs, self._anchors()) if len(pairs) else []
        self.plan_borders.set_segments([line for pair in lines for line in pair])
        self.plan_regions.set_paths([self._paths[r] for r in single])
        self.neighbour_outlines.set_paths([self._paths[r] for r in self._neighbour_rows])

    def set_emphasised(self, rows: list[int]) -> None:
        """Point out some regions (a conflict's two regions); [] clears."""
        self._emphasised = list(rows)
        self._update_highlights()

    def set_plan_conflicts(self, pairs: np.ndarray, regions: list[int]) -> bool:
        """Mark a plan's conflicts: neighbour pairs both leading a sector, regions whose support
        has no leading neighbour (both as region rows; empty clears). False when they are the
        ones already marked (nothing to redraw). A live canvas redraws only its overlay."""
        plan = (np.asarray(pairs, dtype=int).reshape(-1, 2), list(regions))
        if np.array_equal(plan[0], self._plan[0]) and plan[1] == self._plan[1]:
            return False
        self._plan = plan
        self._update_highlights()
        return True

    def set_neighbour_rows(self, rows: list[int]) -> None:
        """Outline the selected region's neighbours (dashed); [] clears."""
        self._neighbour_rows = list(rows)
        self._update_highlights()

    # -- duplication view ---------------------------------------------------------------
    def show_duplication(
        self, analysis: Analysis, taxonomy: Taxonomy, radar: str | None, texts: DuplicationTexts
    ) -> bool:
        """Shade regions by duplicated sectors and draw conflicting borders (see maps.duplication_view);
        ``radar``: one sector's focus, conflicts and clusters instead. False when the view would
        look as it does (a park moved within its region): nothing to redraw."""
        shown = view_key(analysis, radar, texts, self.language)
        if (
            self._duplication is not None
            and shown == self._duplication_key
            and taxonomy is self._duplication[1]
        ):
            self._duplication = (analysis, taxonomy, radar, texts)
            return False
        self._drop_plan_view()  # one thematic view at a time
        self._duplication = (analysis, taxonomy, radar, texts)
        self._duplication_key = shown
        self._draw_duplication()
        return True

    def hide_duplication(self) -> None:
        """Back to the plain base map."""
        self._duplication = None
        self._duplication_key = None
        self.duplication.hide()
        self.regions.set_facecolors(self._fills)
        self._update_legend()

    # -- plan view ----------------------------------------------------------------------
    def show_plan(self, shown: PlanShown, taxonomy: Taxonomy, texts: PlanTexts) -> bool:
        """Draw regions by their roles in a sector, or the plan's overview (see maps.plan_view),
        in place of the duplication view. False when the view would look as it does."""
        key = (shown.key(), texts, self.language, id(taxonomy))
        if self._plan_view is not None and key == self._plan_view_key:
            self._plan_view = (shown, taxonomy, texts)
            return False
        if self._duplication is not None:
            self._duplication = self._duplication_key = None
            self.duplication.hide()
        self._plan_view, self._plan_view_key = (shown, taxonomy, texts), key
        self._draw_plan_view()
        return True

    def hide_plan(self) -> None:
        """Back to the plain base map."""
        self._drop_plan_view()
        self.regions.set_facecolors(self._fills)
        self._update_legend()

    @property
    def plan_is_shown(self) -> bool:
        """Whether the plan view is on."""
        return self._plan_view is not None

    def _drop_plan_view(self) -> None:
        self._plan_view = self._plan_view_key = None
        self.plan_view.hide()

    def _draw_plan_view(self) -> None:
        shown, taxonomy, texts = self._plan_view
        if len(shown.roles) != len(self.layer):
            return  # a plan of another layer, about to be replaced
        self.regions.set_facecolors(self.plan_view.fills(shown, taxonomy))
        if self.ax.get_legend() is not None:
            self.ax.get_legend().remove()  # the park legend gives way to the plan legend
        self.plan_view.legend_corner = emptiest_corner(self.ax, self.crowded_points())
        self.plan_view.show(shown, taxonomy, self._geoms, self._anchors(), texts, self.language)
        self._keep_on_top()

    @property
    def duplication_shown(self) -> bool:
        """Whether the duplication view is on."""
        return self._duplication is not None

    def _draw_duplication(self) -> None:
        analysis, taxonomy, radar, texts = self._duplication
        if len(analysis.region_ids) != len(self.layer):
            return  # an analysis of another layer, about to be replaced
        self.regions.set_facecolors(self.duplication.fills(analysis, taxonomy, radar))
        if self.ax.get_legend() is not None:
            self.ax.get_legend().remove()  # the park legend gives way to the duplication legend
        self.duplication.legend_corner = emptiest_corner(self.ax, self.crowded_points())
        self.duplication.show(analysis, taxonomy, self._geoms, self._anchors(), radar, texts, self.language)
        self._keep_on_top()

    def crowded_points(self) -> np.ndarray:
        """Where the map has something to see (region labels, visible parks), map coordinates:
        what a legend or an inset should keep clear of."""
        crowded = [self._anchors()]
        if self.parks is not None:
            crowded.append(self.parks.positions[self.parks.visible])
        return np.vstack(crowded)

    def _anchors(self) -> np.ndarray:
        if self._anchor_xy is None:
            lonlat = self.layer.regions[["label_lon", "label_lat"]].to_numpy(dtype=float)
            self._anchor_xy = project_coords(lonlat, self.layer.crs)
        return self._anchor_xy

    def set_language(self, language: str) -> None:
        """Label regions in ``zh`` or ``en``."""
        self.language = language
        self.labels.set_language(language)
        if self.park_labels is not None:
            self.park_labels.set_language(language)
            self._layout_park_labels()
        self._layout_labels()
        self._update_legend()

    def _layout_labels(self) -> None:
        always = frozenset({self.selected} if self.selected is not None else set())
        self.labels.layout(self.metres_per_pixel, self._pixel_size(), always)
        self._keep_on_top(labels_changed=True)

    @property
    def label_texts(self) -> list[str]:
        """The labels currently drawn (for tests and the status bar)."""
        return self.labels.texts()
