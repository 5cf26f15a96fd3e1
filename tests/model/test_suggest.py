"""The layout suggestion on Liaoning's cities: exact (brute force agrees), no neighbours
leading together, what the planner fixed kept, rules obeyed, infeasibility explained,
the same answer every time."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from maps.analysis import run_analysis
from maps.park_layers import load_scope_parks
from model.analysis_settings import AnalysisSettings
from model.plan import Role, RoleEntry, evaluate
from model.sectors import Taxonomy
from model.suggest import Keep, Rule, RuleKind, Status, SuggestSettings, cell_scores, suggest


@pytest.fixture(scope="module")
def setup(liaoning, liaoning_cities):
    taxonomy = Taxonomy.load()
    parks = load_scope_parks(liaoning, taxonomy).parks
    analysis = run_analysis(liaoning_cities, parks, taxonomy, AnalysisSettings())
    return analysis, parks


def _neighbours(analysis) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for a, b in analysis.graph.pairs:
        found.setdefault(int(a), set()).add(int(b))
        found.setdefault(int(b), set()).add(int(a))
    return found


def _best_by_brute_force(analysis, score, k: int, threshold: float) -> float:
    """The best objective of item k over every subset of its focus regions."""
    members = np.flatnonzero(analysis.focus[:, k]).tolist()
    near = _neighbours(analysis)
    best = -np.inf
    for size in range(1, len(members) + 1):
        for leads in itertools.combinations(members, size):
            chosen = set(leads)
            if any(near.get(i, set()) & chosen for i in chosen):
                continue  # two neighbours lead
            if any(i not in chosen and not (near.get(i, set()) & chosen) for i in members):
                continue  # a focus region with no leading neighbour
            best = max(best, sum(round((score[i, k] - threshold) * 10_000) for i in chosen))
    return best


def test_the_optimum_equals_brute_force_on_every_small_item(setup):
    analysis, parks = setup
    settings = SuggestSettings()
    found = suggest(analysis, {}, settings, parks=parks)
    assert found.status is Status.OPTIMAL and found.gap == 0.0
    score = cell_scores(analysis, parks, settings)
    ids = [str(r) for r in analysis.region_ids]
    checked = 0
    for k in sorted(set(analysis.duplicates["item"].tolist())):
        if analysis.focus[:, k].sum() > 11:
            continue
        code = analysis.items[k]
        leads = [
            i
            for i, rid in enumerate(ids)
            if found.roles.get((rid, code), RoleEntry(Role.UNSET)).role is Role.LEAD
        ]
        ours = sum(round((score[i, k] - settings.lead_threshold) * 10_000) for i in leads)
        assert ours == _best_by_brute_force(analysis, score, k, settings.lead_threshold), code
        checked += 1
    assert checked >= 10


def test_after_accepting_no_neighbours_lead_the_same_sector_and_nobody_supports_nobody(setup):
    analysis, parks = setup
    found = suggest(analysis, {}, parks=parks)
    plan = evaluate(analysis, found.roles)
    assert plan.indicators["conflicting_leads"][1] == 0
    assert not (plan.conflicts["kind"] == "orphan-support").any()
    assert plan.indicators["sectors_without_lead"][1] == 0
    assert plan.indicators["duplicated_pairs"][1] < plan.indicators["duplicated_pairs"][0] / 2


def test_every_reason_names_the_right_rival(setup):
    analysis, parks = setup
    found = suggest(analysis, {}, parks=parks)
    near = _neighbours(analysis)
    ids = [str(r) for r in analysis.region_ids]
    for (region, item), entry in found.roles.items():
        reason, i = found.reasons[(region, item)], ids.index(region)
        if entry.role is Role.LEAD:
            assert reason.kind in ("strongest", "second", "only")
            if reason.kind == "strongest":
                assert reason.score >= reason.rival_score and reason.rival in near[i]
        else:
            assert reason.kind == "neighbour-leads" and reason.rival in near[i]
            assert found.roles[(ids[reason.rival], item)].role is Role.LEAD


def test_roles_already_set_stay_and_locked_ones_stay_even_when_others_may_change(setup):
    analysis, parks = setup
    current = {
        ("210200", "PCH.REF"): RoleEntry(Role.SUPPORT, "大连让位"),
        ("210800", "PCH.REF"): RoleEntry(Role.LEAD),
    }
    kept = suggest(analysis, current, SuggestSettings(keep=Keep.SET), parks=parks)
    assert kept.roles[("210200", "PCH.REF")].role is Role.SUPPORT
    assert kept.roles[("210800", "PCH.REF")].role is Role.LEAD
    assert kept.reasons[("210800", "PCH.REF")].kind == "fixed"
    free = suggest(
        analysis, current, SuggestSettings(keep=Keep.NONE), parks=parks, locked={("210200", "PCH.REF")}
    )
    assert free.roles[("210200", "PCH.REF")].role is Role.SUPPORT
    applied = free.applied(current)
    assert applied[("210200", "PCH.REF")].note == "大连让位"  # the planner's note survives


def test_rules_fix_a_role_and_stop_new_leads(setup):
    analysis, parks = setup
    rules = [
        Rule(RuleKind.FIX, "PCH.REF", "210800", Role.LEAD, "rules.csv row 2"),  # 营口 leads refining
        Rule(RuleKind.RESTRICT, "AUT.PART", source="rules.csv row 3"),
    ]
    current = {("210100", "AUT.PART"): RoleEntry(Role.LEAD)}
    found = suggest(analysis, current, SuggestSettings(keep=Keep.LEADS), rules, parks=parks)
    assert found.status is not Status.INFEASIBLE
    assert found.roles[("210800", "PCH.REF")].role is Role.LEAD
    assert found.roles[("210200", "PCH.REF")].role is not Role.LEAD  # 大连, its neighbour, cannot
    leads = {r for (r, item), e in found.roles.items() if item == "AUT.PART" and e.role is Role.LEAD}
    assert leads <= {"210100"}  # no new lead in the restricted sector


def test_an_impossible_combination_names_the_rules_in_conflict(setup):
    analysis, parks = setup
    contested = analysis.contested_items()
    item = contested[0]
    found = suggest(
        analysis, {}, rules=[Rule(RuleKind.RESTRICT, item, source="rules.csv row 2")], parks=parks
    )
    assert found.status is Status.INFEASIBLE and not found.roles
    kinds = {blocker.kind for blocker in found.conflicts}
    assert kinds == {"restrict", "cover"}
    assert all(blocker.item == item for blocker in found.conflicts)
    assert any(blocker.source == "rules.csv row 2" for blocker in found.conflicts)


def test_a_limit_on_leads_per_region_is_kept_or_reported(setup):
    analysis, parks = setup
    found = suggest(analysis, {}, SuggestSettings(max_leads=4), parks=parks)
    if found.status is Status.INFEASIBLE:
        assert {b.kind for b in found.conflicts} >= {"limit"}
    else:
        leads: dict[str, int] = {}
        for (region, _), entry in found.roles.items():
            leads[region] = leads.get(region, 0) + (entry.role is Role.LEAD)
        assert max(leads.values()) <= 4


def test_the_same_input_gives_the_same_answer(setup):
    analysis, parks = setup
    first = suggest(analysis, {}, parks=parks)
    for _ in range(3):
        again = suggest(analysis, {}, parks=parks)
        assert again.roles == first.roles and again.reasons == first.reasons


def test_rules_that_decide_nothing_are_listed_with_the_reason(setup):
    """The README's own example, 营口 船舶 lead at city level, was dropped without a word."""
    analysis, parks = setup
    contested = {analysis.items[k] for k in analysis.duplicates["item"]}
    assert (
        "EQP.SHIP" not in contested and "PCH.REF" in contested
    )  # nobody duplicates shipbuilding between Liaoning's cities
    focus_not = next(
        (str(analysis.region_ids[i]), "PCH.REF") for i in range(len(analysis.region_ids))
        if not analysis.focus[i, analysis.items.index("PCH.REF")]
    )  # fmt: skip
    rules = [
        Rule(RuleKind.FIX, "EQP.SHIP", "210800", Role.LEAD, "rules.csv:2"),
        Rule(RuleKind.FIX, "PCH.REF", "210800", Role.LEAD, "rules.csv:3"),  # used
        Rule(RuleKind.FIX, "PCH.REF", focus_not[0], Role.LEAD, "rules.csv:4"),
        Rule(RuleKind.RESTRICT, "NOPE", source="rules.csv:5"),
    ]
    found = suggest(analysis, {}, SuggestSettings(), rules, parks=parks)
    assert [(u.rule.source, u.why) for u in found.unused] == [
        ("rules.csv:2", "not-contested"),
        ("rules.csv:4", "not-focus"),
        ("rules.csv:5", "not-compared"),
    ]


def test_items_declared_only_at_group_level_are_left_out_unless_included(liaoning, liaoning_cities):
    from maps.analysis import run_analysis
    from maps.park_layers import load_scope_parks
    from model.analysis_settings import AnalysisSettings
    from model.sectors import Taxonomy
    from model.suggest import SuggestSettings, suggest, unspecified_items

    taxonomy = Taxonomy.load()
    analysis = run_analysis(
        liaoning_cities, load_scope_parks(liaoning, taxonomy).parks, taxonomy, AnalysisSettings()
    )
    group_level = unspecified_items(analysis, taxonomy)
    assert "EQP" in group_level and "EQP.SHIP" not in group_level
    default = suggest(analysis, {}, unspecified=group_level)
    assert default.roles and not {item for _, item in default.roles} & group_level
    included = suggest(analysis, {}, SuggestSettings(unspecified=True), unspecified=group_level)
    assert {item for _, item in included.roles} & group_level
