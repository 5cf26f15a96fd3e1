"""``main.py export``: map pages for the meeting, headless, as PNG, SVG or PDF.

The same inputs as ``analyze`` (or a project file and one of its scenarios); the page
shows the duplication view (with a plan, what the plan leaves; ``--baseline``: without
it), the plan view (``--view plan``: who leads and who supports), or the zones only
(``--view plain``, alias ``--plain``); for one sector (``--sector``), one page per
contested sector (``--atlas``: a multi-page PDF, or one image per sector), or baseline and
plan side by side (``--before-after``). The words are in ``--lang``.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication

from maps.page import MAX_DPI, MIN_DPI, PAGE_SIZES
from ui.cli.output import UsageErrorInCommand


def add_export_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``export`` (beyond the common ones, --regions and the analysis inputs)."""
    what = parser.add_mutually_exclusive_group()
    what.add_argument("--sector", help="one sector's map: where it is a focus and where it is duplicated")
    what.add_argument(
        "--atlas",
        nargs="?",
        const="contested",
        choices=("contested", "all"),
        help="one page per contested sector (default) or per sector anyone focuses on",
    )
    parser.add_argument("--size", choices=list(PAGE_SIZES), default="A4-landscape")
    parser.add_argument("--dpi", type=int, default=300, help=f"{MIN_DPI}–{MAX_DPI} (default 300)")
    parser.add_argument("--out", type=Path, required=True, help="FILE.png, FILE.svg or FILE.pdf")
    parser.add_argument("--project", type=Path, help="a project file: its regions, parks and roles")
    parser.add_argument("--scenario", help="the project's scenario to export (default: the one last shown)")
    parser.add_argument("--title", default="", help="the page title (default: what the map shows)")
    parser.add_argument("--subtitle", default="", help="the subtitle (default: the scenario and the date)")
    parser.add_argument(
        "--stamp", nargs="?", const="internal", default="", help="a stamp at the top right (default 内部资料)"
    )
    parser.add_argument(
        "--approval", default="", help="the map approval number (审图号), printed at the foot"
    )
    parser.add_argument("--no-locator", action="store_true", help="leave out the locator inset")
    parser.add_argument(
        "--view",
        choices=("duplication", "plan", "plain"),
        help="what the map shows: duplicated focus (default), the plan's roles (needs a plan), zones only",
    )
    parser.add_argument("--plain", action="store_true", help="the same as --view plain")
    parser.add_argument(
        "--before-after",
        action="store_true",
        help="the baseline and the plan side by side on one page (needs --roles or --project)",
    )
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="with a plan (--roles, --project): the baseline's duplication, not what the plan leaves",
    )
    parser.add_argument(
        "--svg-text",
        choices=("paths", "embed"),
        default="paths",
        help="SVG text as outlines (default) or as text with the font embedded (browsers, editing)",
    )


@dataclass
class ExportInputs:
    """Everything a page is drawn from."""

    layer: object  # RegionLayer
    taxonomy: object
    parks: pd.DataFrame
    settings: object
    roles: dict
    scenario: str | None
    parks_file: str | None
    statistics: object = None


def run_export(args: argparse.Namespace) -> int:
    """Draw and write the pages; raises PlannerError on bad input."""

    if not MIN_DPI <= args.dpi <= MAX_DPI:
        raise UsageErrorInCommand(
            QCoreApplication.translate("Cli", "--dpi {dpi}: give a number from {low} to {high}").format(
                dpi=args.dpi, low=MIN_DPI, high=MAX_DPI
            )
        )
    from maps.export_files import UnknownFormat, export_format

    try:
        kind = export_format(args.out)
    except UnknownFormat:
        raise UsageErrorInCommand(
            QCoreApplication.translate("Cli", "--out must name a .png, .svg or .pdf file")
        ) from None
    view = export_view(args)
    inputs = _inputs(args)
    if inputs is None:
        return 2
    if (view == "plan" or args.before_after) and not inputs.roles:
        option = "--before-after" if args.before_after else "--view plan"
        raise UsageErrorInCommand(
            QCoreApplication.translate(
                "Cli",
                "{option} draws a plan: give one with --roles FILE or --project FILE (a scenario with roles)",
            ).format(option=option)
        )
    written = write_pages(args, inputs, kind)
    for path in written:
        print(path)
    return 0


