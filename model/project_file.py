"""Project files: a GeoPackage that QGIS opens, holding data only.

Layers ``regions`` (polygons) and ``parks`` (the baseline) and ``scenario_parks`` (each
scenario's parks, with a ``scenario`` column) are ordinary GIS layers. Attribute tables
hold the rest: ``project`` (key, value: the format version, what the regions are, where
the parks came from, the scenario shown), ``scenarios`` (name, position, analysis settings
as JSON), ``roles``, ``ledger``, ``edited_parks``, ``taxonomy_terms`` and ``own_sectors``.
Nothing in a file is executed: values are read as text and numbers, settings as JSON.

Saving writes a temporary file beside the target and renames it into place, after
keeping the previous file as ``NAME.gpkg.bak``: a save interrupted at any moment leaves
the previous project intact. Files of a newer format are refused; older ones are
migrated (``MIGRATIONS``).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from model import project_lock
from model.analysis_settings import AnalysisSettings, BadSetting
from model.errors import PlannerError
from model.input_files import disk_is_full, os_reason
from model.parks import PARK_COLUMNS
from model.plan import Role, RoleEntry
from model.regions import ALL_CHINA, Level, OwnRegions, Scope
from model.scenario import LedgerEntry, Scenario

FORMAT_VERSION = 1
TABLES = ("project", "scenarios", "roles", "ledger", "edited_parks", "taxonomy_terms", "own_sectors")
LAYERS = ("regions", "parks", "scenario_parks")
LEDGER_COLUMNS = ("who", "when", "kind", "region", "sector", "detail", "why")
MAX_REGIONS = 100_000  # the national county layer has 2,875; a planner's own layer may be finer


class ProjectFileError(PlannerError):
    """A project file cannot be opened or saved (params: file, reason, and version/table)."""

    code = "project-file"


@dataclass
class Project:
    """Everything a planner saves: what the regions are, the baseline parks, the scenarios."""

    scope: dict  # {"province": adcode or "all", "level": "city" | "county" | "own", "own": {...}}
    regions: gpd.GeoDataFrame  # id, name_zh, name_en, parent_id, level, geometry (WGS-84)
    baseline: pd.DataFrame  # the park table before any edit
    scenarios: list[Scenario]
    current: str = ""  # the scenario shown
    parks_source: str = "embedded"
    term_mappings: dict[str, list[str]] = field(default_factory=dict)
    own_sectors: list[dict] = field(default_factory=list)

    def scenario(self, name: str) -> Scenario:
        """A scenario by name; KeyError when there is none."""
        for scenario in self.scenarios:
            if scenario.name == name:
                return scenario
        raise KeyError(name)


# -- saving -------------------------------------------------------------------------------


def save_project(project: Project, path: Path) -> None:
    """Write a project atomically, keeping the previous file as a backup; raise ProjectFileError
    (or ProjectLocked when another save of the same file is under way)."""
    path = Path(path)
    with project_lock.saving(path):
        tmp = _temporary_beside(path)
        try:
            _write(project, tmp)
            if path.exists():
                _keep_backup(path)
            os.replace(tmp, path)
        except PlannerError:
            raise
        except Exception as exc:  # OS and GDAL errors alike: the previous file stays as it was
            raise _write_error(path, exc) from exc
        finally:
            _remove_quietly(tmp)


def _temporary_beside(path: Path) -> Path:
    """A fresh name in the target's folder, for this save only (GDAL wants the .gpkg suffix)."""
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".saving.gpkg")
        os.close(fd)
        os.unlink(name)  # GDAL creates the file itself; the name stays ours (random, in our folder)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    return Path(name)


def _write_error(path: Path, exc: BaseException) -> ProjectFileError:
    reason = os_reason(exc) if isinstance(exc, OSError) else "os-error"
    if reason == "os-error" and disk_is_full(path.parent):
        reason = "disk-full"  # GDAL says "failed to commit transaction"
    return ProjectFileError(file=str(path), reason="cannot-write", why=reason, detail=str(exc))


def _remove_quietly(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def _keep_backup(path: Path) -> None:
    """``path`` also as ``path.bak`` (a hard link where the file system allows: instant)."""
    backup = path.with_name(path.name + ".bak")
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".bak.tmp")
    os.close(fd)
    staging = Path(name)
    try:
        staging.unlink()
        try:
            os.link(path, staging)
        except OSError:
            shutil.copy2(path, staging)
        os.replace(staging, backup)
    finally:
        _remove_quietly(staging)


