"""The Export dialog: the map as shown, an atlas, a briefing pack; remembered settings,
the clipboard, cancelling, and an export in the other language."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication

from model.commands import SetRole
from model.plan import Role
from ui.export.dialog import load_choice, save_choice
from ui.export.jobs import ExportChoice
from ui.i18n import current_language


def _export(window, qtbot, path: Path, choice: ExportChoice):
    window.open_export_dialog()
    dialog = window.export_dialog
    dialog.export(path, choice)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120_000)
    return dialog


def test_the_map_as_shown_is_exported_at_the_size_asked_for(window, qtbot, tmp_path):
    out = tmp_path / "map.png"
    _export(window, qtbot, out, ExportChoice(kind="map", size="16:9", dpi=100, language="en"))
    assert Image.open(out).size == (1333, 750)
    assert "map.png" in window.statusBar().currentMessage()
    box = window.export_dialog.written_box  # says where, and offers to open the file or its folder
    assert "map.png" in box.text() and str(tmp_path) in box.informativeText()
    assert {"Open", "Show in Folder"} <= {b.text() for b in box.buttons()}
    box.close()


def test_the_briefing_pack_has_the_map_tables_board_and_matrix(window, qtbot, tmp_path):
    window.undo.push(SetRole(region="210200", sector="PCH.REF", role=Role.LEAD))
    out = tmp_path / "briefing.pdf"
    _export(window, qtbot, out, ExportChoice(kind="briefing", dpi=100, language="en"))
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) >= 5
    for heading in (
        "Duplicated focus between neighbours",
        "Indicators of the plan",
        "Role board",
        "Similarity",
        "the sectors each region leads under the plan",
        "before and after the plan",
        "Oil refining and basic petrochemicals — who leads and who supports",
    ):
        assert heading in text
    assert "Dalian" in text and "Baseline (no roles)" in text


def test_a_cancelled_atlas_writes_nothing(window, qtbot, tmp_path):
    window.open_export_dialog()
    dialog = window.export_dialog
    out = tmp_path / "atlas.pdf"
    assert dialog.export(out, ExportChoice(kind="atlas-contested", dpi=72, language="en")) is not None
    dialog.jobs.cancel()  # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: dialog.job is None, timeout=120_000)
    assert not out.exists() and not list(tmp_path.glob("*atlas*"))  # no temporary file either
    assert "nothing was written" in window.statusBar().currentMessage()


def test_settings_are_remembered_between_exports(window, settings):
    choice = ExportChoice(
        kind="atlas-all", size="A3", dpi=450, language="en", stamp=True, approval="辽S（2026）001号"
    )
    save_choice(settings.qsettings, choice)
    assert load_choice(settings.qsettings) == choice
    window.open_export_dialog()
    assert window.export_dialog.choice().size == "A3" and window.export_dialog.choice().dpi == 450
    assert window.export_dialog.stamp.isChecked()


def test_a_title_typed_once_is_not_put_over_the_next_export(settings):
    save_choice(settings.qsettings, ExportChoice(title="辽宁省（方案二）", subtitle="第一次会议", dpi=150))
    again = load_choice(settings.qsettings)
    assert again.title == "" and again.subtitle == ""  # the next page takes its words from what it shows
    assert again.dpi == 150


def test_copy_map_puts_the_page_on_the_clipboard(window, qtbot):
    QGuiApplication.clipboard().clear()
    window.open_export_dialog()
    window.export_dialog.size.setCurrentIndex(window.export_dialog.size.findData("A4-landscape"))
    window.actions_.copy_map.trigger()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (1754, 1240)  # A4 landscape at 150 dpi


def test_an_export_in_the_other_language_leaves_the_interface_as_it_was(window, qtbot, tmp_path):
    assert current_language() == "en"
    out = tmp_path / "zh.svg"
    _export(window, qtbot, out, ExportChoice(kind="map", dpi=72, language="zh", svg_text="embed"))
    svg = out.read_text(encoding="utf-8")
    assert "辽宁省" in svg and "开发区" in svg  # the title and the legend (labels with a halo are outlines)
    assert current_language() == "en" and window.actions_.export_map.text() == "Export &Map…"


def _map_axes(figure) -> list:
    """The page's maps (the two largest axes), left or top first."""
    maps = sorted(figure.axes, key=lambda a: a.bbox.width * a.bbox.height)[-2:]
    return sorted(maps, key=lambda a: (a.bbox.x0, -a.bbox.y0))


