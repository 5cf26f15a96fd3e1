"""Reading park lists from the files planners have: CSV, Excel, GeoJSON, GeoPackage, Shapefile.

Every reader returns a ``RawTable``: the header, the rows as text, each row's number
as the planner sees it in the file (for messages), and coordinates when the file has
geometry. Interpretation (which column is the name, where the park lies) is
``model.park_import``'s job.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from model.errors import PlannerError
from model.input_files import MAX_CELL_CHARS, MAX_TABLE_BYTES, MAX_TABLE_ROWS, read_bytes_checked
from model.spreadsheets import read_workbook_rows
from model.tables import undo_defused
from model.vector_files import VECTOR_FILES, UnreadableVectorFile, read_vector_frame

ENCODINGS = ("utf-8-sig", "gb18030")
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
TOTAL_WORDS = ("合计", "总计", "小计", "total")
HEADER_SEARCH_ROWS = 12


class ParkFileError(PlannerError):
    """The file cannot be read as a park list at all (format, encoding, no header, missing columns)."""

    code = "park-file"


@dataclass
class RawTable:
    """A park list as text cells, before interpretation."""

    header: list[str]
    rows: list[list[str]]
    row_numbers: list[int]  # the row number a planner sees in the file
    lonlat: np.ndarray | None = None  # (n, 2) from the file's geometry, WGS-84
    skipped_totals: list[int] = field(default_factory=list)  # rows that were 合计/总计 lines
    sheet: str = ""  # the workbook's sheet the rows came from


def read_text(path: Path) -> str:
    """The file's text: UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") or
    GB18030/GBK, detected; at most ``MAX_TABLE_BYTES``."""
    data = read_bytes_checked(Path(path), MAX_TABLE_BYTES, ParkFileError)
    if not data.strip():
        raise ParkFileError(file=str(path), reason="empty-file")
    utf16 = _utf16_encoding(data)
    if utf16:
        try:
            return data.decode(utf16).lstrip("\ufeff")
        except UnicodeDecodeError:
            raise ParkFileError(file=str(path), reason="encoding") from None
    if b"\x00" in data[:4096]:
        raise ParkFileError(file=str(path), reason="binary")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ParkFileError(file=str(path), reason="encoding")


def _utf16_encoding(data: bytes) -> str | None:
    """``utf-16`` for text with a UTF-16 byte-order mark, ``utf-16-le``/``-be`` for UTF-16
    without one (every other byte zero in its ASCII part), else None."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    head = data[:4096]
    if len(head) >= 4 and len(head) % 2 == 0:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
            return "utf-16-le"
        if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
            return "utf-16-be"
    return None


