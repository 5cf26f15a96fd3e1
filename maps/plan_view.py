"""The plan view: who leads, supports or avoids a sector, region by region, and what
duplication the plan still leaves.

For one sector each region is drawn by its role: lead filled in the sector's colour,
support hatched in it over a light tint, avoid grey, no role plain; a region focusing on
the sector without a role gets a dashed outline, and a shared border where the sector
stays duplicated under the plan is drawn in the "left by the plan" colour. Without a
sector the view is an overview: each region shaded by how many sectors it leads, hatched
where it supports sectors but leads none, and every border the plan leaves duplicated.
Words come from the caller, in the interface language.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.colors import to_rgba
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from maps.duplication_view import BORDER_WIDTH, CASING_WIDTH, SharedBorders
from maps.legend import legend_style
from maps.paths import polygon_paths
from model.duplication import Analysis
from model.plan import Role, Roles, role_matrix, what_remains
from model.sectors import Taxonomy

LEAD_ALPHA = 0.85
SUPPORT_TINT_ALPHA = 0.22
AVOID_FILL = "#c9ced6"  # grey, apart from every sector colour
UNSET_FILL = "#f5f3ef"  # as the duplication view's "none"
EDGE = "#8c96a8"
LEFT_BY_PLAN = "#c2410c"  # a border the plan leaves duplicated: burnt orange, apart from the greens
SUPPORT_HATCH = "////"
# Sectors led per region (overview): 0, 1, 2, 3–4, 5+, light to mid green, markers stay legible.
LED_BOUNDS = (0, 1, 2, 3, 5)
LED_FILLS = ("#f5f3ef", "#dcefd9", "#b5dfb0", "#86c98a", "#57b065")
SUPPORT_OVERVIEW = "#b7791f"  # the role board's support amber


@dataclass(frozen=True)
class PlanTexts:
    """The plan legend's words in one language."""

    title: str  # "Plan: {sector}"
    lead: str
    support: str
    avoid: str
    unset: str  # "No role"
    focus_unset: str  # "Focus without a role"
    left: str  # "Duplicated focus the plan leaves"
    overview_title: str  # "Plan: sectors led per region"
    led_classes: tuple[str, ...]  # one label per class of LED_BOUNDS
    supports_only: str  # "Supports, leads none"


@dataclass(frozen=True)
class PlanShown:
    """What the plan view draws: a scenario's roles on an analysis, for one sector or all."""

    analysis: Analysis
    roles: np.ndarray  # regions × analysis.items, Role values (model.plan.role_matrix)
    remaining: Analysis  # the duplication the plan leaves (model.plan.what_remains)
    sector: str | None  # an item of the analysis; None: the overview

    @classmethod
    def of(cls, analysis: Analysis, roles: Roles, sector: str | None = None) -> PlanShown:
        """The view of ``roles`` on ``analysis``; a sector the analysis does not measure
        gives the overview."""
        matrix = role_matrix(roles, analysis.region_ids, analysis.items)
        chosen = sector if sector in analysis.items else None
        return cls(analysis, matrix, what_remains(analysis, roles), chosen)

    @property
    def column(self) -> int | None:
        """The chosen sector's column in the analysis, or None for the overview."""
        return None if self.sector is None else self.analysis.items.index(self.sector)

    def sector_roles(self) -> np.ndarray:
        """Each region's role in the chosen sector (Role values)."""
        return self.roles[:, self.column]

    def led_counts(self) -> np.ndarray:
        """How many sectors each region leads."""
        return (self.roles == Role.LEAD.value).sum(axis=1)

    def supports_only(self) -> np.ndarray:
        """Whether each region supports some sector and leads none (the overview hatches them)."""
        return (self.roles == Role.SUPPORT.value).any(axis=1) & (self.led_counts() == 0)

    def focus_without_role(self) -> np.ndarray:
        """Rows of the regions focusing on the chosen sector with no role in it."""
        k = self.column
        return np.flatnonzero(self.analysis.focus[:, k] & (self.roles[:, k] == Role.UNSET.value))

    def left_pairs(self) -> np.ndarray:
        """Neighbour pairs (rows, n × 2) the plan leaves duplicated (in the chosen sector, or any)."""
        flags = self.remaining.duplicates
        if self.sector is not None:
            flags = flags[flags["item"] == self.column]
        return flags[["a", "b"]].drop_duplicates().to_numpy(dtype=int).reshape(-1, 2)

    def key(self) -> tuple:
        """Equal keys, equal pictures (a role edit in another sector leaves the sector view as it is)."""
        roles = self.roles if self.sector is None else self.sector_roles()
        return (self.sector, roles.astype(str).tobytes(), self.left_pairs().tobytes(), len(self.roles))


def led_class(counts: np.ndarray) -> np.ndarray:
    """The class index (into LED_FILLS) of each region's number of sectors led."""
    return np.searchsorted(np.array(LED_BOUNDS), counts, side="right") - 1


def sector_colour(taxonomy: Taxonomy, sector: str) -> str:
    """The colour a sector is drawn in: its group's, as in the Sectors panel."""
    return taxonomy.groups[taxonomy.group_of(sector)].colour


