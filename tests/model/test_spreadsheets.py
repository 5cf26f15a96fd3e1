"""Spreadsheets are measured before they are read: a stray cell far away, a password, the sheet
that holds the table."""

from __future__ import annotations

import time
import zipfile

import pytest
from openpyxl import Workbook

from model.park_files import ParkFileError, read_table
from model.park_import import HEADER_WORDS
from model.spreadsheets import OLE_MAGIC, sheet_extents

HEADER = ["名称", "所在城市", "主导产业"]


def _workbook(path, sheets: dict[str, list[list]]) -> None:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)


def test_a_stray_cell_at_the_last_column_and_row_is_refused_at_once(tmp_path):
    """One value at XFD1048576 made the reader allocate 17 billion cells and abort the process."""
    path = tmp_path / "sparse.xlsx"
    book = Workbook()
    book.active.append(HEADER)
    book.active.append(["大连长兴岛经济区", "大连", "船舶"])
    book.active["XFD1048576"] = "x"
    book.save(path)
    assert path.stat().st_size < 10_000
    started = time.perf_counter()
    with pytest.raises(ParkFileError) as caught:
        read_table(path, HEADER_WORDS)
    assert time.perf_counter() - started < 1.0
    params = caught.value.params
    assert params["reason"] == "sheet-too-large"
    assert (params["rows"], params["columns"]) == (1_048_576, 16_384)


def test_the_extent_counts_only_cells_with_values(tmp_path):
    path = tmp_path / "styled.xlsx"
    book = Workbook()
    book.active.append(HEADER)
    book.active.cell(row=900_000, column=16_000).style = "Good"  # formatting only: not read
    book.save(path)
    extent = sheet_extents(path, ParkFileError)["Sheet"]
    assert (extent.rows, extent.columns) == (1, 3)


def _sheet_file(path, rows: str) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "xl/workbook.xml",
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="园区" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        archive.writestr("xl/worksheets/sheet1.xml", f"<worksheet><sheetData>{rows}</sheetData></worksheet>")


def test_a_large_real_sheet_is_measured_without_reading_it(tmp_path):
    """100,000 parks in 15 columns must still import: the measurement is a quick pass."""
    path = tmp_path / "big.xlsx"
    rows = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{c}{r}"><v>1</v></c>' for c in "ABCDEFGHIJKLMNO") + "</row>"
        for r in range(1, 100_001)
    )
    _sheet_file(path, rows)
    extent = sheet_extents(path, ParkFileError)["园区"]
    assert (extent.rows, extent.columns) == (100_000, 15)
    assert not extent.too_large()


def test_cells_that_do_not_name_their_place_are_counted_in_order(tmp_path):
    """``r`` is optional in the format: such cells follow one another."""
    path = tmp_path / "plain.xlsx"
    _sheet_file(path, "<row><c><v>1</v></c><c><v>2</v></c></row><row/><row><c><v>3</v></c><c s='1'/></row>")
    extent = sheet_extents(path, ParkFileError)["园区"]
    assert (extent.rows, extent.columns) == (3, 2)


def test_a_password_protected_workbook_is_named_as_such(tmp_path):
    path = tmp_path / "protected.xlsx"
    path.write_bytes(OLE_MAGIC + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(ParkFileError) as caught:
        read_table(path, HEADER_WORDS)
    assert caught.value.params["reason"] == "protected"


def test_the_sheet_with_the_columns_is_read_not_the_first(tmp_path):
    path = tmp_path / "book.xlsx"
    _workbook(
        path,
        {
            "说明": [["本表为2018年开发区名录"], ["编制：省发改委"]],
            "园区名录": [HEADER, ["大连长兴岛经济区", "大连", "船舶"]],
        },
    )
    table = read_table(path, HEADER_WORDS)
    assert table.sheet == "园区名录"
    assert table.rows == [["大连长兴岛经济区", "大连", "船舶"]]


def test_a_damaged_workbook_is_not_a_readable_spreadsheet(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ParkFileError) as caught:
        read_table(path, HEADER_WORDS)
    assert caught.value.params["reason"] == "spreadsheet"