def export_view(args: argparse.Namespace) -> str:
    """What the pages show: ``--view``, with ``--plain`` as an alias of ``--view plain``."""
    if args.plain and args.view not in (None, "plain"):
        raise UsageErrorInCommand(
            QCoreApplication.translate(
                "Cli", "--plain is --view plain: it cannot go with --view {view}"
            ).format(view=args.view)
        )
    if args.before_after and args.baseline:
        raise UsageErrorInCommand(
            QCoreApplication.translate(
                "Cli", "--before-after shows the baseline beside the plan: leave out --baseline"
            )
        )
    return "plain" if args.plain else args.view or "duplication"


def _inputs(args: argparse.Namespace) -> ExportInputs | None:
    from maps.boundaries import load_region_layer
    from model.analysis_files import read_roles, read_statistics
    from model.sectors import Taxonomy
    from ui.cli.analyze import scope_and_parks, settings_from_args

    if args.project is not None:
        return _project_inputs(args)
    taxonomy = Taxonomy.load()
    scope, parks = scope_and_parks(args, taxonomy)
    if parks is None:
        return None
    layer = load_region_layer(scope)
    roles = read_roles(args.roles, layer.regions, taxonomy) if args.roles else {}
    statistics = read_statistics(args.statistics, layer.regions, taxonomy) if args.statistics else None
    return ExportInputs(
        layer,
        taxonomy,
        parks,
        settings_from_args(args, layer.regions),
        roles,
        Path(args.roles).stem if args.roles else None,
        Path(args.parks).name if args.parks else None,
        statistics,
    )


def _project_inputs(args: argparse.Namespace) -> ExportInputs:
    from maps.boundaries import load_region_layer
    from maps.cnmaps_source import CnmapsSource
    from model.project_file import open_project, project_scope

    project = open_project(args.project)
    taxonomy = project_taxonomy(project)
    provinces = {p.adcode: p for p in CnmapsSource().provinces()}
    layer = load_region_layer(project_scope(project, args.project, provinces))
    name = args.scenario or project.current or project.scenarios[0].name
    try:
        scenario = project.scenario(name)
    except KeyError:
        names = "、".join(s.name for s in project.scenarios)
        raise UsageErrorInCommand(
            QCoreApplication.translate(
                "Cli", "--scenario {name}: the project has no such scenario; it has {names}"
            ).format(name=name, names=names)
        ) from None
    parks_file = None if project.parks_source == "embedded" else project.parks_source
    return ExportInputs(layer, taxonomy, scenario.parks, scenario.settings, scenario.roles, name, parks_file)


def project_taxonomy(project):
    """The built-in taxonomy with the project's own sectors and terms (their conflicts with the
    built-in one are printed, and not applied)."""
    import sys

    from model.sectors import Taxonomy
    from model.taxonomy_layers import TaxonomyLayer, compose_taxonomy
    from ui.messages import taxonomy_conflicts_text

    layer = TaxonomyLayer("project", tuple(project.own_sectors), project.term_mappings)
    taxonomy, conflicts, _ = compose_taxonomy(Taxonomy.load(), [layer])
    if conflicts:
        print(taxonomy_conflicts_text(conflicts), file=sys.stderr)
    return taxonomy


