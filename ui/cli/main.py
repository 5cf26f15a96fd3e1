"""The command line: ``gui`` (the default), ``screenshot`` and the headless commands.

Parses arguments and runs one command; its exit status, messages and outputs are
``ui.cli.output``'s. The headless commands live beside it (``listing``, ``analyze``,
``suggest``, ``export``) and import nothing from here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ui.cli.analyze import add_analyze_options, add_input_options, run_analyze
from ui.cli.export import add_export_options, run_export
from ui.cli.listing import run_parks, run_regions
from ui.cli.output import EXIT_BAD_INPUT, guarded, start_headless
from ui.cli.suggest import add_suggest_options, run_suggest


class UsageError(Exception):
    """The command line itself is malformed (unknown option, missing value …)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print and exit; we translate first
        raise UsageError(message)


def _common_options(parser: argparse.ArgumentParser, defaults: bool) -> None:
    default = None if defaults else argparse.SUPPRESS
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=default,
        help="language of names, labels and messages (default: system locale)",
    )
    parser.add_argument(
        "--province", default=default, help="辽宁省, 辽宁, Liaoning, 210000, or 'all' for the whole country"
    )
    parser.add_argument("--level", default=default, help="city or county")


def _region_file_options(parser: argparse.ArgumentParser) -> None:
    """``--regions FILE`` and the fields to read from it (see ``ui.cli.scope.scope_from_args``)."""
    parser.add_argument(
        "--regions",
        type=Path,
        help="the planner's own region layer (GeoPackage, GeoJSON or Shapefile) instead of "
        "the administrative regions; parks come from --province",
    )
    parser.add_argument(
        "--region-id", help="the field of --regions holding each region's id (default: guessed)"
    )
    parser.add_argument("--region-name", help="the field holding the region names (default: guessed)")
    parser.add_argument("--region-name-en", help="the field holding English names (default: romanised)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``main.py``."""
    parser = _Parser(prog="main.py", description="Cluster Planner (产业集群布局规划)")
    _common_options(parser, defaults=True)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    common = _Parser(add_help=False)
    _common_options(common, defaults=False)
    gui = commands.add_parser("gui", parents=[common], help="open the program (default)")
    gui.add_argument("--project", type=Path, help="a project file to open")
    shot = commands.add_parser(
        "screenshot", parents=[common], help="render the main window to a PNG and exit"
    )
    shot.add_argument("out", type=Path, help="the PNG file to write")
    shot.add_argument("--size", default="1400x900", help="window size in pixels, WIDTHxHEIGHT")
    shot.add_argument("--select", help="adcode of a region to show selected")
    shot.add_argument("--duplication", action="store_true", help="show the duplication view")
    shot.add_argument(
        "--plan", action="store_true", help="show the plan view (of --roles; of --sector, if given)"
    )
    shot.add_argument("--sector", help="show only this sector (its radar in the duplication view)")
    shot.add_argument("--conflict", type=int, help="select the N-th conflict of the table (1: highest score)")
    shot.add_argument("--roles", type=Path, help="a roles table (region, sector, role, note) to draft with")
    regions = commands.add_parser("regions", parents=[common], help="list the regions of a province")
    regions.add_argument("--format", choices=("csv", "json"), default="csv")
    analyze = commands.add_parser(
        "analyze", parents=[common], help="duplicated sector focus between neighbouring regions"
    )
    add_analyze_options(analyze)
    export = commands.add_parser(
        "export", parents=[common], help="map pages for a meeting: PNG, SVG or PDF, one sector or an atlas"
    )
    add_input_options(export)
    add_export_options(export)
    suggest = commands.add_parser(
        "suggest", parents=[common], help="propose who leads and who supports each contested sector"
    )
    add_input_options(suggest)
    add_suggest_options(suggest)
    for command in (gui, shot, regions, analyze, export, suggest):
        _region_file_options(command)
    regions.add_argument("--out", type=Path, help="write to this file instead of standard output")
    parks = commands.add_parser("parks", parents=[common], help="list the parks of a province")
    parks.add_argument(
        "--parks",
        type=Path,
        help="a park list: CSV, Excel, GeoJSON, GeoPackage or Shapefile (name, city, industries)",
    )
    parks.add_argument("--format", choices=("csv", "json"), default="csv")
    parks.add_argument(
        "--out", type=Path, help="write to this file instead of standard output (.xlsx, .geojson, .gpkg too)"
    )
    parks.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows of a file with problems"
    )
    parks.add_argument(
        "--coordinates",
        choices=("wgs84", "gcj02"),
        default="wgs84",
        help="the datum of the file's longitude/latitude columns (GCJ-02: AMap, Tencent)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        start_headless(_language_asked(argv))
        from ui.messages import usage_text

        print(usage_text(str(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    command = args.command or "gui"
    if command == "gui":
        from maps.startup import prepare_window_start

        prepare_window_start()
        from ui.window.app import run_gui

        return run_gui(args)
    if command == "screenshot":
        from maps.startup import prepare_window_start

        prepare_window_start()
        from ui.window.app import take_screenshot

        return guarded(lambda: take_screenshot(args), args)
    start_headless(args.lang)
    return guarded(lambda: _HEADLESS[command](args), args)


def _language_asked(argv: list[str]) -> str | None:
    """The ``--lang`` of a command line argparse could not read (for its message)."""
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in ("zh", "en") else None
        if word.startswith("--lang="):
            return word.split("=", 1)[1] if word.split("=", 1)[1] in ("zh", "en") else None
    return None


_HEADLESS = {
    "regions": run_regions,
    "parks": run_parks,
    "analyze": run_analyze,
    "export": run_export,
    "suggest": run_suggest,
}
