"""Saving composed pages as PNG, SVG or PDF, one page or many, never half-written.

PDFs embed the bundled font as TrueType (Type 42, subset to the characters used), so
Chinese text renders the same in every viewer. SVGs turn text into outlines by default:
some SVG renderers ignore fonts embedded as @font-face (CairoSVG, tried, shows empty
boxes for Chinese on a machine without a Chinese font). As an option
the text stays text, with the font embedded (a subset of just the characters used), for
browsers and for editing. Every file is written to a temporary name and renamed
into place.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable, Iterable
from pathlib import Path

import matplotlib
from fontTools import subset
from fontTools.ttLib import TTFont
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from maps.fonts import BOLD, FAMILY, REGULAR
from model.tables import Cancelled, write_atomically

FORMATS = ("png", "svg", "pdf")
CREATOR = "Cluster Planner"


class UnknownFormat(ValueError):
    """The file name's suffix is not .png, .svg or .pdf."""


def export_format(path: Path) -> str:
    """The format a file name asks for."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UnknownFormat(path.suffix)
    return suffix


def save_page(figure: Figure, path: Path, svg_text: str = "paths", title: str = "") -> None:
    """Write one page at the figure's dpi (``svg_text``: "paths", every glyph an outline, or
    "embed", text kept as text with the font embedded)."""
    path = Path(path)
    kind = export_format(path)

    def write(tmp: Path) -> None:
        with matplotlib.rc_context(_rc(kind, svg_text)):
            if kind == "svg" and svg_text == "embed":
                buffer = io.StringIO()
                figure.savefig(buffer, format="svg", dpi=figure.dpi)
                tmp.write_text(embed_svg_font(buffer.getvalue()), encoding="utf-8")
            else:
                figure.savefig(tmp, format=kind, dpi=figure.dpi, metadata=_metadata(kind, title))

    write_atomically(path, write)


def save_pdf_pages(
    pages: Iterable[Callable[[], Figure]],
    path: Path,
    title: str = "",
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Write a multi-page PDF, drawing each page only when it is due (``pages`` makes one
    figure each); stop, writing nothing, when ``cancelled()`` turns true. Returns the page count."""
    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        with (
            matplotlib.rc_context(_rc("pdf", "embed")),
            PdfPages(tmp, metadata=_metadata("pdf", title)) as pdf,
        ):
            for make in pages:
                if cancelled():
                    raise Cancelled
                figure = make()
                pdf.savefig(figure, dpi=figure.dpi)
                count += 1

    try:
        write_atomically(path, write)
    except Cancelled:
        return 0
    return count


def _rc(kind: str, svg_text: str) -> dict:
    return {
        "pdf.fonttype": 42,  # TrueType outlines embedded, not Type 3 bitmaps
        "svg.fonttype": "none" if svg_text == "embed" else "path",
        "pdf.compression": 9,
        "svg.hashsalt": "cluster-planner",  # the same map gives the same file
    }


def _metadata(kind: str, title: str) -> dict:
    if kind == "pdf":
        return {"Title": title, "Creator": CREATOR}
    if kind == "svg":
        return {"Title": title, "Creator": CREATOR}
    return {"Title": title, "Software": CREATOR}


_TEXT = re.compile(r"<text\b[^>]*>(.*?)</text>", re.S)
_TSPAN = re.compile(r"<[^>]+>")


def embed_svg_font(svg: str) -> str:
    """Add the bundled fonts, subset to the characters the SVG's text uses, as @font-face rules."""
    used = set()
    for body in _TEXT.findall(svg):
        used.update(_unescape(_TSPAN.sub("", body)))
    used.discard("\n")
    if not used:
        return svg
    rules = []
    for path, weight in ((REGULAR, 400), (BOLD, 700)):
        data = base64.b64encode(subset_font(path, "".join(sorted(used)))).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{FAMILY}"; font-weight: {weight}; '
            f"src: url(data:font/ttf;base64,{data}) format('truetype'); }}"
        )
    style = '<style type="text/css">' + "\n".join(rules) + "</style>"
    return svg.replace("<defs>", "<defs>" + style, 1) if "<defs>" in svg else _after_svg_tag(svg, style)


def subset_font(path: Path, text: str) -> bytes:
    """The font reduced to the glyphs of ``text``."""
    font = TTFont(str(path))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=text)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _after_svg_tag(svg: str, style: str) -> str:
    end = svg.index(">", svg.index("<svg")) + 1
    return svg[:end] + "<defs>" + style + "</defs>" + svg[end:]


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)
