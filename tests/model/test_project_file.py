"""Project files: identical after a round trip, safe against interrupted saves, strict about
what they accept, and readable by every earlier format version."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from model.analysis_settings import AnalysisSettings
from model.commands import History, LinkRegions, MovePark, SetRole
from model.parks import PARK_COLUMNS
from model.plan import Role
from model.project_file import (
    FORMAT_VERSION,
    Project,
    ProjectFileError,
    open_project,
    same_parks,
    save_project,
)
from model.scenario import Scenario

DATA = Path(__file__).resolve().parents[1] / "data"
ROOT = Path(__file__).resolve().parents[2]


def small_project() -> Project:
    """Three square regions, four parks, two scenarios with roles, a move and a link."""
    regions = gpd.GeoDataFrame(
        {
            "id": ["B1", "B2", "B3"],
            "name_zh": ["沿海经济带", "沈阳都市圈", "辽西北"],
            "name_en": ["Coastal belt", "Shenyang area", "Northwest"],
            "parent_id": "210000",
            "level": "own",
        },
        geometry=[shapely.box(121 + i, 40, 122 + i, 41) for i in range(3)],
        crs="EPSG:4326",
    )
    parks = pd.DataFrame({c: [""] * 4 for c in PARK_COLUMNS})
    parks["id"] = ["G1", "G2", "S3", "S4"]
    parks["name_zh"] = ["大连经开区", "营口经开区", "沈阳经开区", "阜新园区"]
    parks["region_id"] = ["210200", "210800", "210100", "210900"]
    parks["lon"] = [121.5, 121.9, 122.5, 123.5]
    parks["lat"] = [40.5, 40.4, 40.6, 40.5]
    parks["area_ha"] = [1000.0, float("nan"), 300.0, 12.5]
    parks["sectors"] = ["EQP.SHIP;PCH.REF", "PCH.REF", "AUT.VEH", "EQP"]
    parks["sectors_text"] = ["船舶、石化", "石化", "汽车整车", "装备制造"]
    parks["location_precision"] = ["city", "city", "county", "exact"]
    first = Scenario("方案一", parks.copy(), AnalysisSettings().with_focus("lq:1.5"))
    history = History(first)
    history.push(
        SetRole(
            region="B1",
            sector="PCH.REF",
            role=Role.LEAD,
            note="港口条件",
            who="王工",
            when="2026-11-26T10:00+08:00",
        )
    )
    history.push(
        MovePark.to("G2", 122.1, 40.3, "210800", "210804", who="王工", when="2026-11-26T10:05+08:00")
    )
    history.push(LinkRegions(a="B1", b="B3", who="李工", when="2026-11-26T10:09+08:00", why="海上通道"))
    second = first.copy("方案二")
    History(second).push(
        SetRole(region="B2", sector="AUT.VEH", role=Role.SUPPORT, who="李工", when="2026-11-26T11:00+08:00")
    )
    return Project(
        scope={
            "province": "210000",
            "level": "own",
            "own": {"path": "blocs.gpkg", "id_field": "编号", "name_field": "名称"},
        },
        regions=regions,
        baseline=parks,
        scenarios=[first, second],
        current="方案二",
        parks_source="zones.xlsx",
        term_mappings={"船舶海工": ["EQP.SHIP"], "临港装备": ["EQP.SHIP", "EQP"]},
        own_sectors=[
            {
                "code": "EQP.U1",
                "group": "EQP",
                "name_zh": "冰雪装备",
                "name_en": "Ice and snow equipment",
                "synonyms": ["冰雪"],
            }
        ],
    )


def assert_same(a: Project, b: Project) -> None:
    assert (a.scope, a.current, a.parks_source, a.term_mappings, a.own_sectors) == (
        b.scope,
        b.current,
        b.parks_source,
        b.term_mappings,
        b.own_sectors,
    )
    assert same_parks(a.baseline, b.baseline)
    assert list(a.regions["id"]) == list(b.regions["id"])
    assert shapely.equals(a.regions.geometry.values, b.regions.geometry.values).all()
    assert [s.name for s in a.scenarios] == [s.name for s in b.scenarios]
    for x, y in zip(a.scenarios, b.scenarios, strict=True):
        assert same_parks(x.parks, y.parks)
        assert (x.settings, x.roles, x.ledger, x.edited_parks) == (
            y.settings,
            y.roles,
            y.ledger,
            y.edited_parks,
        )


def test_save_then_open_gives_an_identical_project(tmp_path):
    project = small_project()
    save_project(project, tmp_path / "plan.gpkg")
    assert_same(open_project(tmp_path / "plan.gpkg"), project)


def test_the_file_is_a_geopackage_qgis_reads_with_regions_and_parks_layers(tmp_path):
    import pyogrio

    save_project(small_project(), tmp_path / "plan.gpkg")
    layers = dict(pyogrio.list_layers(tmp_path / "plan.gpkg"))
    assert (
        layers["regions"] == "Polygon" and layers["parks"] == "Point" and layers["scenario_parks"] == "Point"
    )
    assert layers["roles"] is None and layers["ledger"] is None and layers["project"] is None
    parks = gpd.read_file(tmp_path / "plan.gpkg", layer="scenario_parks")
    assert set(parks["scenario"]) == {"方案一", "方案二"} and parks.crs.to_epsg() == 4326


def test_saving_again_keeps_the_previous_file_as_a_backup(tmp_path):
    path = tmp_path / "plan.gpkg"
    project = small_project()
    save_project(project, path)
    project.current = "方案一"
    save_project(project, path)
    assert open_project(path).current == "方案一"
    assert open_project(tmp_path / "plan.gpkg.bak").current == "方案二"


KILLED_SAVE = """
import sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {tests!r})
import pyogrio
from test_project_file import small_project
from model.project_file import save_project
write = pyogrio.write_dataframe
def slow(*args, **kwargs):
    write(*args, **kwargs)
    print("wrote", kwargs.get("layer"), flush=True)
    time.sleep(0.5)
