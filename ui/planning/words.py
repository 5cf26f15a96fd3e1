"""Edits and roles in the planner's words: the kinds of step, the roles, a step's name in the
Edit menu and the history view, and the ledger's entries — regions, sectors and parks by
name in the interface language, times in the system's time zone — so the record can go
into minutes as it is. Codes are kept only where a table has a column for them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from model.commands import Command
from model.scenario import LedgerEntry
from ui.i18n import current_language

PARK_KINDS = frozenset({"add-park", "delete-park", "change-park", "move-park"})


def kind_name(kind: str) -> str:
    """An edit's kind in words."""
    names = {
        "set-role": QCoreApplication.translate("Planning", "Set role"),
        "add-park": QCoreApplication.translate("Planning", "Add park"),
        "delete-park": QCoreApplication.translate("Planning", "Delete park"),
        "change-park": QCoreApplication.translate("Planning", "Change park"),
        "move-park": QCoreApplication.translate("Planning", "Move park"),
        "change-settings": QCoreApplication.translate("Planning", "Change analysis settings"),
        "link-regions": QCoreApplication.translate("Planning", "Link or cut neighbours"),
        "replace-parks": QCoreApplication.translate("Planning", "Import parks"),
        "compound": QCoreApplication.translate("Planning", "Several edits"),
    }
    return names.get(kind, kind)


def role_name(value: str) -> str:
    """A role (lead, support, avoid, unset) in words."""
    names = {
        "lead": QCoreApplication.translate("Planning", "lead"),
        "support": QCoreApplication.translate("Planning", "support"),
        "avoid": QCoreApplication.translate("Planning", "avoid"),
        "unset": QCoreApplication.translate("Planning", "unset"),
    }
    return names.get(value, value)


def command_text(command: Command, session=None) -> str:
    """How an edit is named in the Edit menu and the history view: "Set role · 锦州市 ·
    石油化工 → lead" (codes only where the session cannot name them)."""
    return entry_what(command.entry(), session, with_places=True)


def entry_what(entry: LedgerEntry, session=None, with_places: bool = False) -> str:
    """What a ledger entry did, in words; ``with_places`` also names its region and sector
    (the ledger has columns of their own for them)."""
    parts = [kind_name(entry.kind)]
    if with_places and entry.region:
        parts.append(region_text(session, entry.region))
    if with_places and entry.sector:
        parts.append(item_text(session, entry.sector))
    detail = _detail_words(entry, session)
    text = " · ".join(parts)
    if entry.kind == "set-role":
        return f"{text} → {detail}"
    return f"{text} · {detail}" if detail else text


def _detail_words(entry: LedgerEntry, session) -> str:
    if entry.kind == "set-role":
        return role_name(entry.detail)
    if entry.kind in PARK_KINDS:
        return park_text(session, entry.detail.split(":", 1)[0].strip())
    if entry.kind == "link-regions" and " " in entry.detail:
        action, other = entry.detail.split(" ", 1)
        words = {
            "add": QCoreApplication.translate("Planning", "linked to {region}"),
            "cut": QCoreApplication.translate("Planning", "cut from {region}"),
        }
        return words.get(action, action + " {region}").format(region=region_text(session, other))
    return entry.detail


def ledger_headers() -> list[str]:
    """The ledger's columns as the panel and its export name them (the order of ``ledger_row``)."""
    return [
        QCoreApplication.translate("LedgerDock", "When"),
        QCoreApplication.translate("LedgerDock", "Who"),
        QCoreApplication.translate("LedgerDock", "What"),
        QCoreApplication.translate("LedgerDock", "Region"),
        QCoreApplication.translate("LedgerDock", "Sector"),
        QCoreApplication.translate("LedgerDock", "Why"),
    ]


def ledger_row(entry: LedgerEntry, session=None) -> tuple[str, str, str, str, str, str]:
    """A ledger entry as the ledger shows and exports it: when, who, what, region, sector, why."""
    return (
        when_text(entry.when),
        entry.who,
        entry_what(entry, session),
        region_text(session, entry.region) if entry.region else "",
        item_text(session, entry.sector) if entry.sector else "",
        entry.why,
    )


def when_text(iso: str) -> str:
    """When an edit was made, as the planner reads a clock: the system's time zone, to the
    minute (2026-12-01 21:31); text that is not a time is shown as it is."""
    try:
        moment = datetime.fromisoformat(str(iso))
    except ValueError:
        return str(iso)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


def region_text(session, region_id: str) -> str:
    """A region's name in the interface language (its code when the layer has no such region)."""
    layer = getattr(session, "layer", None)
    row = layer.row_of(str(region_id)) if layer is not None else None
    return layer.name(row, current_language()) if row is not None else str(region_id)


def item_text(session, code: str) -> str:
    """A sector's or group's name in the interface language (its code when unknown)."""
    taxonomy = getattr(session, "taxonomy", None)
    if taxonomy is None or not taxonomy.knows(code):
        return str(code)
    return taxonomy.name(code, current_language())


def park_text(session, park_id: str) -> str:
    """A park's name in the interface language: from the parks shown, else the baseline (a
    deleted park keeps its name in the record); its id when neither has it."""
    column = "name_zh" if current_language() == "zh" else "name_en"
    for parks in (getattr(session, "parks", None), getattr(session, "baseline", None)):
        if parks is None or not len(parks):
            continue
        found = parks.loc[parks["id"].astype(str) == str(park_id), column]
        if len(found) and str(found.iloc[0]).strip():
            return str(found.iloc[0])
    return str(park_id)