def _write(project: Project, path: Path) -> None:
    import pyogrio

    def table(name: str, frame: pd.DataFrame) -> None:
        pyogrio.write_dataframe(frame.astype(str) if len(frame) else frame, path, layer=name, driver="GPKG")

    regions = project.regions[["id", "name_zh", "name_en", "parent_id", "level", "geometry"]]
    pyogrio.write_dataframe(gpd.GeoDataFrame(regions, crs="EPSG:4326"), path, layer="regions", driver="GPKG")
    _write_parks(project.baseline, path, "parks")
    scenario_parks = [s.parks.assign(scenario=s.name) for s in project.scenarios]
    _write_parks(pd.concat(scenario_parks, ignore_index=True), path, "scenario_parks")
    table("project", _project_table(project))
    table("scenarios", _scenarios_table(project))
    table("roles", _frame(_role_rows(project), ("scenario", "region", "sector", "role", "note")))
    table("ledger", _frame(_ledger_rows(project), ("scenario", *LEDGER_COLUMNS)))
    edited = [(s.name, pid, n) for s in project.scenarios for pid, n in s.edited_parks.items()]
    table("edited_parks", _frame(edited, ("scenario", "park_id", "edits")))
    terms = [(term, "|".join(codes)) for term, codes in project.term_mappings.items()]
    table("taxonomy_terms", _frame(terms, ("term", "codes")))
    sectors = [
        (s["code"], s["group"], s["name_zh"], s["name_en"], "|".join(s.get("synonyms", [])))
        for s in project.own_sectors
    ]
    table("own_sectors", _frame(sectors, ("code", "group", "name_zh", "name_en", "synonyms")))


def _write_parks(parks: pd.DataFrame, path: Path, layer: str) -> None:
    import pyogrio

    frame = parks.copy()
    frame["lon"] = pd.to_numeric(frame["lon"], errors="coerce")
    frame["lat"] = pd.to_numeric(frame["lat"], errors="coerce")
    frame["area_ha"] = pd.to_numeric(frame["area_ha"], errors="coerce")
    text = [c for c in frame.columns if c not in ("lon", "lat", "area_ha")]
    frame[text] = frame[text].fillna("").astype(str)
    points = gpd.points_from_xy(frame["lon"], frame["lat"])
    pyogrio.write_dataframe(
        gpd.GeoDataFrame(frame, geometry=points, crs="EPSG:4326"), path, layer=layer, driver="GPKG"
    )


def _frame(rows: list[tuple], columns: tuple[str, ...]) -> pd.DataFrame:
    return (
        pd.DataFrame(rows, columns=list(columns))
        if rows
        else pd.DataFrame({c: pd.Series(dtype=str) for c in columns})
    )


def _project_table(project: Project) -> pd.DataFrame:
    values = {
        "format_version": str(FORMAT_VERSION),
        "program": "Cluster Planner",
        "scope": json.dumps(project.scope, ensure_ascii=False),
        "parks_source": project.parks_source,
        "current_scenario": project.current,
    }
    return pd.DataFrame({"key": list(values), "value": list(values.values())})


def _scenarios_table(project: Project) -> pd.DataFrame:
    rows = [
        (s.name, str(i), json.dumps(s.settings.to_dict(), ensure_ascii=False))
        for i, s in enumerate(project.scenarios)
    ]
    return _frame(rows, ("name", "position", "settings"))


def _role_rows(project: Project) -> list[tuple]:
    return [
        (s.name, region, sector, entry.role.value, entry.note)
        for s in project.scenarios
        for (region, sector), entry in s.roles.items()
    ]


def _ledger_rows(project: Project) -> list[tuple]:
    return [(s.name, *(getattr(e, c) for c in LEDGER_COLUMNS)) for s in project.scenarios for e in s.ledger]


# -- opening ------------------------------------------------------------------------------

MIGRATIONS: dict[int, Callable[[dict[str, pd.DataFrame]], dict[str, pd.DataFrame]]] = {}
# MIGRATIONS[n] turns the tables of format n into those of format n + 1.


def open_project(path: Path) -> Project:
    """Read a project file; raise ProjectFileError (newer format, missing table, unreadable,
    unsafe, malformed). Nothing in the file is executed (see ``model.geopackage``)."""
    path = Path(path)
    tables = _read_tables(path)
    version = _version(tables["project"], path)
    if version > FORMAT_VERSION:
        raise ProjectFileError(file=str(path), reason="newer", version=version, supported=FORMAT_VERSION)
    while version < FORMAT_VERSION:
        tables = MIGRATIONS[version](tables)
        version += 1
    try:
        return _project_from(tables, path)
    except ProjectFileError:
        raise
    except (KeyError, ValueError, TypeError, AttributeError, RecursionError, BadSetting) as exc:
        raise ProjectFileError(file=str(path), reason="malformed", detail=_detail(exc)) from exc


