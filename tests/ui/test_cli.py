"""The command line as planners' scripts use it: outputs, languages, exit codes, no half files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, lang_env: str = "en_US.UTF-8") -> subprocess.CompletedProcess:
    env = {**os.environ, "LANG": lang_env, "LC_ALL": lang_env}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


def test_regions_csv_lists_liaonings_cities():
    result = run("regions")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["id"] for r in rows] == [f"21{n:02d}00" for n in range(1, 15)]
    assert list(rows[0]) == [
        "id",
        "name_zh",
        "name_en",
        "parent_id",
        "level",
        "area_km2",
        "centroid_lon",
        "centroid_lat",
    ]
    shenyang = rows[0]
    assert (shenyang["name_zh"], shenyang["name_en"], shenyang["parent_id"]) == (
        "沈阳市",
        "Shenyang",
        "210000",
    )
    assert 12_000 < float(shenyang["area_km2"]) < 13_500
    assert 122.5 < float(shenyang["centroid_lon"]) < 123.9 and 41.2 < float(shenyang["centroid_lat"]) < 43.1


def test_regions_json_for_counties_by_short_name():
    result = run("regions", "--province", "辽宁", "--level", "county", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "\\u" not in result.stdout
    rows = json.loads(result.stdout)
    assert len(rows) == 100
    assert {r["parent_id"] for r in rows} == {f"21{n:02d}00" for n in range(1, 15)}


def test_regions_out_file(tmp_path):
    out = tmp_path / "jilin.csv"
    result = run("regions", "--province", "220000", "--out", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith("220100,长春市,Changchun,220000,city,")


@pytest.mark.parametrize(
    ("args", "lang", "words"),
    [
        (("regions", "--province", "火星"), "en", "Unknown province “火星”"),
        (("regions", "--province", "火星", "--lang", "zh"), "zh", "未知的省份“火星”"),
        (("regions", "--province", "999999"), "en", "Unknown province “999999”"),
        (("regions", "--level", "township"), "en", "Unknown level “township”"),
        (("regions", "--level", "township", "--lang", "zh"), "zh", "未知的层级"),
        (("regions", "--format", "xml"), "en", "Invalid command line"),
    ],
)
def test_bad_input_gives_a_clear_message_and_status_2(args, lang, words):
    result = run(*args)
    assert result.returncode == 2
    assert words in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_the_system_locale_picks_chinese_messages():
    result = run("regions", "--province", "火星", lang_env="zh_CN.UTF-8")
    assert result.returncode == 2 and "未知的省份" in result.stderr


def test_an_unwritable_output_leaves_nothing(tmp_path):
    out = tmp_path / "missing-folder" / "regions.csv"
    result = run("regions", "--out", str(out))
    assert result.returncode == 2
    assert "missing-folder" in result.stderr
    assert not out.parent.exists()


def test_screenshot_writes_a_png_of_the_window(tmp_path):
    out = tmp_path / "window.png"
    result = run("screenshot", str(out), "--size", "1000x700", "--level", "county", "--lang", "zh")
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.size == (1000, 700)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert len(colours) > 50  # a drawn map, not a blank window


@pytest.mark.parametrize(
    ("target", "words"),
    [("missing/shot.png", "the folder does not exist"), ("shot.jpg", "must end in .png")],
)
def test_screenshot_to_a_bad_path_fails_cleanly(tmp_path, target, words):
    result = run("screenshot", str(tmp_path / target))
    assert result.returncode == 2 and words in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_screenshot_with_a_bad_size_fails_cleanly(tmp_path):
    result = run("screenshot", str(tmp_path / "a.png"), "--size", "big")
    assert result.returncode == 2 and "WIDTHxHEIGHT" in result.stderr


PARK_OUTPUT_COLUMNS = [
    "id",
    "name_zh",
    "name_en",
    "region_id",
    "county_id",
    "lon",
    "lat",
    "location_precision",
    "level",
    "kind",
    "sectors",
    "sectors_text",
    "area_ha",
    "approved",
    "source",
]


def test_parks_lists_the_embedded_liaoning_zones():
    result = run("parks")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 88
    assert list(rows[0]) == PARK_OUTPUT_COLUMNS
    lushun = next(r for r in rows if r["name_zh"] == "旅顺经济技术开发区")
    assert (lushun["region_id"], lushun["county_id"], lushun["location_precision"]) == (
        "210200",
        "210212",
        "county",
    )
    assert (
        lushun["sectors"] == "EQP.SHIP;EQP;EQP.RAIL"
        and lushun["sectors_text"] == "船舶;装备制造;轨道交通装备"
    )


def test_parks_json_from_the_catalogue_file():
    result = run(
        "parks", "--parks", str(ROOT / "tests" / "data" / "liaoning_zones_2018.csv"), "--format", "json"
    )
    assert result.returncode == 0, result.stderr
    parks = json.loads(result.stdout)
    assert len(parks) == 88 and "\\u" not in result.stdout
    assert {p["location_precision"] for p in parks} == {"city", "county"}


def test_a_park_file_with_bad_rows_writes_nothing_unless_told(tmp_path):
    path = tmp_path / "parks.csv"
    path.write_text("名称,所在城市,主导产业\n甲园区,火星,船舶\n乙园区,大连,量子引力;船舶\n", encoding="utf-8")
    out = tmp_path / "out.csv"
    rejected = run("parks", "--parks", str(path), "--province", "辽宁", "--out", str(out), "--lang", "zh")
    assert rejected.returncode == 2 and not out.exists()
    assert "第 2 行" in rejected.stderr and "火星" in rejected.stderr
    kept = run("parks", "--parks", str(path), "--province", "辽宁", "--skip-bad-rows", "--out", str(out))
    assert kept.returncode == 0
    assert "量子引力 (3)" in kept.stderr  # unknown terms are reported, not dropped silently
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["name_zh"] for r in rows] == ["乙园区"] and rows[0]["sectors_text"] == "量子引力;船舶"


@pytest.mark.parametrize(
    ("content", "words"), [(b"\x00\xff junk", "not a text table"), (b"a,b\n1,2\n", "needs a column")]
)
def test_an_unreadable_park_file_is_refused(tmp_path, content, words):
    path = tmp_path / "parks.csv"
    path.write_bytes(content)
    result = run("parks", "--parks", str(path), "--province", "辽宁")
    assert result.returncode == 2 and words in result.stderr and result.stdout == ""


# -- hostile input: a clear message in the chosen language, exit 2, nothing written -------------


@pytest.fixture
def cli(capsys):
    """Run a headless command in this process: (exit status, standard output, standard error)."""
    from ui.cli.main import main

    def call(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    yield call
    from ui.i18n import install_language

    install_language("en")


def _refused(cli, args, en: str, zh: str) -> None:
    for lang, words in (("en", en), ("zh", zh)):
        status, out, err = cli(*args, "--lang", lang)
        assert status == 2, err
        assert words in err, err
        assert "Traceback" not in err and out == ""


@pytest.mark.parametrize(
    ("args", "en", "zh"),
    [
        (("analyze", "--tolerance", "1e5"), "from 0 to 1000", "0 到 1000"),
        (("analyze", "--tolerance", "nan"), "gap tolerance", "缝隙容差"),
        (("analyze", "--min-shared", "1e9"), "minimum shared border", "最短共同边界"),
        (("analyze", "--neighbours", "knn:1000"), "nearest regions", "最近地区"),
        (("analyze", "--neighbours", "distance:1e9"), "distance band", "距离带"),
        (("analyze", "--focus", "lq:inf"), "location-quotient", "区位商"),
        (("suggest", "--weights", "nan,0,0,0"), "--weights", "--weights"),
        (("suggest", "--weights", "inf,1,1,1"), "--weights", "--weights"),
        (("suggest", "--lead-threshold", "nan"), "--lead-threshold", "--lead-threshold"),
        (("suggest", "--time-limit", "1e9"), "--time-limit", "--time-limit"),
        (("export", "--dpi", "100000", "--out", "x.pdf"), "--dpi", "--dpi"),
    ],
)
def test_every_number_has_a_range_and_the_message_gives_it(cli, args, en, zh):
    _refused(cli, args, en, zh)


def test_a_device_a_folder_and_a_missing_file_are_named_as_such(cli, tmp_path):
    if Path("/dev/zero").exists():
        _refused(cli, ("parks", "--parks", "/dev/zero"), "not an ordinary file", "不是普通文件")
    _refused(cli, ("parks", "--parks", str(tmp_path)), "is a folder", "文件夹")
    _refused(cli, ("parks", "--parks", str(tmp_path / "gone.xlsx")), "does not exist", "不存在")


def test_a_sparse_workbook_is_refused_through_every_reader(cli, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "sparse.xlsx"
    book = Workbook()
    book.active.append(["地区", "产业", "角色"])
    book.active["XFD1048576"] = "x"
    book.save(path)
    for option in ("--parks", "--roles", "--statistics", "--blocs", "--links"):
        command = "parks" if option == "--parks" else "analyze"
        status, _, err = cli(command, option, str(path), "--lang", "zh")
        assert status == 2 and "1048576" in err and "16384" in err, (option, err)


def test_an_output_that_is_an_input_is_refused(cli, tmp_path):
    path = tmp_path / "parks.csv"
    path.write_text("名称,所在城市,主导产业\n甲园区,大连,船舶\n", encoding="utf-8")
    before = path.read_bytes()
    _refused(
        cli, ("parks", "--parks", str(path), "--out", str(path)), "input file given with --parks", "输入文件"
    )
    assert path.read_bytes() == before


def test_parks_excel_output_holds_names_as_text_never_formulas(cli, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "parks.csv"
    path.write_text(
        "名称,所在城市,主导产业\n\"=cmd|'/c calc'!A1\",大连,船舶\n=1+1,大连,船舶\n", encoding="utf-8"
    )
    status, _, err = cli("parks", "--parks", str(path), "--out", str(tmp_path / "out.xlsx"))
    assert status == 0, err
    sheet = load_workbook(tmp_path / "out.xlsx")["parks"]
    assert [sheet.cell(row=r, column=2).value for r in (2, 3)] == ["=cmd|'/c calc'!A1", "=1+1"]
    assert {sheet.cell(row=r, column=2).data_type for r in (2, 3)} == {"s"}
    status, out, _ = cli("parks", "--parks", str(path))
    assert "'=cmd" in out and "'=1+1" in out


def test_analyze_json_carries_full_precision(cli):
    status, out, err = cli("analyze", "--level", "county")
    assert status == 0, err
    data = json.loads(out)
    decimals = [
        len(repr(p["similarity"]).split(".")[-1]) for p in data["pairs"] if p["similarity"] not in (0, 1)
    ]
    assert max(decimals) > 4  # 2/√5 is 0.894427…, not 0.8944


def test_an_unforeseen_error_becomes_a_message_and_a_log_file(cli, monkeypatch):
    import ui.cli.main

    def broken(args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setitem(ui.cli.main._HEADLESS, "regions", broken)
    for lang, words in (("en", "An internal error occurred; nothing was changed."), ("zh", "程序内部出错")):
        status, out, err = cli("regions", "--lang", lang)
        assert status == 2 and words in err and "Traceback" not in err and out == ""
        log = Path(err.split("{log}")[0].strip().rstrip("。.").split()[-1].split("见")[-1].strip())
        assert "ZeroDivisionError" in log.read_text(encoding="utf-8"), err


def test_rules_in_contradiction_name_both_rows_and_unused_rules_are_listed(cli, tmp_path):
    rules = tmp_path / "rules.csv"
    rules.write_text("规则,地区,产业,角色\n固定,营口,船舶,牵头\n固定,营口,船舶,避免\n", encoding="utf-8")
    _refused(cli, ("suggest", "--rules", str(rules)), "row 2 already fixes", "第 2 行已固定")
    rules.write_text("规则,地区,产业,角色\n固定,营口,船舶,牵头\n", encoding="utf-8")
    status, out, err = cli("suggest", "--rules", str(rules), "--lang", "zh")
    assert status == 0 and "rules.csv:2" in err and "未被使用" in err
    assert json.loads(out)["unused_rules"][0]["why"] == "not-contested"


def test_statistics_with_a_decimal_comma_are_refused_not_misread(cli, tmp_path):
    path = tmp_path / "stats.csv"
    path.write_text('地区,产业,产值\n大连,船舶,"1,5"\n营口,船舶,2\n', encoding="utf-8")
    _refused(cli, ("analyze", "--statistics", str(path)), "decimal comma", "小数逗号")


def test_export_of_a_project_that_uses_an_own_sector(cli, tmp_path):
    from model.project_file import open_project, save_project
    from tests.model.test_project_file import small_project

    project = small_project()
    project.scope = {"province": "210000", "level": "city"}
    from maps.boundaries import load_region_layer
    from maps.cnmaps_source import CnmapsSource
    from model.regions import Level, Scope

    province = next(p for p in CnmapsSource().provinces() if p.adcode == "210000")
    project.regions = load_region_layer(Scope(province, Level.CITY)).regions
    for scenario in project.scenarios:
        scenario.parks.loc[0, "sectors"] = "EQP.U1"  # the project's own 冰雪装备
    save_project(project, tmp_path / "plan.gpkg")
    assert open_project(tmp_path / "plan.gpkg").own_sectors[0]["code"] == "EQP.U1"
    status, out, err = cli(
        "export", "--project", str(tmp_path / "plan.gpkg"), "--out", str(tmp_path / "p.png"), "--dpi", "72"
    )
    assert status == 0, err
    assert (tmp_path / "p.png").exists()


def test_export_of_a_damaged_project_is_refused(cli, tmp_path):
    import sqlite3

    from model.project_file import save_project
    from tests.model.test_project_file import small_project

    save_project(small_project(), tmp_path / "plan.gpkg")
    with sqlite3.connect(tmp_path / "plan.gpkg") as db:
        db.execute("UPDATE project SET value = '0' WHERE key = 'format_version'")
    _refused(cli, ("export", "--project", str(tmp_path / "plan.gpkg"), "--out", str(tmp_path / "p.pdf")),
             "format_version 0", "format_version 0")  # fmt: skip
    assert not (tmp_path / "p.pdf").exists()


@pytest.mark.parametrize("roles", ["missing.csv", "bad.csv"])
def test_screenshot_with_a_bad_roles_file_never_waits_for_a_click(tmp_path, roles):
    (tmp_path / "bad.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    result = run("screenshot", str(tmp_path / "s.png"), "--roles", str(tmp_path / roles), "--lang", "zh")
    assert result.returncode == 2 and "无法使用" in result.stderr
    assert not (tmp_path / "s.png").exists()


@pytest.mark.parametrize(
    ("folder", "size", "words"),
    [(True, "1400x900", "is a folder"), (False, "60000x60000", "from 400x300 to 8000x8000")],
)
def test_screenshot_to_a_folder_or_of_a_giant_size_is_refused(tmp_path, folder, size, words):
    target = tmp_path / "shot.png"
    if folder:
        target.mkdir()
    result = run("screenshot", str(target), "--size", size)
    assert result.returncode == 2 and words in result.stderr
    assert [p.name for p in tmp_path.iterdir()] == (["shot.png"] if folder else [])


def test_an_exported_plan_shows_the_duplication_it_leaves_and_baseline_shows_the_baseline(cli, tmp_path):
    from matplotlib.image import imread

    status, out, _ = cli("analyze", "--table", "duplicates", "--format", "json")
    assert status == 0
    flags = json.loads(out)["duplicates"]
    rows = {(f["b"], f["sector"]) for f in flags[: len(flags) // 2]}  # half the flags resolved
    roles = tmp_path / "roles.csv"
    roles.write_text(
        "地区,产业,角色\n" + "".join(f"{r},{s},避免\n" for r, s in sorted(rows)), encoding="utf-8"
    )
    pages = {}
    for name, extra in (
        ("none", ()),
        ("plan", ("--roles", str(roles))),
        ("base", ("--roles", str(roles), "--baseline")),
    ):
        path = tmp_path / f"{name}.png"
        status, _, err = cli("export", "--out", str(path), "--dpi", "72", "--no-locator", *extra)
        assert status == 0, err
        pages[name] = imread(path)
    assert (pages["plan"] != pages["none"]).any()  # the plan changes the picture
    differs = (pages["base"] != pages["none"]).any(axis=-1)
    # the baseline page differs from the page without a plan only by the plan's conflict marks
    # and the legend's title line, not by the shading: far fewer pixels than the plan page
    assert differs.sum() < (pages["plan"] != pages["none"]).any(axis=-1).sum()


def test_export_sector_takes_names_and_synonyms_and_says_when_no_zone_declares_it(cli, tmp_path):
    status, out, err = cli("export", "--sector", "船舶", "--out", str(tmp_path / "s.png"), "--dpi", "72")
    assert status == 0, err
    assert err == ""  # two Liaoning zones declare shipbuilding
    status, out, err = cli("export", "--sector", "光伏", "--out", str(tmp_path / "p.png"), "--dpi", "72")
    assert status == 0 and (tmp_path / "p.png").exists()
    assert "No park shown declares" in err, err
    _refused(
        cli,
        ("export", "--sector", "不存在的产业", "--out", str(tmp_path / "x.png")),
        "no sector or group has this code, name or synonym",
        "没有代码、名称或同义词为",
    )
    assert not (tmp_path / "x.png").exists()


def test_screenshot_sector_takes_a_synonym_and_says_when_no_zone_declares_it(tmp_path):
    result = run("screenshot", str(tmp_path / "s.png"), "--sector", "光伏", "--lang", "zh")
    assert result.returncode == 0, result.stderr
    assert "没有显示的园区以光伏为主导产业" in result.stderr
    result = run("screenshot", str(tmp_path / "t.png"), "--sector", "不存在的产业", "--lang", "zh")
    assert result.returncode == 2 and "没有代码、名称或同义词为" in result.stderr
    assert not (tmp_path / "t.png").exists()


@pytest.mark.parametrize(
    ("args", "en", "zh"),
    [
        (
            ("export", "--out", "page.txt"),
            "must name a .png, .svg or .pdf file",
            "必须是 .png、.svg 或 .pdf 文件",
        ),
        (("analyze", "--format", "xlsx"), "needs --out FILE.xlsx", "工作簿不能输出到屏幕"),
        (("analyze", "--table", "conflicts", "--format", "csv"), "needs --roles FILE", "要评估的方案"),
    ],
)
def test_option_problems_are_told_in_the_interface_language(cli, args, en, zh):
    _refused(cli, args, en, zh)
