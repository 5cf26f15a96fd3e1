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


def read_text(path: Path) -> str:
    """The file's text, UTF-8 (with or without BOM) or GB18030/GBK, detected."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ParkFileError(file=str(path), reason=exc.strerror or str(exc)) from exc
    if b"\x00" in data[:4096]:
        raise ParkFileError(file=str(path), reason="binary")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ParkFileError(file=str(path), reason="encoding")


def read_table(path: Path, header_words: set[str]) -> RawTable:
    """Read any supported file; ``header_words`` are the column names that identify a header row."""
    suffix = Path(path).suffix.lower()
    if suffix in SPREADSHEETS:
        return _read_spreadsheet(Path(path), header_words)
    if suffix in VECTOR_FILES:
        return _read_vector(Path(path))
    rows = list(csv.reader(io.StringIO(read_text(path))))
    return _table_from_rows(Path(path), rows, header_words)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_spreadsheet(path: Path, header_words: set[str]) -> RawTable:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        sheet = workbook.get_sheet_by_index(0)
        rows = [[_cell(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise ParkFileError(file=str(path), reason="spreadsheet", detail=str(exc)) from exc
    return _table_from_rows(path, rows, header_words)


def _table_from_rows(path: Path, rows: list[list[str]], header_words: set[str]) -> RawTable:
    """Find the header (below any title rows, across a two-row merged header), then the data."""
    if not rows or not any(any(c.strip() for c in row) for row in rows):
        raise ParkFileError(file=str(path), reason="empty")
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


def _read_vector(path: Path) -> RawTable:
    import shapely

    try:
        frame = read_vector_frame(path)
    except UnreadableVectorFile as exc:
        raise ParkFileError(file=str(path), reason="vector", detail=exc.detail) from exc
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    points = shapely.point_on_surface(frame.geometry.values)
    lonlat = shapely.get_coordinates(points) if len(frame) else np.empty((0, 2))
    header = [c for c in frame.columns if c != "geometry"]
    rows = [[_cell(v) for v in values] for values in frame[header].itertuples(index=False)]
    return RawTable(header, rows, list(range(1, len(rows) + 1)), lonlat=lonlat)
