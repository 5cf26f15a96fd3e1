"""The pages of a briefing pack besides the map: tables (conflicts, indicators, the role
board) and the similarity matrix, on pages with the same title band and footer as the
map page, so the pack reads as one document.

Tables longer than a page continue on the next, with the header repeated. Every word
and number comes from the caller, already in the export's language.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from maps.export_map import draw_page_frame
from maps.fonts import font_properties
from maps.page import PageSize, page_layout

HEADER_FILL = "#e9ecef"
RULE = "#ced4da"
ROLE_FILLS = {"lead": "#2b8a3e", "support": "#f0c36d", "avoid": "#ced4da"}  # support amber, as on the board


@dataclass(frozen=True)
class PageFrame:
    """The words around a briefing page's content."""

    title: str
    subtitle: str
    source: str
    stamp: str = ""
    approval: str = ""


def _page(size: PageSize, frame: PageFrame, dpi: int) -> tuple[Figure, tuple[float, float, float, float]]:
    """A page with the title band and footer drawn as on the map page; returns it and the
    content area (the map's and the side panel's room)."""
    layout = page_layout(size)
    figure = Figure(figsize=size.inches, dpi=dpi, facecolor="white")
    FigureCanvasAgg(figure)
    draw_page_frame(figure, layout, frame)
    left = layout.margin_x
    top = layout.map[1] + layout.map[3]
    bottom = layout.side[1]
    return figure, (left, bottom, 1 - 2 * left, top - bottom)


def table_pages(
    size: PageSize,
    frame: PageFrame,
    columns: list[str],
    rows: list[list[str]],
    widths: list[float],
    dpi: int = 150,
    font_pt: float | None = None,
) -> list[Figure]:
    """A table across the page's width over as many pages as it needs, its header on each
    (``widths``: column shares; ``font_pt``: by default the page's legend type, ≥ its smallest)."""
    font_pt = max(font_pt or page_layout(size).legend_pt, page_layout(size).smallest_pt)
    row_height_in = font_pt * 1.9 / 72
    _, area = _page(size, frame, 10)
    per_page = max(int(area[3] * size.inches[1] / row_height_in) - 1, 1)
    pages = []
    starts = np.cumsum([0, *widths[:-1]]) / sum(widths)
    for figure, ax, chunk in _continued(size, frame, dpi, rows, per_page):
        ax.set_xlim(0, 1)
        ax.set_ylim(per_page + 1, 0)
        _draw_rows(ax, [columns, *chunk], starts, font_pt)
        pages.append(figure)
    return pages


def _continued(size: PageSize, frame: PageFrame, dpi: int, items: list, per_page: int):
    """Pages for a list too long for one: (figure, content axes, the page's items) each, the
    title numbered (2/3) when there are several."""
    chunks = [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]
    for number, chunk in enumerate(chunks, start=1):
        title = frame.title if len(chunks) == 1 else f"{frame.title} ({number}/{len(chunks)})"
        figure, area = _page(size, replace(frame, title=title), dpi)
        ax = figure.add_axes(area)
        ax.set_axis_off()
        yield figure, ax, chunk


def _draw_rows(ax, rows: list[list[str]], starts: np.ndarray, font_pt: float) -> None:
    regular, bold = font_properties(font_pt), font_properties(font_pt, bold=True)
    for y, row in enumerate(rows):
        if y == 0:
            ax.axhspan(0, 1, facecolor=HEADER_FILL, edgecolor="none")
        ax.axhline(y + 1, color=RULE, linewidth=0.5)
        for x, text in zip(starts, row, strict=False):
            ax.text(
                x + 0.004,
                y + 0.55,
                str(text),
                va="center",
                fontproperties=bold if y == 0 else regular,
                clip_on=True,
            )


