"""What the Export dialog writes, and writing it off the UI thread.

``plan_export`` turns the planner's choices and the window's state into a list of pages,
each a function that draws one figure; the words are settled here, on the UI thread (in
the export's language). ``ExportJob`` then draws and saves the pages on the worker pool,
reporting progress, and stops between pages when cancelled: a PDF is then not written
at all, images already finished stay.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from matplotlib.figure import Figure
from PySide6.QtCore import QCoreApplication

from maps.analysis import run_analysis
from maps.briefing import PageFrame, role_board_pages, similarity_page, table_pages
from maps.cnmaps_source import CnmapsSource
from maps.export_files import save_page, save_pdf_pages
from maps.export_map import MapContent, compose_page, compose_pair
from maps.locator import load_locator
from maps.page import page_size
from maps.plan_view import PlanShown
from model.duplication import RegionItems
from model.plan import evaluate, what_remains
from model.scenario import Scenario
from model.session import Session
from ui.export.texts import PageWords, default_subtitle, export_texts, pair_captions, source_note
from ui.i18n import words_in
from ui.item_names import item_name
from ui.jobs import Progress
from ui.planning.indicators_dock import indicator_names, number_text
from ui.planning.words import role_name

KINDS = ("map", "atlas-contested", "atlas-all", "before-after", "briefing")


@dataclass(frozen=True)
class ExportChoice:
    """The Export dialog's settings (remembered between exports)."""

    kind: str = "map"
    view: str = "duplication"  # duplication, plan or plain (the dialog starts from the window's)
    size: str = "A4-landscape"
    dpi: int = 300
    language: str = "zh"
    title: str = ""
    subtitle: str = ""
    stamp: bool = False
    approval: str = ""
    locator: bool = True
    svg_text: str = "paths"
    before: str = ""  # scenario names of a before/after pair ("": the baseline, no roles)
    after: str = ""
    as_on_screen: bool = False  # the map page keeps the window's view (default: the whole province)


Page = Callable[[], Figure]


@dataclass
class Shown:
    """What the window shows, for an export of it: the session's work and the view's state."""

    session: Session
    statistics: RegionItems | None = None  # the region × sector table weighing sectors, if any
    duplication: bool = False  # the duplication view is on
    radar: str | None = None  # the one sector the view shows
    items: set[str] | None = None  # the sector filter of the parks
    extent: tuple[float, float, float, float] | None = None  # the map's view (x0, y0, x1, y1)
    plan_view: bool = False  # the plan view is on
    plan_sector: str | None = None  # the sector it draws (None: its overview)


@dataclass
class PlannedExport:
    """The pages to draw and where each goes (one PDF, or one image per page)."""

    pages: list[Page]
    names: list[str]  # a suffix per page, for images
    title: str


def plan_export(shown: Shown, choice: ExportChoice) -> PlannedExport:
    """The pages of an export of what the window shows (UI thread)."""
    with words_in(choice.language):
        if choice.kind == "before-after":
            return _before_after(shown, choice)
        if choice.kind == "briefing":
            return _briefing(shown, choice)
        scenario = shown.session.current
        analysis = _analysis(shown, scenario)
        view = _view(choice, scenario)
        if choice.kind.startswith("atlas"):
            sectors = (
                analysis.contested_items() if choice.kind == "atlas-contested" else analysis.focus_items()
            )
            pages = [_map_page(shown, choice, scenario, analysis, sector, view=view) for sector in sectors]
            return PlannedExport(pages, sectors, choice.title)
        sector = {"plan": shown.plan_sector, "duplication": shown.radar}.get(view)
        page = _map_page(shown, choice, scenario, analysis, sector, current_view=True, view=view)
        return PlannedExport([page], [""], choice.title)


def _view(choice: ExportChoice, scenario: Scenario | None) -> str:
    """The view the pages show: the plan view only where there is a plan."""
    if choice.view == "plan" and (scenario is None or not scenario.roles):
        return "duplication"
    return choice.view if choice.view in ("duplication", "plan", "plain") else "duplication"


def _analysis(shown: Shown, scenario: Scenario | None):
    session = shown.session
    settings = scenario.settings if scenario else session.settings
    parks = scenario.parks if scenario is not None else session.parks
    return run_analysis(session.layer, parks, session.taxonomy, settings, shown.statistics)


def _map_page(
    shown: Shown, choice, scenario, analysis, sector, current_view: bool = False, view: str = "duplication"
) -> Page:
    """One map page; words now, drawing later."""
    content, plan = _content(shown, choice, scenario, analysis, sector, current_view, view)
    texts = _page_texts(shown, choice, scenario, sector, view, plan)
    size, dpi = page_size(choice.size), choice.dpi
    return lambda: compose_page(content, size, texts, dpi).figure


