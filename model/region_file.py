"""A planner's own region layer: planning areas, blocs or any polygons, read from a GIS file.

``inspect_region_file`` lists a file's fields and guesses which hold the region id and
names (the planner confirms them); ``read_region_file`` reads and checks the regions
with the chosen fields, returning WGS-84 polygons with ``id``, ``name_zh`` and
``name_en``. Every problem is reported with the file, the feature's row and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from model.errors import RegionFileError
from model.naming import english_name
from model.regions import OwnRegions
from model.vector_files import VECTOR_FILES, UnreadableVectorFile, count_features, read_vector_frame

SAMPLE_ROWS = 5
GUESS_ROWS = 200  # the features read to guess fields from their values
MAX_REPORTED = 20  # problems listed in one message; the count says how many more

_ID_WORDS = ("adcode", "id", "code", "区划代码", "行政区划代码", "代码", "编码", "编号", "gb", "pac")
_NAME_WORDS = ("name_zh", "name", "名称", "区域名称", "区名", "名字", "中文名", "mc", "region")
_NAME_EN_WORDS = ("name_en", "english", "英文名", "英文名称", "ename", "en_name")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class RegionProblem:
    """One reason a region layer cannot be used, where it is in the file."""

    row: int | None  # the feature's number in the file (1-based), None for the whole file
    field: str  # the file's field, or "geometry"
    reason: str  # empty-id, duplicate-id, empty-name, no-geometry, not-polygon
    value: str = ""


@dataclass(frozen=True)
class RegionFileInfo:
    """What a region file holds, for the planner to choose its id and name fields."""

    path: Path
    fields: list[str]
    samples: pd.DataFrame  # the first rows, as text
    rows: int
    guess: OwnRegions


def inspect_region_file(path: Path) -> RegionFileInfo:
    """Read a region file's fields and first rows and guess its id and name fields."""
    frame = _open(path, max_features=GUESS_ROWS)
    fields = [str(c) for c in frame.columns if c != frame.geometry.name]
    if not fields:
        raise RegionFileError(file=str(path), reason="no-fields")
    samples = frame[fields].head(SAMPLE_ROWS).astype(str)
    guess = guess_region_fields(path, fields, frame[fields])
    try:
        rows = count_features(path)
    except UnreadableVectorFile as exc:
        raise RegionFileError(file=str(path), reason=exc.reason, detail=exc.detail, **exc.params) from exc
    return RegionFileInfo(path, fields, samples, rows, guess)


def guess_region_fields(path: Path, fields: list[str], table: pd.DataFrame) -> OwnRegions:
    """The likely id, name and English-name fields, by their names, else by their values."""
    folded = {f: f.strip().lower() for f in fields}

    def by_words(words: tuple[str, ...], exclude: set[str]) -> str | None:
        for word in words:
            for field, name in folded.items():
                if field not in exclude and name == word:
                    return field
        return None

    name_en = by_words(_NAME_EN_WORDS, set())
    name = by_words(_NAME_WORDS, {name_en} if name_en else set()) or _first_chinese_field(table, fields)
    id_field = by_words(_ID_WORDS, {name, name_en}) or _first_unique_field(table, fields, {name, name_en})
    name = name or id_field
    return OwnRegions(str(path), id_field, name, name_en)


def _first_chinese_field(table: pd.DataFrame, fields: list[str]) -> str | None:
    for field in fields:
        if table[field].astype(str).str.contains(_CJK).any():
            return field
    return None


def _first_unique_field(table: pd.DataFrame, fields: list[str], exclude: set) -> str:
    for field in fields:
        values = table[field].astype(str).str.strip()
        if field not in exclude and values.ne("").all() and values.is_unique:
            return field
    return fields[0]


