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
from model.input_files import disk_is_full, os_reason

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
    """The ``regions`` command's table: adcodes, names, parent, area (km²), centroid (WGS-84),
    at full precision."""
    return pd.DataFrame(regions[list(REGIONS_OUTPUT_COLUMNS)]).reset_index(drop=True)


def parks_table(parks: pd.DataFrame) -> pd.DataFrame:
    """The ``parks`` command's table: the park columns, coordinates at full precision."""
    from model.parks import PARK_COLUMNS

    table = pd.DataFrame(parks[list(PARK_COLUMNS)]).reset_index(drop=True)
    for column in ("lon", "lat"):
        table[column] = pd.to_numeric(table[column])
    return table


def table_text(table: pd.DataFrame, fmt: str) -> str:
    """A table as CSV text or as a JSON array of row objects (Chinese unescaped)."""
    if fmt == "json":
        rows = table.to_dict(orient="records")
        return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    return csv_text(table)


# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _looks_like_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def defuse_text(value: object) -> object:
    """Text a spreadsheet would execute (=cmd|…, +…, -…, @…) with a leading ``'``, which Excel
    and WPS show as text; numbers, even negative ones, stay as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _looks_like_number(value):
        return "'" + value
    return value


def undo_defused(value: str) -> str:
    """The text ``defuse_text`` wrote, read back: our own exports import to the same values."""
    if len(value) > 1 and value[0] == "'" and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def safe_for_csv(table: pd.DataFrame) -> pd.DataFrame:
    """The table with every text cell a spreadsheet would run made inert (see ``defuse_text``)."""
    table = table.copy()
    for column in table.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            table[column] = table[column].map(defuse_text)
    return table


def csv_text(table: pd.DataFrame) -> str:
    """A table as CSV text, safe to open in a spreadsheet."""
    buffer = io.StringIO()
    safe_for_csv(table).to_csv(buffer, index=False, lineterminator="\n")
    return buffer.getvalue()


def write_csv(path: Path, table: pd.DataFrame) -> None:
    """A table as a CSV file with a BOM (so Excel reads its Chinese right), atomically."""
    text = "\ufeff" + csv_text(table)
    write_atomically(path, lambda tmp: tmp.write_bytes(text.encode("utf-8")))


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then rename it into place: the
    file is whole or absent, never half-written. Raises OutputError."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(path=str(path), reason="is-folder")
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=path.suffix)
        os.close(fd)
    except OSError as exc:
        raise output_error(path, exc) from exc
    try:
        write(Path(tmp))
        _readable_by_all(tmp)
        os.replace(tmp, path)
    except Cancelled:
        Path(tmp).unlink(missing_ok=True)
        raise
    except Exception as exc:  # OS, pandas and GDAL errors alike: nothing half-written stays
        Path(tmp).unlink(missing_ok=True)
        raise output_error(path, exc) from exc


def output_error(path: Path, exc: BaseException) -> OutputError:
    """An OutputError whose reason the interface translates (a full disk says so)."""
    reason = os_reason(exc)
    if reason == "os-error" and disk_is_full(Path(path).parent):
        reason = "disk-full"
    return OutputError(path=str(path), reason=reason, detail=str(exc)[:300])


class Cancelled(Exception):
    """Raised by a ``write`` callback when the user cancelled: nothing is written."""


def _readable_by_all(tmp: str) -> None:
    """Give a finished file the usual permissions (temporary files are private to their owner)."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(tmp, 0o666 & ~mask)


def workbook_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """An Excel workbook with one sheet per table. Text is written as text cells, never as
    formulas (a park named ``=HYPERLINK(…)`` stays a name)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    for name, table in sheets.items():
        sheet = book.create_sheet(title=str(name)[:31])
        sheet.append([str(c) for c in table.columns])
        for row in table.itertuples(index=False):
            cells = []
            for value in row:
                value = _cell_value(value)
                if isinstance(value, str) and value.startswith("="):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.data_type = "s"
                    cells.append(cell)
                else:
                    cells.append(value)
            sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _cell_value(value: object) -> object:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def write_workbook(path: Path, sheets: dict[str, pd.DataFrame]) -> None:
    """An Excel workbook with one sheet per table, written atomically (built in memory first,
    so a full disk fails in one plain write, not half-way through the spreadsheet library)."""
    data = workbook_bytes(sheets)
    write_atomically(path, lambda tmp: tmp.write_bytes(data))


def write_text_atomically(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write a whole file or nothing: a temporary file beside it, then a rename."""
    write_atomically(Path(path), lambda tmp: tmp.write_bytes(text.encode(encoding)))
