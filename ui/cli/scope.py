"""Turning ``--province``, ``--level`` and ``--regions`` (or saved settings) into a scope."""

from __future__ import annotations

import argparse
from pathlib import Path

from maps.cnmaps_source import CnmapsSource
from model.region_file import inspect_region_file
from model.regions import Level, OwnRegions, Scope, resolve_province

DEFAULT_PROVINCE = "210000"  # Liaoning: the embedded default dataset
DEFAULT_LEVEL = Level.CITY


def scope_from_options(province: str | None, level: str | None, source: CnmapsSource | None = None) -> Scope:
    """The scope a user asked for; raises UnknownProvince / UnknownLevel on bad input."""
    source = source or CnmapsSource()
    chosen_level = Level.parse(level) if level else DEFAULT_LEVEL
    chosen = resolve_province(province or DEFAULT_PROVINCE, source.provinces())
    return Scope(chosen, chosen_level)


def scope_from_args(args: argparse.Namespace, source: CnmapsSource | None = None) -> Scope:
    """The scope of a command: administrative regions, or the planner's ``--regions`` file.

    Fields not named on the command line are the ones the region-layer dialog would guess.
    """
    scope = scope_from_options(args.province, args.level, source)
    regions = getattr(args, "regions", None)
    if regions is None:
        return scope
    guess = inspect_region_file(Path(regions)).guess
    own = OwnRegions(
        str(regions),
        args.region_id or guess.id_field,
        args.region_name or guess.name_field,
        args.region_name_en or guess.name_en_field,
    )
    return Scope.of_own_regions(own, scope.province)
