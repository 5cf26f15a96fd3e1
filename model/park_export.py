"""Writing park tables to the files planners use: CSV, Excel, GeoJSON, GeoPackage.

Every format carries the park table's columns under the names ``model.park_import``
reads back (the city and county as adcodes, the declaration as given, the location
and its precision), so import → export → import gives the same parks. Files are
written to a temporary name beside the target and renamed: whole or not at all.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from model.errors import OutputError
from model.parks import PARK_COLUMNS
from model.tables import write_atomically, write_csv, write_workbook

FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".geojson": "geojson", ".gpkg": "gpkg"}
# Exported column → the park table's column; the names are ones the importer knows.
EXPORT_COLUMNS = {
    "id": "id",
    "name_zh": "name_zh",
    "name_en": "name_en",
    "city": "region_id",
    "county": "county_id",
    "lon": "lon",
    "lat": "lat",
    "location_precision": "location_precision",
    "level": "level",
    "kind": "kind",
    "sectors": "sectors",
    "sectors_text": "sectors_text",
    "area_ha": "area_ha",
    "approved": "approved",
    "source": "source",
}


def export_frame(parks: pd.DataFrame) -> pd.DataFrame:
    """The park table with export column names."""
    return pd.DataFrame({name: parks[column].to_numpy() for name, column in EXPORT_COLUMNS.items()})


def write_parks(parks: pd.DataFrame, path: Path) -> None:
    """Write a park table in the format its suffix names; raise OutputError on failure."""
    path = Path(path)
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise OutputError(path=str(path), reason="format")
    assert set(PARK_COLUMNS) >= set(EXPORT_COLUMNS.values())
    table = export_frame(parks)
    if kind == "csv":
        write_csv(path, table)  # with a BOM, so Excel reads the Chinese right
    elif kind == "xlsx":
        write_workbook(path, {"parks": table})
    else:
        write_atomically(path, lambda tmp: _write_gis(table, tmp, kind))


def _write_gis(table: pd.DataFrame, path: Path, kind: str) -> None:
    import geopandas as gpd

    frame = gpd.GeoDataFrame(table, geometry=gpd.points_from_xy(table["lon"], table["lat"]), crs="EPSG:4326")
    path.unlink(missing_ok=True)  # GDAL will not write over the empty temporary file
    options = {"driver": "GeoJSON"} if kind == "geojson" else {"driver": "GPKG", "layer": "parks"}
    frame.to_file(path, engine="pyogrio", **options)
