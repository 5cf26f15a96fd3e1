"""``main.py analyze`` as planners' scripts use it: the JSON contract, CSV and Excel, options."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.ui.test_cli import ROOT, run


@pytest.fixture(scope="module")
def liaoning_json() -> dict:
    result = run("analyze", "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_json_object_has_the_contract_keys_and_shapes(liaoning_json):
    data = liaoning_json
    assert {"regions", "neighbours", "duplicates", "pairs", "settings"} <= set(data)
    assert len(data["regions"]) == 14
    assert set(data["regions"][0]) >= {"id", "name_zh", "name_en"}
    assert all(a < b for a, b in data["neighbours"]) and data["neighbours"] == sorted(data["neighbours"])
    assert ["210200", "210800"] in data["neighbours"]  # 大连 – 营口
    assert set(data["duplicates"][0]) >= {"a", "b", "sector", "score", "parks_a", "parks_b"}
    assert set(data["pairs"][0]) >= {"a", "b", "similarity", "krugman", "jaccard", "percentile"}
    assert data["settings"]["focus"] == "declared" and data["settings"]["neighbours"]["mode"] == "border"
    assert data["settings"]["items"] == "sector"


def test_every_flag_is_a_neighbour_pair_whose_parks_both_declare_the_sector(liaoning_json):
    parks = run("parks", "--format", "json")
    declared = {p["id"]: (p["region_id"], set(p["sectors"].split(";"))) for p in json.loads(parks.stdout)}
    neighbours = {tuple(p) for p in liaoning_json["neighbours"]}
    assert liaoning_json["duplicates"]
    for flag in liaoning_json["duplicates"]:
        assert (flag["a"], flag["b"]) in neighbours
        for side in ("a", "b"):
            assert flag[f"parks_{side}"]
            for park in flag[f"parks_{side}"]:
                region, sectors = declared[park]
                assert region == flag[side] and flag["sector"] in sectors
    scores = [f["score"] for f in liaoning_json["duplicates"]]
    assert scores == sorted(scores, reverse=True)
    sectors = {f["sector"] for f in liaoning_json["duplicates"]}
    assert {"PCH.REF", "AUT.PART", "EQP"} <= sectors  # refining, car parts, and bare 装备制造


def test_pairs_are_the_neighbour_pairs_with_measures_in_range(liaoning_json):
    assert {(p["a"], p["b"]) for p in liaoning_json["pairs"]} == {
        tuple(p) for p in liaoning_json["neighbours"]
    }
    for pair in liaoning_json["pairs"]:
        assert 0 <= pair["similarity"] <= 1 and 0 <= pair["krugman"] <= 2
        assert 0 <= pair["jaccard"] <= 1 and 0 <= pair["percentile"] <= 100


def test_csv_prints_one_table_and_excel_writes_every_table(tmp_path):
    result = run("analyze", "--format", "csv", "--table", "pairs", "--items", "group")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0])[:6] == ["a", "b", "similarity", "krugman", "jaccard", "percentile"]
    out = tmp_path / "analysis.xlsx"
    assert run("analyze", "--format", "xlsx", "--out", str(out)).returncode == 0
    from openpyxl import load_workbook

    assert load_workbook(out).sheetnames == [
        "regions",
        "neighbours",
        "duplicates",
        "pairs",
        "items",
        "settings",
    ]


def test_a_park_file_of_any_province_is_analysed_on_its_own_map(tmp_path):
    path = tmp_path / "jilin.csv"
    path.write_text(
        "名称,所在城市,主导产业\n长春汽车园,长春,汽车\n吉林汽车园,吉林市,汽车零部件;汽车\n四平装备园,四平,汽车\n",
        encoding="utf-8",
    )
    result = run("analyze", "--parks", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["settings"]["province"] == "220000" and len(data["regions"]) == 9
    flagged = {(f["a"], f["b"], f["sector"]) for f in data["duplicates"]}
    assert ("220100", "220200", "AUT.VEH") in flagged  # 长春 – 吉林 both build vehicles


def test_blocs_links_and_focus_options(tmp_path):
    blocs = tmp_path / "blocs.csv"
    blocs.write_text(
        "板块,城市\n沿海经济带,大连\n沿海经济带,丹东\n沿海经济带,锦州\n沿海经济带,营口\n沿海经济带,盘锦\n沿海经济带,葫芦岛\n",
        encoding="utf-8",
    )
    result = json.loads(run("analyze", "--blocs", str(blocs)).stdout)
    assert len(result["neighbours"]) == 15  # every pair of the six coastal cities
    links = tmp_path / "links.csv"
    links.write_text("a,b,action\n大连,营口,cut\n", encoding="utf-8")
    cut = json.loads(run("analyze", "--links", str(links)).stdout)
    assert ["210200", "210800"] not in cut["neighbours"]
    lq = json.loads(run("analyze", "--focus", "lq:1.5").stdout)
    assert lq["settings"]["focus"] == "lq" and lq["settings"]["lq_threshold"] == 1.5
    assert len(lq["duplicates"]) < 90


def test_a_statistics_table_replaces_the_park_weights(tmp_path):
    table = tmp_path / "output.csv"
    table.write_text(
        "地区,产业,产值\n大连,船舶,400\n大连,石化,600\n营口,船舶,100\n营口,石化,100\n", encoding="utf-8"
    )
    data = json.loads(run("analyze", "--statistics", str(table)).stdout)
    pair = next(p for p in data["pairs"] if (p["a"], p["b"]) == ("210200", "210800"))
    # 大连 (0.4, 0.6), 营口 (0.5, 0.5): S = 0.5 / (√0.52 · √0.5)
    assert pair["similarity"] == pytest.approx(0.5 / (0.52**0.5 * 0.5**0.5), abs=1e-4)
    assert pair["krugman"] == pytest.approx(0.2, abs=1e-4)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--focus", "lq:x"), "focus"),
        (("--neighbours", "rook"), "neighbours"),
        (("--format", "xlsx"), "--out"),
    ],
)
def test_bad_options_give_a_clear_message_and_status_2(args, words):
    result = run("analyze", *args)
    assert result.returncode == 2 and words in result.stderr and not result.stdout


def test_a_bad_blocs_file_names_row_and_field_and_writes_nothing(tmp_path):
    blocs = tmp_path / "blocs.csv"
    blocs.write_text("板块,城市\n沿海,大连\n沿海,北京\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("analyze", "--blocs", str(blocs), "--out", str(out), "--lang", "en")
    assert result.returncode == 2
    assert "row 3, field “城市”" in result.stderr and "北京" in result.stderr
    assert not out.exists()


def test_the_whole_country_at_county_level_runs():
    result = run("analyze", "--province", "all", "--level", "county", "--format", "csv", "--table", "regions")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) > 2800
    islands = [r for r in rows if r["neighbours"] == "0"]
    assert 0 < len(islands) < 40  # island counties (长海县, 三沙市 …) and the odd enclave
    assert ROOT.exists()


def test_a_roles_file_is_evaluated_as_a_plan(tmp_path):
    roles = tmp_path / "roles.csv"
    roles.write_text(
        "地区,产业,角色,备注\n锦州,石化,牵头,炼化基地\n盘锦,石化,牵头,\n营口,石化,配套,\n大连,石化,避免,\n",
        encoding="utf-8",
    )
    data = json.loads(run("analyze", "--roles", str(roles)).stdout)
    assert {"conflicts", "indicators"} <= set(data["plan"])
    lead_lead = [c for c in data["plan"]["conflicts"] if c["kind"] == "lead-lead"]
    assert lead_lead == [
        {"a": "210700", "b": "211100", "sector": "PCH.REF", "kind": "lead-lead"}
    ]  # 锦州, 盘锦
    indicators = data["plan"]["indicators"]
    assert indicators["conflicting_leads"] == {"baseline": 0.0, "plan": 1.0}
    assert indicators["duplicated_pairs"]["plan"] < indicators["duplicated_pairs"]["baseline"]
    table = run("analyze", "--roles", str(roles), "--format", "csv", "--table", "indicators")
    assert table.stdout.splitlines()[0] == "indicator,baseline,plan"


def test_a_bad_role_is_named_by_row_and_field(tmp_path):
    roles = tmp_path / "roles.csv"
    roles.write_text("region,sector,role\n大连,船舶,boss\n", encoding="utf-8")
    result = run("analyze", "--roles", str(roles), "--lang", "en")
    assert result.returncode == 2 and "row 2, field “role”" in result.stderr and "boss" in result.stderr