def _content(shown: Shown, choice, scenario, analysis, sector, current_view: bool, view: str):
    """What one map shows (``view`` of the analysis, under the scenario's plan), and which
    duplication its legend names ("left" by the plan, or None without one)."""
    roles = scenario.roles if scenario is not None else {}
    marks, plan, duplication = None, None, analysis
    if roles:
        marks = evaluate(analysis, roles).map_marks()
        duplication, plan = what_remains(analysis, roles), "left"  # the duplication the plan leaves
    session = shown.session
    items = {sector} if sector else (shown.items if current_view else None)
    # The page fits the province unless asked to keep the window's view: a wide window's view
    # would leave the province a strip of the frame.
    extent = shown.extent if current_view and choice.as_on_screen else None
    content = MapContent(
        layer=session.layer,
        taxonomy=session.taxonomy,
        language=choice.language,
        parks=scenario.parks if scenario is not None else session.parks,
        analysis=duplication if view == "duplication" or (view == "plain" and sector) else None,
        radar=sector,
        plan=PlanShown.of(analysis, roles, sector) if view == "plan" else None,
        plan_marks=marks,
        items=items,
        extent=extent,
        locator=_locator(session) if choice.locator else None,
    )
    return content, plan


def _page_texts(shown: Shown, choice, scenario, sector, view: str, plan: str | None):
    """Every word of a map page of ``view`` (one of ui.export.texts.VIEWS)."""
    session, language = shown.session, choice.language
    words = PageWords(
        choice.title if not sector else "",
        choice.subtitle,
        "internal" if choice.stamp else "",
        choice.approval,
    )
    return export_texts(
        session.layer,
        session.taxonomy,
        language,
        words,
        view=view,
        sector=sector,
        scenario=scenario.name if scenario else None,
        parks_file=session.parks_source,
        plan=plan,
    )


def view_extent(region_map) -> tuple[float, float, float, float] | None:
    """The extent a map shows (x0, y0, x1, y1), None without a map."""
    if region_map is None:
        return None
    x0, x1 = region_map.ax.get_xlim()
    y0, y1 = region_map.ax.get_ylim()
    return (x0, y0, x1, y1)


def _locator(session: Session):
    if session.layer.scope.province is None:
        return None
    return load_locator(CnmapsSource())


def _before_after(shown: Shown, choice: ExportChoice) -> PlannedExport:
    """Two scenarios (or the baseline and a scenario) side by side on one page."""
    session = shown.session
    after = next((s for s in session.scenarios if s.name == choice.after), session.current)
    before = next((s for s in session.scenarios if s.name == choice.before), None)
    page = _pair_page(shown, choice, before, after, None, _view(choice, after))
    return PlannedExport([page], [""], choice.title)


def _pair_page(shown: Shown, choice, before: Scenario | None, after: Scenario, sector, view: str) -> Page:
    """One before/after page; ``before`` None: the baseline of ``after`` (its parks, no roles)."""
    import dataclasses

    baseline = before or dataclasses.replace(after, roles={})
    contents = []
    for scenario, shown_view in ((baseline, "duplication" if before is None else view), (after, view)):
        content, _ = _content(shown, choice, scenario, _analysis(shown, scenario), sector, False, shown_view)
        contents.append(content)
    captions = pair_captions(before.name if before else None, after.name)
    texts = _page_texts(shown, choice, after, sector, "before-after", None)
    size, dpi = page_size(choice.size), choice.dpi
    return lambda: compose_pair(tuple(contents), captions, size, texts, dpi).figure


