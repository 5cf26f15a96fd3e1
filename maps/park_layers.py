"""Parks of a province, placed on its regions: the embedded default or a planner's file.

Joins the pure importer (``model.park_import``) with what only the boundary data can
give: the province's cities and counties to match names against, and the point of
each where a park without coordinates is placed (the region's label point, which
always lies inside it).
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from maps.boundaries import RegionLayer, load_region_layer
from maps.cnmaps_source import CnmapsSource
from maps.gcj02 import gcj02_to_wgs84
from model.park_import import ImportProblem, ImportResult, read_park_file
from model.parks import Precision, empty_parks
from model.places import Place, PlaceIndex
from model.regions import Level, Province, Scope
from model.resources import resource_path
from model.sectors import Taxonomy

DEFAULT_PARKS = {"210000": resource_path("parks", "liaoning_zones_2018.csv")}


@functools.lru_cache(maxsize=4)
def _places_of(province: Province, cache_version: str) -> tuple[PlaceIndex, dict[str, tuple[float, float]]]:
    return _province_places(province, CnmapsSource())


def province_places(province: Province, source: CnmapsSource | None = None):
    """The province's cities and counties as a PlaceIndex, and where to place a park in each
    (kept in memory per province and data version)."""
    source = source or CnmapsSource()
    return _places_of(province, source.cache_version)


def _province_places(province: Province, source: CnmapsSource | None = None):
    """The province's cities and counties as a PlaceIndex, and where to place a park in each.

    A county's point is its label point. A city's is the middle of its urban core (the
    city's districts, 区, smaller than their median): a zone whose record names no county
    is far more likely there than at the middle of the city's whole territory.
    """
    source = source or CnmapsSource()
    places, points = [], {}
    counties = load_region_layer(Scope(province, Level.COUNTY), source).regions
    for level in (Level.CITY, Level.COUNTY):
        regions = (
            counties if level is Level.COUNTY else load_region_layer(Scope(province, level), source).regions
        )
        for row in regions.itertuples(index=False):
            places.append(Place(row.id, row.name_zh, row.parent_id, level.value))
            points[row.id] = (float(row.label_lon), float(row.label_lat))
            if level is Level.CITY:
                points[row.id] = urban_core_point(counties[counties["parent_id"] == row.id]) or points[row.id]
    return PlaceIndex(places, province.name_zh), points


def urban_core_point(counties: pd.DataFrame) -> tuple[float, float] | None:
    """The centre of a city's smaller districts (区), inside them; None if it has no district."""
    districts = counties[counties["name_zh"].str.endswith("区")]
    if districts.empty:
        return None
    core = districts[districts["area_km2"] <= districts["area_km2"].median()]
    union = shapely.union_all(core.geometry.values)
    point = shapely.centroid(union)
    if not shapely.contains(union, point):
        point = shapely.point_on_surface(union)
    return float(point.x), float(point.y)


def default_parks_file(province: Province | None) -> Path | None:
    """The embedded park list of a province, if the program ships one."""
    return DEFAULT_PARKS.get(province.adcode) if province else None


def guess_province(path: Path, source: CnmapsSource | None = None) -> Province | None:
    """The province whose cities a park list's city column names most often (None if unclear)."""
    from model.naming import core_name
    from model.park_files import read_table
    from model.park_import import HEADER_ALIASES, HEADER_WORDS

    source = source or CnmapsSource()
    table = read_table(Path(path), HEADER_WORDS)
    header = [h.strip().lower() for h in table.header]
    column = next((header.index(a.lower()) for a in HEADER_ALIASES["city"] if a.lower() in header), None)
    if column is None:
        return None
    written = [row[column].strip() for row in table.rows if column < len(row)]
    scores = []
    for province in source.provinces():
        names = {n for r in source.records(province, Level.CITY) for n in (r.name_zh, core_name(r.name_zh))}
        scores.append(
            (sum(w in names or w.removeprefix(province.name_zh) in names for w in written), province)
        )
    scores.sort(key=lambda pair: -pair[0])
    if not scores or scores[0][0] == 0 or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return scores[0][1]


def parks_provinces(province: Province | None, source: CnmapsSource) -> list[Province]:
    """The provinces whose embedded parks a scope shows: its own, or all (whole country)."""
    if province is not None:
        return [province] if province.adcode in DEFAULT_PARKS else []
    return [p for p in source.provinces() if p.adcode in DEFAULT_PARKS]


def load_scope_parks(province: Province | None, taxonomy: Taxonomy | None = None) -> ImportResult:
    """The embedded parks of a province, or of every province that has them (whole country)."""
    source = CnmapsSource()
    provinces = parks_provinces(province, source)
    results = [load_parks(p, None, taxonomy, source) for p in provinces]
    if not results:
        return ImportResult(empty_parks())
    merged = ImportResult(pd.concat([r.parks for r in results], ignore_index=True))
    for r in results:
        merged.problems.extend(r.problems)
    return merged


def load_parks(
    province: Province,
    parks_file: Path | None = None,
    taxonomy: Taxonomy | None = None,
    source: CnmapsSource | None = None,
    columns: dict[str, str] | None = None,
    coordinates: str = "wgs84",
) -> ImportResult:
    """The parks of a province: from ``parks_file``, else the embedded default, else none.

    ``columns`` is the planner's column choice (field → header); ``coordinates`` says
    whether the file's longitude/latitude columns are WGS-84 (GPS) or GCJ-02 (AMap,
    Tencent maps), which are converted.
    """
    path = parks_file or default_parks_file(province)
    if path is None:
        return ImportResult(empty_parks())
    places, points = province_places(province, source)
    result = read_park_file(Path(path), places, points, taxonomy or Taxonomy.load(), columns)
    if coordinates == "gcj02":
        result.parks = gcj02_parks_to_wgs84(result.parks, result.coordinates_given)
    return _outside_province_removed(result, Path(path), province, source)


def _outside_province_removed(
    result: ImportResult, path: Path, province: Province, source: CnmapsSource | None
) -> ImportResult:
    """Report parks whose given coordinates lie outside the province (a typo, swapped
    columns, the wrong datum), and keep them out."""
    parks = result.parks
    # Every coordinate the file gave, whatever precision it claims for it.
    exact = np.flatnonzero(np.asarray(result.coordinates_given, dtype=bool))
    if len(exact) == 0:
        return result
    cities = load_region_layer(Scope(province, Level.CITY), source or CnmapsSource()).regions
    tree = shapely.STRtree(cities.geometry.values)
    points = shapely.points(parks["lon"].to_numpy(float)[exact], parks["lat"].to_numpy(float)[exact])
    hits, _ = tree.query(points, predicate="intersects")
    outside = exact[np.setdiff1d(np.arange(len(exact)), hits)]
    field_name = result.columns_used.get("lon", "lon")
    for row in outside:
        park = parks.iloc[row]
        value = f"{park['lon']:.5f},{park['lat']:.5f}"
        result.problems.append(
            ImportProblem(str(path), result.park_rows[row], field_name, "outside-province", value)
        )
    keep = np.setdiff1d(np.arange(len(parks)), outside)
    result.parks = parks.iloc[keep].reset_index(drop=True)
    result.park_rows = [result.park_rows[i] for i in keep]
    result.coordinates_given = [result.coordinates_given[i] for i in keep]
    return result


def gcj02_parks_to_wgs84(parks: pd.DataFrame, given: list[bool] | None = None) -> pd.DataFrame:
    """Convert the coordinates the file gave (by default: the exact ones) from GCJ-02 to WGS-84."""
    parks = parks.copy()
    if given is not None and len(given) == len(parks):
        exact = np.asarray(given, dtype=bool)
    else:
        exact = (parks["location_precision"] == Precision.EXACT.value).to_numpy()
    if exact.any():
        lon, lat = gcj02_to_wgs84(
            parks.loc[exact, "lon"].astype(float), parks.loc[exact, "lat"].astype(float)
        )
        parks.loc[exact, "lon"], parks.loc[exact, "lat"] = lon, lat
    return parks


def place_names(provinces: list[Province], source: CnmapsSource | None = None) -> dict[str, tuple[str, str]]:
    """Chinese and English names of the cities and counties of some provinces, by adcode."""
    source = source or CnmapsSource()
    names: dict[str, tuple[str, str]] = {}
    for province in provinces:
        for level in (Level.CITY, Level.COUNTY):
            regions = load_region_layer(Scope(province, level), source).regions
            names.update(
                zip(regions["id"], zip(regions["name_zh"], regions["name_en"], strict=True), strict=True)
            )
    return names


def park_region_ids(layer: RegionLayer, parks: pd.DataFrame) -> np.ndarray:
    """The id of the layer's region each park belongs to ('' where none).

    On administrative layers a park belongs to the city or county its record names (a zone
    placed at its city's centre has no county: it is assigned to the county that centre lies
    in). On a planner's own regions a park belongs to the region its point lies in.
    """
    if len(parks) == 0:
        return np.empty(0, dtype=object)
    lonlat = parks[["lon", "lat"]].to_numpy(dtype=float)
    if layer.scope.level is Level.CITY:
        return parks["region_id"].astype(str).to_numpy(dtype=object)
    found = layer.regions_at(lonlat)
    if layer.scope.level is Level.COUNTY:
        named = parks["county_id"].fillna("").astype(str).to_numpy(dtype=object)
        return np.where(named != "", named, found)
    return found


def city_and_county_at(province: Province, lon: float, lat: float) -> tuple[str, str]:
    """The adcodes of the city and county of a province a WGS-84 point lies in ('' outside)."""
    source = CnmapsSource()
    point = np.array([[lon, lat]])
    city = load_region_layer(Scope(province, Level.CITY), source).regions_at(point)[0]
    county = load_region_layer(Scope(province, Level.COUNTY), source).regions_at(point)[0]
    return str(city), str(county)
