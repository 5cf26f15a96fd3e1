"""Turning ``--province`` and ``--level`` (or saved settings) into a scope."""

from __future__ import annotations

from maps.cnmaps_source import CnmapsSource
from model.regions import Level, Scope, resolve_province

DEFAULT_PROVINCE = "210000"  # Liaoning: the embedded default dataset
DEFAULT_LEVEL = Level.CITY


def scope_from_options(province: str | None, level: str | None, source: CnmapsSource | None = None) -> Scope:
    """The scope a user asked for; raises UnknownProvince / UnknownLevel on bad input."""
    source = source or CnmapsSource()
    chosen_level = Level.parse(level) if level else DEFAULT_LEVEL
    chosen = resolve_province(province or DEFAULT_PROVINCE, source.provinces())
    return Scope(chosen, chosen_level)
