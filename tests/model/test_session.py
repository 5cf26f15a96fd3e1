"""The session, without Qt: one owner of the work, and each change told to those who asked."""

from __future__ import annotations

import pandas as pd
import pytest

from model.analysis_settings import AnalysisSettings
from model.changes import Change
from model.commands import LinkRegions, MovePark, SetRole, import_parks
from model.parks import PARK_COLUMNS
from model.plan import Role
from model.session import Session
from model.taxonomy_layers import TaxonomyLayer


def _parks(ids: list[str], texts: list[str] | None = None) -> pd.DataFrame:
    parks = pd.DataFrame({c: [""] * len(ids) for c in PARK_COLUMNS})
    parks["id"] = ids
    parks["region_id"] = "210200"
    parks["sectors_text"] = texts or ["船舶"] * len(ids)
    parks["sectors"] = "EQP.SHIP"
    parks["lon"], parks["lat"], parks["area_ha"] = 121.5, 39.0, float("nan")
    return parks


@pytest.fixture
def session():
    session = Session()
    session.start(_parks(["G1", "G2"]), AnalysisSettings(), first_name="方案一")
    return session


def _listen(session, kinds):
    heard = []
    session.subscribe(kinds, lambda changes: heard.append(set(changes)))
    return heard


@pytest.mark.parametrize(
    ("command", "kind"),
    [
        (lambda: SetRole(region="210200", sector="EQP.SHIP", role=Role.LEAD), Change.ROLES),
        (lambda: MovePark.to("G1", 121.6, 39.1, "210200", ""), Change.PARKS),
        (lambda: LinkRegions(a="210200", b="210800"), Change.LINKS),
    ],
)
def test_a_change_of_each_kind_reaches_only_the_listeners_that_asked_for_it(session, command, kind):
    heard = {k: _listen(session, {k}) for k in Change}
    step = command()
    session.do(session.current, step)
    session.undo(session.current, step)
    assert heard[kind] == [{kind}, {kind}]
    assert all(not heard[k] for k in Change if k is not kind)


def test_the_current_scenario_s_parks_are_the_parks_table(session):
    step = MovePark.to("G1", 121.6, 39.1, "210200", "210202")
    session.do(session.current, step)
    assert session.parks is session.current.parks
    assert session.parks.loc[0, "county_id"] == "210202"
    assert session.baseline.loc[0, "county_id"] == ""


def test_edits_of_a_scenario_not_shown_are_not_announced(session):
    other = session.duplicate("方案二")
    session.switch("方案一")
    heard = _listen(session, {Change.ROLES})
    session.do(other, SetRole(region="210200", sector="EQP.SHIP", role=Role.AVOID))
    assert heard == [] and ("210200", "EQP.SHIP") in other.roles


def test_switching_and_renaming_scenarios(session):
    heard = _listen(session, {Change.SCENARIO, Change.SCENARIOS, Change.SAVED})
    session.duplicate("方案一")
    assert [s.name for s in session.scenarios] == ["方案一", "方案一 (2)"]
    assert session.current.name == "方案一 (2)" and session.unsaved_structure
    session.rename("方案二")
    assert session.current.name == "方案二"
    assert session.remove() and [s.name for s in session.scenarios] == ["方案一"]
    assert not session.remove()  # the last one stays
    assert {Change.SCENARIO} in [h & {Change.SCENARIO} for h in heard]
    session.mark_saved()
    assert not session.unsaved_structure


def test_a_drag_merges_into_one_step_by_the_rule_of_the_commands(session):
    first = MovePark.to("G1", 121.6, 39.1, "210200", "", gesture=7)
    session.do(session.current, first)
    second = MovePark.to("G1", 121.7, 39.2, "210200", "", gesture=7)
    session.do(session.current, second)
    assert session.merge(session.current, first, second)
    assert (session.parks.loc[0, "lon"], len(session.current.ledger)) == (121.7, 1)
    session.undo(session.current, first)
    assert session.parks.loc[0, "lon"] == 121.5 and session.current.ledger == []


def test_new_sectors_are_read_into_every_scenario_and_the_baseline(session):
    session.start(_parks(["G1", "G2"], ["冰雪装备", "船舶"]), AnalysisSettings())
    session.duplicate("方案二")
    heard = _listen(session, {Change.TAXONOMY})
    ice = {"code": "EQP.U1", "group": "EQP", "name_zh": "冰雪装备", "name_en": "Ice", "synonyms": []}
    session.use_taxonomy_layers(TaxonomyLayer("settings", (ice,), {}))
    assert heard and all(s.parks.loc[0, "sectors"] == "EQP.U1" for s in session.scenarios)
    assert session.baseline.loc[0, "sectors"] == "EQP.U1"


def test_importing_parks_adds_without_doubling_or_replaces_dropping_the_lost_roles(session):
    session.do(session.current, SetRole(region="210200", sector="EQP.SHIP", role=Role.LEAD))
    step, skipped = import_parks(session.current, _parks(["G2", "N1"]), "new.csv", False, [])
    assert skipped == ["G2"]
    session.do(session.current, step)
    assert list(session.parks["id"]) == ["G1", "G2", "N1"]
    session.undo(session.current, step)
    step, _ = import_parks(session.current, _parks(["N1"]), "new.csv", True, [("210200", "EQP.SHIP")])
    heard = _listen(session, {Change.ROLES, Change.PARKS})
    session.do(session.current, step)
    assert list(session.parks["id"]) == ["N1"] and session.current.roles == {}
    assert heard == [{Change.ROLES, Change.PARKS}]
    session.undo(session.current, step)
    assert list(session.parks["id"]) == ["G1", "G2"]
    assert session.current.roles[("210200", "EQP.SHIP")].role is Role.LEAD
