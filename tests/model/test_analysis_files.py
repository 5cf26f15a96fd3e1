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


def _problems(read, path, *args) -> list[tuple[int, str, str]]:
    with pytest.raises(AnalysisFileError) as caught:
        read(path, REGIONS, *args)
    return [(p.row, p.reason, p.value) for p in caught.value.params.get("problems", [])]


def test_a_link_to_itself_and_a_link_added_and_cut_are_reported(tmp_path):
    path = write(
        tmp_path, "links.csv", "a,b,action\n大连,大连市,add\n大连,营口,add\n营口,大连,cut\n大连,营口,\n"
    )
    assert _problems(read_links, path) == [
        (2, "self-link", "大连市"),
        (4, "link-contradicts", "3"),
        (5, "duplicate-row", "3"),
    ]


def test_two_roles_for_one_cell_are_an_error_naming_the_first_row(tmp_path):
    from model.analysis_files import read_roles

    path = write(
        tmp_path, "roles.csv", "地区,产业,角色\n大连,船舶,牵头\n营口,船舶,配套\n大连市,EQP.SHIP,避免\n"
    )
    assert _problems(read_roles, path, Taxonomy.load()) == [(4, "duplicate-cell", "2")]


def test_contradictory_fix_rules_name_both_rows(tmp_path):
    from model.analysis_files import read_rules

    path = write(tmp_path, "rules.csv", "规则,地区,产业,角色\n固定,营口,船舶,牵头\n固定,营口,船舶,避免\n")
    assert _problems(read_rules, path, Taxonomy.load()) == [(3, "duplicate-fix", "2")]


@pytest.mark.parametrize(
    ("value", "reason"),
    [("1,5", "ambiguous-number"), ("1.000,5", "ambiguous-number"), ("1e308", "number-too-large"),
     ("-3", "bad-number"), ("nan", "bad-number"), ("十", "bad-number")],
)  # fmt: skip
def test_statistics_that_are_not_plain_numbers_are_reported_not_guessed(tmp_path, value, reason):
    path = write(tmp_path, "stats.csv", f'region,sector,value\n大连,船舶,"{value}"\n营口,船舶,2\n')
    assert _problems(read_statistics, path, Taxonomy.load()) == [(2, reason, value)]


def test_thousands_separators_are_read(tmp_path):
    path = write(tmp_path, "stats.csv", 'region,sector,value\n大连,船舶,"1,234.5"\n营口,船舶,"12,000"\n')
    items = read_statistics(path, REGIONS, Taxonomy.load())
    assert items.x[:, 0].tolist() == [1234.5, 0.0, 12000.0, 0.0]


def test_statistics_with_only_a_region_column_or_no_values_are_refused(tmp_path):
    for text, reason in (("地区\n大连\n营口\n", "columns"), ("地区,船舶\n大连,\n营口,0\n", "no-values")):
        path = write(tmp_path, "stats.csv", text)
        with pytest.raises(AnalysisFileError) as caught:
            read_statistics(path, REGIONS, Taxonomy.load())
        assert caught.value.params["reason"] == reason


@pytest.mark.parametrize("reader", ["blocs", "links", "roles", "rules", "statistics"])
def test_an_empty_file_says_it_is_empty_not_that_it_has_no_regions(tmp_path, reader):
    import model.analysis_files as files

    path = write(tmp_path, f"{reader}.csv", "")
    extra = (Taxonomy.load(),) if reader in ("roles", "rules", "statistics") else ()
    with pytest.raises(AnalysisFileError) as caught:
        getattr(files, f"read_{reader}")(path, REGIONS, *extra)
    assert caught.value.params["reason"] == "empty-file"
