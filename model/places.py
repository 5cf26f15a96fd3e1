"""Finding regions by the names people write in park lists.

Planners write 大连, 大连市 or 辽宁省大连市; 延边 for 延边朝鲜族自治州; a zone's own name
often names its county (大连瓦房店轴承产业园区 → 瓦房店市). ``PlaceIndex`` answers both
questions within one province, and returns every candidate: the caller reports an
ambiguous or unknown name instead of guessing.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from dataclasses import dataclass

from model.naming import core_name
from model.regions import short_province_name
from model.resources import resource_path
from model.sectors import normalise_term

# Substrings this short name too many places to be evidence on their own.
MIN_CORE_IN_TEXT = 2


@dataclass(frozen=True)
class Place:
    """A city or county that names can refer to."""

    id: str
    name_zh: str
    parent_id: str
    level: str  # "city" or "county"


@functools.cache
def _aliases() -> dict[str, str]:
    with resource_path("names", "aliases.csv").open(encoding="utf-8") as f:
        return {row["alias"]: row["adcode"] for row in csv.DictReader(f)}


class PlaceIndex:
    """The cities and counties of a province, searchable by full name, core name or alias."""

    def __init__(self, places: Iterable[Place], province_name: str = "") -> None:
        self.places = {p.id: p for p in places}
        self.province_name = province_name
        self._names: dict[str, set[str]] = {}
        for place in self.places.values():
            for name in {place.name_zh, core_name(place.name_zh)}:
                self._names.setdefault(normalise_term(name), set()).add(place.id)
        for alias, adcode in _aliases().items():
            if adcode in self.places:
                self._names.setdefault(alias, set()).add(adcode)

    def _strip_parents(self, text: str) -> str:
        for prefix in (self.province_name, short_province_name(self.province_name)):
            if prefix and text.startswith(prefix) and len(text) > len(prefix):
                text = text[len(prefix) :]
        return text

    def find(self, name: str, level: str | None = None, within: str | None = None) -> list[str]:
        """Ids of the places a written name means (several when it is ambiguous)."""
        text = normalise_term(name)
        # The name as written first: 吉林市 is a city of 吉林省, not 市 of 吉林.
        found = set(self._names.get(text, set()))
        if not found:
            text = self._strip_parents(text)
            found = set(self._names.get(text, set()))
        if not found and text in self.places:  # an adcode
            found = {text}
        if not found and level == "county":
            # 大连市瓦房店市: a city named in front of the county
            for city in (p for p in self.places.values() if p.level == "city"):
                for prefix in (city.name_zh, core_name(city.name_zh)):
                    if text.startswith(prefix) and len(text) > len(prefix):
                        found |= {
                            i
                            for i in self._names.get(text[len(prefix) :], set())
                            if self.places[i].parent_id == city.id
                        }
        return sorted(i for i in found if self._fits(i, level, within))

    def _fits(self, place_id: str, level: str | None, within: str | None) -> bool:
        place = self.places[place_id]
        return (level is None or place.level == level) and (within is None or place.parent_id == within)

    def counties_named_in(self, text: str, city_id: str) -> list[str]:
        """Counties of a city whose name, core name or alias appears in a text (a zone's name).

        A county that shares its core name with the city (辽阳县 in 辽阳市) is not counted:
        in 辽宁辽阳经济开发区 the name is the city's. Longest names first.
        """
        city = self.places.get(city_id)
        city_core = core_name(city.name_zh) if city else ""
        text = normalise_term(text)
        hits: dict[str, int] = {}
        for name, ids in self._names.items():
            if len(name) < MIN_CORE_IN_TEXT or name == city_core or name not in text:
                continue
            for place_id in ids:
                place = self.places[place_id]
                if (
                    place.level == "county"
                    and place.parent_id == city_id
                    and core_name(place.name_zh) != city_core
                ):
                    hits[place_id] = max(hits.get(place_id, 0), len(name))
        return sorted(hits, key=lambda i: (-hits[i], i))