pyogrio.write_dataframe = slow
project = small_project()
project.current = "killed"
save_project(project, {path!r})
"""


def test_a_save_killed_half_way_leaves_the_previous_file_intact(tmp_path):
    path = tmp_path / "plan.gpkg"
    save_project(small_project(), path)
    before = path.read_bytes()
    script = KILLED_SAVE.format(root=str(ROOT), tests=str(Path(__file__).parent), path=str(path))
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    for line in child.stdout:
        if "roles" in line:  # half of the tables written
            child.kill()
            break
    child.wait(timeout=30)
    assert path.read_bytes() == before
    assert open_project(path).current == "方案二"


def test_a_file_of_a_newer_format_is_refused(tmp_path):
    path = tmp_path / "plan.gpkg"
    save_project(small_project(), path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE project SET value = ? WHERE key = 'format_version'", (str(FORMAT_VERSION + 1),))
    with pytest.raises(ProjectFileError) as caught:
        open_project(path)
    assert caught.value.params["reason"] == "newer" and caught.value.params["version"] == FORMAT_VERSION + 1


@pytest.mark.parametrize("damage", ["truncated", "random", "missing-table", "not-json"])
def test_a_damaged_file_is_refused_cleanly(tmp_path, damage):
    path = tmp_path / "plan.gpkg"
    save_project(small_project(), path)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 3])
    elif damage == "random":
        path.write_bytes(bytes(range(256)) * 64)
    elif damage == "missing-table":
        with sqlite3.connect(path) as db:
            db.execute("DROP TABLE ledger")
            db.execute("DELETE FROM gpkg_contents WHERE table_name = 'ledger'")
    else:
        with sqlite3.connect(path) as db:
            db.execute("UPDATE scenarios SET settings = 'import os'")
    with pytest.raises(ProjectFileError) as caught:
        open_project(path)
    expected = {
        "truncated": "unreadable",
        "random": "unreadable",
        "missing-table": "missing-table",
        "not-json": "malformed",
    }
    assert caught.value.params["reason"] == expected[damage]


@pytest.mark.parametrize("version", range(1, FORMAT_VERSION + 1))
def test_files_of_every_released_format_open(version, tmp_path):
    copy = tmp_path / f"project_v{version}.gpkg"
    shutil.copy(DATA / f"project_v{version}.gpkg", copy)  # opening never writes; a copy proves it
    before = copy.read_bytes()
    assert_same(open_project(copy), small_project())
    assert copy.read_bytes() == before


def test_a_county_level_project_with_1000_parks_in_five_scenarios_round_trips(tmp_path, liaoning_counties):
    project = small_project()
    parks = pd.concat([project.baseline] * 250, ignore_index=True)
    parks["id"] = [f"P{i}" for i in range(len(parks))]
    project.regions = liaoning_counties.regions
    project.baseline = parks
    project.scenarios = [Scenario(f"方案{i}", parks.copy()) for i in range(5)]
    save_project(project, tmp_path / "county.gpkg")
    assert_same(open_project(tmp_path / "county.gpkg"), project)


# -- hostile and damaged files ------------------------------------------------------------------


def _saved(tmp_path) -> Path:
    path = tmp_path / "plan.gpkg"
    save_project(small_project(), path)
    return path


def _refused(path: Path) -> dict:
    with pytest.raises(ProjectFileError) as caught:
        open_project(path)
    return caught.value.params


def test_a_view_in_place_of_a_table_is_refused_without_running_it(tmp_path):
    """A recursive view under the name of the ledger took 98 s, randomblob 2.1 GB, on open."""
    path = _saved(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("DROP TABLE ledger")
        db.execute(
            "CREATE VIEW ledger AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
            "SELECT 'x' AS scenario, randomblob(1000000) AS who, '' AS 'when', '' AS kind, '' AS region, "
            "'' AS sector, '' AS detail, '' AS why FROM n"
        )
    import time

    started = time.perf_counter()
    params = _refused(path)
    assert time.perf_counter() - started < 2
    assert (params["reason"], params["table"], params["what"]) == ("unsafe", "ledger", "view")


def test_a_trigger_on_a_table_of_ours_is_refused(tmp_path):
    path = _saved(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute("CREATE TRIGGER wipe AFTER INSERT ON roles BEGIN DELETE FROM ledger; END")
    params = _refused(path)
    assert (params["reason"], params["what"]) == ("unsafe", "trigger")


def test_gdal_own_triggers_are_not_mistaken_for_hostile_ones(tmp_path):
    path = _saved(tmp_path)
    with sqlite3.connect(path) as db:
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
    assert names  # GDAL writes spatial-index triggers
    open_project(path)


def test_a_table_with_too_many_rows_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = _saved(tmp_path)
    monkeypatch.setattr("model.geopackage.MAX_TABLE_ROWS", 3)
    monkeypatch.setattr("model.geopackage.read_tables.__defaults__", (3, 30.0))
    params = _refused(path)
    assert params["reason"] == "too-large"


@pytest.mark.parametrize(
    ("sql", "detail"),
    [
        ("UPDATE project SET value = '0' WHERE key = 'format_version'", "format_version 0"),
        ("UPDATE project SET value = '-3' WHERE key = 'format_version'", "format_version -3"),
        ("UPDATE scenarios SET settings = '" + "[" * 100_000 + "]" * 100_000 + "'", "nested too deeply"),
        ("DELETE FROM scenarios", "no scenario"),
        ("UPDATE project SET value = '[1, 2]' WHERE key = 'scope'", "scope"),
        ("UPDATE project SET value = 'null' WHERE key = 'scope'", "scope"),
        (
            'UPDATE project SET value = \'{"province": "210000", "level": "town"}\' WHERE key = \'scope\'',
            "scope",
        ),
        ('UPDATE project SET value = \'{"province": [1], "level": "city"}\' WHERE key = \'scope\'', "scope"),
        ('UPDATE scenarios SET settings = \'{"lq_threshold": "NaN"}\'', "lq_threshold"),
        ('UPDATE scenarios SET settings = \'{"neighbours": {"tolerance_m": 1e9}}\'', "tolerance_m"),
        ("ALTER TABLE parks DROP COLUMN region_id", "region_id"),
        ("UPDATE roles SET role = 'boss'", "boss"),
    ],
)
def test_damaged_content_is_refused_with_what_is_wrong(tmp_path, sql, detail):
    path = _saved(tmp_path)
    with sqlite3.connect(path) as db:
        db.execute(sql)
    params = _refused(path)
    assert params["reason"] == "malformed"
    assert detail in params["detail"]


def test_an_unknown_province_is_refused_not_taken_for_the_whole_country(tmp_path, source):
    from model.project_file import project_scope

    project = small_project()
    project.scope = {"province": "990000", "level": "city"}
    provinces = {p.adcode: p for p in source.provinces()}
    with pytest.raises(ProjectFileError) as caught:
        project_scope(project, tmp_path / "plan.gpkg", provinces)
    assert "990000" in caught.value.params["detail"]
    project.scope = {"province": "all", "level": "city"}
    assert project_scope(project, tmp_path / "plan.gpkg", provinces).province is None


def test_a_missing_file_says_it_does_not_exist(tmp_path):
    assert _refused(tmp_path / "gone.gpkg")["reason"] == "not-found"


# -- saving safely ------------------------------------------------------------------------------


def test_every_save_writes_through_a_temporary_file_of_its_own(tmp_path, monkeypatch):
    import model.project_file as project_file

    names = []
    write = project_file._write
    monkeypatch.setattr(project_file, "_write", lambda p, path: (names.append(path.name), write(p, path)))
    path = tmp_path / "plan.gpkg"
    save_project(small_project(), path)
    save_project(small_project(), path)
    assert len(set(names)) == 2 and all(n.startswith(".plan.") and n.endswith(".gpkg") for n in names)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.gpkg", "plan.gpkg.bak"]


TWO_SAVES = """
import sys, time
sys.path.insert(0, {root!r}); sys.path.insert(0, {tests!r})
import pyogrio
from test_project_file import small_project
from model.project_file import save_project
from model.errors import PlannerError
write = pyogrio.write_dataframe
def slow(*args, **kwargs):
    write(*args, **kwargs)
    time.sleep(0.05)
