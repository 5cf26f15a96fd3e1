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
