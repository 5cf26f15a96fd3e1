"""Every edit can be undone exactly: random edit sequences undone back to the baseline."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from model.analysis_settings import AnalysisSettings
from model.commands import (
    AddPark,
    ChangePark,
    ChangeSettings,
    Compound,
    DeletePark,
    History,
    LinkRegions,
    MovePark,
    SetRole,
)
from model.parks import PARK_COLUMNS
from model.plan import Role
from model.scenario import Scenario

REGIONS = ("210100", "210200", "210800")
SECTORS = ("EQP.SHIP", "PCH.REF", "AUT.PART")


def baseline() -> Scenario:
    parks = pd.DataFrame({c: [""] * 4 for c in PARK_COLUMNS})
    parks["id"] = ["P1", "P2", "P3", "P4"]
    parks["region_id"] = ["210100", "210200", "210800", "210800"]
    parks["lon"] = [123.4, 121.6, 122.2, 122.3]
    parks["lat"] = [41.8, 38.9, 40.7, 40.6]
    parks["area_ha"] = [100.0, np.nan, 50.0, 20.0]
    parks["sectors"] = ["EQP.SHIP", "PCH.REF;EQP.SHIP", "AUT.PART", "PCH.REF"]
    return Scenario("基准", parks)


def test_setting_a_role_records_it_in_the_ledger_and_undo_takes_both_back():
    scenario = baseline()
    history = History(scenario)
    history.push(
        SetRole(
            region="210800",
            sector="EQP.SHIP",
            role=Role.LEAD,
            note="营口船舶基地",
            who="王工",
            when="2026-11-26T10:00+08:00",
        )
    )
    assert scenario.roles[("210800", "EQP.SHIP")].role is Role.LEAD
    entry = scenario.ledger[-1]
    assert (entry.who, entry.kind, entry.region, entry.sector, entry.detail, entry.why) == (
        "王工",
        "set-role",
        "210800",
        "EQP.SHIP",
        "lead",
        "营口船舶基地",
    )
    history.undo()
    assert scenario.roles == {} and scenario.ledger == []
    history.redo()
    assert scenario.roles[("210800", "EQP.SHIP")].note == "营口船舶基地"


def test_a_drag_of_one_park_is_one_step():
    scenario = baseline()
    history = History(scenario)
    for step in range(5):
        history.push(MovePark.to("P1", 123.0 + step / 10, 41.0, "210100", "210102", gesture=7))
    assert len(history.done) == 1 and len(scenario.ledger) == 1
    assert scenario.parks.loc[0, "lon"] == 123.4  # the last position of the drag
    assert scenario.parks.loc[0, "location_precision"] == "exact"
    history.undo()
    assert scenario.snapshot() == baseline().snapshot()


def test_separate_moves_of_one_park_stay_separate_steps():
    scenario = baseline()
    history = History(scenario)
    history.push(MovePark.to("P1", 123.0, 41.0, "210100", "210102"))  # typed coordinates
    history.push(MovePark.to("P1", 123.1, 41.0, "210100", "210102", gesture=1))  # a drag
    history.push(MovePark.to("P1", 123.2, 41.0, "210100", "210102", gesture=2))  # another drag
    assert len(history.done) == 3 and len(scenario.ledger) == 3


def test_a_compound_edit_is_one_step():
    scenario = baseline()
    history = History(scenario)
    history.push(
        Compound(
            name="paint",
            commands=[SetRole(region=r, sector="PCH.REF", role=Role.SUPPORT) for r in REGIONS],
        )
    )
    assert len(scenario.roles) == 3 and len(history.done) == 1
    history.undo()
    assert scenario.roles == {}


def test_links_added_and_cut_by_hand():
    scenario = baseline()
    history = History(scenario)
    history.push(LinkRegions(a="210800", b="210200"))
    assert scenario.settings.neighbours.added == (("210200", "210800"),)
    history.push(LinkRegions(a="210200", b="210800", cut=True))  # cutting an added link removes it
    assert scenario.settings.neighbours.added == () and scenario.settings.neighbours.cut == ()
    history.push(LinkRegions(a="210100", b="210200", cut=True))
    assert scenario.settings.neighbours.cut == (("210100", "210200"),)


@st.composite
def edits(draw, scenario: Scenario):
    """A random valid edit for the scenario's current state."""
    ids = scenario.parks["id"].astype(str).tolist()
    kind = draw(st.sampled_from(["role", "add", "delete", "move", "change", "settings", "link"]))
    who = {"who": draw(st.sampled_from(["王工", "李工"])), "when": "2026-11-26T10:00+08:00"}
    if kind == "role" or (kind in ("delete", "move", "change") and not ids):
        role = draw(st.sampled_from(list(Role)))
        return SetRole(
            region=draw(st.sampled_from(REGIONS)),
            sector=draw(st.sampled_from(SECTORS)),
            role=role,
            note=draw(st.text(max_size=5)),
            **who,
        )
    if kind == "add":
        number = draw(st.integers(100, 999))
        park = {
            "id": f"N{number}-{len(ids)}",
            "name_zh": "新园区",
            "region_id": draw(st.sampled_from(REGIONS)),
            "lon": 122.0,
            "lat": 41.0,
            "sectors": draw(st.sampled_from(SECTORS)),
            "area_ha": 10.0,
        }
        return AddPark(park=park, **who)
    if kind == "delete":
        return DeletePark(park_id=draw(st.sampled_from(ids)), **who)
    if kind == "move":
        return MovePark.to(
            draw(st.sampled_from(ids)),
            draw(st.floats(120, 125)),
            draw(st.floats(39, 43)),
            draw(st.sampled_from(REGIONS)),
            "",
            **who,
        )
    if kind == "change":
        return ChangePark(
            park_id=draw(st.sampled_from(ids)),
            values={"sectors": draw(st.sampled_from(SECTORS)), "name_zh": draw(st.text(max_size=4))},
            **who,
        )
    if kind == "settings":
        return ChangeSettings(
            settings=AnalysisSettings().with_focus(
                draw(st.sampled_from(["declared", "lq:1.5", "share:0.3"]))
            ),
            **who,
        )
    a, b = draw(st.sampled_from(REGIONS)), draw(st.sampled_from(REGIONS))
    return LinkRegions(
        a=a, b=b if b != a else "210100" if a != "210100" else "210200", cut=draw(st.booleans()), **who
    )


@settings(max_examples=80, deadline=None)
@given(st.data(), st.integers(1, 25))
def test_undoing_every_edit_returns_the_exact_baseline_and_redo_replays_them(data, count):
    scenario = baseline()
    history = History(scenario)
    for _ in range(count):
        history.push(data.draw(edits(scenario)))
    edited = scenario.snapshot()
    while history.undo():
        pass
    assert scenario.snapshot() == baseline().snapshot()
    while history.redo():
        pass
    assert scenario.snapshot() == edited
