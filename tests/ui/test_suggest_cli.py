"""``main.py suggest`` as planners' scripts use it: the JSON contract, CSV, rules, infeasibility."""

from __future__ import annotations

import csv
import io
import json

from tests.ui.test_cli import run


def test_the_json_object_has_roles_changes_indicators_status_and_gap():
    result = run("suggest", "--format", "json", "--lang", "en")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"roles", "changes", "indicators", "status", "gap"} <= set(data)
    assert data["status"] == "optimal" and data["gap"] == 0
    assert set(data["roles"][0]) >= {"region", "sector", "role", "reason"}
    assert set(data["changes"][0]) >= {"region", "sector", "from", "to", "reason"}
    assert data["indicators"]["conflicting_leads"]["after"] == 0
    assert data["indicators"]["duplicated_pairs"]["after"] < data["indicators"]["duplicated_pairs"]["before"]
    leads = [r for r in data["roles"] if r["role"] == "lead"]
    assert leads and all("lead" in r["reason"] for r in leads)


def test_the_same_input_gives_the_same_output():
    first = run("suggest", "--format", "csv", "--lang", "zh")
    again = run("suggest", "--format", "csv", "--lang", "zh")
    assert first.returncode == 0 and first.stdout == again.stdout
    rows = list(csv.DictReader(io.StringIO(first.stdout)))
    assert list(rows[0]) == ["region", "sector", "role", "score", "reason"]
    assert any("牵头" in row["reason"] for row in rows)


def test_a_rule_fixing_a_lead_is_kept_and_an_impossible_rule_is_named(tmp_path):
    rules = tmp_path / "rules.csv"
    rules.write_text("规则,地区,产业,角色\n固定,营口市,PCH.REF,牵头\n", encoding="utf-8")
    result = run("suggest", "--rules", str(rules), "--format", "json")
    assert result.returncode == 0, result.stderr
    roles = {(r["region"], r["sector"]): r["role"] for r in json.loads(result.stdout)["roles"]}
    assert roles[("210800", "PCH.REF")] == "lead" and roles[("210200", "PCH.REF")] != "lead"
    rules.write_text("rule,region,sector,role\nrestrict,,PCH.REF,\n", encoding="utf-8")
    impossible = json.loads(run("suggest", "--rules", str(rules), "--format", "json", "--lang", "en").stdout)
    assert impossible["status"] == "infeasible" and impossible["roles"] == []
    kinds = {c["kind"] for c in impossible["conflicts"]}
    assert kinds == {"restrict", "cover"}
    assert any("rules.csv:2" in c["text"] for c in impossible["conflicts"])


def test_a_bad_rules_file_is_refused_with_its_row(tmp_path):
    rules = tmp_path / "rules.csv"
    rules.write_text("rule,region,sector,role\nforbid,营口市,PCH.REF,lead\n", encoding="utf-8")
    result = run("suggest", "--rules", str(rules), "--lang", "en")
    assert result.returncode == 2 and "rules.csv" in result.stderr and "row 2" in result.stderr
    assert result.stdout == ""