def _detail(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, BadSetting):
        return f"{exc.params.get('option')} = {exc.params.get('value')}"
    return str(exc)[:200]


def is_project_file(path: Path) -> bool:
    """Whether a GeoPackage is a project (it has the ``project`` table), not a plain GIS file."""
    from model.geopackage import UnsafeGeoPackage, connect_read_only

    try:
        connection = connect_read_only(Path(path))
        try:
            found = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE name = 'project' AND type IN ('table', 'view')"
            ).fetchone()
        finally:
            connection.close()
    except (UnsafeGeoPackage, Exception):  # unreadable: let the caller's import say why
        return False
    return found is not None


def _read_tables(path: Path) -> dict[str, pd.DataFrame]:
    """Every layer and table, after checking the file is an ordinary GeoPackage of ours."""
    from model.geopackage import (
        UnsafeGeoPackage,
        check_geopackage,
        connect_read_only,
        count_rows,
        read_tables,
    )
    from model.input_files import MAX_PROJECT_BYTES, check_input_file

    check_input_file(path, MAX_PROJECT_BYTES, ProjectFileError)
    try:
        connection = connect_read_only(path)
        try:
            present = {str(r[0]) for r in connection.execute("SELECT name FROM sqlite_master")}
        finally:
            connection.close()
        for name in (*LAYERS, *TABLES):
            if name not in present:
                raise ProjectFileError(file=str(path), reason="missing-table", table=name)
        check_geopackage(path, (*LAYERS, *TABLES), strict_triggers=True)
        tables = read_tables(path, [n for n in (*LAYERS, *TABLES) if n != "regions"])
        count_rows(path, "regions", MAX_REGIONS)
    except UnsafeGeoPackage as exc:
        raise _unsafe(path, exc) from exc
    except sqlite3.Error as exc:  # not a database at all, or a truncated one
        raise ProjectFileError(file=str(path), reason="unreadable", detail=str(exc)) from exc
    tables["regions"] = _read_regions(path)
    return tables


def _unsafe(path: Path, exc) -> ProjectFileError:
    if exc.reason in ("view", "trigger", "virtual-table"):
        return ProjectFileError(file=str(path), reason="unsafe", table=exc.table, what=exc.reason)
    if exc.reason in ("too-many-rows", "too-slow"):
        return ProjectFileError(file=str(path), reason="too-large", table=exc.table, detail=exc.detail)
    return ProjectFileError(file=str(path), reason="unreadable", detail=exc.detail)


def _read_regions(path: Path) -> gpd.GeoDataFrame:
    import warnings

    import pyogrio

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            regions = pyogrio.read_dataframe(path, layer="regions")
    except Exception as exc:
        raise ProjectFileError(file=str(path), reason="unreadable", detail=str(exc)) from exc
    if not isinstance(regions, gpd.GeoDataFrame):
        raise ProjectFileError(file=str(path), reason="malformed", detail="regions: no geometry")
    return regions


def _version(table: pd.DataFrame, path: Path) -> int:
    values = dict(zip(table.get("key", []), table.get("value", []), strict=False))
    try:
        version = int(str(values["format_version"]).strip())
    except (KeyError, ValueError):
        raise ProjectFileError(file=str(path), reason="malformed", detail="format_version") from None
    if version < 1:
        raise ProjectFileError(file=str(path), reason="malformed", detail=f"format_version {version}")
    return version


