"""Output tables of the command line: one row per item, stable columns, UTF-8.

Planners' scripts and acceptance checks read these, so the column names and the
JSON shape are a contract (see README, "Command line").
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from model.errors import OutputError

REGIONS_OUTPUT_COLUMNS = (
    "id",
    "name_zh",
    "name_en",
    "parent_id",
    "level",
    "area_km2",
    "centroid_lon",
    "centroid_lat",
)


def regions_table(regions: pd.DataFrame) -> pd.DataFrame:
    """The ``regions`` command's table: adcodes, names, parent, area (km²), centroid (WGS-84)."""
    table = pd.DataFrame(regions[list(REGIONS_OUTPUT_COLUMNS)]).reset_index(drop=True)
    table["area_km2"] = table["area_km2"].round(2)
    table["centroid_lon"] = table["centroid_lon"].round(6)
    table["centroid_lat"] = table["centroid_lat"].round(6)
    return table


def parks_table(parks: pd.DataFrame) -> pd.DataFrame:
    """The ``parks`` command's table: the park columns, coordinates to six decimals."""
    from model.parks import PARK_COLUMNS

    table = pd.DataFrame(parks[list(PARK_COLUMNS)]).reset_index(drop=True)
    for column in ("lon", "lat"):
        table[column] = pd.to_numeric(table[column]).round(6)
    return table


def table_text(table: pd.DataFrame, fmt: str) -> str:
    """A table as CSV text or as a JSON array of row objects (Chinese unescaped)."""
    if fmt == "json":
        rows = table.to_dict(orient="records")
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    buffer = io.StringIO()
    table.to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then rename it into place: the
    file is whole or absent, never half-written. Raises OutputError."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=path.suffix)
        os.close(fd)
    except OSError as exc:
        raise OutputError(path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        write(Path(tmp))
        _readable_by_all(tmp)
        os.replace(tmp, path)
    except Cancelled:
        Path(tmp).unlink(missing_ok=True)
        raise
    except Exception as exc:  # OS, pandas and GDAL errors alike: nothing half-written stays
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(path=str(path), reason=getattr(exc, "strerror", None) or str(exc)) from exc


class Cancelled(Exception):
    """Raised by a ``write`` callback when the user cancelled: nothing is written."""


def _readable_by_all(tmp: str) -> None:
    """Give a finished file the usual permissions (temporary files are private to their owner)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)


def write_workbook(path: Path, sheets: dict[str, pd.DataFrame]) -> None:
    """An Excel workbook with one sheet per table, written atomically."""

    def write(tmp: Path) -> None:
        with pd.ExcelWriter(tmp, engine="openpyxl") as book:
            for name, table in sheets.items():
                table.to_excel(book, sheet_name=name, index=False)

    write_atomically(path, write)


def write_text_atomically(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write a whole file or nothing: a temporary file beside it, then a rename."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as f:
            f.write(text)
        _readable_by_all(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OutputError(path=str(path), reason=exc.strerror or str(exc)) from exc
