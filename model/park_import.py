"""Interpreting park lists: which column is what, where each park lies, what it declares.

Works for the 2018 catalogue file of any province and for planners' own lists in any
format ``model.park_files`` reads, with Chinese or English headers (名称, 所在城市, 主导产业
…). Each row is placed at its coordinates when given (or the file's geometry), else at
the county its record or name names, else at its city; each problem is reported with
file, row and field, and the caller decides whether to import the good rows or nothing.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from model.park_files import ParkFileError, read_table
from model.parks import PARK_COLUMNS, ParkLevel, Precision
from model.places import PlaceIndex
from model.sectors import Taxonomy

__all__ = ["HEADER_ALIASES", "ImportProblem", "ImportResult", "ParkFileError", "read_park_file"]

HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "catalogue_code", "编号", "代码", "开发区代码"),
    "name_zh": ("name_zh", "name", "名称", "园区名称", "开发区名称"),
    "name_en": ("name_en", "英文名称"),
    # region_id and county_id: the adcodes this program's own exports write
    "city": ("city_zh", "city", "城市", "所在城市", "所在市", "地市", "region_id"),
    "county": ("county_zh", "county", "区县", "所在区县", "县区", "county_id"),
    "sectors_text": ("leading_industries_zh", "sectors_text", "主导产业", "产业"),
    "level": ("level", "级别"),
    "kind": ("kind_zh", "kind", "类型", "开发区类型"),
    "area_ha": ("area_ha", "面积（公顷）", "核准面积（公顷）", "核准面积"),
    "approved": ("approval_date", "approved", "批准时间"),
    "source": ("source", "catalogue_seq", "来源", "序号"),
    "lon": ("lon", "longitude", "经度"),
    "lat": ("lat", "latitude", "纬度"),
    "precision": ("location_precision", "位置精度"),
}
REQUIRED = ("name_zh", "city", "sectors_text")
HEADER_WORDS = {alias for aliases in HEADER_ALIASES.values() for alias in aliases}


@dataclass(frozen=True)
class ImportProblem:
    """One problem in one row: the caller phrases it (``code`` and ``value`` are data)."""

    file: str
    row: int
    field: str
    code: str  # e.g. unknown-city, ambiguous-county, bad-coordinate, duplicate-id, empty
    value: str = ""


@dataclass
class ImportResult:
    """The parks read and the problems found."""

    parks: pd.DataFrame
    problems: list[ImportProblem] = field(default_factory=list)
    unknown_terms: dict[str, list[int]] = field(default_factory=dict)  # term → rows
    skipped_totals: list[int] = field(default_factory=list)  # 合计/总计 rows: not parks
    header: list[str] = field(default_factory=list)  # the file's column names
    coordinate_columns: bool = False  # longitudes and latitudes came from columns (their datum unknown)
    park_rows: list[int] = field(default_factory=list)  # the file row each park came from
    coordinates_given: list[bool] = field(default_factory=list)  # the file gave the park's lon/lat
    columns_used: dict[str, str] = field(default_factory=dict)  # field → the file's header


def guess_columns(header: list[str]) -> dict[str, int]:
    """Which column probably holds each field: a header equal to a known name, else one that
    contains a known Chinese name (开发区名称（全称） holds 名称)."""
    cleaned = [h.strip().lower() for h in header]
    found: dict[str, int] = {}
    for key, aliases in HEADER_ALIASES.items():
        exact = [cleaned.index(a.lower()) for a in aliases if a.lower() in cleaned]
        if exact:
            found[key] = exact[0]
            continue
        fuzzy = [
            i for i, h in enumerate(cleaned) for a in aliases if len(a) >= 2 and not a.isascii() and a in h
        ]
        taken = set(found.values())
        fuzzy = [i for i in fuzzy if i not in taken]
        if fuzzy:
            found[key] = fuzzy[0]
    return found


def _column_map(header: list[str], path: Path, chosen: Mapping[str, str] | None) -> dict[str, int]:
    """Which column holds each field: the planner's choice (field → header) where given, else a guess."""
    found = guess_columns(header)
    if chosen:
        names = [h.strip() for h in header]
        found = {key: names.index(name) for key, name in chosen.items() if name in names}
    missing = [key for key in REQUIRED if key not in found]
    if missing:
        raise ParkFileError(
            file=str(path), reason="missing-column", field=HEADER_ALIASES[missing[0]][1], header=list(header)
        )
    return found


