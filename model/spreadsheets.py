"""Reading spreadsheets (.xlsx, .xlsm, .xls, .ods) without trusting them.

The spreadsheet reader (calamine) allocates every cell from A1 to the last used one: a
5 KB workbook with one value at XFD1048576 would ask for 17 billion cells and end the
process. So before a sheet is read, its used extent is measured from the file itself
(the sheet's XML, streamed), and a sheet beyond the limits of ``model.input_files`` is
refused with its size. Encrypted workbooks are recognised and named as such. Of a
workbook's sheets, the one whose header has the columns asked for is read.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from model.errors import PlannerError
from model.input_files import (
    MAX_SHEET_CELLS,
    MAX_TABLE_BYTES,
    MAX_TABLE_COLUMNS,
    MAX_TABLE_ROWS,
    check_input_file,
)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_XML_BYTES = 400 * 1024 * 1024  # a sheet's XML, decompressed (500,000 rows fit): stops a zip bomb
XLS_LIMIT = (65_536, 256)  # an .xls sheet cannot be larger: no check needed before reading
_CHUNK = 4 * 1024 * 1024
_ROW_NUMBER = re.compile(rb'<row r="([0-9]{1,7})"')
_CELL_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})')
# A cell with a value: <c r="B7" …> not closed at once (a style-only cell is <c r="B7" s="1"/>).
_VALUE_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"[^>/]*>')
_ROW = re.compile(rb"<row\b([^>]*?)(?:/>|>(.*?)</row>)", re.DOTALL)
_ANY_CELL = re.compile(rb"<c\b([^>]*?)(/?)>")
_R_ATTRIBUTE = re.compile(rb'\br="([A-Z]*[0-9]*)"')
_LETTERS = re.compile(rb"[A-Z]*")
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@dataclass(frozen=True)
class SheetExtent:
    """How far a sheet's used cells reach: rows and columns from A1."""

    name: str
    rows: int
    columns: int

    @property
    def cells(self) -> int:
        """The cells the reader allocates for it."""
        return self.rows * self.columns

    def too_large(self) -> bool:
        """Whether the sheet is beyond what the program reads (or too large to measure)."""
        return (
            self.rows < 0
            or self.rows > MAX_TABLE_ROWS + 50
            or self.columns > MAX_TABLE_COLUMNS
            or self.cells > MAX_SHEET_CELLS
        )


def read_workbook_rows(
    path: Path,
    error: type[PlannerError],
    score: Callable[[list[list[str]]], int],
    cell: Callable[[object], str],
) -> tuple[str, list[list[str]]]:
    """The rows (as text, through ``cell``) of the workbook's sheet that ``score`` rates
    highest (its header has the columns asked for; the first sheet on a tie), and its name.
    Raises ``error`` with reason ``protected``, ``sheet-too-large`` or ``spreadsheet``."""
    check_input_file(path, MAX_TABLE_BYTES, error)
    extents = sheet_extents(path, error)
    from python_calamine import CalamineWorkbook

    refused = next((e for e in extents.values() if e.too_large()), None)
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
    except Exception as exc:  # calamine raises its own error types for damaged files
        if refused is not None:
            raise _too_large(path, error, refused) from exc
        raise _unreadable(path, error, exc) from exc
    best: tuple[int, str, list[list[str]]] | None = None
    for index, name in enumerate(names):
        extent = extents.get(name)
        if extent is not None and extent.too_large():
            continue
        rows = _read_sheet(workbook, index, path, error, cell)
        rated = score(rows)
        if best is None or rated > best[0]:
            best = (rated, name, rows)
    if best is None or (best[0] == 0 and refused is not None):
        if refused is not None:
            raise _too_large(path, error, refused)
        raise error(file=str(path), reason="empty-file")
    return best[1], best[2]


def _too_large(path: Path, error, extent: SheetExtent) -> PlannerError:
    if extent.rows < 0:
        return error(file=str(path), reason="sheet-too-much", sheet=extent.name, size=MAX_XML_BYTES)
    return error(
        file=str(path),
        reason="sheet-too-large",
        sheet=extent.name,
        rows=extent.rows,
        columns=extent.columns,
        max_rows=MAX_TABLE_ROWS,
        max_columns=MAX_TABLE_COLUMNS,
    )


def _read_sheet(workbook, index: int, path: Path, error, cell) -> list[list[str]]:
    try:
        sheet = workbook.get_sheet_by_index(index)
        if sheet.height > MAX_TABLE_ROWS + 50 or sheet.width > MAX_TABLE_COLUMNS:  # .xls: bounded by format
            raise error(
                file=str(path),
                reason="sheet-too-large",
                sheet=sheet.name,
                rows=sheet.height,
                columns=sheet.width,
                max_rows=MAX_TABLE_ROWS,
                max_columns=MAX_TABLE_COLUMNS,
            )
        return [[cell(v) for v in row] for row in sheet.to_python(skip_empty_area=False)]
    except PlannerError:
        raise
    except Exception as exc:
        raise _unreadable(path, error, exc) from exc


def _unreadable(path: Path, error, exc: Exception) -> PlannerError:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return error(file=str(path), reason="protected")
    return error(file=str(path), reason="spreadsheet", detail=str(exc))


