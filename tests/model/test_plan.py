"""Judging a plan: lead-lead conflicts, orphaned support, unresolved focus, indicators."""

from __future__ import annotations

import pytest

from model.plan import ConflictKind, Role, RoleEntry, evaluate, what_remains
from tests.model.test_duplication import run

# The strip A - B - C: A and B both build ships, B and C both build ships (see test_duplication).


def kinds(result) -> set[tuple[int, int, str, str]]:
    return {(int(r.a), int(r.b), result_item(r), r.kind) for r in result.conflicts.itertuples()}


def result_item(row) -> str:
    return ANALYSIS.items[int(row.item)]


ANALYSIS = run()


def test_two_neighbours_leading_the_same_sector_conflict():
    roles = {("A", "EQP.SHIP"): RoleEntry(Role.LEAD), ("B", "EQP.SHIP"): RoleEntry(Role.LEAD)}
    result = evaluate(ANALYSIS, roles)
    assert (0, 1, "EQP.SHIP", ConflictKind.LEAD_LEAD.value) in kinds(result)
    assert result.indicators["conflicting_leads"] == (0.0, 1.0)


def test_lead_beside_support_resolves_a_duplicate_and_support_without_a_lead_is_orphaned():
    roles = {
        ("B", "EQP.SHIP"): RoleEntry(Role.LEAD, "港口条件最好"),
        ("A", "EQP.SHIP"): RoleEntry(Role.SUPPORT),
        ("C", "EQP.SHIP"): RoleEntry(Role.SUPPORT),
        ("A", "PETRO.REFINE"): RoleEntry(Role.SUPPORT),  # nobody next to A leads refining
    }
    result = evaluate(ANALYSIS, roles)
    assert not result.remaining.any()  # both ship duplicates are coordinated
    assert result.indicators["duplicated_pairs"] == (2.0, 0.0)
    assert kinds(result) == {(0, -1, "PETRO.REFINE", ConflictKind.ORPHAN_SUPPORT.value)}
    assert result.indicators["sectors_without_lead"] == (1.0, 0.0)


def test_a_focus_left_without_a_role_is_unresolved():
    result = evaluate(ANALYSIS, {("B", "EQP.SHIP"): RoleEntry(Role.LEAD)})
    assert kinds(result) == {(0, -1, "EQP.SHIP", "unresolved"), (2, -1, "EQP.SHIP", "unresolved")}
    assert result.remaining.all()


def test_avoiding_a_sector_drops_it_from_the_mix():
    result = evaluate(ANALYSIS, {("A", "EQP.SHIP"): RoleEntry(Role.AVOID)})
    before, after = result.indicators["mean_similarity"]
    # A keeps only refining, which B and C... B has none: S(A,B) falls from ½ to 0.
    assert after < before
    assert result.remaining.tolist() == [False, True]


def test_roles_are_read_in_english_and_chinese():
    assert Role.parse("牵头") is Role.LEAD and Role.parse(" Support ") is Role.SUPPORT
    assert Role.parse("") is Role.UNSET and Role.parse("避免") is Role.AVOID
    with pytest.raises(ValueError):
        Role.parse("boss")


def test_what_the_plan_leaves_keeps_only_the_duplicates_it_does_not_resolve():
    roles = {("B", "EQP.SHIP"): RoleEntry(Role.LEAD), ("A", "EQP.SHIP"): RoleEntry(Role.SUPPORT)}
    left = what_remains(ANALYSIS, roles)
    flags = {(int(r.a), int(r.b)) for r in left.duplicates.itertuples()}
    assert flags == {(1, 2)}  # A–B coordinated (lead beside support), B–C still duplicated
    assert left.duplicated_items().tolist() == [0, 1, 1]  # the shading follows: A shares nothing now
    assert ANALYSIS.duplicated_items().tolist() == [1, 1, 1]  # the baseline is untouched
    everything = {**roles, ("C", "EQP.SHIP"): RoleEntry(Role.AVOID)}
    assert what_remains(ANALYSIS, everything).duplicates.empty
    assert what_remains(ANALYSIS, {}) is ANALYSIS