def read_park_file(
    path: Path,
    places: PlaceIndex,
    points: Mapping[str, tuple[float, float]],
    taxonomy: Taxonomy,
    columns: Mapping[str, str] | None = None,
) -> ImportResult:
    """Read a park list (CSV, Excel, GeoJSON, GeoPackage, Shapefile); ``points`` gives each city
    and county's point (lon, lat) for parks without coordinates; ``columns`` (field → header)
    is the planner's own column choice when the headers are not recognised."""
    path = Path(path)
    table = read_table(path, HEADER_WORDS)
    columns = _column_map(table.header, path, columns)
    result = ImportResult(
        pd.DataFrame(columns=list(PARK_COLUMNS)),
        skipped_totals=table.skipped_totals,
        header=list(table.header),
        coordinate_columns=table.lonlat is None and "lon" in columns and "lat" in columns,
    )
    records, seen_ids = [], set()
    for i, (number, cells) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
        value = {key: cells[column] if column < len(cells) else "" for key, column in columns.items()}
        if table.lonlat is not None and np.isfinite(table.lonlat[i]).all():
            value["lon"], value["lat"] = (repr(float(v)) for v in table.lonlat[i])
        record = _read_row(path, number, value, places, points, taxonomy, result)
        if record is None:
            continue
        if record["id"] in seen_ids:
            result.problems.append(ImportProblem(str(path), number, "id", "duplicate-id", record["id"]))
            continue
        seen_ids.add(record["id"])
        given = bool(record.pop("_given"))
        records.append(record)
        result.park_rows.append(number)
        result.coordinates_given.append(given)
    if not records and not result.problems:
        raise ParkFileError(file=str(path), reason="no-rows")
    # Name each problem's field as the planner's file names it (所在城市, not "city").
    result.problems = [
        replace(p, field=table.header[columns[p.field]]) if p.field in columns else p for p in result.problems
    ]
    result.columns_used = {key: table.header[i] for key, i in columns.items()}
    result.parks = pd.DataFrame.from_records(records, columns=list(PARK_COLUMNS))
    return result


def _read_row(path, number, value, places, points, taxonomy, result) -> dict | None:
    file = str(path)
    if not value["name_zh"]:
        result.problems.append(ImportProblem(file, number, "name_zh", "empty"))
        return None
    cities = places.find(value["city"], "city")
    if len(cities) != 1:
        code = "unknown-city" if not cities else "ambiguous-city"
        result.problems.append(ImportProblem(file, number, "city", code, value["city"]))
        return None
    city = cities[0]
    county, precision = _county(file, number, value, places, city, result)
    if precision is None:
        return None
    lon, lat = points.get(county or city, (float("nan"), float("nan")))
    given = bool(value.get("lon") or value.get("lat"))
    if given:
        lonlat = _lonlat(value.get("lon", ""), value.get("lat", ""))
        if lonlat is None:
            result.problems.append(
                ImportProblem(file, number, "lon", "bad-coordinate", f"{value.get('lon')},{value.get('lat')}")
            )
            return None
        lon, lat = lonlat
        # A file written by this program says how its coordinates were found; keep that.
        claimed = value.get("precision", "")
        precision = Precision(claimed) if claimed in {p.value for p in Precision} else Precision.EXACT
    declaration = taxonomy.read(value["sectors_text"])
    for term in declaration.unknown_terms:
        result.unknown_terms.setdefault(term, []).append(number)
    return {
        "id": value.get("id") or f"P{number - 1:05d}",
        "name_zh": value["name_zh"],
        "name_en": value.get("name_en") or "",
        "region_id": city,
        "county_id": county or "",
        "lon": lon,
        "lat": lat,
        "location_precision": precision.value,
        "level": ParkLevel.parse(value.get("level", "")).value,
        "kind": value.get("kind", ""),
        "sectors": ";".join(declaration.codes),
        "sectors_text": value["sectors_text"],
        "area_ha": _number(value.get("area_ha", "")),
        "approved": value.get("approved", ""),
        "source": value.get("source", ""),
        "_given": given,
    }


def _lonlat(lon: str, lat: str) -> tuple[float, float] | None:
    """A longitude and latitude in degrees, or None when either is no number or out of range."""
    try:
        x, y = float(lon), float(lat)
    except ValueError:
        return None
    if not (math.isfinite(x) and math.isfinite(y) and -180 <= x <= 180 and -90 <= y <= 90):
        return None
    return x, y


def _county(file, number, value, places, city, result) -> tuple[str | None, Precision | None]:
    """The county a record names in its county column, else in the zone's name (None: a problem)."""
    if value.get("county"):
        found = places.find(value["county"], "county", within=city)
        if len(found) == 1:
            return found[0], Precision.COUNTY
        code = "unknown-county" if not found else "ambiguous-county"
        result.problems.append(ImportProblem(file, number, "county", code, value["county"]))
        return None, None
    named = places.counties_named_in(value["name_zh"], city)
    return (named[0], Precision.COUNTY) if named else (None, Precision.CITY)


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return float("nan")


def remap_sectors(parks: pd.DataFrame, taxonomy: Taxonomy) -> pd.DataFrame:
    """The parks with their ``sectors`` read again from ``sectors_text`` (after the planner
    mapped new terms)."""
    parks = parks.copy()
    parks["sectors"] = [";".join(taxonomy.read(text).codes) for text in parks["sectors_text"]]
    return parks