def read_region_file(own: OwnRegions) -> gpd.GeoDataFrame:
    """The planner's regions in WGS-84: ``id``, ``name_zh``, ``name_en`` and polygon geometry.

    Raises RegionFileError naming every problem (row and field) when any region is unusable:
    a layer with holes in it would silently drop parks from the analysis.
    """
    path = Path(own.path)
    frame = _open(path, layer=own.layer)
    fields = [own.id_field, own.name_field, *([own.name_en_field] if own.name_en_field else [])]
    missing = [f for f in fields if f not in frame.columns]
    if missing:
        raise RegionFileError(file=own.path, reason="missing-field", field=missing[0])
    ids = _text(frame[own.id_field])
    names = _text(frame[own.name_field])
    geoms = frame.geometry.values
    problems = _problems(own, ids, names, geoms)
    if problems:
        raise RegionFileError(
            file=own.path, reason="rows", problems=problems[:MAX_REPORTED], count=len(problems)
        )
    wgs = _to_wgs84(frame, own.path)
    names_en = (
        _text(frame[own.name_en_field]) if own.name_en_field else np.array([english_name(n) for n in names])
    )
    names_en = np.where(names_en == "", [english_name(n) for n in names], names_en)
    return gpd.GeoDataFrame(
        {"id": ids, "name_zh": names, "name_en": names_en},
        geometry=gpd.GeoSeries(_polygonal(wgs), crs="EPSG:4326"),
    )


def _open(path: Path, max_features: int | None = None, layer: str | None = None) -> gpd.GeoDataFrame:
    if path.suffix.lower() not in VECTOR_FILES:
        raise RegionFileError(file=str(path), reason="format")
    try:
        frame = read_vector_frame(path, max_features, layer)
    except UnreadableVectorFile as exc:
        raise RegionFileError(file=str(path), reason=exc.reason, detail=exc.detail, **exc.params) from exc
    if not isinstance(frame, gpd.GeoDataFrame) or frame.geometry.name not in frame.columns:
        raise RegionFileError(file=str(path), reason="no-geometry")  # an attribute table, not a layer
    if len(frame) == 0:
        raise RegionFileError(file=str(path), reason="empty")
    return frame


def _text(column: pd.Series) -> np.ndarray:
    """Field values as trimmed text: ids stored as numbers lose their ``.0``, nulls become ''."""
    values = column.astype(object).where(column.notna(), "")
    texts = [str(int(v)) if isinstance(v, float) and v.is_integer() else str(v) for v in values]
    return np.array([t.strip() for t in texts], dtype=object)


def _problems(own: OwnRegions, ids: np.ndarray, names: np.ndarray, geoms: np.ndarray) -> list[RegionProblem]:
    problems: list[RegionProblem] = []
    first_row: dict[str, int] = {}
    kinds = shapely.get_type_id(geoms)
    for i, (region_id, name) in enumerate(zip(ids, names, strict=True)):
        row = i + 1
        if not region_id:
            problems.append(RegionProblem(row, own.id_field, "empty-id"))
        elif region_id in first_row:
            problems.append(
                RegionProblem(row, own.id_field, "duplicate-id", f"{region_id}|{first_row[region_id]}")
            )
        else:
            first_row[region_id] = row
        if not name:
            problems.append(RegionProblem(row, own.name_field, "empty-name"))
        if geoms[i] is None or shapely.is_empty(geoms[i]):
            problems.append(RegionProblem(row, "geometry", "no-geometry"))
        elif kinds[i] not in (3, 6, 7) or not _has_polygon(geoms[i]):
            problems.append(RegionProblem(row, "geometry", "not-polygon", shapely.get_type_id(geoms[i])))
    return problems


def _has_polygon(geom: shapely.Geometry) -> bool:
    parts = shapely.get_parts(geom)
    return bool(np.isin(shapely.get_type_id(parts), (3, 6)).any())


def _to_wgs84(frame: gpd.GeoDataFrame, path: str) -> np.ndarray:
    """The geometry in WGS-84; a file without a coordinate system is taken as lon/lat if it fits."""
    if frame.crs is None:
        west, south, east, north = frame.total_bounds
        if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
            raise RegionFileError(file=path, reason="no-crs")
        return frame.geometry.values
    if frame.crs.to_epsg() == 4326:
        return frame.geometry.values
    return frame.geometry.to_crs(4326).values


def _polygonal(geoms: np.ndarray) -> np.ndarray:
    """Valid (Multi)Polygons: repaired where a ring touches itself, lines and points dropped."""
    out = np.asarray(geoms, dtype=object).copy()
    for i, geom in enumerate(out):
        if not shapely.is_valid(geom) or shapely.get_type_id(geom) == 7:
            parts = shapely.get_parts(shapely.get_parts(shapely.make_valid(geom)))
            polygons = parts[shapely.get_type_id(parts) == 3]
            out[i] = shapely.multipolygons(polygons)
    return out
