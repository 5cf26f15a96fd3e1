"""Page sizes and the layout of an exported map page.

A page has a title band at the top, a footer with the data-source note, the map, and a
side panel for the legend and the locator inset: beside the map on landscape pages and
slides, below it on portrait pages. Every measure is in millimetres and converted to
figure fractions here, so the layout is the same at every dpi.
"""

from __future__ import annotations

from dataclasses import dataclass

MM_PER_INCH = 25.4
MIN_DPI, MAX_DPI = 72, 600


@dataclass(frozen=True)
class PageSize:
    """A named paper or slide size."""

    key: str  # as the command line takes it: A4, A4-landscape, A3, A3-landscape, 16:9
    width_mm: float
    height_mm: float

    @property
    def landscape(self) -> bool:
        """Wider than tall (the side panel goes beside the map)."""
        return self.width_mm > self.height_mm

    @property
    def inches(self) -> tuple[float, float]:
        """Width and height in inches (matplotlib's figure size)."""
        return self.width_mm / MM_PER_INCH, self.height_mm / MM_PER_INCH

    def pixels(self, dpi: int) -> tuple[int, int]:
        """Width and height of a raster export at ``dpi``."""
        width, height = self.inches
        return round(width * dpi), round(height * dpi)


PAGE_SIZES: dict[str, PageSize] = {
    size.key: size
    for size in (
        PageSize("A4", 210.0, 297.0),
        PageSize("A4-landscape", 297.0, 210.0),
        PageSize("A3", 297.0, 420.0),
        PageSize("A3-landscape", 420.0, 297.0),
        PageSize("16:9", 338.67, 190.5),  # a 13.33 × 7.5 inch widescreen slide
    )
}


def page_size(key: str) -> PageSize:
    """A page size by its key (case-insensitive); KeyError names the sizes there are."""
    for name, size in PAGE_SIZES.items():
        if name.lower() == key.strip().lower():
            return size
    raise KeyError(key)


Rect = tuple[float, float, float, float]  # left, bottom, width, height in figure fractions


@dataclass(frozen=True)
class PageLayout:
    """Where each part of a page goes (figure fractions) and the type sizes (points)."""

    size: PageSize
    title_y: float  # baseline area of the title (top edge of the text)
    subtitle_y: float
    map: Rect
    side: Rect  # legend (top) and locator (bottom)
    footer_y: float  # the source note's top edge
    margin_x: float
    title_pt: float
    subtitle_pt: float
    note_pt: float
    legend_pt: float
    smallest_pt: float  # no text on the page is set smaller (legends give up room first)


POINT_MM = 25.4 / 72.0
# The smallest type a page is read at: a slide from the back of a meeting room, paper in hand.
SMALLEST_PT = {"16:9": 12.0}
SMALLEST_PRINT_PT = 8.0
SLIDE_TITLE_PT = 28.0


def page_layout(size: PageSize) -> PageLayout:
    """The layout of a page of this size: type grows with the page (never below the page's
    smallest, see ``SMALLEST_PT``), the margins and bands with the type."""
    width, height = size.width_mm, size.height_mm
    scale = min(width, height) / 210.0  # 1 on A4, 1.41 on A3
    smallest = SMALLEST_PT.get(size.key, SMALLEST_PRINT_PT)
    title_pt = max(17.0 * scale, SLIDE_TITLE_PT if size.key == "16:9" else 0.0)
    subtitle_pt = max(9.5 * scale, smallest, title_pt * 0.5)
    note_pt = max(6.5 * scale, smallest)
    legend_pt = max(7.5 * scale, smallest)
    margin = 10.0 * scale
    subtitle_drop = title_pt * 1.35 * POINT_MM
    title_band = subtitle_drop + subtitle_pt * 1.6 * POINT_MM
    footer_band = 2 * note_pt * 1.3 * POINT_MM + 1.5 * scale  # two lines of source note
    gap = 4.0 * scale
    map_top = height - margin - title_band
    map_bottom = margin + footer_band
    if size.landscape:
        side_width = max(64.0 * scale, legend_pt * 24 * POINT_MM)  # a legend line of ~24 characters
        map_rect = (margin, map_bottom, width - 2 * margin - side_width - gap, map_top - map_bottom)
        side_rect = (width - margin - side_width, map_bottom, side_width, map_top - map_bottom)
    else:
        side_height = 62.0 * scale
        map_rect = (margin, map_bottom + side_height + gap, width - 2 * margin, 0.0)
        map_rect = (*map_rect[:3], map_top - map_rect[1])
        side_rect = (margin, map_bottom, width - 2 * margin, side_height)
    return PageLayout(
        size=size,
        title_y=(height - margin) / height,
        subtitle_y=(height - margin - subtitle_drop) / height,
        map=_fractions(map_rect, width, height),
        side=_fractions(side_rect, width, height),
        footer_y=(margin + footer_band - 1.0 * scale) / height,
        margin_x=margin / width,
        title_pt=title_pt,
        subtitle_pt=subtitle_pt,
        note_pt=note_pt,
        legend_pt=legend_pt,
        smallest_pt=smallest,
    )


def _fractions(rect: tuple[float, float, float, float], width: float, height: float) -> Rect:
    left, bottom, w, h = rect
    return left / width, bottom / height, w / width, h / height
