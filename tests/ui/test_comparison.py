"""Comparing two scenarios side by side: maps in step, the changes listed, the tables exported."""

from __future__ import annotations

import pandas as pd

from model.commands import MovePark, SetRole
from model.plan import Role


def _two_scenarios(window):
    planning = window.session
    first = planning.current.name
    window.undo.push(SetRole(region="210200", sector="PCH.REF", role=Role.LEAD))
    planning.duplicate("方案二")
    window.undo.push(SetRole(region="210800", sector="PCH.REF", role=Role.LEAD, note="营口仙人岛"))
    park = window.session.parks["id"].iat[0]
    window.undo.push(MovePark.to(park, 123.25, 41.77, "210100", "210106"))
    return first, "方案二", park


def test_comparison_lists_changed_roles_parks_and_indicator_changes(window, qtbot):
    first, second, park = _two_scenarios(window)
    window.actions_.compare_scenarios.trigger()
    dialog = window.planning_docks.comparison
    assert dialog.isVisible()
    assert dialog.left.choice.currentData() == first and dialog.right.choice.currentData() == second
    roles = dialog._tables["roles"]
    assert roles[["region", "sector", "role_a", "role_b"]].values.tolist() == [
        ["210800", "PCH.REF", "unset", "lead"]
    ]
    assert dialog.roles.item(0, 0).text() == "Yingkou"
    assert dialog.roles.item(0, 4).text() == "营口仙人岛"
    parks = dialog._tables["parks"]
    assert parks[["park", "change"]].values.tolist() == [[park, "moved"]]
    # 大连 and 营口 both lead petrochemicals in the second scenario: a new lead-lead conflict.
    indicators = dialog._tables["indicators"].set_index("indicator")
    assert indicators.loc["conflicting_leads", "value_b"] > indicators.loc["conflicting_leads", "value_a"]
    row = [dialog.indicators.item(r, 0).text() for r in range(dialog.indicators.rowCount())].index(
        "Neighbours leading the same sector"
    )
    assert dialog.indicators.item(row, 3).text().startswith("+")
    pairs, _ = dialog.right.canvas.map._plan
    assert len(pairs) > len(dialog.left.canvas.map._plan[0])  # the conflict drawn on the right only


def test_the_two_maps_pan_and_zoom_together(window, qtbot):
    _two_scenarios(window)
    window.planning_docks.compare()
    dialog = window.planning_docks.comparison
    left, right = dialog.left.canvas, dialog.right.canvas
    left.zoom_in()
    left.pan(60, -30)
    assert right.map.metres_per_pixel == left.map.metres_per_pixel
    assert right.map.center == left.map.center
    right.zoom_out()
    assert left.map.metres_per_pixel == right.map.metres_per_pixel


def test_comparing_with_the_baseline_and_exporting_the_tables(window, qtbot, tmp_path):
    _, second, _ = _two_scenarios(window)
    window.planning_docks.compare()
    dialog = window.planning_docks.comparison
    dialog.left.choice.setCurrentIndex(0)  # the baseline: no edits, no roles
    roles = dialog._tables["roles"]
    assert set(roles["region"]) == {"210200", "210800"} and set(roles["role_a"]) == {"unset"}
    out = tmp_path / "comparison.xlsx"
    dialog.export(out)
    sheets = pd.read_excel(out, sheet_name=None, engine="openpyxl")
    assert list(sheets) == ["indicators", "roles", "parks"]
    assert f"role ({second})" in sheets["roles"].columns
    assert len(sheets["roles"]) == 2 and len(sheets["parks"]) == 1


def test_the_comparison_follows_edits_while_open(window, qtbot):
    _two_scenarios(window)
    window.planning_docks.compare()
    dialog = window.planning_docks.comparison
    window.undo.push(SetRole(region="210100", sector="AUT.PART", role=Role.LEAD))
    assert "210100" in set(dialog._tables["roles"]["region"])
