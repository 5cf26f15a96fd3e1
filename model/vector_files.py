"""Opening the GIS files planners have (GeoJSON, GeoPackage, Shapefile) as WGS-84 frames."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd

VECTOR_FILES = (".geojson", ".json", ".gpkg", ".shp")


class UnreadableVectorFile(Exception):
    """GDAL could not read the file; ``detail`` is its explanation."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def read_vector_frame(
    path: Path, max_features: int | None = None, layer: str | None = None
) -> gpd.GeoDataFrame:
    """Read the features of a vector file's layer (all, or the first ``max_features``), text
    decoded right (GBK shapefiles without a .cpg). The frame keeps the file's coordinate system."""
    import pyogrio

    options: dict = {"max_features": max_features} if max_features else {}
    if layer:
        options["layer"] = layer
    if path.suffix.lower() == ".shp" and not path.with_suffix(".cpg").exists():
        options["encoding"] = dbf_encoding(path.with_suffix(".dbf"))
    try:
        return pyogrio.read_dataframe(path, **options)
    except Exception as exc:  # GDAL's errors for unreadable files
        raise UnreadableVectorFile(str(exc)) from exc


def dbf_encoding(dbf: Path) -> str:
    """A shapefile without a .cpg: UTF-8 if its text decodes so, else GBK (Chinese GIS default)."""
    try:
        data = dbf.read_bytes()
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

    try:
        return int(pyogrio.read_info(path)["features"])
    except Exception as exc:
        raise UnreadableVectorFile(str(exc)) from exc
