"""The sector taxonomy: groups, sectors, and the free-text terms zones declare.

Loaded from ``resources/sectors/*.csv`` (see the README there). ``Taxonomy.read`` turns
a zone's leading-industry text (船舶;装备制造;轨道交通装备) into item codes: a sector code
(EQP.SHIP) where a sector is named, a group code (EQP) where only the group is
("group, unspecified"), nothing for terms that are not industries (在建), and a list of
terms it does not know, for the planner to map once.
"""

from __future__ import annotations

import csv
import enum
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from model.errors import PlannerError
from model.resources import resource_path

TERM_SEPARATORS = re.compile(r"[;；、，,/／|]+")
_TRAILING = ("产业集群", "产业", "制造业", "行业", "制造", "业")
_JOINERS = re.compile(r"[及和与]")


class TaxonomyError(PlannerError):
    """A taxonomy file is malformed: which file, row and field, and why."""

    code = "taxonomy"


@dataclass(frozen=True)
class SectorGroup:
    """A group of sectors (装备制造): also the item a group-level declaration compares as."""

    code: str
    name_zh: str
    name_en: str
    colour: str


@dataclass(frozen=True)
class Sector:
    """A sector within a group, with the GB/T 4754-2017 classes it corresponds to."""

    code: str
    group: str
    name_zh: str
    name_en: str
    gbt4754: tuple[str, ...]


