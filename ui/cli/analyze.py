"""``main.py analyze``: the duplication analysis headless, as JSON, CSV or Excel.

Options map one to one onto ``model.analysis_settings.AnalysisSettings``; the regions are
those of ``--province``/``--level`` or of a planner's ``--regions`` file, the parks the
embedded ones or ``--parks FILE`` (any file the ``parks`` command reads).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ui.cli.output import UsageErrorInCommand, emit

ANALYZE_FORMATS = ("json", "csv", "xlsx")


def add_analyze_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``analyze`` (beyond the common ones and --regions)."""
    add_input_options(parser)
    parser.add_argument("--format", choices=ANALYZE_FORMATS, default="json")
    parser.add_argument(
        "--table",
        choices=(
            "duplicates",
            "pairs",
            "regions",
            "neighbours",
            "items",
            "settings",
            "conflicts",
            "indicators",
        ),
        default="duplicates",
        help="with --format csv: which table to print",
    )
    parser.add_argument("--out", type=Path, help="write to this file instead of standard output")


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """What an analysis is run on and how (shared by analyze, suggest and export)."""
    parser.add_argument("--parks", type=Path, help="a park list (any file the parks command reads)")
    parser.add_argument("--coordinates", choices=("wgs84", "gcj02"), default="wgs84")
    parser.add_argument("--neighbours", default="border", help="border (default), distance:KM or knn:K")
    parser.add_argument("--tolerance", type=float, help="border gap tolerance in metres (default 100)")
    parser.add_argument("--min-shared", type=float, help="minimum shared border in metres (default 200)")
    parser.add_argument("--blocs", type=Path, help="planning blocs (bloc, region): members are neighbours")
    parser.add_argument("--links", type=Path, help="neighbour links to add or cut (a, b, action add|cut)")
    parser.add_argument("--focus", default="declared", help="declared (default), lq:T or share:T")
    parser.add_argument(
        "--items", choices=("sector", "group"), default="sector", help="compare sectors or groups"
    )
    parser.add_argument("--weight", choices=("count", "area", "level"), default="count")
    parser.add_argument("--split", action="store_true", help="divide a park's weight among its sectors")
    parser.add_argument("--statistics", type=Path, help="a region × sector table replacing the park weights")
    parser.add_argument(
        "--roles",
        type=Path,
        help="a plan to evaluate: region, sector, role (lead/support/avoid/unset)[, note]",
    )


def run_analyze(args: argparse.Namespace) -> int:
    """Run the analysis and print or write its tables; raises PlannerError on bad input."""
    from maps.analysis import run_analysis
    from maps.boundaries import load_region_layer
    from model.analysis_files import read_roles, read_statistics
    from model.analysis_output import analysis_json, analysis_tables, plan_json, plan_tables
    from model.plan import evaluate
    from model.sectors import Taxonomy
    from model.tables import csv_text, write_workbook

    taxonomy = Taxonomy.load()
    scope, parks = scope_and_parks(args, taxonomy)
    if parks is None:
        return 2  # the park file's problems are printed: nothing is written
    layer = load_region_layer(scope)
    settings = settings_from_args(args, layer.regions)
    statistics = read_statistics(args.statistics, layer.regions, taxonomy) if args.statistics else None
    analysis = run_analysis(layer, parks, taxonomy, settings, statistics)
    described = _scope_description(scope, args)
    plan = evaluate(analysis, read_roles(args.roles, layer.regions, taxonomy)) if args.roles else None
    if args.format == "json":
        data = analysis_json(analysis, layer.regions, taxonomy, described)
        if plan is not None:
            data["plan"] = plan_json(analysis, plan)
        emit(json.dumps(data, ensure_ascii=False, indent=1) + "\n", args.out)
        return 0
    tables = analysis_tables(analysis, layer.regions, taxonomy, described)
    if plan is not None:
        tables.update(plan_tables(analysis, plan))

    if args.format == "csv":
        if args.table not in tables:
            raise UsageErrorInCommand(
                QCoreApplication.translate(
                    "Cli", "--table {table} needs --roles FILE (a plan to judge)"
                ).format(table=args.table)
            )
        emit(csv_text(tables[args.table]), args.out)
    elif args.out is None:
        raise UsageErrorInCommand(
            QCoreApplication.translate(
                "Cli", "--format xlsx needs --out FILE.xlsx (a workbook is not written to the screen)"
            )
        )
    else:
        write_workbook(args.out, tables)
    return 0


def scope_and_parks(args: argparse.Namespace, taxonomy):
    """The regions to analyse and the parks placed on them (None: the park file has problems,
    which are printed)."""
    from maps.park_layers import guess_province, load_parks, load_scope_parks
    from ui import messages
    from ui.cli.scope import scope_from_args

    if args.parks is not None and args.province is None:
        province = guess_province(args.parks)  # a catalogue file of any province needs no options
        if province is not None:
            args.province = province.adcode
    scope = scope_from_args(args)
    if args.parks is None:
        result = load_scope_parks(scope.province, taxonomy)
    elif scope.province is None:
        raise UsageErrorInCommand(
            QCoreApplication.translate("Cli", "--parks cannot be used with --province all: choose a province")
        )
    else:
        result = load_parks(scope.province, args.parks, taxonomy, coordinates=args.coordinates)
    for problem in result.problems:
        print(messages.problem_text(problem), file=sys.stderr)
    if result.problems:
        print(messages.rows_rejected_text(len(result.problems)), file=sys.stderr)
        return scope, None
    return scope, result.parks


def settings_from_args(args: argparse.Namespace, regions):
    from model.analysis_files import read_blocs, read_links
    from model.analysis_settings import AnalysisSettings, BadSetting, ItemLevel, Weighting
    from model.neighbours import NeighbourMode, NeighbourSettings

    try:
        neighbours = NeighbourSettings.parse(args.neighbours)
    except ValueError:
        raise BadSetting(
            option="neighbours", value=args.neighbours, choices=["border", "distance:50", "knn:4"]
        ) from None
    if args.tolerance is not None:
        neighbours = replace(neighbours, tolerance_m=args.tolerance)
    if args.min_shared is not None:
        neighbours = replace(neighbours, min_shared_m=args.min_shared)
    if args.blocs is not None:
        neighbours = replace(neighbours, mode=NeighbourMode.BLOCS, blocs=read_blocs(args.blocs, regions))
    if args.links is not None:
        added, cut = read_links(args.links, regions)
        neighbours = replace(neighbours, added=added, cut=cut)
    settings = AnalysisSettings(
        neighbours=neighbours,
        items=ItemLevel(args.items),
        weighting=Weighting(args.weight),
        split=args.split,
    )
    return settings.with_focus(args.focus)


def _scope_description(scope, args: argparse.Namespace) -> dict:
    """What was analysed, for the ``settings`` of the output."""
    described = {
        "province": scope.province.adcode if scope.province else "all",
        "level": scope.level.value,
        "parks": str(args.parks) if args.parks else "embedded",
    }
    if scope.own is not None:
        described["regions"] = scope.own.path
    if args.statistics:
        described["statistics"] = str(args.statistics)
    if args.roles:
        described["roles"] = str(args.roles)
    return described