def _text(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.fillna("").astype(str) if len(frame) else frame.astype(str)


def _parks(frame: pd.DataFrame, path: Path, layer: str) -> pd.DataFrame:
    parks = pd.DataFrame(frame.drop(columns=[c for c in ("geometry", "geom") if c in frame.columns]))
    missing = [c for c in ("id", "region_id", "sectors_text") if c not in parks.columns]
    if missing:
        raise ProjectFileError(file=str(path), reason="malformed", detail=f"{layer}: no column {missing[0]}")
    for column in PARK_COLUMNS:
        if column not in parks:
            parks[column] = ""
    text = [c for c in parks.columns if c not in ("lon", "lat", "area_ha")]
    parks[text] = parks[text].fillna("").astype(str)
    for column in ("lon", "lat", "area_ha"):
        parks[column] = pd.to_numeric(parks[column], errors="coerce")
    return parks


MAX_SETTINGS_JSON = 1_000_000  # characters of one scenario's settings (blocs of every county fit)


def _json(text: str, what: str, path: Path) -> object:
    if len(text) > MAX_SETTINGS_JSON:
        raise ProjectFileError(file=str(path), reason="malformed", detail=f"{what}: too long")
    return json.loads(text)


def _scope(text: str, path: Path) -> dict:
    """The saved scope, checked: a dict naming a province (an adcode or ``all``) and a level."""
    scope = _json(text, "scope", path)
    levels = {"city", "county", "own"}
    if not isinstance(scope, dict) or scope.get("level") not in levels:
        raise ProjectFileError(file=str(path), reason="malformed", detail=f"scope {str(scope)[:80]}")
    province = scope.get("province")
    if not isinstance(province, str) or not (
        province == "all" or (province.isdigit() and len(province) == 6)
    ):
        raise ProjectFileError(file=str(path), reason="malformed", detail=f"scope province {province!r}")
    return scope


def _project_from(tables: dict[str, pd.DataFrame], path: Path) -> Project:
    meta = dict(zip(_text(tables["project"])["key"], _text(tables["project"])["value"], strict=True))
    baseline = _parks(tables["parks"], path, "parks")[list(PARK_COLUMNS)]
    scenario_parks = _parks(tables["scenario_parks"], path, "scenario_parks")
    if "scenario" not in scenario_parks.columns:
        raise ProjectFileError(
            file=str(path), reason="malformed", detail="scenario_parks: no column scenario"
        )
    roles, ledger, edited = (_text(tables[n]) for n in ("roles", "ledger", "edited_parks"))
    rows = _text(tables["scenarios"])
    if len(rows) == 0:
        raise ProjectFileError(file=str(path), reason="malformed", detail="no scenario")
    if rows["name"].duplicated().any():
        raise ProjectFileError(file=str(path), reason="malformed", detail="two scenarios of one name")
    scenarios = []
    for row in rows.sort_values("position", key=lambda p: p.astype(int)).itertuples():
        name = row.name
        parks = scenario_parks[scenario_parks["scenario"] == name][list(PARK_COLUMNS)].reset_index(drop=True)
        settings = _json(row.settings, "settings", path)
        if not isinstance(settings, dict):
            raise ProjectFileError(file=str(path), reason="malformed", detail=f"settings of {name}")
        scenario = Scenario(name, parks, AnalysisSettings.from_dict(settings))
        for r in roles[roles["scenario"] == name].itertuples() if len(roles) else []:
            scenario.roles[(r.region, r.sector)] = RoleEntry(Role.parse(r.role), r.note)
        for e in ledger[ledger["scenario"] == name].itertuples() if len(ledger) else []:
            scenario.ledger.append(LedgerEntry(*(getattr(e, c) for c in LEDGER_COLUMNS)))
        for e in edited[edited["scenario"] == name].itertuples() if len(edited) else []:
            scenario.edited_parks[e.park_id] = int(e.edits)
        scenarios.append(scenario)
    terms = _text(tables["taxonomy_terms"])
    sectors = _text(tables["own_sectors"])
    regions = tables["regions"]
    regions[["id", "name_zh", "name_en", "parent_id", "level"]] = _text(
        regions[["id", "name_zh", "name_en", "parent_id", "level"]]
    )
    return Project(
        scope=_scope(meta["scope"], path),
        regions=regions,
        baseline=baseline,
        scenarios=scenarios,
        current=meta.get("current_scenario", ""),
        parks_source=meta.get("parks_source", "embedded"),
        term_mappings={t.term: [c for c in t.codes.split("|") if c] for t in terms.itertuples()}
        if len(terms)
        else {},
        own_sectors=[
            {
                "code": s.code,
                "group": s.group,
                "name_zh": s.name_zh,
                "name_en": s.name_en,
                "synonyms": [x for x in s.synonyms.split("|") if x],
            }
            for s in sectors.itertuples()
        ]
        if len(sectors)
        else [],
    )


def project_scope(project: Project, path: Path, provinces: dict) -> Scope:
    """The regions a project was drawn on (``provinces`` by adcode): a province at a level, or
    the planner's own regions stored in the file. A province this program does not know is
    refused, never taken for the whole country."""
    scope = project.scope
    code = scope.get("province")
    if code != ALL_CHINA and code not in provinces:
        raise ProjectFileError(file=str(path), reason="malformed", detail=f"unknown province {code}")
    province = None if code == ALL_CHINA else provinces[code]
    if scope.get("level") == "own":
        own = OwnRegions(str(path), "id", "name_zh", "name_en", layer="regions")
        return Scope.of_own_regions(own, province)
    return Scope(province, Level(scope["level"]))


def same_parks(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Whether two park tables hold the same parks with the same values (NaN equal to NaN)."""
    if list(a.columns) != list(b.columns) or len(a) != len(b):
        return False
    left, right = a.reset_index(drop=True).astype(object), b.reset_index(drop=True).astype(object)
    both_missing = left.isna() & right.isna()
    return bool(((left == right) | both_missing).to_numpy().all())