class TermStatus(enum.StrEnum):
    """What a declared term turned out to be."""

    MAPPED = "mapped"
    NOT_INDUSTRY = "not-industry"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class TermMatch:
    """One declared term and the items it maps to (sector or group codes)."""

    term: str
    status: TermStatus
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Declaration:
    """A zone's whole leading-industry text, read term by term."""

    text: str
    matches: tuple[TermMatch, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        """The distinct items declared, in the order first named."""
        seen: dict[str, None] = {}
        for match in self.matches:
            for code in match.codes:
                seen.setdefault(code, None)
        return tuple(seen)

    @property
    def unknown_terms(self) -> tuple[str, ...]:
        """Terms the taxonomy does not know."""
        return tuple(m.term for m in self.matches if m.status is TermStatus.UNKNOWN)


def normalise_term(term: str) -> str:
    """Full-width to half-width, no spaces: the form terms are compared in."""
    return "".join(unicodedata.normalize("NFKC", term).split())


def _read_rows(path: Path, required: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                raise TaxonomyError(file=str(path), row=1, field=missing[0], reason="missing-column")
            return [
                (number, {k: (v or "").strip() for k, v in row.items() if k})
                for number, row in enumerate(reader, start=2)
            ]
    except OSError as exc:
        raise TaxonomyError(file=str(path), row=0, field="", reason=exc.strerror or str(exc)) from exc


@dataclass
class Taxonomy:
    """Groups, sectors and the term index; ``with_additions`` layers a planner's own mappings."""

    groups: dict[str, SectorGroup]
    sectors: dict[str, Sector]
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path | None = None) -> Taxonomy:
        """Read the three CSV files; raise TaxonomyError naming the file, row and field."""
        folder = folder or resource_path("sectors")
        taxonomy = cls({}, {})
        for number, row in _read_rows(
            folder / "groups.csv", ("code", "name_zh", "name_en", "colour", "synonyms")
        ):
            group = SectorGroup(row["code"], row["name_zh"], row["name_en"], row["colour"])
            taxonomy._add_item(group.code, folder / "groups.csv", number)
            taxonomy.groups[group.code] = group
            taxonomy._add_terms(row["synonyms"].split("|"), (group.code,), folder / "groups.csv", number)
        path = folder / "sectors.csv"
        for number, row in _read_rows(path, ("code", "group", "name_zh", "name_en", "gbt4754", "synonyms")):
            if row["group"] not in taxonomy.groups:
                raise TaxonomyError(
                    file=str(path), row=number, field="group", reason="unknown-code", value=row["group"]
                )
            sector = Sector(
                row["code"],
                row["group"],
                row["name_zh"],
                row["name_en"],
                tuple(c for c in row["gbt4754"].split("|") if c),
            )
            taxonomy._add_item(sector.code, path, number)
            taxonomy.sectors[sector.code] = sector
            taxonomy._add_terms([sector.name_zh, *row["synonyms"].split("|")], (sector.code,), path, number)
        path = folder / "terms.csv"
        for number, row in _read_rows(path, ("term", "codes")):
            codes = tuple(c for c in row["codes"].split("|") if c)
            for code in codes:
                if not taxonomy.knows(code):
                    raise TaxonomyError(
                        file=str(path), row=number, field="codes", reason="unknown-code", value=code
                    )
            taxonomy._add_terms([row["term"]], codes, path, number)
        return taxonomy

    def _add_item(self, code: str, path: Path, row: int) -> None:
        if not code or self.knows(code):
            raise TaxonomyError(file=str(path), row=row, field="code", reason="duplicate-code", value=code)

    def _add_terms(self, terms: Iterable[str], codes: tuple[str, ...], path: Path, row: int) -> None:
        for term in terms:
            key = normalise_term(term)
            if not key:
                continue
            if key in self.terms and self.terms[key] != codes:
                raise TaxonomyError(
                    file=str(path), row=row, field="synonyms", reason="ambiguous-term", value=term
                )
            self.terms[key] = codes

    def knows(self, code: str) -> bool:
        """Whether a code is a group or a sector."""
        return code in self.groups or code in self.sectors

    def with_additions(self, additions: Mapping[str, Iterable[str]]) -> Taxonomy:
        """A copy in which a planner's own term mappings (term → codes) take precedence."""
        terms = dict(self.terms)
        for term, codes in additions.items():
            codes = tuple(codes)
            unknown = [c for c in codes if not self.knows(c)]
            if unknown:
                raise TaxonomyError(file="", row=0, field="codes", reason="unknown-code", value=unknown[0])
            terms[normalise_term(term)] = codes
        return Taxonomy(self.groups, self.sectors, terms)

    def with_sectors(
        self, sectors: Iterable[Sector], synonyms: Mapping[str, Iterable[str]] | None = None
    ) -> Taxonomy:
        """A copy with a planner's own sectors (and Chinese synonyms for them) added; a known
        term given as a synonym now means the own sector (a refinement the planner chose)."""
        extended = Taxonomy(self.groups, dict(self.sectors), dict(self.terms))
        for sector in sectors:
            if sector.group not in self.groups:
                raise TaxonomyError(file="", row=0, field="group", reason="unknown-code", value=sector.group)
            if extended.knows(sector.code):
                raise TaxonomyError(file="", row=0, field="code", reason="duplicate-code", value=sector.code)
            extended.sectors[sector.code] = sector
            for term in (sector.name_zh, *(synonyms or {}).get(sector.code, ())):
                if normalise_term(term):
                    extended.terms[normalise_term(term)] = (sector.code,)
        return extended

    def next_user_code(self, group: str) -> str:
        """A free code for a planner's own sector in a group (EQP.U1, EQP.U2 …)."""
        number = 1
        while f"{group}.U{number}" in self.sectors:
            number += 1
        return f"{group}.U{number}"

    def group_of(self, code: str) -> str:
        """The group of a sector code (a group code is its own group)."""
        return self.sectors[code].group if code in self.sectors else code

    def is_group(self, code: str) -> bool:
        """Whether a code is a group-level item ("group, unspecified")."""
        return code in self.groups

    def name(self, code: str, language: str) -> str:
        """The name of a group or sector in ``zh`` or ``en``."""
        item = self.sectors.get(code) or self.groups[code]
        return item.name_zh if language == "zh" else item.name_en

    def item_for(self, text: str) -> str | None:
        """The group or sector a planner means by ``text``: its code, its Chinese or English
        name, or a term that maps to exactly one item (船舶 → EQP.SHIP); None otherwise."""
        wanted = str(text or "").strip()
        if not wanted:
            return None
        for code in (*self.sectors, *self.groups):
            if wanted.lower() in (code.lower(), self.name(code, "zh"), self.name(code, "en").lower()):
                return code
        match = self.match(wanted)
        if match.status is TermStatus.MAPPED and len(match.codes) == 1:
            return match.codes[0]
        return None

    def match(self, term: str) -> TermMatch:
        """Map one term: whole, then without a trailing 产业/制造/业, then split at 及/和/与."""
        key = normalise_term(term)
        for candidate in (
            key,
            *(key.removesuffix(s) for s in _TRAILING if key.endswith(s) and len(key) > len(s) + 1),
        ):
            if candidate in self.terms:
                codes = self.terms[candidate]
                return TermMatch(term, TermStatus.MAPPED if codes else TermStatus.NOT_INDUSTRY, codes)
        parts = [p for p in _JOINERS.split(key) if p]
        if len(parts) > 1:
            matches = [self.match(p) for p in parts]
            if all(m.status is TermStatus.MAPPED for m in matches):
                codes = tuple(dict.fromkeys(c for m in matches for c in m.codes))
                return TermMatch(term, TermStatus.MAPPED, codes)
        return TermMatch(term, TermStatus.UNKNOWN)

    def read(self, text: str) -> Declaration:
        """Read a leading-industry text: terms separated by ; 、 , / (full- or half-width)."""
        terms = [t.strip() for t in TERM_SEPARATORS.split(text or "") if t.strip()]
        return Declaration(text or "", tuple(self.match(t) for t in terms))
