"""Parks (development zones): the table every other part of the program reads.

A park table is a pandas DataFrame with one row per park and the columns of
``PARK_COLUMNS``. Locations are WGS-84; ``location_precision`` says how a location
was found: ``exact`` (coordinates given), ``county`` (the representative point of the
county its name or record names) or ``city`` (of its city), so maps and exports can
show approximate places honestly.
"""

from __future__ import annotations

import enum

import pandas as pd

PARK_COLUMNS = (
    "id",
    "name_zh",
    "name_en",
    "region_id",  # adcode of the prefecture-level city
    "county_id",  # adcode of the county, "" when unknown
    "lon",
    "lat",
    "location_precision",
    "level",
    "kind",
    "sectors",  # item codes, ";"-separated (sector codes, or group codes for group-level declarations)
    "sectors_text",  # the declaration as given
    "area_ha",
    "approved",
    "source",
)


class Precision(enum.StrEnum):
    """How a park's location was found."""

    EXACT = "exact"
    COUNTY = "county"
    CITY = "city"


class ParkLevel(enum.StrEnum):
    """Who approved the zone."""

    NATIONAL = "national"
    PROVINCIAL = "provincial"
    OTHER = "other"

    @classmethod
    def parse(cls, text: str) -> ParkLevel:
        """Read 国家级/national, 省级/provincial; anything else is ``other``."""
        value = (text or "").strip().lower()
        if value in ("national", "国家级", "国家", "国务院批准"):
            return cls.NATIONAL
        if value in ("provincial", "省级", "省", "省政府批准"):
            return cls.PROVINCIAL
        return cls.OTHER


def empty_parks() -> pd.DataFrame:
    """A park table with no rows."""
    return pd.DataFrame({column: pd.Series(dtype=object) for column in PARK_COLUMNS})


def sector_codes(parks: pd.DataFrame) -> list[tuple[str, ...]]:
    """Each park's item codes as a tuple."""
    return [tuple(c for c in str(text).split(";") if c) for text in parks["sectors"]]
