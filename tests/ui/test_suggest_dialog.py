"""Scenario › Suggest a Layout…: solve, read the reasons, accept some as one undoable step,
or put them into a new scenario."""

from __future__ import annotations

from PySide6.QtCore import Qt

from model.commands import SetRole
from model.plan import Role, evaluate


def _solved(window, qtbot):
    window.actions_.suggest_layout.trigger()
    dialog = window.planning_docks.suggestion
    dialog.run()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    return dialog


def test_accepting_the_suggestion_removes_neighbours_leading_together_in_one_step(window, qtbot):
    planning = window.session
    window.undo.push(SetRole(region="210700", sector="PCH.REF", role=Role.LEAD))  # 锦州
    window.undo.push(SetRole(region="211100", sector="PCH.REF", role=Role.LEAD))  # 盘锦, its neighbour
    dialog = _solved(window, qtbot)
    dialog.keep.setCurrentIndex(dialog.keep.findData("none"))
    dialog.run()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert "optimal" in dialog.status.text()
    assert dialog.changes.rowCount() > 10
    reasons = [dialog.changes.item(r, 4).text() for r in range(dialog.changes.rowCount())]
    assert any("score" in text and "against" in text for text in reasons)
    steps = window.undo.stack.index()
    dialog.accept_button.click()
    assert window.undo.stack.index() == steps + 1  # one step
    plan = evaluate(window.analysis_docks.analysis, planning.current.roles)
    assert plan.indicators["conflicting_leads"][1] == 0
    assert planning.current.ledger[-1].why  # each change's reason is in the ledger
    window.undo.stack.undo()
    assert planning.current.roles[("210700", "PCH.REF")].role is Role.LEAD
    assert planning.current.roles[("211100", "PCH.REF")].role is Role.LEAD


def test_only_the_ticked_changes_are_applied(window, qtbot):
    dialog = _solved(window, qtbot)
    rows = dialog.changes.rowCount()
    for row in range(1, rows):
        dialog.changes.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    first = dialog.ticked()
    assert len(first) == 1
    dialog.accept_button.click()
    roles = window.session.current.roles
    assert set(roles) == set(first)


def test_the_suggestion_can_become_a_new_scenario_leaving_the_old_one_alone(window, qtbot):
    planning = window.session
    before = planning.current.name
    dialog = _solved(window, qtbot)
    count = len(dialog.ticked())
    dialog.save_as_scenario("建议方案")
    assert planning.current.name == "建议方案" and len(planning.current.roles) == count
    assert next(s for s in planning.scenarios if s.name == before).roles == {}


def test_a_bad_rules_file_is_named_and_nothing_is_solved(window, qtbot, tmp_path):
    rules = tmp_path / "rules.csv"
    rules.write_text("rule,region,sector,role\nforbid,营口市,石油化工,lead\n", encoding="utf-8")
    window.actions_.suggest_layout.trigger()
    dialog = window.planning_docks.suggestion
    dialog.rules.setText(str(rules))
    assert dialog.run() is None
    assert "rules.csv" in dialog.status.text() and "forbid" in dialog.status.text()
    assert not dialog.accept_button.isEnabled()


def _indicator(dialog, key: str) -> str:
    from ui.planning.indicators_dock import indicator_names

    word = indicator_names()[key]
    row = next(r for r in range(dialog.indicators.rowCount()) if dialog.indicators.item(r, 0).text() == word)
    return dialog.indicators.item(row, 2).text()


def test_unticking_a_change_updates_the_suggested_indicators_at_once(window, qtbot):
    dialog = _solved(window, qtbot)
    ticked_all = _indicator(dialog, "duplicated_pairs")
    for row in range(dialog.changes.rowCount()):
        dialog.changes.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert _indicator(dialog, "duplicated_pairs") != ticked_all
    now = dialog.indicators.item(0, 1).text()
    assert dialog.indicators.item(0, 2).text() == now  # nothing ticked: as the plan is now


def test_group_level_items_get_no_roles_unless_asked_and_reasons_start_in_plain_words(window, qtbot):
    taxonomy = window.session.taxonomy
    dialog = _solved(window, qtbot)
    assert dialog.found.roles and not any(taxonomy.is_group(item) for _, item in dialog.found.roles)
    reason = dialog.changes.item(0, 4).text()
    assert " zones in " in reason and "% of its sector mix. " in reason  # the evidence, then the rule
    dialog.unspecified.setChecked(True)
    dialog.run()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert any(taxonomy.is_group(item) for _, item in dialog.found.roles)
