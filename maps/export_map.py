"""A map page for the meeting: title and subtitle, the map with a scale bar and a north
arrow, a legend of only what the map shows, an optional locator inset, the data-source
note, and an optional stamp (内部资料) or map approval number (审图号).

Pure matplotlib on a figure of its own (no Qt), so the command line, the export dialog's
preview and the batch exports draw exactly the same page. Every word comes from the
caller in the export's language.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from maps.region_map import PLAN_CONFLICT, RegionMap
from model.duplication import Analysis
from model.sectors import Taxonomy

STAMP_RED = "#c92a2a"
NOTE_GREY = "#495057"
FRAME_GREY = "#adb5bd"
LEGEND_GAP_MM = 4.0
SMALLEST_LEGEND_PT = 5.5


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
    north: str = "N"
    stamp: str = ""  # e.g. 内部资料; empty for none
    approval: str = ""  # e.g. 审图号：辽S（2026）001号; empty for none


@dataclass
class MapContent:
    """What the map shows: the regions, the parks, and optionally the duplication view
    (an analysis, with one sector's radar) and a plan's conflicts."""

    layer: RegionLayer
    taxonomy: Taxonomy
    language: str
    parks: pd.DataFrame | None = None
    analysis: Analysis | None = None  # the duplication view is drawn when given
    radar: str | None = None
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
    # Sized to whole pixels, rounded as print shops count them (A4 at 300 dpi: 2480 × 3508).
    width_px, height_px = size.pixels(dpi)
    figure = Figure(figsize=((width_px + 0.01) / dpi, (height_px + 0.01) / dpi), dpi=dpi, facecolor="white")
    FigureCanvasAgg(figure)
    region_map = _draw_map(figure, layout, content, texts)
    draw_page_frame(figure, layout, texts)
    sections = _legend_sections(region_map, content, texts)
    side = figure.add_axes(layout.side)
    side.set_axis_off()
    locator_height = 0.0
    if content.locator is not None and content.layer.scope.province is not None:
        locator_height = _place_locator(figure, layout, content, region_map)
    legends = _stack_legends(figure, side, layout, sections, locator_height)
    labels = [t.get_text() for legend in legends for t in legend.get_texts()]
    return ComposedPage(figure, region_map, labels, legends, texts.title)


# -- the map ---------------------------------------------------------------------------
def _draw_map(figure: Figure, layout: PageLayout, content: MapContent, texts: ExportTexts) -> RegionMap:
    region_map = RegionMap(figure, content.layer, content.language, label_halo=True, rect=layout.map)
    region_map.fit_extent(content.extent or region_map.core_extent())
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
    if content.plan_marks is not None:
        region_map.set_plan_conflicts(*content.plan_marks)
    region_map.refresh()
    ax = region_map.ax
    for legend in (ax.get_legend(), region_map.duplication.legend):
        if legend is not None:
            legend.remove()  # the page's legend goes in the side panel
    region_map.duplication.legend = None
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


def _take(legend: Legend) -> Section:
    return (
        legend.get_title().get_text(),
        list(legend.legend_handles),
        [t.get_text() for t in legend.get_texts()],
    )


def _stack_legends(
    figure: Figure, side, layout: PageLayout, sections: list[Section], reserved: float
) -> list[Legend]:
    """Put the sections in the side panel one after another (below each other beside the
    map, side by side under it); smaller type, then two columns, until they fit."""
    font_pt = layout.legend_pt
    while True:
        legends = _place_sections(figure, side, layout, sections, font_pt)
        if _fits(figure, side, legends, layout, reserved) or font_pt <= SMALLEST_LEGEND_PT:
            return legends
        for legend in legends:
            legend.remove()
        font_pt -= 0.5


def _place_sections(figure, side, layout, sections, font_pt) -> list[Legend]:
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
        columns = 2 if len(handles) > 14 else 1
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


def _place_locator(figure: Figure, layout: PageLayout, content: MapContent, region_map: RegionMap) -> float:
    """The locator: in the side panel's lower part on landscape pages (returns the height it
    takes there); on portrait pages in the emptier top or bottom corner of the map, the
    legends keeping the whole band under it (returns 0)."""
    left, bottom, width, height = layout.side
    page_w, page_h = layout.size.width_mm, layout.size.height_mm
    province = content.layer.scope.province.adcode
    if layout.size.landscape:
        side_h = min(height, width * page_w / page_h * 0.85)
        draw_locator(figure, (left, bottom, width, side_h), content.locator, province)
        return side_h
    map_left, map_bottom, map_w, map_h = layout.map
    inset_w = map_w * 0.3
    inset_h = inset_w * page_w / page_h * 0.85
    pad_x, pad_y = map_w * 0.015, map_h * 0.012
    corner = emptiest_corner(region_map.ax, region_map.crowded_points(), ("upper left", "lower right"))
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
    return 0.0
