"""Domain errors that carry data, not sentences.

The model never writes user-facing text: each error has a stable ``code`` and the
``params`` the interface needs to phrase it in the user's language
(see ``ui/messages.py``).
"""

from __future__ import annotations

from typing import Any


class PlannerError(Exception):
    """Base of every error the program reports to a user instead of a traceback."""

    code = "error"

    def __init__(self, **params: Any) -> None:
        super().__init__(f"{self.code}: {params}")
        self.params = params


class UnknownProvince(PlannerError):
    """A province query (name, short name or adcode) matches no provincial division."""

    code = "unknown-province"


class UnknownLevel(PlannerError):
    """A region level other than the supported ones was asked for."""

    code = "unknown-level"


class BoundaryDataError(PlannerError):
    """The boundary data package is missing or a file in it cannot be read."""

    code = "boundary-data"


class OutputError(PlannerError):
    """A file the user asked for could not be written."""

    code = "output"


class BadSize(PlannerError):
    """An image or window size that is not WIDTHxHEIGHT."""

    code = "bad-size"


class RegionFileError(PlannerError):
    """A planner's region layer cannot be used (params: file, reason, and row/field/value where known)."""

    code = "region-file"


class BadSetting(PlannerError):
    """An analysis option that cannot be read (params: option, value, and choices or the
    allowed range low–high)."""

    code = "bad-setting"


def check_range(option: str, value: float, low: float, high: float) -> float:
    """``value`` if it is a finite number from ``low`` to ``high``; else BadSetting saying so."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise BadSetting(option=option, value=value, low=low, high=high) from None
    if not low <= number <= high:  # NaN fails both comparisons
        raise BadSetting(option=option, value=value, low=low, high=high)
    return number
