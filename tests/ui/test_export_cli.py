"""``main.py export`` as planners' scripts use it: sizes, formats, atlas, projects, bad options."""

from __future__ import annotations

import json

from PIL import Image
from pypdf import PdfReader

from tests.ui.test_cli import ROOT, run


def test_a_png_at_the_size_and_dpi_asked_for(tmp_path):
    out = tmp_path / "辽宁.png"
    result = run("export", "--size", "A4", "--dpi", "100", "--out", str(out), "--lang", "zh")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert Image.open(out).size == (827, 1169)


def test_an_atlas_pdf_has_one_page_per_contested_sector(tmp_path):
    out = tmp_path / "atlas.pdf"
    result = run("export", "--atlas", "--size", "A4-landscape", "--dpi", "72", "--out", str(out))
    assert result.returncode == 0, result.stderr
    analysis = json.loads(run("analyze", "--format", "json").stdout)
    contested = {flag["sector"] for flag in analysis["duplicates"]}
    assert len(PdfReader(out).pages) == len(contested) > 10


def test_an_atlas_of_images_writes_one_file_per_sector(tmp_path):
    out = tmp_path / "sector.png"
    result = run("export", "--atlas", "--dpi", "72", "--out", str(out), "--no-locator")
    assert result.returncode == 0, result.stderr
    written = result.stdout.split()
    assert len(written) > 10 and all(
        (tmp_path / name).exists() for name in map(lambda p: p.split("/")[-1], written)
    )
    assert str(tmp_path / "sector-PCH.REF.png") in written


def test_one_sector_from_a_project_scenario_in_english(tmp_path):
    out = tmp_path / "blocs.svg"
    project = ROOT / "tests" / "data" / "project_v1.gpkg"
    sector = "Oil refining and basic petrochemicals"
    options = ["--out", str(out), "--lang", "en", "--stamp", "--dpi", "72", "--svg-text", "embed"]
    result = run("export", "--project", str(project), "--scenario", "方案一", "--sector", sector, *options)
    assert result.returncode == 0, result.stderr
    svg = out.read_text(encoding="utf-8")
    assert "Oil refining and basic petrochemicals" in svg and "方案一" in svg and "Internal" in svg


def test_an_unknown_scenario_names_the_ones_there_are(tmp_path):
    project = ROOT / "tests" / "data" / "project_v1.gpkg"
    result = run(
        "export", "--project", str(project), "--scenario", "方案九", "--out", str(tmp_path / "x.png")
    )
    assert result.returncode == 2
    assert "方案九" in result.stderr and "方案一" in result.stderr and "方案二" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_bad_options_are_refused_before_anything_is_drawn(tmp_path):
    wrong = run("export", "--out", str(tmp_path / "map.jpg"))
    assert wrong.returncode == 2 and ".png" in wrong.stderr
    dpi = run("export", "--dpi", "2000", "--out", str(tmp_path / "map.png"))
    assert dpi.returncode == 2 and "2000" in dpi.stderr
    missing = run("export", "--out", str(tmp_path / "no" / "such" / "map.pdf"), "--dpi", "72")
    assert missing.returncode == 2 and "map.pdf" in missing.stderr
    assert list(tmp_path.iterdir()) == []


# -- the plan on the page --------------------------------------------------------------
ROLES = (
    "region,sector,role\n锦州市,PCH.REF,牵头\n盘锦市,石油化工,配套\n葫芦岛市,PCH.REF,avoid\n"
    "大连市,船舶,lead\n"
)


def _roles(tmp_path):
    path = tmp_path / "方案二.csv"
    path.write_text(ROLES, encoding="utf-8")
    return str(path)


def test_a_plan_changes_the_duplication_page(tmp_path):
    plain, planned = tmp_path / "baseline.png", tmp_path / "plan.png"
    common = ["--dpi", "72", "--no-locator", "--lang", "en"]
    assert run("export", "--out", str(plain), *common).returncode == 0
    result = run("export", "--roles", _roles(tmp_path), "--out", str(planned), *common)
    assert result.returncode == 0, result.stderr
    assert Image.open(plain).tobytes() != Image.open(planned).tobytes()


def test_the_plan_view_of_a_sector_names_each_role_in_its_legend(tmp_path):
    out = tmp_path / "plan.svg"
    result = run(
        "export",
        "--view",
        "plan",
        "--sector",
        "石油化工",
        "--roles",
        _roles(tmp_path),
        "--out",
        str(out),
        "--lang",
        "zh",
        "--dpi",
        "72",
        "--svg-text",
        "embed",
    )
    assert result.returncode == 0, result.stderr
    svg = out.read_text(encoding="utf-8")
    assert all(word in svg for word in ("分工方案", "牵头", "配套", "避免", "方案二"))


def test_a_plan_atlas_has_one_page_per_contested_sector(tmp_path):
    out = tmp_path / "plan-atlas.pdf"
    result = run(
        "export", "--view", "plan", "--atlas", "--roles", _roles(tmp_path), "--dpi", "72", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    contested = {
        flag["sector"] for flag in json.loads(run("analyze", "--format", "json").stdout)["duplicates"]
    }
    assert len(PdfReader(out).pages) == len(contested)


def test_before_and_after_share_one_page_with_a_caption_each(tmp_path):
    out = tmp_path / "before-after.svg"
    result = run(
        "export",
        "--before-after",
        "--roles",
        _roles(tmp_path),
        "--out",
        str(out),
        "--lang",
        "en",
        "--size",
        "16:9",
        "--dpi",
        "72",
        "--svg-text",
        "embed",
    )
    assert result.returncode == 0, result.stderr
    svg = out.read_text(encoding="utf-8")
    assert "Baseline (no roles)" in svg and "Plan: 方案二" in svg and "before and after the plan" in svg


def test_plan_options_without_a_plan_or_at_odds_are_refused(tmp_path):
    out = tmp_path / "x.png"
    for options in (
        ["--view", "plan"],
        ["--before-after"],
        ["--plain", "--view", "plan", "--roles", _roles(tmp_path)],
        ["--before-after", "--baseline", "--roles", _roles(tmp_path)],
    ):
        result = run("export", *options, "--out", str(out), "--lang", "en")
        assert result.returncode == 2, options
        assert "Traceback" not in result.stderr and "--" in result.stderr
    assert not out.exists()