def read_table(path: Path, header_words: set[str]) -> RawTable:
    """Read any supported file; ``header_words`` are the column names that identify a header row."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in SPREADSHEETS:
        return _read_spreadsheet(path, header_words)
    if suffix in VECTOR_FILES:
        return _read_vector(path)
    rows = [[undo_defused(c) for c in row] for row in _csv_rows(path, read_text(path))]
    return _table_from_rows(path, rows, header_words)


def _csv_rows(path: Path, text: str) -> list[list[str]]:
    """The rows of a delimited text: commas, or tabs (Excel's "Unicode text"), or semicolons,
    whichever the first line uses most."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((",", "\t", ";"), key=first.count) if first else ","
    if first.count(delimiter) == 0:
        delimiter = ","
    csv.field_size_limit(MAX_TABLE_BYTES)  # the file's size is checked; a long note is not an error
    rows = []
    try:
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            rows.append(row)
            if len(rows) > MAX_TABLE_ROWS + HEADER_SEARCH_ROWS:
                raise ParkFileError(file=str(path), reason="too-many-rows", limit=MAX_TABLE_ROWS)
    except csv.Error as exc:
        raise ParkFileError(file=str(path), reason="csv", row=len(rows) + 1, detail=str(exc)) from exc
    return rows


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _header_score(rows: list[list[str]], header_words: set[str]) -> int:
    return max((sum(c.strip() in header_words for c in row) for row in rows[:HEADER_SEARCH_ROWS]), default=0)


def _read_spreadsheet(path: Path, header_words: set[str]) -> RawTable:
    sheet, rows = read_workbook_rows(
        path, ParkFileError, lambda rows: _header_score(rows, header_words), _cell
    )
    table = _table_from_rows(path, rows, header_words)
    table.sheet = sheet
    return table


def _table_from_rows(path: Path, rows: list[list[str]], header_words: set[str]) -> RawTable:
    """Find the header (below any title rows, across a two-row merged header), then the data."""
    if not rows or not any(any(c.strip() for c in row) for row in rows):
        raise ParkFileError(file=str(path), reason="empty-file")
    _check_cells(path, rows)
    scores = [sum(c.strip() in header_words for c in row) for row in rows[:HEADER_SEARCH_ROWS]]
    at = int(np.argmax(scores)) if max(scores) > 0 else 0
    header = [c.strip() for c in rows[at]]
    if at > 0:
        # A merged cell over two header rows reads as text above an empty cell: take it.
        above = rows[at - 1] + [""] * (len(header) - len(rows[at - 1]))
        header = [h or above[i].strip() for i, h in enumerate(header)]
    below = rows[at + 1] if at + 1 < len(rows) else []
    filled = [c.strip() for c in below if c.strip()]
    if filled and all(c in header_words for c in filled):
        # The header's second row (经度 and 纬度 under a merged 位置): it names those columns.
        below = below + [""] * (len(header) - len(below))
        header = [below[i].strip() or h for i, h in enumerate(header)]
        at += 1
    table = RawTable(header, [], [])
    for number, row in enumerate(rows[at + 1 :], start=at + 2):
        cells = [c.strip() for c in row] + [""] * (len(header) - len(row))
        if not any(cells):
            continue
        if any(c.lower().replace(" ", "") in TOTAL_WORDS for c in cells[:3]):
            table.skipped_totals.append(number)
            continue
        table.rows.append(cells[: len(header)])
        table.row_numbers.append(number)
    return table


def _check_cells(path: Path, rows: list[list[str]]) -> None:
    """No cell longer than a spreadsheet cell can be (a note pasted a thousand times over)."""
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row):
            if len(value) > MAX_CELL_CHARS:
                raise ParkFileError(
                    file=str(path),
                    reason="cell-too-long",
                    row=number,
                    column=column + 1,
                    length=len(value),
                    limit=MAX_CELL_CHARS,
                )


def _read_vector(path: Path) -> RawTable:
    try:
        frame = read_vector_frame(path)
    except UnreadableVectorFile as exc:
        raise ParkFileError(file=str(path), reason=exc.reason, detail=exc.detail) from exc
    geometry = getattr(frame, "_geometry_column_name", None) if hasattr(frame, "geometry") else None
    lonlat = None
    if geometry is not None and geometry in frame.columns:
        if frame.crs is not None and frame.crs.to_epsg() != 4326:
            frame = frame.to_crs(4326)
        lonlat = feature_points(frame.geometry.values)
    header = [str(c) for c in frame.columns if c != geometry]
    rows = [[_cell(v) for v in values] for values in frame[header].itertuples(index=False)]
    _check_cells(path, [header, *rows])
    return RawTable(header, rows, list(range(1, len(rows) + 1)), lonlat=lonlat)


def feature_points(geometries: np.ndarray) -> np.ndarray:
    """One (lon, lat) per feature, inside it; NaN for a feature without a usable location
    (no geometry, an empty one, or coordinates that are not numbers)."""
    import shapely

    lonlat = np.full((len(geometries), 2), np.nan)
    usable = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
    if usable.any():
        points = shapely.point_on_surface(geometries[usable])
        found = np.full((int(usable.sum()), 2), np.nan)
        ok = ~shapely.is_empty(points)
        found[ok] = shapely.get_coordinates(points[ok])
        lonlat[usable] = found
    lonlat[~np.isfinite(lonlat).all(axis=1)] = np.nan
    return lonlat
