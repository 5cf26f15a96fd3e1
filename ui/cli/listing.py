"""``main.py regions`` and ``main.py parks``: the tables of a province's regions and parks."""

from __future__ import annotations

import argparse
import sys

from ui.cli.output import EXIT_BAD_INPUT, EXIT_OK, UsageErrorInCommand, emit


def run_regions(args: argparse.Namespace) -> int:
    from maps.boundaries import load_region_layer
    from model.tables import regions_table, table_text
    from ui.cli.scope import scope_from_args

    scope = scope_from_args(args)
    layer = load_region_layer(scope)
    if layer.cache_rebuilt:
        from ui.messages import cache_rebuilt_text

        print(cache_rebuilt_text(), file=sys.stderr)
    emit(table_text(regions_table(layer.regions), args.format), args.out)
    return EXIT_OK


def run_parks(args: argparse.Namespace) -> int:
    from maps.park_layers import load_parks
    from model.regions import Level, Scope
    from model.tables import parks_table, table_text
    from ui import messages
    from ui.cli.scope import scope_from_options
    from ui.i18n import current_language

    province = None
    if args.parks is not None and args.province is None:
        from maps.park_layers import guess_province

        province = guess_province(args.parks)  # a catalogue file of any province needs no options
    if province is None:
        province = scope_from_options(args.province, None).province
    if province is None:
        raise UsageErrorInCommand("--province all")
    scope = Scope(province, Level.CITY)
    result = load_parks(scope.province, args.parks, coordinates=args.coordinates)
    for problem in result.problems:
        print(messages.problem_text(problem), file=sys.stderr)
    if result.problems and not args.skip_bad_rows:
        print(messages.rows_rejected_text(len(result.problems)), file=sys.stderr)
        return EXIT_BAD_INPUT
    if result.unknown_terms:
        print(messages.unknown_terms_text(result.unknown_terms), file=sys.stderr)
    if args.parks is None and len(result.parks) == 0:
        name = scope.province.name_zh if current_language() == "zh" else scope.province.name_en
        print(messages.no_parks_text(name), file=sys.stderr)
    if args.out is not None and args.out.suffix.lower() in (".xlsx", ".geojson", ".gpkg"):
        from model.park_export import write_parks

        write_parks(result.parks, args.out)  # Excel and GIS files: the format follows the suffix
    else:
        emit(table_text(parks_table(result.parks), args.format), args.out)
    return EXIT_OK