class PlanView:
    """Draws and removes the plan overlay on a RegionMap's axes; the map sets the fills."""

    def __init__(self, ax: Axes, borders: SharedBorders) -> None:
        self.ax = ax
        self._shared = borders
        self.hatch = PathCollection([], facecolors="none", linewidths=0, hatch=SUPPORT_HATCH, zorder=1.5)
        self.focus_outline = PathCollection(
            [], facecolors="none", linewidths=2.0, linestyles=(0, (3, 2)), zorder=2.2
        )
        self.casing = LineCollection(
            [], linewidths=CASING_WIDTH, colors="white", capstyle="round", zorder=2.4
        )
        self.borders = LineCollection([], linewidths=BORDER_WIDTH, colors=LEFT_BY_PLAN, zorder=2.5)
        for artist in (self.hatch, self.focus_outline, self.casing, self.borders):
            ax.add_collection(artist)
        self.legend: Legend | None = None
        self.legend_corner = "lower left"
        self.hide()

    def hide(self) -> None:
        """Remove the overlay (the caller restores the fills)."""
        for artist in (self.hatch, self.focus_outline):
            artist.set_paths([])
            artist.set_visible(False)
        for artist in (self.casing, self.borders):
            artist.set_segments([])
            artist.set_visible(False)
        if self.legend is not None:
            self.legend.remove()
            self.legend = None

    def fills(self, shown: PlanShown, taxonomy: Taxonomy) -> list:
        """Region fill colours: by role in the sector, or by sectors led (overview)."""
        if shown.sector is None:
            return [LED_FILLS[c] for c in led_class(shown.led_counts())]
        colour = sector_colour(taxonomy, shown.sector)
        by_role = {
            Role.LEAD.value: to_rgba(colour, LEAD_ALPHA),
            Role.SUPPORT.value: to_rgba(colour, SUPPORT_TINT_ALPHA),
            Role.AVOID.value: AVOID_FILL,
            Role.UNSET.value: UNSET_FILL,
        }
        return [by_role[role] for role in shown.sector_roles()]

    def show(
        self,
        shown: PlanShown,
        taxonomy: Taxonomy,
        geoms: np.ndarray,
        anchors: np.ndarray,
        texts: PlanTexts,
        language: str,
    ) -> None:
        """Draw the hatching, outlines and borders on ``geoms``, the regions as drawn."""
        if shown.sector is None:
            hatched = np.flatnonzero(shown.supports_only())
            hatch_colour, outlined = SUPPORT_OVERVIEW, np.empty(0, dtype=int)
        else:
            colour = sector_colour(taxonomy, shown.sector)
            hatched = np.flatnonzero(shown.sector_roles() == Role.SUPPORT.value)
            hatch_colour, outlined = colour, shown.focus_without_role()
            self.focus_outline.set_edgecolor(colour)
        self.hatch.set_paths(polygon_paths(geoms[hatched]))
        self.hatch.set_edgecolor(hatch_colour)
        self.hatch.set_visible(len(hatched) > 0)
        self.focus_outline.set_paths(polygon_paths(geoms[outlined]))
        self.focus_outline.set_visible(len(outlined) > 0)
        lines = [line for pair in self._shared.lines(geoms, shown.left_pairs(), anchors) for line in pair]
        for artist in (self.casing, self.borders):
            artist.set_segments(lines)
            artist.set_visible(bool(lines))
        self.draw_legend(shown, taxonomy, texts, language)

    def draw_legend(self, shown: PlanShown, taxonomy: Taxonomy, texts: PlanTexts, language: str) -> Legend:
        """The view's legend (on the axes), listing only what the map shows."""
        if self.legend is not None:
            self.legend.remove()
        handles, labels = (
            _overview_entries(shown, texts)
            if shown.sector is None
            else _sector_entries(shown, taxonomy, texts)
        )
        if self.focus_outline.get_visible():
            handles.append(
                Patch(facecolor="none", edgecolor=sector_colour(taxonomy, shown.sector), linestyle="--")
            )
            labels.append(texts.focus_unset)
        if self.borders.get_visible():
            handles.append(Line2D([], [], color=LEFT_BY_PLAN, linewidth=BORDER_WIDTH))
            labels.append(texts.left)
        if shown.sector is None:
            title = texts.overview_title
        else:
            title = texts.title.format(sector=taxonomy.name(shown.sector, language))
        self.legend = Legend(self.ax, handles, labels, loc=self.legend_corner, title=title, **legend_style())
        self.legend.set_zorder(10)
        self.ax.add_artist(self.legend)
        return self.legend


def _sector_entries(shown: PlanShown, taxonomy: Taxonomy, texts: PlanTexts) -> tuple[list, list[str]]:
    colour = sector_colour(taxonomy, shown.sector)
    present = set(shown.sector_roles().tolist())
    entries = (
        (Role.LEAD, Patch(facecolor=to_rgba(colour, LEAD_ALPHA), edgecolor=EDGE), texts.lead),
        (
            Role.SUPPORT,
            Patch(facecolor=to_rgba(colour, SUPPORT_TINT_ALPHA), edgecolor=colour, hatch=SUPPORT_HATCH),
            texts.support,
        ),
        (Role.AVOID, Patch(facecolor=AVOID_FILL, edgecolor=EDGE), texts.avoid),
        (Role.UNSET, Patch(facecolor=UNSET_FILL, edgecolor=EDGE), texts.unset),
    )
    shown_entries = [(handle, label) for role, handle, label in entries if role.value in present]
    return [h for h, _ in shown_entries], [label for _, label in shown_entries]


def _overview_entries(shown: PlanShown, texts: PlanTexts) -> tuple[list, list[str]]:
    present = set(led_class(shown.led_counts()).tolist())
    handles, labels = [], []
    for index, label in enumerate(texts.led_classes):
        if index in present:
            handles.append(Patch(facecolor=LED_FILLS[index], edgecolor=EDGE, linewidth=0.5))
            labels.append(label)
    if shown.supports_only().any():
        handles.append(Patch(facecolor="none", edgecolor=SUPPORT_OVERVIEW, hatch=SUPPORT_HATCH))
        labels.append(texts.supports_only)
    return handles, labels
