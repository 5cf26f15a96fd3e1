"""The duplication analysis in the window: conflicts, the why panel, the map's duplication
view and radar, neighbours of a region, settings applied live."""

from __future__ import annotations

import numpy as np
from matplotlib.backend_bases import MouseButton, MouseEvent

from model.analysis_settings import FocusRule
from ui.analysis.conflicts_dock import FLAG_ROLE


def test_the_conflicts_table_lists_every_flag_by_score(window):
    analysis = window.analysis_docks.analysis
    dock = window.analysis_docks.conflicts
    assert dock.filter.rowCount() == len(analysis.duplicates) > 0
    scores = [float(dock.filter.index(r, 3).data()) for r in range(dock.filter.rowCount())]
    assert scores == sorted(scores, reverse=True)
    assert "27 neighbour pairs" in dock.summary.text()


def test_selecting_a_conflict_points_out_the_pair_and_its_parks_and_explains_it(window):
    docks = window.analysis_docks
    analysis = docks.analysis
    docks.conflicts.view.selectRow(0)
    flag = docks.conflicts.filter.index(0, 0).data(FLAG_ROLE)
    a, b, item = (int(v) for v in analysis.duplicates.iloc[int(flag)][["a", "b", "item"]])
    region_map = window.canvas.map
    assert len(region_map.emphasis.get_paths()) == 2
    park_ids = analysis.data.park_ids[(a, item)] + analysis.data.park_ids[(b, item)]
    assert len(region_map.parks.highlighted) == len(set(park_ids))
    text = docks.why.text.toPlainText()
    assert window.session.layer.name(a, "en") in text and window.session.layer.name(b, "en") in text
    assert f"= {analysis.similarity[a, b]:.3f}" in text
    name_a, name_b = window.session.layer.name(a, "en"), window.session.layer.name(b, "en")
    sector = window.session.taxonomy.name(analysis.items[item], "en")
    count_a, count_b = len(analysis.data.park_ids[(a, item)]), len(analysis.data.park_ids[(b, item)])
    plain = (
        f"{name_a} and {name_b} both focus on {sector}: {count_a} zones in {name_a}, {count_b} in {name_b}."
    )
    assert plain in text and text.index(plain) < text.index("Structure similarity")  # words before measures
    docks.conflicts.view.clearSelection()
    assert len(region_map.emphasis.get_paths()) == 0


def test_the_duplication_view_shades_regions_and_draws_conflicting_borders(window):
    region_map = window.canvas.map
    base = region_map.regions.get_facecolors().copy()
    window.actions_.duplication.setChecked(True)
    assert region_map.duplication_shown
    assert not np.allclose(region_map.regions.get_facecolors(), base)
    assert len(region_map.duplication.borders.get_segments()) > 0
    assert region_map.duplication.legend is not None
    window.actions_.duplication.setChecked(False)
    assert np.allclose(region_map.regions.get_facecolors(), base)
    assert not region_map.duplication.borders.get_visible()


def test_one_sector_checked_is_the_radar_and_filters_the_conflicts(window, qtbot):
    window.actions_.duplication.setChecked(True)
    with qtbot.waitSignal(window.park_docks.sectors.filterChanged, timeout=2000):
        window.park_docks.sectors.only("PCH.REF")
    docks = window.analysis_docks
    assert docks.radar == "PCH.REF"
    sectors = {docks.conflicts.filter.index(r, 2).data() for r in range(docks.conflicts.filter.rowCount())}
    assert sectors == {"Oil refining and basic petrochemicals"}
    k = docks.analysis.items.index("PCH.REF")
    focus = docks.analysis.focus[:, k]
    fills = window.canvas.map.regions.get_facecolors()
    assert len({tuple(np.round(c, 3)) for c in fills[focus]}) == 1  # every focus region in one tint
    assert not np.allclose(fills[focus][0], fills[~focus][0])


def test_selecting_a_region_outlines_its_neighbours_and_lists_them(window):
    row = window.session.layer.row_of("210800")  # 营口: 大连, 鞍山, 盘锦
    window.select_region(row)
    assert len(window.canvas.map.neighbour_outlines.get_paths()) == 3
    assert window.panel.value_text("neighbours").startswith("3: ")
    assert "Dalian" in window.panel.value_text("neighbours")


def test_settings_apply_live_and_are_remembered(window, qtbot):
    docks = window.analysis_docks
    before = len(docks.analysis.duplicates)
    docks.open_settings()
    dialog = docks.dialog
    with qtbot.waitSignal(docks.controller.changed, timeout=5000):
        dialog.focus.setCurrentIndex(dialog.focus.findData("lq"))
    assert docks.controller.settings.focus is FocusRule.LQ
    assert len(docks.analysis.duplicates) < before
    assert window.settings.analysis_settings().focus is FocusRule.LQ
    assert docks.conflicts.filter.rowCount() == len(docks.analysis.duplicates)
    dialog.close()


def test_a_cell_of_the_similarity_matrix_explains_that_pair(window, qtbot):
    dock = window.analysis_docks.matrix
    dock.raise_()  # its tab brought to the front: the matrix is drawn now
    qtbot.waitUntil(lambda: bool(dock.figure.axes), timeout=10_000)
    dock.canvas.draw()
    ax = dock.figure.axes[0]
    x, y = ax.transData.transform((1, 0))
    event = MouseEvent("button_press_event", dock.canvas, x, y, button=MouseButton.LEFT)
    dock._clicked(event)
    a, b = (int(dock.order[i]) for i in (0, 1))
    text = window.analysis_docks.why.text.toPlainText()
    assert window.session.layer.name(a, "en") in text and window.session.layer.name(b, "en") in text


def test_under_a_plan_the_view_shows_what_the_plan_leaves_and_the_baseline_on_request(window):
    from model.plan import Role

    docks, region_map = window.analysis_docks, window.canvas.map
    window.actions_.duplication.setChecked(True)
    baseline_fills = region_map.regions.get_facecolors().copy()
    baseline_borders = len(region_map.duplication.borders.get_segments())
    analysis = docks.analysis
    ids = window.session.layer.regions["id"].astype(str).tolist()
    for flag in analysis.duplicates.itertuples():  # every duplicated focus of 大连 resolved
        if ids[flag.a] == "210200" or ids[flag.b] == "210200":
            window.planning_docks.set_role("210200", analysis.items[flag.item], Role.AVOID, "")
    dalian = ids.index("210200")
    assert docks.shown_analysis().duplicated_items()[dalian] == 0
    assert len(region_map.duplication.borders.get_segments()) < baseline_borders
    assert not np.allclose(region_map.regions.get_facecolors()[dalian], baseline_fills[dalian])
    assert "left by the plan" in region_map.duplication.legend.get_title().get_text()
    window.actions_.duplication_baseline.setChecked(True)
    assert np.allclose(region_map.regions.get_facecolors(), baseline_fills)
    assert "baseline" in region_map.duplication.legend.get_title().get_text()
    window.actions_.duplication_baseline.setChecked(False)
    window.undo.stack.setIndex(0)  # every role taken back: the baseline again, without a plan line
    assert np.allclose(region_map.regions.get_facecolors(), baseline_fills)
    assert region_map.duplication.legend.get_title().get_text() == "Duplicated sectors per region"
