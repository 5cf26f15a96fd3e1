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


def test_regions_table_has_the_contract_columns_rounded():
    table = regions_table(_regions())
    assert tuple(table.columns) == REGIONS_OUTPUT_COLUMNS
    assert table.loc[0, "area_km2"] == 12860.12
    assert table.loc[0, "centroid_lon"] == 123.123457


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
