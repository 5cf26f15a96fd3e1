"""The sector taxonomy: every catalogue term maps, coarse terms stay coarse, bad files are named."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from model.resources import resource_path
from model.sectors import Taxonomy, TaxonomyError, TermStatus

CATALOGUE = Path(__file__).resolve().parents[1] / "data" / "liaoning_zones_2018.csv"


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return Taxonomy.load()


def test_every_term_of_the_liaoning_catalogue_is_known(taxonomy):
    with CATALOGUE.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 88
    unknown = {t for row in rows for t in taxonomy.read(row["leading_industries_zh"]).unknown_terms}
    assert unknown == set()


@pytest.mark.parametrize(
    ("term", "codes"),
    [
        ("船舶", ("EQP.SHIP",)),
        ("船舶海工", ("EQP.SHIP",)),
        ("汽车", ("AUT.VEH",)),
        ("汽车零部件", ("AUT.PART",)),
        ("汽车及零部件", ("AUT.VEH", "AUT.PART")),
        ("装备制造", ("EQP",)),  # a group-level declaration, not a guessed sector
        ("机械", ("EQP",)),
        ("电子信息", ("ELE",)),
        ("石化", ("PCH.REF",)),
        ("精细化工", ("PCH.FINE",)),
        ("风电", ("EQP.WIND",)),
        ("轨道交通装备", ("EQP.RAIL",)),
        ("石油装备", ("EQP.PETRO",)),
        ("液压装备", ("EQP.BASIC",)),
        ("计算机及软件", ("ELE.COMP", "ELE.SOFT")),  # split at 及: both parts known
        ("芳烃及精细化工", ("PCH.REF", "PCH.FINE")),
        ("船舶产业", ("EQP.SHIP",)),  # trailing 产业 dropped
        ("船舶，", ("EQP.SHIP",)),
        ("船 舶", ("EQP.SHIP",)),  # spaces ignored
    ],
)
def test_terms_map_to_sectors_or_groups(taxonomy, term, codes):
    match = taxonomy.match(term.rstrip("，"))
    assert match.status is TermStatus.MAPPED
    assert match.codes == codes


def test_non_industries_and_unknown_terms(taxonomy):
    assert taxonomy.match("在建").status is TermStatus.NOT_INDUSTRY
    unknown = taxonomy.match("量子引力")
    assert unknown.status is TermStatus.UNKNOWN and unknown.codes == ()
    assert taxonomy.match("汽车及量子").status is TermStatus.UNKNOWN  # one part unknown: no guess


def test_a_declaration_reads_every_separator_and_keeps_order(taxonomy):
    declaration = taxonomy.read("石化；船舶海工、装备制造,船舶/量子引力")
    assert declaration.codes == ("PCH.REF", "EQP.SHIP", "EQP")
    assert declaration.unknown_terms == ("量子引力",)


def test_groups_sectors_and_names(taxonomy):
    assert taxonomy.group_of("EQP.SHIP") == "EQP" and taxonomy.group_of("EQP") == "EQP"
    assert taxonomy.is_group("EQP") and not taxonomy.is_group("EQP.SHIP")
    assert taxonomy.name("EQP.SHIP", "zh") == "船舶及海洋工程装备"
    assert taxonomy.name("AUT", "en") == "Automotive"
    assert all(s.gbt4754 for s in taxonomy.sectors.values())
    assert all(s.group in taxonomy.groups for s in taxonomy.sectors.values())


def test_planner_additions_take_precedence_without_touching_the_files(taxonomy):
    mine = taxonomy.with_additions({"量子引力": ["ELE.SEMI"], "机械": ["EQP.TOOL"]})
    assert mine.match("量子引力").codes == ("ELE.SEMI",)
    assert mine.match("机械").codes == ("EQP.TOOL",)
    assert taxonomy.match("机械").codes == ("EQP",)
    with pytest.raises(TaxonomyError):
        taxonomy.with_additions({"x": ["NOPE"]})


@pytest.mark.parametrize(
    ("file", "line", "field"),
    [
        ("sectors.csv", "EQP.X,NOGROUP,某,Some,1,某某\n", "group"),
        ("sectors.csv", "EQP.Y,EQP,另一个,Other,1,船舶\n", "synonyms"),  # 船舶 already means EQP.SHIP
        ("terms.csv", "某某,EQP.NOPE,\n", "codes"),
        ("groups.csv", "EQP,重复,Duplicate,#000000,\n", "code"),
    ],
)
def test_a_malformed_taxonomy_names_file_row_and_field(tmp_path, file, line, field):
    folder = tmp_path / "sectors"
    shutil.copytree(resource_path("sectors"), folder)
    with (folder / file).open("a", encoding="utf-8") as f:
        f.write(line)
    rows = len((folder / file).read_text(encoding="utf-8").splitlines())
    with pytest.raises(TaxonomyError) as caught:
        Taxonomy.load(folder)
    assert caught.value.params["file"].endswith(file)
    assert caught.value.params["row"] == rows
    assert caught.value.params["field"] == field


@given(
    st.lists(st.sampled_from(["船舶", "石化", "装备制造", "在建", "汽车及零部件", "未知项"]), max_size=8),
    st.sampled_from([";", "；", "、", ",", "/"]),
)
def test_reading_is_a_union_of_matching_each_term(terms, separator):
    taxonomy = Taxonomy.load()
    declaration = taxonomy.read(separator.join(terms))
    expected = []
    for term in terms:
        for code in taxonomy.match(term).codes:
            if code not in expected:
                expected.append(code)
    assert list(declaration.codes) == expected


def test_a_planners_own_sector_and_its_terms(taxonomy):
    from model.sectors import Sector

    code = taxonomy.next_user_code("NEN")
    assert code == "NEN.U1"
    mine = taxonomy.with_sectors(
        [Sector(code, "NEN", "氢能装备", "Hydrogen equipment", ())], {code: ["氢能"]}
    )
    assert mine.match("氢能装备").codes == (code,) and mine.match("氢能").codes == (code,)
    assert mine.group_of(code) == "NEN" and mine.name(code, "en") == "Hydrogen equipment"
    assert mine.next_user_code("NEN") == "NEN.U2"
    assert taxonomy.match("氢能装备").status is TermStatus.UNKNOWN  # the built-in taxonomy is untouched
    with pytest.raises(TaxonomyError):
        taxonomy.with_sectors([Sector("X.U1", "NOPE", "某", "Some", ())])


def test_a_sector_is_found_by_code_name_or_synonym(taxonomy):
    english = taxonomy.name("EQP.SHIP", "en")
    for text in ("EQP.SHIP", "eqp.ship", "船舶", english, english.upper(), " 船舶海工 "):
        assert taxonomy.item_for(text) == "EQP.SHIP", text
    assert taxonomy.item_for("装备制造") == "EQP"  # a group is found as a group
    for text in ("", "  ", "不存在的产业", "在建"):  # 在建 is recognised, but as no industry
        assert taxonomy.item_for(text) is None, text