def test_a_before_after_page_shows_two_scenarios_side_by_side_at_the_same_extent(window):
    from ui.export.jobs import plan_export

    planning = window.session
    first = planning.current.name
    planning.duplicate("方案二")
    analysis = window.analysis_docks.analysis
    ids, flags = analysis.region_ids, analysis.duplicates
    dalian_yingkou = flags[(ids[flags["a"]] == "210200") & (ids[flags["b"]] == "210800")]
    for k in dalian_yingkou["item"]:  # every sector 大连 and 营口 duplicate: 大连 leads, 营口 supports
        window.undo.push(SetRole(region="210200", sector=analysis.items[k], role=Role.LEAD))
        window.undo.push(SetRole(region="210800", sector=analysis.items[k], role=Role.SUPPORT))
    choice = ExportChoice(kind="before-after", dpi=72, language="en", before=first, after="方案二")
    planned = plan_export(window.shown(), choice)
    assert len(planned.pages) == 1
    figure = planned.pages[0]()
    left, right = _map_axes(figure)
    assert np.allclose(left.get_xlim(), right.get_xlim()) and np.allclose(left.get_ylim(), right.get_ylim())
    words = {t.get_text() for t in figure.texts}
    assert first in words and "Plan: 方案二" in words
    # the border 大连 and 营口 duplicated sectors on is gone on the right
    assert _border_lines(right) < _border_lines(left)


def _border_lines(ax) -> int:
    from matplotlib.collections import LineCollection

    lines = [c for c in ax.collections if isinstance(c, LineCollection) and c.get_visible()]
    return sum(len(c.get_segments()) for c in lines)


def test_the_usual_pair_is_the_baseline_and_the_plan_view_can_be_the_after(window):
    from ui.export.jobs import plan_export

    window.undo.push(SetRole(region="210200", sector="PCH.REF", role=Role.LEAD))
    current = window.session.current.name
    choice = ExportChoice(kind="before-after", view="plan", dpi=72, language="en", before="", after=current)
    figure = plan_export(window.shown(), choice).pages[0]()
    words = {t.get_text() for t in figure.texts}
    assert "Baseline (no roles)" in words and f"Plan: {current}" in words
    _, right = _map_axes(figure)
    region_map_fills = right.collections[0].get_facecolors()
    assert len({tuple(c) for c in region_map_fills}) >= 2  # the plan overview: 大连 leads one sector


def _province_fill(figure, core) -> float:
    """How much of the page's map frame the province spans, in its fuller direction."""
    ax = max(figure.axes, key=lambda a: a.bbox.width * a.bbox.height)  # the map, not the insets
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    return max((core[2] - core[0]) / (x1 - x0), (core[3] - core[1]) / (y1 - y0))


def test_the_window_s_export_fits_the_province_unless_asked_for_the_view_on_screen(window, qtbot):
    from ui.export.jobs import plan_export

    window.resize(1900, 520)  # a wide window: the province is a strip across its view
    qtbot.wait(200)
    window.canvas.map.zoom(0.5)  # and zoomed out
    core = window.canvas.map.core_extent()
    fitted = plan_export(window.shown(), ExportChoice(kind="map", dpi=72, language="en")).pages[0]()
    as_shown = plan_export(
        window.shown(), ExportChoice(kind="map", dpi=72, language="en", as_on_screen=True)
    ).pages[0]()
    assert _province_fill(fitted, core) > 0.85
    assert _province_fill(as_shown, core) < _province_fill(fitted, core) - 0.2
