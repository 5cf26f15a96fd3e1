"""A project's own sectors and terms apply to it alone and never redefine the built-in taxonomy."""

from __future__ import annotations

from model.sectors import Taxonomy
from model.taxonomy_layers import TaxonomyLayer, compose_taxonomy

ICE = {
    "code": "EQP.U1",
    "group": "EQP",
    "name_zh": "冰雪装备",
    "name_en": "Ice and snow equipment",
    "synonyms": ["冰雪"],
}


def test_a_project_cannot_make_ships_read_as_farm_food():
    base = Taxonomy.load()
    project = TaxonomyLayer("project", (), {"船舶": ["FOD.AGRI"], "冰雪旅游": ["EQP"]})
    taxonomy, conflicts, applied = compose_taxonomy(base, [project])
    assert taxonomy.read("船舶").codes == ("EQP.SHIP",)
    assert taxonomy.read("冰雪旅游").codes == ("EQP",)  # a term the taxonomy did not know: applied
    assert [(c.kind, c.subject, c.detail) for c in conflicts] == [("builtin-term", "船舶", "EQP.SHIP")]
    assert dict(applied.term_mappings) == {"冰雪旅游": ("EQP",)}


def test_an_own_sector_reusing_a_built_in_code_is_refused_and_the_others_stay():
    ship = {"code": "EQP.SHIP", "group": "EQP", "name_zh": "小船", "name_en": "Boats", "synonyms": []}
    layer = TaxonomyLayer("project", (ship, ICE), {})
    taxonomy, conflicts, applied = compose_taxonomy(Taxonomy.load(), [layer])
    assert taxonomy.name("EQP.SHIP", "zh") == "船舶及海洋工程装备"
    assert taxonomy.knows("EQP.U1") and taxonomy.read("冰雪").codes == ("EQP.U1",)
    assert [c.kind for c in conflicts] == ["builtin-code"]
    assert [s["code"] for s in applied.own_sectors] == ["EQP.U1"]


def test_a_built_in_term_may_be_refined_into_an_own_sector_and_a_project_says_so():
    finer = {**ICE, "synonyms": ["冰雪", "汽车"]}
    taxonomy, conflicts, _ = compose_taxonomy(Taxonomy.load(), [TaxonomyLayer("settings", (finer,), {})])
    assert taxonomy.read("汽车").codes == ("EQP.U1",) and conflicts == []  # the planner's own choice
    project = TaxonomyLayer("project", (finer,), {"船舶": ["EQP.U1"]})
    taxonomy, conflicts, _ = compose_taxonomy(Taxonomy.load(), [project])
    assert taxonomy.read("船舶").codes == ("EQP.U1",)
    assert [(c.kind, c.subject) for c in conflicts] == [("refined", "汽车"), ("refined", "船舶")]


def test_the_project_layer_wins_over_the_settings_and_says_so():
    mine = TaxonomyLayer("settings", (ICE,), {"雪具": ["EQP.U1"]})
    theirs = TaxonomyLayer("project", ({**ICE, "name_zh": "船用配套", "synonyms": []},), {})
    taxonomy, conflicts, _ = compose_taxonomy(Taxonomy.load(), [mine, theirs])
    assert taxonomy.name("EQP.U1", "zh") == "船用配套"
    assert [(c.source, c.kind, c.subject) for c in conflicts] == [("project", "redefined", "EQP.U1")]


def test_a_mapping_to_no_sector_or_a_sector_of_no_group_is_reported():
    stray = {"code": "ZZZ.U1", "group": "ZZZ", "name_zh": "某", "name_en": "Some", "synonyms": []}
    layer = TaxonomyLayer("project", (stray,), {"量子": ["NOPE"]})
    taxonomy, conflicts, _ = compose_taxonomy(Taxonomy.load(), [layer])
    assert {c.kind for c in conflicts} == {"unknown-group", "unknown-code"}
    assert not taxonomy.knows("ZZZ.U1")


def test_without_layers_the_taxonomy_is_the_built_in_one():
    base = Taxonomy.load()
    taxonomy, conflicts, applied = compose_taxonomy(base, [])
    assert taxonomy.terms == base.terms and conflicts == [] and applied.own_sectors == ()
