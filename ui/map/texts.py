"""The map legends' words in the interface language, for the window's map and for exports.

Kept in the translation contexts where they were first written (MainWindow for the zone
legend, AnalysisDocks for the duplication legend, PlanMap for the plan legend).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from maps.duplication_view import DuplicationTexts
from maps.legend import LegendTexts
from maps.plan_view import PlanTexts


def zone_legend_texts() -> LegendTexts:
    """The park legend's words."""
    return LegendTexts(
        title=QCoreApplication.translate("MainWindow", "Development zones"),
        national=QCoreApplication.translate("MainWindow", "National zone"),
        provincial=QCoreApplication.translate("MainWindow", "Provincial zone"),
        other=QCoreApplication.translate("MainWindow", "Other park"),
        exact=QCoreApplication.translate("MainWindow", "Location known"),
        approximate=QCoreApplication.translate("MainWindow", "At its county or city centre"),
        several=QCoreApplication.translate("MainWindow", "Several sector groups"),
        no_sector=QCoreApplication.translate("MainWindow", "No sector declared"),
    )


def duplication_texts(plan: str | None = None) -> DuplicationTexts:
    """The duplication legend's words. ``plan``: which a map with a plan shows, ``"left"``
    (the duplication the plan leaves) or ``"baseline"``; None without a plan."""
    titles = {
        None: QCoreApplication.translate("AnalysisDocks", "Duplicated sectors per region"),
        "left": QCoreApplication.translate(
            "AnalysisDocks", "Duplicated sectors per region, left by the plan"
        ),
        "baseline": QCoreApplication.translate("AnalysisDocks", "Duplicated sectors per region, baseline"),
    }
    return DuplicationTexts(
        title=titles[plan],
        classes=(
            QCoreApplication.translate("AnalysisDocks", "none"),
            "1",
            "2",
            "3–4",
            "5–7",
            QCoreApplication.translate("AnalysisDocks", "8 or more"),
        ),
        border=QCoreApplication.translate("AnalysisDocks", "Duplicated focus on a shared border"),
        border_groups=QCoreApplication.translate(
            "AnalysisDocks", "Shared borders with duplicated focus, by sector group:"
        ),
        border_coloured=QCoreApplication.translate(
            "AnalysisDocks", "Shared border with duplicated focus (colour: its sector group)"
        ),
        radar_title="{sector}",
        focus=QCoreApplication.translate("AnalysisDocks", "Focus region"),
        cluster=QCoreApplication.translate(
            "AnalysisDocks", "Significant co-focus cluster (local join count)"
        ),
        other=QCoreApplication.translate("AnalysisDocks", "No focus on this sector"),
    )


def plan_texts() -> PlanTexts:
    """The plan legend's words."""
    return PlanTexts(
        title=QCoreApplication.translate("PlanMap", "Plan: {sector}"),
        lead=QCoreApplication.translate("PlanMap", "Leads"),
        support=QCoreApplication.translate("PlanMap", "Supports"),
        avoid=QCoreApplication.translate("PlanMap", "Avoids"),
        unset=QCoreApplication.translate("PlanMap", "No role"),
        focus_unset=QCoreApplication.translate("PlanMap", "Focus on the sector, no role yet"),
        left=QCoreApplication.translate("PlanMap", "Duplicated focus the plan leaves (shared border)"),
        overview_title=QCoreApplication.translate("PlanMap", "Plan: sectors led per region"),
        led_classes=(
            QCoreApplication.translate("PlanMap", "leads none"),
            "1",
            "2",
            "3–4",
            QCoreApplication.translate("PlanMap", "5 or more"),
        ),
        supports_only=QCoreApplication.translate("PlanMap", "Supports only, leads none"),
    )