def sheet_extents(path: Path, error: type[PlannerError]) -> dict[str, SheetExtent]:
    """Each sheet's used extent, measured from the file without reading its cells (.xlsx,
    .xlsm and .ods; an .xls is bounded by its format). Raises ``error`` for an encrypted or
    damaged workbook."""
    suffix = path.suffix.lower()
    with open(path, "rb") as f:
        head = f.read(8)
    if head == OLE_MAGIC and suffix in (".xlsx", ".xlsm"):
        # Excel saves a workbook with a password as an encrypted OLE container, not a zip.
        raise error(file=str(path), reason="protected")
    if suffix == ".xls":
        return {}
    try:
        with zipfile.ZipFile(path) as archive:
            if suffix == ".ods":
                return _ods_extents(archive)
            return _xlsx_extents(archive)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError, ValueError) as exc:
        raise error(file=str(path), reason="spreadsheet", detail=str(exc)) from exc


def _xlsx_extents(archive: zipfile.ZipFile) -> dict[str, SheetExtent]:
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    extents = {}
    for sheet in workbook.iter(f"{_MAIN_NS}sheet"):
        target = targets.get(sheet.get(_REL_NS), "")
        part = (
            target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        )
        if part in archive.namelist():
            name = sheet.get("name", "")
            extents[name] = _xml_extent(archive, part, name)
    return extents


def _xml_extent(archive: zipfile.ZipFile, part: str, name: str) -> SheetExtent:
    """The last row and column holding a value. A quick pass over the XML bounds the extent
    from above (style-only cells count too); only a sheet that looks too large is measured
    cell by cell, and a sheet whose cells do not name their places (``r`` is optional)
    row by row."""
    data = _sheet_xml(archive, part)
    if data is None:  # more XML than any sheet within the limits can have: not measured
        return SheetExtent(name, -1, -1)
    cells = data.count(b"<c ") + data.count(b"<c>")
    rows = data.count(b"<row ") + data.count(b"<row>")
    if data.count(b'<c r="') == cells and data.count(b'<row r="') == rows:
        quick = SheetExtent(
            name,
            max(map(int, _ROW_NUMBER.findall(data)), default=0),
            max(map(_column_number, set(_CELL_COLUMN.findall(data))), default=0),
        )
        if not quick.too_large():
            return quick
        found = _VALUE_CELL.findall(data)
        return SheetExtent(
            name,
            max((int(r) for _, r in found), default=0),
            max(map(_column_number, {c for c, _ in found}), default=0),
        )
    return _extent_row_by_row(data, name)


def _sheet_xml(archive: zipfile.ZipFile, part: str) -> bytes | None:
    """The sheet's XML, or None when it is larger than ``MAX_XML_BYTES`` (a zip bomb, or a
    sheet far beyond the row limit)."""
    if archive.getinfo(part).file_size > MAX_XML_BYTES:
        return None
    chunks, read = [], 0
    with archive.open(part) as stream:
        while chunk := stream.read(_CHUNK):
            read += len(chunk)
            if read > MAX_XML_BYTES:
                return None
            chunks.append(chunk)
    return b"".join(chunks)


def _extent_row_by_row(data: bytes, name: str) -> SheetExtent:
    rows = columns = 0
    row = 0
    for match in _ROW.finditer(data):
        number = _R_ATTRIBUTE.search(match.group(1))
        row = int(number.group(1)) if number else row + 1
        column = 0
        for attributes, closed in _ANY_CELL.findall(match.group(2) or b""):
            ref = _R_ATTRIBUTE.search(attributes)
            column = _column_number(_LETTERS.match(ref.group(1)).group(0)) if ref else column + 1
            if not closed:
                rows, columns = max(rows, row), max(columns, column)
    return SheetExtent(name, rows, columns)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - 64)
    return number


_ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def _ods_extents(archive: zipfile.ZipFile) -> dict[str, SheetExtent]:
    """Sheets of an OpenDocument spreadsheet: repeated rows and columns counted, only cells
    with a value extending the sheet."""
    extents: dict[str, SheetExtent] = {}
    with archive.open("content.xml") as stream:
        name, row, rows, columns, column, row_has_value = "", 0, 0, 0, 0, False
        for event, element in ElementTree.iterparse(stream, events=("start", "end")):
            tag = element.tag
            if event == "start" and tag == f"{_ODS_TABLE}table":
                name, row, rows, columns = element.get(f"{_ODS_TABLE}name", ""), 0, 0, 0
            elif event == "start" and tag == f"{_ODS_TABLE}table-row":
                column, row_has_value = 0, False
            elif event == "end" and tag in (f"{_ODS_TABLE}table-cell", f"{_ODS_TABLE}covered-table-cell"):
                repeat = int(element.get(f"{_ODS_TABLE}number-columns-repeated", "1"))
                if element.get(f"{_ODS_OFFICE}value-type") or len(element):
                    columns, row_has_value = max(columns, column + repeat), True
                column += repeat
                element.clear()
            elif event == "end" and tag == f"{_ODS_TABLE}table-row":
                repeat = int(element.get(f"{_ODS_TABLE}number-rows-repeated", "1"))
                if row_has_value:
                    rows = row + repeat
                row += repeat
                element.clear()
            elif event == "end" and tag == f"{_ODS_TABLE}table":
                extents[name] = SheetExtent(name, rows, columns)
                element.clear()
    return extents
