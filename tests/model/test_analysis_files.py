"""Planners' blocs, links and statistics tables: names matched, every bad row named."""

from __future__ import annotations

import pandas as pd
import pytest

from model.analysis_files import AnalysisFileError, read_blocs, read_links, read_statistics
from model.sectors import Taxonomy

REGIONS = pd.DataFrame(
    {
        "id": ["210200", "210600", "210800", "211400"],
        "name_zh": ["大连市", "丹东市", "营口市", "葫芦岛市"],
        "name_en": ["Dalian", "Dandong", "Yingkou", "Huludao"],
    }
)


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def test_blocs_match_ids_names_with_or_without_suffix_and_english(tmp_path):
    path = write(
        tmp_path, "blocs.csv", "板块,城市\n沿海,大连\n沿海,丹东市\n沿海,Yingkou\n辽西,211400\n", "gb18030"
    )
    assert read_blocs(path, REGIONS) == (("沿海", ("210200", "210600", "210800")), ("辽西", ("211400",)))


def test_links_add_and_cut(tmp_path):
    path = write(tmp_path, "links.csv", "a,b,action\n大连,营口,cut\n葫芦岛,丹东,add\n大连,丹东,\n")
    added, cut = read_links(path, REGIONS)
    assert cut == (("210200", "210800"),)
    assert added == (("211400", "210600"), ("210200", "210600"))


def test_statistics_in_the_wide_layout_of_a_yearbook(tmp_path):
    path = write(tmp_path, "stats.csv", '地区,石油炼制,船舶\n大连,600,400\n营口,"1,000",0\n')
    data = read_statistics(path, REGIONS, Taxonomy.load())
    ship, refining = data.items.index("EQP.SHIP"), data.items.index("PCH.REF")
    assert data.x[0, ship] == 400 and data.x[0, refining] == 600 and data.x[2, refining] == 1000
    assert data.declared[0, ship] and not data.declared[2, ship]


def test_every_bad_row_is_named_and_nothing_is_used(tmp_path):
    path = write(
        tmp_path, "stats.csv", "地区,产业,产值\n大连,船舶,abc\n北京,船舶,1\n营口,宇宙飞船,2\n大连,船舶,-5\n"
    )
    with pytest.raises(AnalysisFileError) as caught:
        read_statistics(path, REGIONS, Taxonomy.load())
    found = [(p.row, p.field, p.reason) for p in caught.value.params["problems"]]
    assert found == [
        (2, "产值", "bad-number"),
        (3, "地区", "unknown-region"),
        (4, "产业", "unknown-sector"),
        (5, "产值", "bad-number"),
    ]


def test_a_file_without_the_needed_columns_is_refused(tmp_path):
    path = write(tmp_path, "blocs.csv", "x,y\n1,2\n")
    with pytest.raises(AnalysisFileError) as caught:
        read_blocs(path, REGIONS)
    assert caught.value.params["reason"] == "columns"
