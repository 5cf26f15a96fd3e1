"""Opening the GIS files planners have (GeoJSON, GeoPackage, Shapefile) as frames.

Files are checked before GDAL sees them (an ordinary file, not larger than
``MAX_VECTOR_BYTES``; a GeoPackage's layers must be tables, never SQL views), and
GDAL's warnings, which name library paths, are kept from the planner's terminal.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import geopandas as gpd

from model.errors import PlannerError
from model.input_files import MAX_VECTOR_BYTES, check_input_file

VECTOR_FILES = (".geojson", ".json", ".gpkg", ".shp")


class UnreadableVectorFile(Exception):
    """GDAL could not read the file (or it was refused first); ``reason`` is a code the
    interface phrases (``vector``: GDAL's own ``detail``), ``params`` its particulars."""

    def __init__(self, detail: str, reason: str = "vector", **params) -> None:
        super().__init__(detail)
        self.detail = detail
        self.reason = reason
        self.params = params


class _Refused(PlannerError):
    code = "vector-file"


def check_vector_file(path: Path) -> None:
    """Raise UnreadableVectorFile unless ``path`` is an ordinary file GDAL may open: within
    the size limit, and for a GeoPackage, without views or triggers standing in for tables."""
    try:
        check_input_file(path, MAX_VECTOR_BYTES, _Refused)
        dbf = path.with_suffix(".dbf")
        if path.suffix.lower() == ".shp" and dbf.exists():  # without one GDAL reads no attributes
            check_input_file(dbf, MAX_VECTOR_BYTES, _Refused)
    except _Refused as exc:
        raise UnreadableVectorFile(str(exc), exc.params["reason"], **exc.params) from None
    if path.suffix.lower() == ".gpkg":
        from model.geopackage import UnsafeGeoPackage, check_geopackage

        try:
            check_geopackage(path)
        except UnsafeGeoPackage as exc:
            if exc.reason == "not-sqlite":
                raise UnreadableVectorFile(exc.detail) from None
            raise UnreadableVectorFile(str(exc), "unsafe", table=exc.table, what=exc.reason) from None


def read_vector_frame(
    path: Path, max_features: int | None = None, layer: str | None = None
) -> gpd.GeoDataFrame:
    """Read the features of a vector file's layer (all, or the first ``max_features``), text
    decoded right (GBK shapefiles without a .cpg). The frame keeps the file's coordinate system."""
    import pyogrio

    path = Path(path)
    check_vector_file(path)
    options: dict = {"max_features": max_features} if max_features else {}
    if layer:
        options["layer"] = layer
    if path.suffix.lower() == ".shp" and not path.with_suffix(".cpg").exists():
        options["encoding"] = dbf_encoding(path.with_suffix(".dbf"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # GDAL's notices name library paths; errors still raise
            return pyogrio.read_dataframe(path, **options)
    except Exception as exc:  # GDAL's errors for unreadable files
        raise UnreadableVectorFile(str(exc)) from exc


def dbf_encoding(dbf: Path) -> str:
    """A shapefile without a .cpg: UTF-8 if its text decodes so, else GBK (Chinese GIS default)."""
    try:
        with open(dbf, "rb") as f:
            data = f.read(MAX_VECTOR_BYTES)
    except OSError:
        return "UTF-8"
    try:
        data.decode("utf-8")
        return "UTF-8"
    except UnicodeDecodeError:
        return "GB18030"


def count_features(path: Path) -> int:
    """How many features a vector file holds, without reading them."""
    import pyogrio

    check_vector_file(Path(path))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return int(pyogrio.read_info(path)["features"])
    except Exception as exc:
        raise UnreadableVectorFile(str(exc)) from exc
