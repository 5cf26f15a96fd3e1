"""The command line's output tables: columns, rounding, encoding, atomic files."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from model.errors import OutputError
from model.tables import REGIONS_OUTPUT_COLUMNS, regions_table, table_text, write_text_atomically


def _regions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": ["210100"],
            "name_zh": ["沈阳市"],
            "name_en": ["Shenyang"],
            "parent_id": ["210000"],
            "level": ["city"],
            "area_km2": [12860.123456],
            "centroid_lon": [123.1234567891],
            "centroid_lat": [41.987654321],
            "geometry": [None],
        }
    )


def test_regions_table_has_the_contract_columns_at_full_precision():
    table = regions_table(_regions())
    assert tuple(table.columns) == REGIONS_OUTPUT_COLUMNS
    assert table.loc[0, "area_km2"] == 12860.123456
    assert table.loc[0, "centroid_lon"] == 123.1234567891


def test_json_is_an_array_of_rows_with_chinese_unescaped():
    text = table_text(regions_table(_regions()), "json")
    assert "沈阳市" in text and "\\u" not in text
    assert json.loads(text)[0]["id"] == "210100"


def test_csv_keeps_adcodes_as_text():
    text = table_text(regions_table(_regions()), "csv")
    assert text.splitlines()[0] == ",".join(REGIONS_OUTPUT_COLUMNS)
    assert text.splitlines()[1].startswith("210100,沈阳市,Shenyang,210000,city,")


def test_atomic_write_replaces_whole_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    write_text_atomically(target, "new,表")
    assert target.read_text(encoding="utf-8") == "new,表"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_writing_into_a_missing_folder_fails_cleanly(tmp_path):
    with pytest.raises(OutputError) as caught:
        write_text_atomically(tmp_path / "missing" / "out.csv", "x")
    assert "missing" in caught.value.params["path"]
    assert not (tmp_path / "missing").exists()


FORMULAS = ["=cmd|'/c calc'!A1", '=HYPERLINK("http://x","点击")', "+1+1", "-1+1", "@SUM(A1)", "\t=1"]


def test_csv_writes_text_a_spreadsheet_would_run_as_text_and_numbers_as_numbers():
    import csv
    import io

    from model.tables import csv_text, undo_defused

    table = pd.DataFrame({"name": FORMULAS, "value": [-1.5, 2, 3, 4, 5, 6], "code": ["-3"] * 6})
    rows = list(csv.reader(io.StringIO(csv_text(table))))[1:]
    assert all(row[0].startswith("'") for row in rows)
    assert rows[0][1:] == ["-1.5", "-3"]  # numbers stay numbers, also when held as text
    assert [undo_defused(row[0]) for row in rows] == FORMULAS  # and our importer reads them back


def test_workbooks_hold_text_cells_never_formulas(tmp_path):
    from openpyxl import load_workbook

    from model.tables import write_workbook

    path = tmp_path / "out.xlsx"
    write_workbook(path, {"parks": pd.DataFrame({"name": FORMULAS, "n": range(6)})})
    sheet = load_workbook(path)["parks"]
    assert [sheet.cell(row=r, column=1).data_type for r in range(2, 8)] == ["s"] * 6
    assert [sheet.cell(row=r, column=1).value for r in range(2, 8)] == FORMULAS
    assert sheet.cell(row=2, column=2).value == 0


def test_a_full_disk_during_a_workbook_write_is_one_clean_error(tmp_path, monkeypatch, capfd):
    import errno

    from model.errors import OutputError
    from model.tables import write_workbook

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("pathlib.Path.write_bytes", full)
    with pytest.raises(OutputError) as caught:
        write_workbook(tmp_path / "out.xlsx", {"a": pd.DataFrame({"x": [1]})})
    assert caught.value.params["reason"] == "disk-full"
    import gc

    gc.collect()
    assert "Traceback" not in capfd.readouterr().err
    assert list(tmp_path.iterdir()) == []
