"""Map projections fitted to what is shown.

A province is drawn in an Albers equal-area conic whose standard parallels sit at
1/6 and 5/6 of its latitude span (the classic rule that keeps scale error small
across the extent), centred on its central meridian. Areas measured in it are true
areas. The whole country uses the usual Albers for China (25°N, 47°N, 105°E).
"""

from __future__ import annotations

import numpy as np
from pyproj import CRS, Transformer

CHINA_ALBERS = (
    "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
)
WGS84 = "EPSG:4326"


def fitted_albers(west: float, south: float, east: float, north: float) -> CRS:
    """An equal-area conic fitted to a longitude/latitude box."""
    span = max(north - south, 0.5)
    middle = (north + south) / 2
    lat_1 = round(middle - span / 3, 2)
    lat_2 = round(middle + span / 3, 2)
    lon_0 = round((west + east) / 2, 2)
    lat_0 = round(middle, 2)
    return CRS.from_proj4(
        f"+proj=aea +lat_1={lat_1} +lat_2={lat_2} +lat_0={lat_0} +lon_0={lon_0} "
        "+x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs"
    )


def china_albers() -> CRS:
    """The equal-area conic conventionally used for maps of all China."""
    return CRS.from_proj4(CHINA_ALBERS)


def forward(crs: CRS) -> Transformer:
    """WGS-84 longitude/latitude → projected metres."""
    return Transformer.from_crs(WGS84, crs, always_xy=True)


def inverse(crs: CRS) -> Transformer:
    """Projected metres → WGS-84 longitude/latitude."""
    return Transformer.from_crs(crs, WGS84, always_xy=True)


def project_coords(coords: np.ndarray, crs: CRS) -> np.ndarray:
    """Project an (N, 2) lon/lat array in one call."""
    x, y = forward(crs).transform(coords[:, 0], coords[:, 1])
    return np.column_stack([x, y])
