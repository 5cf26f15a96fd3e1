"""The taxonomy a planner works with: the built-in one, then their own additions, then a
project's.

Additions come in layers: the planner's settings (sectors they added, terms they mapped
during imports) and the open project's (the same, saved with it). A layer can add
sectors and map terms the built-in taxonomy does not know, and it may refine a built-in term
into one of its own sectors (泳装 read as the planner's 陶瓷卫浴); it can never redefine what is
built in. A row ``船舶 → FOD.AGRI`` or an own sector reusing the code ``EQP.SHIP`` is not
applied but returned as a conflict, for the interface to show when the project opens; a
project's refinements are applied and returned too, so the planner sees them.
A project's layer lives only as long as the project is open: nothing of it is written
into the planner's settings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from model.sectors import Sector, Taxonomy, TermStatus, normalise_term


@dataclass(frozen=True)
class TaxonomyLayer:
    """Own sectors (dicts: code, group, name_zh, name_en, synonyms) and term mappings
    (term → codes) from one source: ``settings`` or ``project``."""

    source: str
    own_sectors: tuple[dict, ...] = ()
    term_mappings: Mapping[str, Iterable[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class TaxonomyConflict:
    """An addition that was not applied. ``kind``: ``builtin-code`` (an own sector reuses a
    built-in code), ``unknown-group``, ``builtin-term`` (a mapping or synonym would change
    what a built-in term means), ``unknown-code`` (a mapping names no sector), ``redefined``
    (the project defines one of the planner's own codes differently: the project's is used),
    ``refined`` (a built-in term now reads as one of the layer's own sectors: applied)."""

    source: str
    kind: str
    subject: str  # the code or the term
    detail: str = ""  # what it would have meant, or what it means now


def compose_taxonomy(
    base: Taxonomy, layers: Iterable[TaxonomyLayer]
) -> tuple[Taxonomy, list[TaxonomyConflict], TaxonomyLayer]:
    """The built-in taxonomy with the layers' additions (later layers win over earlier ones),
    the additions refused, and everything applied as one layer (what a project saves)."""
    layers = list(layers)
    conflicts: list[TaxonomyConflict] = []
    sectors: dict[str, tuple[dict, str]] = {}
    for layer in layers:
        for own in layer.own_sectors:
            problem = _sector_problem(base, own, sectors, layer.source)
            if problem is not None:
                conflicts.append(problem)
                if problem.kind != "redefined":
                    continue
            sectors[own["code"]] = (own, layer.source)
    synonyms = {code: _synonyms(base, own, conflicts, source) for code, (own, source) in sectors.items()}
    extended = base.with_sectors([_sector(own) for own, _ in sectors.values()], synonyms)
    mappings: dict[str, tuple[str, ...]] = {}
    for layer in layers:
        for term, codes in layer.term_mappings.items():
            codes = tuple(codes)
            unknown = [c for c in codes if not extended.knows(c)]
            if unknown:
                conflicts.append(TaxonomyConflict(layer.source, "unknown-code", term, unknown[0]))
                continue
            known = base.match(term)
            if known.status is not TermStatus.UNKNOWN and known.codes != codes:
                if any(base.knows(c) for c in codes):  # re-pointing to built-in sectors: refused
                    conflicts.append(
                        TaxonomyConflict(layer.source, "builtin-term", term, "|".join(known.codes))
                    )
                    continue
                _refined(conflicts, layer.source, term, codes)
            mappings[normalise_term(term)] = codes
    applied = TaxonomyLayer(
        "applied",
        tuple({**own, "synonyms": list(synonyms[code])} for code, (own, _) in sectors.items()),
        dict(mappings),
    )
    return extended.with_additions(mappings), conflicts, applied


def _sector_problem(base: Taxonomy, own: dict, taken: dict, source: str) -> TaxonomyConflict | None:
    code = str(own.get("code", ""))
    if base.knows(code):
        return TaxonomyConflict(source, "builtin-code", code, base.name(code, "zh"))
    if own.get("group") not in base.groups:
        return TaxonomyConflict(source, "unknown-group", code, str(own.get("group", "")))
    earlier = taken.get(code)
    if earlier is not None and _sector(earlier[0]) != _sector(own):
        return TaxonomyConflict(source, "redefined", code, earlier[0].get("name_zh", ""))
    return None


def _synonyms(base: Taxonomy, own: dict, conflicts: list[TaxonomyConflict], source: str) -> tuple[str, ...]:
    """The own sector's synonyms; those the built-in taxonomy already reads are refinements."""
    for term in (own.get("name_zh", ""), *own.get("synonyms", ())):
        if term and base.match(term).status is not TermStatus.UNKNOWN:
            _refined(conflicts, source, term, (own["code"],))
    return tuple(t for t in own.get("synonyms", ()) if t)


def _refined(conflicts: list[TaxonomyConflict], source: str, term: str, codes: tuple[str, ...]) -> None:
    if source == "project":  # the planner's own refinements need no telling
        conflicts.append(TaxonomyConflict(source, "refined", term, "|".join(codes)))


def _sector(own: dict) -> Sector:
    return Sector(own["code"], own["group"], own["name_zh"], own.get("name_en") or own["name_zh"], ())
