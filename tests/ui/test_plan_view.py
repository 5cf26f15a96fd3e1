"""The plan view in the window: the map drawn by the scenario's roles, following role edits,
undo, the sector chosen on the role board or in the Sectors panel, and the View menu."""

from __future__ import annotations

import numpy as np
from matplotlib.colors import to_rgba

from maps.plan_view import AVOID_FILL, LEAD_ALPHA, LED_FILLS, UNSET_FILL, sector_colour
from model.commands import SetRole
from model.plan import Role

JINZHOU, PANJIN, HULUDAO = "210700", "211100", "211400"


def _row(window, region_id: str) -> int:
    return window.session.layer.regions["id"].tolist().index(region_id)


def _fill(window, region_id: str) -> tuple:
    return tuple(window.canvas.map.regions.get_facecolors()[_row(window, region_id)])


def _legend_labels(window) -> list[str]:
    return [t.get_text() for t in window.canvas.map.plan_view.legend.get_texts()]


def test_the_plan_view_draws_each_role_of_the_sector_chosen_on_the_board(window, qtbot):
    actions, docks = window.actions_, window.planning_docks
    actions.duplication.setChecked(True)
    actions.plan_view.setChecked(True)
    assert not actions.duplication.isChecked()  # one thematic view at a time
    region_map = window.canvas.map
    assert region_map.plan_is_shown and not region_map.duplication_shown
    board = docks.board
    board.contested.setChecked(False)
    model = board.model
    board.view.setCurrentIndex(model.index(0, model.items.index("PCH.REF")))
    assert docks.plan_map.sector == "PCH.REF"
    window.undo.push(SetRole(region=JINZHOU, sector="PCH.REF", role=Role.LEAD))
    window.undo.push(SetRole(region=PANJIN, sector="PCH.REF", role=Role.SUPPORT))
    window.undo.push(SetRole(region=HULUDAO, sector="PCH.REF", role=Role.AVOID))
    colour = sector_colour(window.session.taxonomy, "PCH.REF")
    assert np.allclose(_fill(window, JINZHOU), to_rgba(colour, LEAD_ALPHA))
    assert np.allclose(_fill(window, HULUDAO), to_rgba(AVOID_FILL))
    assert len(region_map.plan_view.hatch.get_paths()) == 1  # 盘锦's support, hatched
    assert region_map.plan_view.legend.get_title().get_text() == "Plan: Oil refining and basic petrochemicals"
    assert {"Leads", "Supports", "Avoids", "No role"} <= set(_legend_labels(window))
    window.planning_docks.undo_action.trigger()  # 葫芦岛 has no role again
    assert np.allclose(_fill(window, HULUDAO), to_rgba(UNSET_FILL))


def test_without_a_sector_the_plan_view_counts_the_sectors_each_region_leads(window):
    window.actions_.plan_view.setChecked(True)
    for sector in ("PCH.REF", "EQP.SHIP"):
        window.undo.push(SetRole(region=JINZHOU, sector=sector, role=Role.LEAD))
    window.undo.push(SetRole(region=PANJIN, sector="PCH.FINE", role=Role.LEAD))
    assert window.planning_docks.plan_map.sector is None
    assert np.allclose(_fill(window, JINZHOU), to_rgba(LED_FILLS[2]))
    assert np.allclose(_fill(window, PANJIN), to_rgba(LED_FILLS[1]))
    assert np.allclose(_fill(window, HULUDAO), to_rgba(LED_FILLS[0]))
    assert window.canvas.map.plan_view.legend.get_title().get_text() == "Plan: sectors led per region"


def test_one_sector_checked_in_the_sectors_panel_chooses_it_and_the_view_switches_off(window):
    window.actions_.plan_view.setChecked(True)
    window.park_docks.sectors.filterChanged.emit({"EQP.SHIP"})
    assert window.planning_docks.plan_map.sector == "EQP.SHIP"
    assert "Ships" in window.canvas.map.plan_view.legend.get_title().get_text()
    window.park_docks.sectors.filterChanged.emit(None)
    assert window.planning_docks.plan_map.sector is None
    base = window.canvas.map._fills
    window.actions_.plan_view.setChecked(False)
    region_map = window.canvas.map
    assert not region_map.plan_is_shown and region_map.plan_view.legend is None
    assert np.allclose(region_map.regions.get_facecolors(), [to_rgba(c) for c in base])


def test_the_duplication_view_replaces_the_plan_view(window):
    window.actions_.plan_view.setChecked(True)
    window.actions_.duplication.setChecked(True)
    region_map = window.canvas.map
    assert not window.actions_.plan_view.isChecked()
    assert region_map.duplication_shown and not region_map.plan_is_shown
    assert region_map.plan_view.legend is None and not region_map.plan_view.hatch.get_visible()
