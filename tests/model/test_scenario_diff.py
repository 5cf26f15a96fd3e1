"""Differences between two scenarios: role cells, parks, indicators."""

from __future__ import annotations

import pytest

from model.commands import AddPark, ChangePark, DeletePark, History, MovePark, SetRole
from model.plan import PlanResult, Role
from model.scenario_diff import indicator_deltas, park_changes, role_changes
from tests.model.test_commands import baseline


def _edited():
    base = baseline()
    other = base.copy("方案二")
    history = History(other)
    history.push(SetRole(region="210800", sector="EQP.SHIP", role=Role.LEAD, note="营口船舶基地"))
    history.push(SetRole(region="210200", sector="PCH.REF", role=Role.SUPPORT))
    history.push(MovePark.to("P1", 123.5, 41.9, "210100", "210102"))
    history.push(ChangePark(park_id="P3", values={"name_zh": "营口汽配园", "area_ha": 75.0}))
    history.push(DeletePark(park_id="P4"))
    new = dict(base.parks.iloc[0]) | {"id": "NEW1", "name_zh": "新园区"}
    history.push(AddPark(park=new))
    return base, other


def test_every_changed_role_cell_is_listed_with_both_roles_and_notes():
    base, other = _edited()
    table = role_changes(base, other)
    assert table.to_dict(orient="records") == [
        {
            "region": "210200",
            "sector": "PCH.REF",
            "role_a": "unset",
            "role_b": "support",
            "note_a": "",
            "note_b": "",
        },
        {
            "region": "210800",
            "sector": "EQP.SHIP",
            "role_a": "unset",
            "role_b": "lead",
            "note_a": "",
            "note_b": "营口船舶基地",
        },
    ]
    assert role_changes(other, other).empty


def test_parks_added_deleted_moved_and_changed_are_each_listed():
    base, other = _edited()
    table = park_changes(base, other)
    changes = {(r.park, r.change, r.field) for r in table.itertuples()}
    assert changes == {
        ("P4", "deleted", ""),
        ("NEW1", "added", ""),
        ("P1", "moved", "location"),
        ("P3", "changed", "name_zh"),
        ("P3", "changed", "area_ha"),
    }
    moved = table[table["change"] == "moved"].iloc[0]
    assert moved["value_a"] == "123.40000, 41.80000" and moved["value_b"] == "123.50000, 41.90000"
    area = table[table["field"] == "area_ha"].iloc[0]
    assert (area["value_a"], area["value_b"]) == ("50.0", "75.0")
    assert park_changes(base, base.copy("同")).empty  # a copy differs in nothing


def test_indicator_deltas_compare_the_plan_values():
    plan_a = PlanResult(None, None, {"duplicated_pairs": (9, 7), "mean_similarity": (0.5, 0.5)})
    plan_b = PlanResult(None, None, {"duplicated_pairs": (9, 4), "mean_similarity": (0.5, 0.45)})
    table = indicator_deltas(plan_a, plan_b).set_index("indicator")
    assert table.loc["duplicated_pairs"].tolist() == [7, 4, -3]
    assert table.loc["mean_similarity", "delta"] == pytest.approx(-0.05)
