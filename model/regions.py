"""Administrative regions: levels, provinces, and the columns of a region table.

A *region table* is a GeoDataFrame in WGS-84 with one row per region and the
columns in ``REGION_COLUMNS``; ``maps.boundaries`` builds it from the boundary
data, and every other part of the program reads it.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass

from model.errors import UnknownLevel, UnknownProvince

REGION_COLUMNS = (
    "id",  # adcode, as a six-digit string
    "name_zh",
    "name_en",
    "parent_id",  # adcode of the province (city level) or of the city (county level)
    "level",
    "area_km2",
    "centroid_lon",  # WGS-84
    "centroid_lat",
    "label_lon",  # a point inside the region, for labels and markers
    "label_lat",
)

ALL_CHINA = "all"


class Level(enum.StrEnum):
    """The administrative level the map shows."""

    CITY = "city"  # prefecture level: 市, 地区, 自治州, 盟
    COUNTY = "county"  # county level: 区, 县, 县级市, 旗
    OWN = "own"  # the planner's own region layer (planning areas, blocs …), read from a file

    @classmethod
    def parse(cls, text: str) -> Level:
        """Read an administrative level from the command line or settings; raise UnknownLevel."""
        choices = [cls.CITY.value, cls.COUNTY.value]
        folded = str(text).strip().lower()
        if folded not in choices:
            raise UnknownLevel(value=text, choices=choices)
        return cls(folded)


@dataclass(frozen=True)
class Province:
    """A provincial-level division (省, 自治区, 直辖市, 特别行政区)."""

    adcode: str
    name_zh: str
    name_en: str

    @property
    def short_zh(self) -> str:
        """The name without its administrative suffix: 辽宁省 → 辽宁, 广西壮族自治区 → 广西."""
        return short_province_name(self.name_zh)


@dataclass(frozen=True)
class OwnRegions:
    """A planner's region layer: the file and which of its fields hold the id and the names."""

    path: str
    id_field: str
    name_field: str  # Chinese names (or whatever the planner's names are)
    name_en_field: str | None = None  # None: English names are romanised from the Chinese ones
    layer: str | None = None  # the layer of a file with several (a project's "regions"); None: the first


@dataclass(frozen=True)
class Scope:
    """What the map shows: one province (or all China) at one level, or a planner's own regions.

    With ``own`` set, the level is ``Level.OWN`` and ``province`` is the province whose parks
    are shown over the planner's regions (None: parks of the whole country).
    """

    province: Province | None  # None means the whole country
    level: Level
    own: OwnRegions | None = None

    @property
    def key(self) -> str:
        """A stable identifier, used for cache files and settings."""
        code = self.province.adcode if self.province else ALL_CHINA
        if self.own is not None:
            digest = hashlib.sha1(repr(self.own).encode()).hexdigest()[:10]
            return f"{code}-own-{digest}"
        return f"{code}-{self.level.value}"

    @classmethod
    def of_own_regions(cls, own: OwnRegions, province: Province | None) -> Scope:
        """The scope of a planner's region layer shown with one province's parks."""
        return cls(province, Level.OWN, own)


_PROVINCE_SUFFIXES = (
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "特别行政区",
    "自治区",
    "省",
    "市",
)


def short_province_name(name_zh: str) -> str:
    """Strip the provincial suffix so that 辽宁 and 辽宁省 name the same province."""
    for suffix in _PROVINCE_SUFFIXES:
        if name_zh.endswith(suffix) and len(name_zh) > len(suffix):
            return name_zh[: -len(suffix)]
    return name_zh


def resolve_province(query: str, provinces: list[Province]) -> Province | None:
    """Find the province a user means: 辽宁省, 辽宁, 210000, Liaoning, or ``all`` (→ None).

    Raises UnknownProvince, with close candidates, when nothing matches.
    """
    text = str(query).strip()
    if text.lower() in (ALL_CHINA, "全国", "china"):
        return None
    folded = text.lower()
    for province in provinces:
        if folded in (
            province.adcode,
            province.name_zh,
            province.short_zh,
            province.name_en.lower(),
        ):
            return province
    candidates = [p.name_zh for p in provinces if text and (text[0] in p.name_zh)]
    raise UnknownProvince(query=text, candidates=candidates[:5])
