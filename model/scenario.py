"""A scenario: the baseline parks plus the planner's edits, the roles of a draft layout,
the analysis settings it is judged under, and the ledger of decisions that led to it.

Scenarios change only through commands (``model.commands``), each with do and undo, so
every change can be undone and every decision is on record.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

import pandas as pd

from model.analysis_settings import AnalysisSettings
from model.plan import Roles


@dataclass(frozen=True)
class LedgerEntry:
    """One decision: who, when, what (a command kind and its data), and why."""

    who: str
    when: str  # ISO 8601, local time with offset
    kind: str  # the command kind, e.g. "set-role"
    region: str = ""
    sector: str = ""
    detail: str = ""  # the new value, e.g. "lead", or a park id
    why: str = ""


@dataclass
class Scenario:
    """One alternative layout of a project."""

    name: str
    parks: pd.DataFrame
    settings: AnalysisSettings = field(default_factory=AnalysisSettings)
    roles: Roles = field(default_factory=dict)
    ledger: list[LedgerEntry] = field(default_factory=list)
    edited_parks: dict[str, int] = field(default_factory=dict)  # park id → edits applied to it

    def copy(self, name: str) -> Scenario:
        """An independent duplicate under another name (its ledger included)."""
        return Scenario(
            name,
            self.parks.copy(),
            self.settings,
            dict(self.roles),
            list(self.ledger),
            dict(self.edited_parks),
        )

    def park_row(self, park_id: str) -> int:
        """The row of a park by id; KeyError when there is none."""
        matches = (self.parks["id"].astype(str) == str(park_id)).to_numpy().nonzero()[0]
        if len(matches) == 0:
            raise KeyError(park_id)
        return int(matches[0])

    def mark_edited(self, park_id: str, step: int) -> None:
        """Count (+1) or uncount (-1) an edit of a park, for the "parks edited" indicator."""
        count = self.edited_parks.get(park_id, 0) + step
        if count > 0:
            self.edited_parks[park_id] = count
        else:
            self.edited_parks.pop(park_id, None)

    def snapshot(self) -> tuple:
        """Everything a command may change, for comparing states in tests and diffs."""
        parks = self.parks.reset_index(drop=True).astype(object)
        return (
            parks.where(parks.notna(), None).to_dict(orient="list"),  # None, unlike NaN, equals itself
            self.settings,
            copy.deepcopy(self.roles),
            list(self.ledger),
            dict(self.edited_parks),
        )