def write_pages(args: argparse.Namespace, inputs: ExportInputs, kind: str) -> list[Path]:
    """Compose and save the pages the options ask for; the files written."""
    from maps.analysis import run_analysis
    from maps.export_files import save_page, save_pdf_pages
    from maps.page import page_size

    analysis = run_analysis(inputs.layer, inputs.parks, inputs.taxonomy, inputs.settings, inputs.statistics)
    view = export_view(args)
    size = page_size(args.size)
    if args.atlas:
        sectors = analysis.contested_items() if args.atlas == "contested" else analysis.focus_items()
    else:
        sectors = [sector_code(args.sector, inputs.taxonomy)] if args.sector else [None]

    def page(sector):
        texts = _texts(args, inputs, sector, "before-after" if args.before_after else view)
        if args.before_after:
            from maps.export_map import compose_pair
            from ui.export.texts import pair_captions

            before = _content(args, inputs, analysis, sector, "duplication", with_plan=False)
            after = _content(args, inputs, analysis, sector, view)
            captions = pair_captions(None, inputs.scenario)
            composed = compose_pair((before, after), captions, size, texts, args.dpi)
        else:
            composed = compose(_content(args, inputs, analysis, sector, view), size, texts, args.dpi)
        if sector is not None and args.sector:
            say_when_no_park_shows(composed.region_map, sector, inputs.taxonomy)
        return composed

    if kind == "pdf" and args.atlas:
        save_pdf_pages((lambda s=s: page(s).figure for s in sectors), args.out, title=args.title)
        return [args.out]
    written = []
    for sector in sectors:
        path = (
            args.out if not args.atlas else args.out.with_name(f"{args.out.stem}-{sector}{args.out.suffix}")
        )
        composed = page(sector)
        save_page(composed.figure, path, svg_text=args.svg_text, title=composed.title)
        written.append(path)
    return written


def say_when_no_park_shows(region_map, sector: str, taxonomy) -> None:
    """A page or screenshot of one sector that shows no zone says so on standard error
    (an empty map is not evidence that nobody declares it)."""
    import sys

    from ui.i18n import current_language

    markers = region_map.parks
    if markers is None or not markers.visible.any():
        text = QCoreApplication.translate(
            "Messages", "No park shown declares {sector}: the map shows its regions without zones."
        )
        print(text.format(sector=taxonomy.name(sector, current_language())), file=sys.stderr)


def compose(content, size, texts, dpi):
    """A composed page (``maps.export_map.compose_page``)."""
    from maps.export_map import compose_page

    return compose_page(content, size, texts, dpi)


def _content(args, inputs: ExportInputs, analysis, sector, view: str, with_plan: bool = True):
    """What one map shows: ``view`` of the analysis, under the plan unless ``with_plan`` is
    off or ``--baseline`` asks for the baseline's duplication."""
    from maps.export_map import MapContent
    from maps.locator import load_locator
    from maps.plan_view import PlanShown
    from model.plan import evaluate, what_remains

    roles = inputs.roles if with_plan else {}
    marks = evaluate(analysis, roles).map_marks() if roles else None
    plan = PlanShown.of(analysis, roles, sector) if view == "plan" else None
    if view == "plan" or view == "plain" and sector is None:
        shown = None
    else:
        shown = analysis if args.baseline else what_remains(analysis, roles)

    locator = None
    if not args.no_locator and inputs.layer.scope.province is not None:
        from maps.cnmaps_source import CnmapsSource

        locator = load_locator(CnmapsSource())
    return MapContent(
        layer=inputs.layer,
        taxonomy=inputs.taxonomy,
        language=_language(),
        parks=inputs.parks,
        analysis=shown,
        radar=sector,
        plan=plan,
        plan_marks=marks,
        items={sector} if sector else None,
        locator=locator,
    )


def _texts(args, inputs: ExportInputs, sector, view: str):
    from ui.export.texts import PageWords, export_texts

    words = PageWords(args.title, args.subtitle, args.stamp, args.approval)
    return export_texts(
        inputs.layer,
        inputs.taxonomy,
        _language(),
        words,
        view=view,
        sector=sector,
        scenario=inputs.scenario,
        parks_file=inputs.parks_file,
        plan=plan_shown(args, inputs),
    )


def plan_shown(args, inputs: ExportInputs) -> str | None:
    """What the duplication view of a page with a plan shows: what the plan leaves, or the
    baseline (``--baseline``); None without a plan."""
    if not inputs.roles or args.before_after:  # a before/after page's captions say which is which
        return None
    return "baseline" if args.baseline else "left"


def _language() -> str:
    from ui.i18n import current_language

    return current_language()


def sector_code(text: str, taxonomy) -> str:
    """A sector as the other commands take it: a code, a Chinese or English name, a synonym."""
    code = taxonomy.item_for(text)
    if code is None:
        words = QCoreApplication.translate(
            "Messages", "--sector {text}: no sector or group has this code, name or synonym"
        )
        raise UsageErrorInCommand(words.format(text=text))
    return code