def _briefing(shown: Shown, choice: ExportChoice) -> PlannedExport:
    """Map, conflicts, indicators, role board and similarity matrix, as one PDF."""
    session = shown.session
    scenario = session.current
    analysis = _analysis(shown, scenario)
    plan = evaluate(analysis, scenario.roles, len(scenario.edited_parks))
    language, layer, taxonomy = choice.language, session.layer, session.taxonomy
    size, dpi = page_size(choice.size), min(choice.dpi, 300)
    names = [layer.name(r, language) for r in range(len(layer))]
    sector_level = analysis.settings.items.value == "sector"
    label = {code: item_name(taxonomy, code, language, sector_level) for code in analysis.items}
    subtitle = choice.subtitle or default_subtitle(scenario.name)
    source = source_note(layer, session.parks_source)

    stamp = QCoreApplication.translate("Export", "Internal") if choice.stamp else ""
    approval = export_texts(
        layer, taxonomy, language, PageWords(approval=choice.approval), view="duplication"
    ).approval

    def frame(title: str) -> PageFrame:
        return PageFrame(title, subtitle, source, stamp, approval)

    pages: list[Page] = [_map_page(shown, choice, scenario, analysis, None)]
    names_of_pages = ["map"]
    if scenario.roles:  # the plan: its overview, before and after, and each contested sector's roles
        pages += [
            _map_page(shown, choice, scenario, analysis, None, view="plan"),
            _pair_page(shown, choice, None, scenario, None, "duplication"),
        ]
        contested = analysis.contested_items()
        pages += [_map_page(shown, choice, scenario, analysis, item, view="plan") for item in contested]
        names_of_pages += ["plan", "before-after", *(f"plan-{item}" for item in contested)]
    flags = analysis.duplicates.sort_values("score", ascending=False)
    conflict_rows = [
        [names[int(f.a)], names[int(f.b)], label[analysis.items[int(f.item)]], f"{f.score:.3f}"]
        for f in flags.itertuples()
    ]
    conflict_columns = [
        QCoreApplication.translate("Export", "Region"),
        QCoreApplication.translate("Export", "Neighbour"),
        QCoreApplication.translate("Export", "Sector"),
        QCoreApplication.translate("Export", "Score"),
    ]
    conflicts_title = QCoreApplication.translate("Export", "Duplicated focus between neighbours")
    pages.append(
        lambda: table_pages(
            size, frame(conflicts_title), conflict_columns, conflict_rows, [3, 3, 5, 1.2], dpi
        )
    )
    words = indicator_names()
    indicator_rows = [
        [words.get(k, k), number_text(a), number_text(b)] for k, (a, b) in plan.indicators.items()
    ]
    indicator_columns = [
        QCoreApplication.translate("Export", "Indicator"),
        QCoreApplication.translate("Export", "Baseline"),
        QCoreApplication.translate("Export", "Plan"),
    ]
    indicators_title = QCoreApplication.translate("Export", "Indicators of the plan")
    pages.append(
        lambda: table_pages(size, frame(indicators_title), indicator_columns, indicator_rows, [6, 2, 2], dpi)
    )
    contested = analysis.contested_items()
    rows_of = {str(region): row for row, region in enumerate(layer.regions["id"])}
    cells = {
        (rows_of[region], contested.index(sector)): (entry.role.value, role_name(entry.role.value))
        for (region, sector), entry in scenario.roles.items()
        if region in rows_of and sector in contested
    }
    board_title = QCoreApplication.translate("Export", "Role board: contested sectors")
    board_sectors = [label[c] for c in contested]
    pages.append(lambda: role_board_pages(size, frame(board_title), names, board_sectors, cells, dpi))
    similarity_title = QCoreApplication.translate(
        "Export", "Similarity of sector structure (S) between regions"
    )
    pairs = analysis.graph.pairs
    pages.append(
        lambda: similarity_page(size, frame(similarity_title), analysis.similarity, names, pairs, dpi)
    )
    names_of_pages += ["conflicts", "indicators", "roles", "similarity"]
    return PlannedExport(pages, names_of_pages, choice.title)


def write_export(planned: PlannedExport, path: Path, svg_text: str, progress: Progress) -> list[Path]:
    """Draw and save planned pages (off the UI thread, through ``ui.jobs``); stops between
    pages when cancelled: a PDF is then not written at all, images already finished stay.
    The files written."""
    path = Path(path)
    total = len(planned.pages)

    def figures():
        """Every figure of the plan in order (briefing pages may give several each)."""
        for done, page in enumerate(planned.pages):
            result = page()
            yield from result if isinstance(result, list) else [result]
            progress.report((done + 1) / total)

    if path.suffix.lower() == ".pdf":
        pages = figures()
        count = save_pdf_pages(
            (lambda f=f: f for f in pages), path, planned.title, cancelled=lambda: progress.cancelled
        )
        return [path] if count else []
    written = []
    for figure, name in zip(figures(), _image_names(planned), strict=False):
        if progress.cancelled:
            break
        target = path if total == 1 else path.with_name(f"{path.stem}-{name}{path.suffix}")
        save_page(figure, target, svg_text=svg_text, title=planned.title)
        written.append(target)
    return written


def _image_names(planned: PlannedExport):
    yield from planned.names
    number = len(planned.names)
    while True:  # briefing pages that ran onto more pages than planned
        number += 1
        yield str(number)
