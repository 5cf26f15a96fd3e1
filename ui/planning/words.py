"""Edits and roles in the planner's words: the kinds of step, the roles, a step's name in the
Edit menu and the history view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from model.commands import Command


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
    """How an edit is named in the Edit menu and the history view."""
    text = kind_name(command.kind)
    detail = getattr(command, "region", "") or getattr(command, "park_id", "")
    return f"{text} · {detail}" if detail else text
