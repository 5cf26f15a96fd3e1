"""Administrative regions: levels, provinces, and the columns of a region table.

A *region table* is a GeoDataFrame in WGS-84 with one row per region and the
columns in ``REGION_COLUMNS``; ``maps.boundaries`` builds it from the boundary
data, and every other part of the program reads it.
"""

from __future__ import annotations

import enum
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

    @classmethod
    def parse(cls, text: str) -> Level:
        """Read a level from the command line or settings; raise UnknownLevel."""
        try:
            return cls(str(text).strip().lower())
        except ValueError:
            raise UnknownLevel(value=text, choices=[m.value for m in cls]) from None


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
class Scope:
    """What the map shows: one province (or all China) at one level."""

    province: Province | None  # None means the whole country
    level: Level

    @property
    def key(self) -> str:
        """A stable identifier, used for cache files and settings."""
        code = self.province.adcode if self.province else ALL_CHINA
        return f"{code}-{self.level.value}"


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
