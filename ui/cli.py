"""The command line: ``gui`` (the default), ``screenshot`` and the headless commands.

Parses arguments, runs one command and returns its exit status: 0 on success, 2 on
bad input with a clear message (in the chosen language) on standard error, and
nothing written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from model.errors import PlannerError
from ui.analyze_command import add_analyze_options, add_input_options, run_analyze
from ui.export_command import add_export_options, run_export
from ui.option_checks import check_options
from ui.suggest_command import add_suggest_options, run_suggest

EXIT_OK = 0
EXIT_BAD_INPUT = 2


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
    """``--regions FILE`` and the fields to read from it (see ``ui.scope_options.scope_from_args``)."""
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
        _start_headless(_language_asked(argv))
        from ui.messages import usage_text

        print(usage_text(str(exc)), file=sys.stderr)
        return EXIT_BAD_INPUT
    command = args.command or "gui"
    if command == "gui":
        from maps.startup import prepare_window_start

        prepare_window_start()
        from ui.app import run_gui

        return run_gui(args)
    if command == "screenshot":
        from maps.startup import prepare_window_start

        prepare_window_start()
        from ui.app import take_screenshot

        return guarded(lambda: take_screenshot(args), args)
    _start_headless(args.lang)
    return guarded(lambda: _HEADLESS[command](args), args)


def _language_asked(argv: list[str]) -> str | None:
    """The ``--lang`` of a command line argparse could not read (for its message)."""
    for i, word in enumerate(argv):
        if word == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in ("zh", "en") else None
        if word.startswith("--lang="):
            return word.split("=", 1)[1] if word.split("=", 1)[1] in ("zh", "en") else None
    return None


def guarded(run, args: argparse.Namespace) -> int:
    """Run a command: its exit status, or a message on standard error and exit 2 for bad
    input, and for anything unforeseen (then with a log file of the details)."""
    import warnings

    from ui.messages import error_text, usage_text

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # library notices name library paths; errors still raise
            check_options(args)
            return run()
    except PlannerError as exc:
        print(error_text(exc), file=sys.stderr)
    except UsageErrorInCommand as exc:
        print(usage_text(str(exc)), file=sys.stderr)
    except KeyboardInterrupt:
        from ui.messages import interrupted_text

        print(interrupted_text(), file=sys.stderr)
        return 130
    except Exception as exc:  # the last resort: never a traceback on the planner's terminal
        from ui.internal_errors import internal_error

        print(error_text(internal_error(exc)), file=sys.stderr)
    return EXIT_BAD_INPUT


def _start_headless(language: str | None) -> None:
    """A Qt core application, only for its translators; no window system is touched."""
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_language, resolve_language

    if QCoreApplication.instance() is None:
        QCoreApplication(["main.py"])
    install_language(resolve_language(language))


def _run_regions(args: argparse.Namespace) -> int:
    from maps.boundaries import load_region_layer
    from model.tables import regions_table, table_text
    from ui.scope_options import scope_from_args

    scope = scope_from_args(args)
    layer = load_region_layer(scope)
    if layer.cache_rebuilt:
        from ui.messages import cache_rebuilt_text

        print(cache_rebuilt_text(), file=sys.stderr)
    _emit(table_text(regions_table(layer.regions), args.format), args.out)
    return EXIT_OK


def _emit(text: str, out: Path | None) -> None:
    """Print to standard output (UTF-8), or write a file atomically."""
    if out is None:
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stdout.write(text)
        return
    from model.tables import write_text_atomically

    write_text_atomically(out, text)


def _run_parks(args: argparse.Namespace) -> int:
    from maps.park_layers import load_parks
    from model.regions import Level, Scope
    from model.tables import parks_table, table_text
    from ui import messages
    from ui.i18n import current_language
    from ui.scope_options import scope_from_options

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
        _emit(table_text(parks_table(result.parks), args.format), args.out)
    return EXIT_OK


class UsageErrorInCommand(Exception):
    """A combination of options the command does not take."""


_HEADLESS = {
    "regions": _run_regions,
    "parks": _run_parks,
    "analyze": run_analyze,
    "export": run_export,
    "suggest": run_suggest,
}