pyogrio.write_dataframe = slow
project = small_project()
project.current = {name!r}
open({ready!r}, "w").close()
while not __import__("os").path.exists({go!r}):
    time.sleep(0.005)
try:
    save_project(project, {path!r})
    print("saved")
except PlannerError as exc:
    print("refused", exc.code, exc.params.get("saving"))
"""


def test_two_saves_of_one_project_at_once_leave_one_whole_project_and_tell_the_other(tmp_path):
    path = tmp_path / "plan.gpkg"
    children = []
    for name in ("方案一", "方案二"):
        script = TWO_SAVES.format(
            root=str(ROOT), tests=str(Path(__file__).parent), path=str(path), name=name,
            ready=str(tmp_path / f"ready-{name}"), go=str(tmp_path / "go"),
        )  # fmt: skip
        children.append(subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True))
    import time

    deadline = time.monotonic() + 60
    while not all((tmp_path / f"ready-{n}").exists() for n in ("方案一", "方案二")):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    (tmp_path / "go").touch()
    results = sorted(child.communicate(timeout=120)[0].strip() for child in children)
    assert results == ["refused project-locked True", "saved"]
    assert open_project(path).current in ("方案一", "方案二")
    assert not list(tmp_path.glob(".plan*"))  # no temporary file or lock left behind


def test_a_save_that_cannot_write_says_why_and_leaves_nothing(tmp_path, monkeypatch):
    import errno
    import os

    path = _saved(tmp_path)
    before = path.read_bytes()

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ProjectFileError) as caught:
        save_project(small_project(), path)
    assert (caught.value.params["reason"], caught.value.params["why"]) == ("cannot-write", "disk-full")
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.gpkg"]


def test_gdal_failing_on_a_full_disk_is_reported_as_a_full_disk(tmp_path, monkeypatch):
    import model.project_file as project_file

    def failed(project, path):
        raise RuntimeError("sqlite3_exec(COMMIT) failed: Failed to commit transaction")

    monkeypatch.setattr(project_file, "_write", failed)
    monkeypatch.setattr(project_file, "disk_is_full", lambda folder: True)
    with pytest.raises(ProjectFileError) as caught:
        save_project(small_project(), tmp_path / "plan.gpkg")
    assert caught.value.params["why"] == "disk-full"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_where_nothing_can_be_written_is_reported(tmp_path, monkeypatch):
    import errno
    import tempfile

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(ProjectFileError) as caught:
        save_project(small_project(), tmp_path / "plan.gpkg")
    assert caught.value.params["why"] == "no-permission"


def test_a_read_only_folder_is_reported_not_raised(tmp_path, monkeypatch):
    import errno
    import os

    real_open = os.open

    def read_only(path, flags, *args):
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(ProjectFileError) as caught:
        save_project(small_project(), tmp_path / "plan.gpkg")
    assert caught.value.params["why"] == "read-only"
