"""A map page for the meeting: title and subtitle, the map with a scale bar and a north
arrow, a legend of only what the map shows, an optional locator inset, the data-source
note, and an optional stamp (内部资料) or map approval number (审图号).

Pure matplotlib on a figure of its own (no Qt), so the command line, the export dialog's
preview and the batch exports draw exactly the same page. Every word comes from the
caller in the export's language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Text

from maps.boundaries import RegionLayer
from maps.cartography import draw_north_arrow, draw_scale_bar
from maps.duplication_view import DuplicationTexts
from maps.fonts import font_properties
from maps.legend import LegendTexts, emptiest_corner, legend_style, park_legend
from maps.locator import Locator, draw_locator
from maps.page import PageLayout, PageSize, page_layout
from maps.plan_view import PlanShown, PlanTexts
from maps.region_map import PLAN_CONFLICT, RegionMap
from model.duplication import Analysis
from model.sectors import Taxonomy

STAMP_RED = "#c92a2a"
NOTE_GREY = "#495057"
FRAME_GREY = "#adb5bd"
LEGEND_GAP_MM = 4.0
PAIR_GAP = 0.012  # between the two maps of a before/after page (figure fraction)


@dataclass(frozen=True)
class ExportTexts:
    """Every word on an exported page, in one language."""

    title: str
    subtitle: str
    source: str  # the data-source note
    zones: LegendTexts
    duplication: DuplicationTexts
    plan_title: str
    plan_both_lead: str
    plan_orphan: str
    plan_view: PlanTexts
    north: str = "N"
    stamp: str = ""  # e.g. 内部资料; empty for none
    approval: str = ""  # e.g. 审图号：辽S（2026）001号; empty for none


@dataclass
class MapContent:
    """What the map shows: the regions, the parks, and optionally the duplication view
    (an analysis, with one sector's radar) or the plan view, and a plan's conflicts."""

    layer: RegionLayer
    taxonomy: Taxonomy
    language: str
    parks: pd.DataFrame | None = None
    analysis: Analysis | None = None  # the duplication view is drawn when given
    radar: str | None = None
    plan: PlanShown | None = None  # the plan view is drawn when given (instead of the duplication view)
    plan_marks: tuple[np.ndarray, list[int]] | None = None  # see PlanResult.map_marks
    items: set[str] | None = None  # only parks declaring these (None: all)
    extent: tuple[float, float, float, float] | None = None  # map box; None: the whole layer
    locator: Locator | None = None  # drawn when given
    park_names: bool = False


@dataclass
class ComposedPage:
    """A page ready to save, and what its legend lists (for checks and tests)."""

    figure: Figure
    region_map: RegionMap
    legend_labels: list[str]
    legends: list[Legend]
    title: str = ""


def compose_page(content: MapContent, size: PageSize, texts: ExportTexts, dpi: int = 150) -> ComposedPage:
    """Draw a map page of ``size`` at ``dpi`` (the resolution it will be saved at)."""
    layout = page_layout(size)
    figure = _figure(size, dpi)
    region_map = _draw_map(figure, layout, content, texts)
    draw_page_frame(figure, layout, texts)
    return _finish(figure, layout, content, region_map, _legend_sections(region_map, content, texts), texts)


def compose_pair(
    contents: tuple[MapContent, MapContent],
    captions: tuple[str, str],
    size: PageSize,
    texts: ExportTexts,
    dpi: int = 150,
) -> ComposedPage:
    """Two maps of the same regions side by side or one above the other (whichever shows
    them larger), each with its caption, sharing one legend: a before/after page."""
    layout = page_layout(size)
    figure = _figure(size, dpi)
    x0, y0, x1, y1 = contents[0].extent or contents[0].layer.projected_bounds()
    maps, sections = [], []
    halves = _halves(layout, (x1 - x0) / (y1 - y0))
    for content, rect, caption in zip(contents, halves, captions, strict=True):
        region_map = _draw_map(figure, replace(layout, map=rect), content, texts)
        _draw_caption(figure, rect, caption, layout)
        maps.append(region_map)
        sections = _merged(sections, _legend_sections(region_map, content, texts), _label_order(texts))
    draw_page_frame(figure, layout, texts)
    # a portrait page's locator goes in the lower right of the first map (its caption is top left)
    first = replace(layout, map=halves[0])
    return _finish(figure, first, contents[0], maps[0], sections, texts, corners=("lower right",))


def _figure(size: PageSize, dpi: int) -> Figure:
    # Sized to whole pixels, rounded as print shops count them (A4 at 300 dpi: 2480 × 3508).
    width_px, height_px = size.pixels(dpi)
    figure = Figure(figsize=((width_px + 0.01) / dpi, (height_px + 0.01) / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(figure)
    return figure


def _finish(
    figure, layout, content: MapContent, region_map, sections, texts, corners=("upper left", "lower right")
) -> ComposedPage:
    """The side panel (legends, locator) of a page whose maps are drawn (``corners``: where
    a portrait page's locator may go)."""
    side = figure.add_axes(layout.side)
    side.set_axis_off()
    locator = content.locator is not None and content.layer.scope.province is not None
    room = _locator_height(layout) if locator and layout.size.landscape else 0.0
    legends, fitted = _stack_legends(figure, side, layout, sections, room)
    if room and not fitted:  # the legend matters more than the locator: it gives up its place
        for legend in legends:
            legend.remove()
        legends, _ = _stack_legends(figure, side, layout, sections, 0.0)
        locator = False
    if locator:
        _place_locator(figure, layout, content, region_map, corners)
    labels = [t.get_text() for legend in legends for t in legend.get_texts()]
    return ComposedPage(figure, region_map, labels, legends, texts.title)


# -- the map ---------------------------------------------------------------------------
def _draw_map(figure: Figure, layout: PageLayout, content: MapContent, texts: ExportTexts) -> RegionMap:
    region_map = RegionMap(
        figure,
        content.layer,
        content.language,
        label_halo=True,
        rect=layout.map,
        smallest_pt=layout.smallest_pt,
    )
    if content.extent is None:
        region_map.fit()
    else:
        region_map.fit_extent(content.extent)
    wanted = region_map.wanted_tolerance()
    content.layer.display.level(wanted)  # the detail the page's scale needs, computed now
    if content.parks is not None and len(content.parks):
        region_map.set_parks(content.parks, content.taxonomy, _texts_placeholder(), legend_groups=True)
        if content.items is not None:
            region_map.show_sectors(content.items)
        region_map.set_park_names(content.park_names)
    if content.analysis is not None:
        region_map.duplication.legend_groups = False  # the zones legend lists the group colours
        region_map.show_duplication(content.analysis, content.taxonomy, content.radar, _dup_placeholder())
    elif content.plan is not None:
        region_map.show_plan(content.plan, content.taxonomy, _plan_placeholder())
    if content.plan_marks is not None:
        region_map.set_plan_conflicts(*content.plan_marks)
    region_map.refresh()
    ax = region_map.ax
    for legend in (ax.get_legend(), region_map.duplication.legend, region_map.plan_view.legend):
        if legend is not None:
            legend.remove()  # the page's legend goes in the side panel
    region_map.duplication.legend = region_map.plan_view.legend = None
    font_pt = layout.legend_pt
    draw_scale_bar(ax, content.layer.crs, font_pt)
    draw_north_arrow(ax, content.layer.crs, font_pt + 1.5, texts.north)
    figure.add_artist(
        Rectangle(
            layout.map[:2],
            layout.map[2],
            layout.map[3],
            transform=figure.transFigure,
            fill=False,
            edgecolor=FRAME_GREY,
            linewidth=0.8,
            zorder=20,
        )
    )
    return region_map


def _texts_placeholder() -> LegendTexts:
    # The map's own on-screen legend is removed at once; the page's legend is built from
    # the caller's words in _legend_sections.
    return LegendTexts("", "", "", "", "", "", "", "")


def _dup_placeholder() -> DuplicationTexts:
    return DuplicationTexts("", ("",) * 6, "", "", "", "{sector}", "", "", "")


def _plan_placeholder() -> PlanTexts:
    return PlanTexts("{sector}", "", "", "", "", "", "", "", ("",) * 5, "")


def _halves(layout: PageLayout, aspect: float) -> tuple[tuple, tuple]:
    """The map area split in two for maps of this aspect (width / height): side by side or
    stacked, whichever draws them at the larger scale."""
    left, bottom, width, height = layout.map
    width_mm, height_mm = width * layout.size.width_mm, height * layout.size.height_mm
    side_by_side = min(width_mm / 2 / aspect, height_mm)
    stacked = min(width_mm / aspect, height_mm / 2)
    if side_by_side >= stacked:
        half = (width - PAIR_GAP) / 2
        return (left, bottom, half, height), (left + half + PAIR_GAP, bottom, half, height)
    half = (height - PAIR_GAP) / 2
    return (left, bottom + half + PAIR_GAP, width, half), (left, bottom, width, half)


def _draw_caption(figure: Figure, rect: tuple, caption: str, layout: PageLayout) -> None:
    """A map's caption inside its frame, top left, on a white ground."""
    pad_x = 0.008
    pad_y = 0.012 * figure.bbox.width / figure.bbox.height
    box = {"boxstyle": "square,pad=0.3", "facecolor": "white", "edgecolor": FRAME_GREY, "linewidth": 0.6}
    text = _page_text(
        figure,
        rect[0] + pad_x,
        rect[1] + rect[3] - pad_y,
        caption,
        layout.subtitle_pt,
        bold=True,
        colour="#212529",
        bbox=box,
    )
    text.set_zorder(21)


# -- title, footer ---------------------------------------------------------------------
def draw_page_frame(figure: Figure, layout: PageLayout, texts) -> None:
    """The words around a page's content: title, subtitle, stamp, source note, approval
    number (``texts``: anything with those five attributes, e.g. ExportTexts)."""
    _draw_title(figure, layout, texts)
    _draw_footer(figure, layout, texts)


def _draw_title(figure: Figure, layout: PageLayout, texts) -> None:
    left = layout.margin_x
    room = (1 - 2 * left - (0.14 if texts.stamp else 0.0)) * figure.bbox.width
    title, subtitle = texts.title, texts.subtitle
    text = _page_text(figure, left, layout.title_y, title, layout.title_pt, bold=True, colour="#212529")
    if _width(figure, text) > room and " — " in title:
        # A long title keeps its first part; the rest leads the subtitle.
        title, rest = title.split(" — ", 1)
        subtitle = f"{rest} · {subtitle}" if subtitle else rest
        text.set_text(title)
    if _width(figure, text) > room:  # still too long: smaller type, never below 60 %
        text.set_fontsize(layout.title_pt * max(room / _width(figure, text), 0.6))
    if subtitle:
        _page_text(figure, left, layout.subtitle_y, subtitle, layout.subtitle_pt)
    if texts.stamp:
        frame = {
            "boxstyle": "square,pad=0.35",
            "facecolor": "white",
            "edgecolor": STAMP_RED,
            "linewidth": 1.2,
        }
        stamp_pt = layout.subtitle_pt * 1.25
        _page_text(
            figure, 1 - left, layout.title_y, texts.stamp, stamp_pt, True, STAMP_RED, "right", bbox=frame
        )


def _draw_footer(figure: Figure, layout: PageLayout, texts) -> None:
    left = layout.margin_x
    _page_text(figure, left, layout.footer_y, texts.source, layout.note_pt)
    if texts.approval:
        _page_text(
            figure, 1 - left, layout.footer_y, texts.approval, layout.note_pt, colour="#212529", ha="right"
        )


def _page_text(
    figure: Figure,
    x: float,
    y: float,
    text: str,
    points: float,
    bold: bool = False,
    colour: str = NOTE_GREY,
    ha: str = "left",
    **more,
) -> Text:
    """A line of the page's own text, its top edge at (x, y) in figure fractions."""
    font = font_properties(points, bold)
    return figure.text(x, y, text, va="top", ha=ha, color=colour, fontproperties=font, **more)


def _width(figure: Figure, text: Text) -> float:
    """A text's width in the figure's pixels."""
    return text.get_window_extent(figure.canvas.get_renderer()).width


# -- legend ----------------------------------------------------------------------------
Section = tuple[str, list, list[str]]  # title, handles, labels


def _legend_sections(region_map: RegionMap, content: MapContent, texts: ExportTexts) -> list[Section]:
    """The legend's sections, each listing only what the map shows."""
    sections: list[Section] = []
    ax = region_map.ax
    if content.analysis is not None:
        view = region_map.duplication
        legend = view.draw_legend(
            content.analysis, content.taxonomy, content.radar, texts.duplication, content.language
        )
        sections.append(_take(legend))
        legend.remove()
        view.legend = None
    elif content.plan is not None:
        legend = region_map.plan_view.draw_legend(
            content.plan, content.taxonomy, texts.plan_view, content.language
        )
        sections.append(_take(legend))
        legend.remove()
        region_map.plan_view.legend = None
    if region_map.parks is not None:
        legend = park_legend(ax, region_map.parks, texts.zones, content.language, groups=True)
        if legend is not None:
            sections.append(_take(legend))
            legend.remove()
    pairs, regions = content.plan_marks if content.plan_marks is not None else (np.empty((0, 2)), [])
    plan_handles, plan_labels = [], []
    if len(pairs):
        plan_handles.append(Line2D([], [], color=PLAN_CONFLICT, linewidth=3.0, linestyle=(0, (4, 2))))
        plan_labels.append(texts.plan_both_lead)
    if len(regions):
        plan_handles.append(Patch(facecolor="none", edgecolor=PLAN_CONFLICT, linewidth=1.8, linestyle=":"))
        plan_labels.append(texts.plan_orphan)
    if plan_handles:
        sections.append((texts.plan_title, plan_handles, plan_labels))
    return sections


def _merged(sections: list[Section], more: list[Section], order: list[str]) -> list[Section]:
    """Legend sections of two maps as one list: a section both have lists the entries of
    either, in ``order`` (the classes of a scale stay in sequence; other labels keep theirs)."""
    merged = {title: dict(zip(labels, handles, strict=True)) for title, handles, labels in sections}
    for title, handles, labels in more:
        entries = merged.setdefault(title, {})
        for handle, label in zip(handles, labels, strict=True):
            entries.setdefault(label, handle)
    rank: dict[str, int] = {}
    for k, label in enumerate(order):
        rank.setdefault(label, k)  # "1", "2" … stand in two scales: the first place counts
    result = []
    for title, entries in merged.items():
        labels = sorted(
            entries, key=lambda label, seen=list(entries): (rank.get(label, len(rank)), seen.index(label))
        )
        result.append((title, [entries[label] for label in labels], labels))
    return result


def _label_order(texts: ExportTexts) -> list[str]:
    """The legend labels of the thematic views in the order their legends list them."""
    dup, plan = texts.duplication, texts.plan_view
    return [
        *dup.classes,
        dup.focus,
        dup.other,
        dup.cluster,
        dup.border,
        dup.border_coloured,
        plan.lead,
        plan.support,
        plan.avoid,
        plan.unset,
        *plan.led_classes,
        plan.supports_only,
        plan.focus_unset,
        plan.left,
    ]


def _take(legend: Legend) -> Section:
    return (
        legend.get_title().get_text(),
        list(legend.legend_handles),
        [t.get_text() for t in legend.get_texts()],
    )


def _stack_legends(
    figure: Figure, side, layout: PageLayout, sections: list[Section], reserved: float
) -> tuple[list[Legend], bool]:
    """Put the sections in the side panel one after another (below each other beside the
    map, side by side under it) in one column each, smaller down to the page's smallest
    type; then long sections in two columns. The legends, and whether they fit."""
    sizes = np.arange(layout.legend_pt, layout.smallest_pt - 0.01, -0.5)
    for long_section in (1000, 14, 6):  # one column while it fits, then long sections in two
        for font_pt in sizes:
            legends = _place_sections(figure, side, layout, sections, font_pt, long_section)
            if _fits(figure, side, legends, layout, reserved):
                return legends, True
            for legend in legends:
                legend.remove()
    return _place_sections(figure, side, layout, sections, layout.smallest_pt), False


def _place_sections(figure, side, layout, sections, font_pt, long_section: int = 14) -> list[Legend]:
    renderer = figure.canvas.get_renderer()
    box = side.get_window_extent(renderer)
    gap_px = LEGEND_GAP_MM / 25.4 * figure.dpi
    style = legend_style() | {
        "prop": font_properties(font_pt),
        "title_fontproperties": font_properties(font_pt + 0.5, bold=True),
        "borderaxespad": 0.0,
        "alignment": "left",
    }
    legends: list[Legend] = []
    x, y = box.x0, box.y1
    width, height = figure.bbox.size
    for title, handles, labels in sections:
        columns = 2 if len(handles) > long_section else 1
        legend = Legend(side, handles, labels, loc="upper left", ncols=columns, title=title, **style)
        # Anchored in figure fractions: a PDF or SVG is drawn at 72 units per inch, not at the dpi.
        legend.set_bbox_to_anchor((x / width, y / height), transform=figure.transFigure)
        side.add_artist(legend)
        extent = legend.get_window_extent(renderer)
        if layout.size.landscape:
            y = extent.y0 - gap_px
        else:
            x = extent.x1 + gap_px
        legends.append(legend)
    return legends


def _fits(figure, side, legends: list[Legend], layout: PageLayout, reserved: float) -> bool:
    """Whether the legends stay in the side panel, clear of the locator (``reserved``: its
    height, or its width on portrait pages, in figure fractions)."""
    renderer = figure.canvas.get_renderer()
    box = side.get_window_extent(renderer)
    width, height = figure.bbox.size
    limit_bottom = box.y0 + (reserved * height + 2 if layout.size.landscape else 0.0)
    limit_right = box.x1 - (0.0 if layout.size.landscape else reserved * width + 2)
    for legend in legends:
        extent = legend.get_window_extent(renderer)
        if extent.y0 < limit_bottom - 1 or extent.x1 > limit_right + 1:
            return False
    return True


def _locator_height(layout: PageLayout) -> float:
    """The height the locator takes at the foot of a landscape page's side panel."""
    _, _, width, height = layout.side
    return min(height, width * layout.size.width_mm / layout.size.height_mm * 0.85)


def _place_locator(
    figure: Figure, layout: PageLayout, content: MapContent, region_map: RegionMap, corners: tuple[str, ...]
) -> None:
    """The locator: in the side panel's lower part on landscape pages; on portrait pages in
    the emptier top or bottom corner of the map."""
    left, bottom, width, height = layout.side
    page_w, page_h = layout.size.width_mm, layout.size.height_mm
    province = content.layer.scope.province.adcode
    if layout.size.landscape:
        draw_locator(figure, (left, bottom, width, _locator_height(layout)), content.locator, province)
        return
    map_left, map_bottom, map_w, map_h = layout.map
    inset_w = map_w * 0.3
    inset_h = min(inset_w * page_w / page_h * 0.85, map_h * 0.4)  # a short map keeps most of itself
    inset_w = inset_h / (page_w / page_h * 0.85)
    pad_x, pad_y = map_w * 0.015, map_h * 0.012
    corner = emptiest_corner(region_map.ax, region_map.crowded_points(), corners)
    if corner == "upper left":
        rect = (map_left + pad_x, map_bottom + map_h - inset_h - pad_y, inset_w, inset_h)
    else:
        rect = (map_left + map_w - inset_w - pad_x, map_bottom + pad_y, inset_w, inset_h)
    figure.add_artist(
        Rectangle(
            rect[:2],
            rect[2],
            rect[3],
            transform=figure.transFigure,
            facecolor="white",
            edgecolor="none",
            zorder=12,
        )
    )
    draw_locator(figure, rect, content.locator, province)