def similarity_page(
    size: PageSize,
    frame: PageFrame,
    matrix: np.ndarray,
    names: list[str],
    neighbours: np.ndarray,
    dpi: int = 150,
) -> Figure:
    """The similarity matrix of the regions (in the order given), neighbour cells marked."""
    figure, (left, bottom, width, height) = _page(size, frame, dpi)
    side = min(width * size.inches[0], height * size.inches[1]) * 0.9
    w, h = side / size.inches[0], side / size.inches[1]
    ax = figure.add_axes((left + 0.08, bottom + (height - h) / 2, w, h))
    image = ax.imshow(np.ma.masked_invalid(matrix), cmap="YlOrRd", vmin=0, vmax=1, interpolation="nearest")
    n = len(names)
    if len(neighbours):
        ax.scatter(
            neighbours[:, 1], neighbours[:, 0], s=max(2.0, 240.0 / n), c="#1f2937", marker="s", linewidths=0
        )
    smallest = page_layout(size).smallest_pt
    cell_pt = side * 72 / max(n, 1)
    font = font_properties(max(smallest, min(cell_pt * 0.8, 10.0)))
    if cell_pt >= smallest:  # names only where a row is tall enough to read them
        ax.set_xticks(range(n), names, rotation=90, fontproperties=font)
        ax.set_yticks(range(n), names, fontproperties=font)
    else:
        ax.set_xticks([])
        ax.set_yticks([])
    bar = figure.add_axes((left + 0.08 + w + 0.02, bottom + (height - h) / 2, 0.015, h))
    figure.colorbar(image, cax=bar)
    bar.set_title("S", fontproperties=font_properties(smallest, True))
    return figure


def role_board_pages(
    size: PageSize,
    frame: PageFrame,
    regions: list[str],
    sectors: list[str],
    roles: dict[tuple[int, int], tuple[str, str]],
    dpi: int = 150,
    per_page: int = 14,
) -> list[Figure]:
    """The role board: regions down, sectors across (``per_page`` sectors a page, and as
    many regions as the page holds at its smallest type); each cell
    ``roles[(region, sector)] = (role, its word)`` shaded by role."""
    smallest = page_layout(size).smallest_pt
    _, area = _page(size, frame, 10)
    width_pt, height_pt = area[2] * size.inches[0] * 72, area[3] * size.inches[1] * 72
    row_pt = smallest * 1.6
    # Sector names stand at 45° above their columns: room above for the longest, and to the
    # right of the last column for its slant.
    slant_pt = max((len(name) for name in sectors), default=1) * smallest * 0.75
    header_rows = slant_pt / row_pt + 0.8
    rows_per_page = max(int(height_pt / row_pt - header_rows), 1)
    blocks = [
        (
            list(range(r, min(r + rows_per_page, len(regions)))),
            list(range(k, min(k + per_page, len(sectors)))),
        )
        for k in range(0, max(len(sectors), 1), per_page)
        for r in range(0, max(len(regions), 1), rows_per_page)
    ]
    pages = []
    for figure, ax, [(rows, chunk)] in _continued(size, frame, dpi, blocks, 1):
        columns = len(chunk) + 1.6
        pad = slant_pt * columns / max(width_pt - slant_pt, 1.0)
        ax.set_xlim(0, columns + pad)
        ax.set_ylim(rows_per_page + header_rows, 0)
        font = font_properties(smallest)
        for c, k in enumerate(chunk):
            ax.text(
                1.6 + c + 0.5,
                header_rows - 0.2,
                sectors[k],
                rotation=45,
                ha="left",
                va="bottom",
                fontproperties=font,
                rotation_mode="anchor",
            )
        for y, r in enumerate(rows):
            y += header_rows
            ax.text(0.05, y + 0.5, regions[r], va="center", fontproperties=font)
            ax.axhline(y, color=RULE, linewidth=0.4)
            for c, k in enumerate(chunk):
                role, word = roles.get((r, k), ("", ""))
                if role in ROLE_FILLS:
                    ax.add_patch(_cell(1.6 + c, y, ROLE_FILLS[role]))
                    colour = "white" if role == "lead" else "#212529"
                    ax.text(
                        1.6 + c + 0.5,
                        y + 0.5,
                        word,
                        ha="center",
                        va="center",
                        color=colour,
                        fontproperties=font,
                    )
        pages.append(figure)
    return pages


def _cell(x: float, y: float, colour: str):
    from matplotlib.patches import Rectangle

    return Rectangle((x + 0.04, y + 0.06), 0.92, 0.88, facecolor=colour, edgecolor="none")
