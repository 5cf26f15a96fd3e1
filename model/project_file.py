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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from model.analysis_settings import AnalysisSettings, BadSetting
from model.errors import PlannerError
from model.parks import PARK_COLUMNS
from model.plan import Role, RoleEntry
from model.scenario import LedgerEntry, Scenario

FORMAT_VERSION = 1
TABLES = ("project", "scenarios", "roles", "ledger", "edited_parks", "taxonomy_terms", "own_sectors")
LAYERS = ("regions", "parks", "scenario_parks")
LEDGER_COLUMNS = ("who", "when", "kind", "region", "sector", "detail", "why")


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
    """Write a project atomically, keeping the previous file as a backup; raise ProjectFileError."""
    path = Path(path)
    tmp = path.with_name(f".{path.stem}.saving.gpkg")  # GDAL wants the .gpkg suffix
    tmp.unlink(missing_ok=True)
    try:
        _write(project, tmp)
        if path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
    except PlannerError:
        tmp.unlink(missing_ok=True)
        raise
    except Exception as exc:  # OS and GDAL errors alike: the previous file stays as it was
        tmp.unlink(missing_ok=True)
        raise ProjectFileError(file=str(path), reason="cannot-write", detail=str(exc)) from exc


def _keep_backup(path: Path) -> None:
    """``path`` also as ``path.bak`` (a hard link where the file system allows: instant)."""
    backup = path.with_name(path.name + ".bak")
    staging = path.with_name(f".{path.name}.bak.tmp")
    staging.unlink(missing_ok=True)
    try:
        os.link(path, staging)
    except OSError:
        import shutil

        shutil.copy2(path, staging)
    os.replace(staging, backup)


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
    """Read a project file; raise ProjectFileError (newer format, missing table, unreadable)."""
    path = Path(path)
    tables = _read_tables(path)
    version = _version(tables["project"], path)
    if version > FORMAT_VERSION:
        raise ProjectFileError(file=str(path), reason="newer", version=version, supported=FORMAT_VERSION)
    while version < FORMAT_VERSION:
        tables = MIGRATIONS[version](tables)
        version += 1
    try:
        return _project_from(tables)
    except (KeyError, ValueError, TypeError, BadSetting) as exc:
        raise ProjectFileError(file=str(path), reason="malformed", detail=str(exc)) from exc


def is_project_file(path: Path) -> bool:
    """Whether a GeoPackage is a project (it has the ``project`` table), not a plain GIS file."""
    import pyogrio

    try:
        return "project" in {str(name) for name, _ in pyogrio.list_layers(path)}
    except Exception:  # unreadable: let the caller's import say why
        return False


def _read_tables(path: Path) -> dict[str, pd.DataFrame]:
    import pyogrio

    if not path.is_file():
        raise ProjectFileError(file=str(path), reason="missing")
    try:
        present = {str(name) for name, _ in pyogrio.list_layers(path)}
    except Exception as exc:  # not a GeoPackage at all, or a truncated one
        raise ProjectFileError(file=str(path), reason="unreadable", detail=str(exc)) from exc
    for name in (*LAYERS, *TABLES):
        if name not in present:
            raise ProjectFileError(file=str(path), reason="missing-table", table=name)
    try:
        return {name: pyogrio.read_dataframe(path, layer=name) for name in (*LAYERS, *TABLES)}
    except Exception as exc:
        raise ProjectFileError(file=str(path), reason="unreadable", detail=str(exc)) from exc


def _version(table: pd.DataFrame, path: Path) -> int:
    values = dict(zip(table.get("key", []), table.get("value", []), strict=False))
    try:
        return int(values["format_version"])
    except (KeyError, ValueError):
        raise ProjectFileError(file=str(path), reason="malformed", detail="format_version") from None


def _text(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.fillna("").astype(str) if len(frame) else frame


def _parks(frame: gpd.GeoDataFrame) -> pd.DataFrame:
    parks = pd.DataFrame(frame.drop(columns="geometry"))
    for column in PARK_COLUMNS:
        if column not in parks:
            parks[column] = ""
    text = [c for c in parks.columns if c not in ("lon", "lat", "area_ha")]
    parks[text] = parks[text].fillna("").astype(str)
    for column in ("lon", "lat", "area_ha"):
        parks[column] = pd.to_numeric(parks[column], errors="coerce")
    return parks


def _project_from(tables: dict[str, pd.DataFrame]) -> Project:
    meta = dict(zip(tables["project"]["key"], tables["project"]["value"], strict=True))
    baseline = _parks(tables["parks"])[list(PARK_COLUMNS)]
    scenario_parks = _parks(tables["scenario_parks"])
    roles, ledger, edited = (_text(tables[n]) for n in ("roles", "ledger", "edited_parks"))
    scenarios = []
    for row in _text(tables["scenarios"]).sort_values("position", key=lambda p: p.astype(int)).itertuples():
        name = row.name
        parks = scenario_parks[scenario_parks["scenario"] == name][list(PARK_COLUMNS)].reset_index(drop=True)
        scenario = Scenario(name, parks, AnalysisSettings.from_dict(json.loads(row.settings)))
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
        scope=json.loads(meta["scope"]),
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


def same_parks(a: pd.DataFrame, b: pd.DataFrame) -> bool:
    """Whether two park tables hold the same parks with the same values (NaN equal to NaN)."""
    if list(a.columns) != list(b.columns) or len(a) != len(b):
        return False
    left, right = a.reset_index(drop=True).astype(object), b.reset_index(drop=True).astype(object)
    both_missing = left.isna() & right.isna()
    return bool(((left == right) | both_missing).to_numpy().all())
