"""Map projections fitted to what is shown.

A province is drawn in an Albers equal-area conic whose standard parallels sit at
1/6 and 5/6 of its latitude span (the classic rule that keeps scale error small
across the extent), centred on its central meridian. Areas measured in it are true
areas. The whole country uses the usual Albers for China (25°N, 47°N, 105°E).

Projections travel as PROJ strings. pyproj objects belong to the thread that made
them (each thread has its own PROJ context), so ``crs``, ``forward`` and
``inverse`` build and keep them per thread; loading happens on worker threads
while the map draws on the UI thread.
"""

from __future__ import annotations

import threading

import numpy as np
from pyproj import CRS, Transformer

CHINA_ALBERS = (
    "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
)
WGS84 = "EPSG:4326"
_per_thread = threading.local()


def fitted_albers(west: float, south: float, east: float, north: float) -> str:
    """An equal-area conic fitted to a longitude/latitude box, as a PROJ string."""
    span = max(north - south, 0.5)
    middle = (north + south) / 2
    lat_1 = round(middle - span / 3, 2)
    lat_2 = round(middle + span / 3, 2)
    lon_0 = round((west + east) / 2, 2)
    lat_0 = round(middle, 2)
    return (
        f"+proj=aea +lat_1={lat_1} +lat_2={lat_2} +lat_0={lat_0} +lon_0={lon_0} "
        "+x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
    )


def _cache(kind: str) -> dict:
    cache = getattr(_per_thread, kind, None)
    if cache is None:
        cache = {}
        setattr(_per_thread, kind, cache)
    return cache


def crs(definition: str) -> CRS:
    """The pyproj CRS of a PROJ string, for this thread."""
    cache = _cache("crs")
    if definition not in cache:
        cache[definition] = CRS.from_proj4(definition)
    return cache[definition]


def forward(definition: str) -> Transformer:
    """WGS-84 longitude/latitude → projected metres (this thread's transformer)."""
    cache = _cache("forward")
    if definition not in cache:
        cache[definition] = Transformer.from_crs(WGS84, crs(definition), always_xy=True)
    return cache[definition]


def inverse(definition: str) -> Transformer:
    """Projected metres → WGS-84 longitude/latitude (this thread's transformer)."""
    cache = _cache("inverse")
    if definition not in cache:
        cache[definition] = Transformer.from_crs(crs(definition), WGS84, always_xy=True)
    return cache[definition]


def project_coords(coords: np.ndarray, definition: str) -> np.ndarray:
    """Project an (N, 2) lon/lat array in one call."""
    x, y = forward(definition).transform(coords[:, 0], coords[:, 1])
    return np.column_stack([x, y])
