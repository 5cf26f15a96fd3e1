"""Every edit of a scenario as a command with do and undo.

A command remembers what it replaced when it is done, so undo restores the scenario
exactly (a property test undoes random edit sequences back to the baseline). Each done
command adds one entry to the scenario's decision ledger and undo removes it. Commands
carry data, not sentences: ``kind`` and the fields say what happened; the interface
words them. Each command declares which kinds of thing it changes (``touches``), so the
session tells only the listeners that draw them. Consecutive moves of one park (a drag)
merge into one step by ``merge_steps``, the one rule the window's undo stack and the plain
``History`` (the property test's) both follow.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import ClassVar

import pandas as pd

from model.analysis_settings import AnalysisSettings
from model.changes import Change
from model.parks import Precision
from model.plan import Role, RoleEntry
from model.scenario import LedgerEntry, Scenario


@dataclass
class Command:
    """Base of all edits: who made it, when, and why (the planner's note)."""

    kind: ClassVar[str] = "command"
    changes: ClassVar[frozenset[Change]] = frozenset()
    who: str = field(default="", kw_only=True)
    when: str = field(default="", kw_only=True)
    why: str = field(default="", kw_only=True)

    def do(self, scenario: Scenario) -> None:
        """Apply the edit and record it in the ledger."""
        self._apply(scenario)
        scenario.ledger.append(self.entry())

    def undo(self, scenario: Scenario) -> None:
        """Take the edit back, ledger entry included."""
        scenario.ledger.pop()
        self._revert(scenario)

    def merge(self, other: Command) -> bool:
        """Absorb a following command into this one (True if done); most commands do not."""
        return False

    def touches(self) -> frozenset[Change]:
        """The kinds of thing this edit changes."""
        return self.changes

    def entry(self) -> LedgerEntry:
        """The ledger's record of this edit."""
        return LedgerEntry(self.who, self.when, self.kind, why=self.why)

    def _apply(self, scenario: Scenario) -> None:
        raise NotImplementedError

    def _revert(self, scenario: Scenario) -> None:
        raise NotImplementedError


@dataclass
class SetRole(Command):
    """Set a region's role in a sector (UNSET removes it)."""

    kind: ClassVar[str] = "set-role"
    changes: ClassVar[frozenset[Change]] = frozenset({Change.ROLES})
    region: str = ""
    sector: str = ""
    role: Role = Role.UNSET
    note: str = ""
    _old: RoleEntry | None = field(default=None, init=False, repr=False)

    def _apply(self, scenario: Scenario) -> None:
        key = (self.region, self.sector)
        self._old = scenario.roles.get(key)
        if self.role is Role.UNSET:
            scenario.roles.pop(key, None)
        else:
            scenario.roles[key] = RoleEntry(self.role, self.note)

    def _revert(self, scenario: Scenario) -> None:
        key = (self.region, self.sector)
        if self._old is None:
            scenario.roles.pop(key, None)
        else:
            scenario.roles[key] = self._old

    def entry(self) -> LedgerEntry:
        return LedgerEntry(
            self.who, self.when, self.kind, self.region, self.sector, self.role.value, self.why or self.note
        )


@dataclass
class AddPark(Command):
    """Add a park (a full row of the park table)."""

    kind: ClassVar[str] = "add-park"
    changes: ClassVar[frozenset[Change]] = frozenset({Change.PARKS})
    park: dict = field(default_factory=dict)

    def _apply(self, scenario: Scenario) -> None:
        dtypes = scenario.parks.dtypes
        missing = {
            c: (float("nan") if pd.api.types.is_numeric_dtype(dtypes[c]) else "") for c in dtypes.index
        }
        row = pd.DataFrame([{c: self.park.get(c, missing[c]) for c in dtypes.index}]).astype(dtypes.to_dict())
        scenario.parks = pd.concat([scenario.parks, row], ignore_index=True)
        scenario.mark_edited(str(self.park["id"]), +1)

    def _revert(self, scenario: Scenario) -> None:
        scenario.parks = scenario.parks.drop(index=scenario.park_row(self.park["id"])).reset_index(drop=True)
        scenario.mark_edited(str(self.park["id"]), -1)

    def entry(self) -> LedgerEntry:
        return LedgerEntry(
            self.who,
            self.when,
            self.kind,
            str(self.park.get("region_id", "")),
            detail=str(self.park["id"]),
            why=self.why,
        )


@dataclass
class DeletePark(Command):
    """Delete a park."""

    kind: ClassVar[str] = "delete-park"
    changes: ClassVar[frozenset[Change]] = frozenset({Change.PARKS})
    park_id: str = ""
    _row: pd.DataFrame | None = field(default=None, init=False, repr=False)
    _at: int = field(default=0, init=False, repr=False)

    def _apply(self, scenario: Scenario) -> None:
        self._at = scenario.park_row(self.park_id)
        self._row = scenario.parks.iloc[[self._at]].copy()
        scenario.parks = scenario.parks.drop(index=scenario.parks.index[self._at]).reset_index(drop=True)
        scenario.mark_edited(self.park_id, +1)

    def _revert(self, scenario: Scenario) -> None:
        parks = scenario.parks
        scenario.parks = pd.concat(
            [parks.iloc[: self._at], self._row, parks.iloc[self._at :]], ignore_index=True
        )
        scenario.mark_edited(self.park_id, -1)

    def entry(self) -> LedgerEntry:
        return LedgerEntry(self.who, self.when, self.kind, detail=self.park_id, why=self.why)


@dataclass
class ChangePark(Command):
    """Change some attributes of a park (its sectors, name, level …)."""

    kind: ClassVar[str] = "change-park"
    changes: ClassVar[frozenset[Change]] = frozenset({Change.PARKS})
    park_id: str = ""
    values: dict = field(default_factory=dict)  # column → new value
    _old: dict = field(default_factory=dict, init=False, repr=False)

    def _apply(self, scenario: Scenario) -> None:
        row = scenario.parks.index[scenario.park_row(self.park_id)]
        self._old = {c: scenario.parks.at[row, c] for c in self.values}
        self._set(scenario, row, self.values)
        scenario.mark_edited(self.park_id, +1)

    def _revert(self, scenario: Scenario) -> None:
        self._set(scenario, scenario.parks.index[scenario.park_row(self.park_id)], self._old)
        scenario.mark_edited(self.park_id, -1)

    @staticmethod
    def _set(scenario: Scenario, row, values: dict) -> None:
        # A new table rather than a change in place: whoever holds the old one keeps it as it was.
        parks = scenario.parks.copy()
        for column, value in values.items():
            parks.at[row, column] = value
        scenario.parks = parks

    def entry(self) -> LedgerEntry:
        detail = ";".join(f"{c}={v}" for c, v in self.values.items())
        return LedgerEntry(self.who, self.when, self.kind, detail=f"{self.park_id}: {detail}", why=self.why)


@dataclass
class MovePark(ChangePark):
    """Move a park to an exact location (in the city and county that contain it).

    ``gesture`` names one drag on the map: the moves of one gesture merge into one step;
    moves without one (typed coordinates, a picked point) stay steps of their own.
    """

    kind: ClassVar[str] = "move-park"
    gesture: int = 0

    @classmethod
    def to(
        cls, park_id: str, lon: float, lat: float, region_id: str, county_id: str, gesture: int = 0, **who
    ) -> MovePark:
        """A move to a WGS-84 point."""
        values = {
            "lon": float(lon),
            "lat": float(lat),
            "region_id": region_id,
            "county_id": county_id,
            "location_precision": Precision.EXACT.value,
        }
        return cls(park_id=park_id, values=values, gesture=gesture, **who)

    def same_gesture(self, other: Command) -> bool:
        """Whether ``other`` is a later move of the same park in the same drag."""
        return (
            isinstance(other, MovePark)
            and other.park_id == self.park_id
            and other.gesture == self.gesture != 0
        )

    def merge(self, other: Command) -> bool:
        """A drag is one step: a later move of the same drag replaces this one's target."""
        if self.same_gesture(other):
            self.values = dict(other.values)
            return True
        return False


@dataclass
class ChangeSettings(Command):
    """Use other analysis settings (neighbour rule, focus, thresholds …)."""

    kind: ClassVar[str] = "change-settings"
    changes: ClassVar[frozenset[Change]] = frozenset({Change.SETTINGS})
    settings: AnalysisSettings = field(default_factory=AnalysisSettings)
    _old: AnalysisSettings | None = field(default=None, init=False, repr=False)

    def _apply(self, scenario: Scenario) -> None:
        self._old = scenario.settings
        scenario.settings = self.settings

    def _revert(self, scenario: Scenario) -> None:
        scenario.settings = self._old


@dataclass
class LinkRegions(Command):
    """Add a neighbour link by hand (or take back a cut), or cut one (``cut=True``)."""

    kind: ClassVar[str] = "link-regions"
    changes: ClassVar[frozenset[Change]] = frozenset({Change.LINKS})
    a: str = ""
    b: str = ""
    cut: bool = False
    _old: AnalysisSettings | None = field(default=None, init=False, repr=False)

    def _apply(self, scenario: Scenario) -> None:
        self._old = scenario.settings
        pair = (min(self.a, self.b), max(self.a, self.b))
        nb = scenario.settings.neighbours
        added = tuple(p for p in nb.added if tuple(sorted(p)) != pair)
        cut = tuple(p for p in nb.cut if tuple(sorted(p)) != pair)
        if self.cut and len(added) == len(nb.added):
            cut += (pair,)
        elif not self.cut and len(cut) == len(nb.cut):
            added += (pair,)
        scenario.settings = replace(scenario.settings, neighbours=replace(nb, added=added, cut=cut))

    def _revert(self, scenario: Scenario) -> None:
        scenario.settings = self._old

    def entry(self) -> LedgerEntry:
        detail = "cut" if self.cut else "add"
        return LedgerEntry(self.who, self.when, self.kind, self.a, detail=f"{detail} {self.b}", why=self.why)


@dataclass
class Compound(Command):
    """Several edits as one step (accepting a suggestion, a paint stroke over regions)."""

    kind: ClassVar[str] = "compound"
    name: str = ""  # what the step is, e.g. "accept-suggestion"
    commands: list[Command] = field(default_factory=list)

    def do(self, scenario: Scenario) -> None:
        for command in self.commands:
            command.do(scenario)

    def undo(self, scenario: Scenario) -> None:
        for command in reversed(self.commands):
            command.undo(scenario)

    def touches(self) -> frozenset[Change]:
        return frozenset().union(*(c.touches() for c in self.commands))


@dataclass
class ReplaceParks(Command):
    """Put another park table in place of the scenario's (an import that replaces them)."""

    kind: ClassVar[str] = "replace-parks"
    changes: ClassVar[frozenset[Change]] = frozenset({Change.PARKS})
    parks: pd.DataFrame = field(default_factory=pd.DataFrame)
    source: str = ""  # the file they came from, for the ledger
    _old: pd.DataFrame | None = field(default=None, init=False, repr=False)

    def _apply(self, scenario: Scenario) -> None:
        self._old = scenario.parks
        scenario.parks = self.parks.reset_index(drop=True)

    def _revert(self, scenario: Scenario) -> None:
        scenario.parks = self._old

    def entry(self) -> LedgerEntry:
        return LedgerEntry(
            self.who, self.when, self.kind, detail=f"{self.source}: {len(self.parks)}", why=self.why
        )


def import_parks(
    scenario: Scenario, parks: pd.DataFrame, source: str, replace: bool, dropped_roles: list[tuple[str, str]]
) -> tuple[Command, list[str]]:
    """The edit that imports a park table into a scenario, and the ids it skipped.

    ``replace`` puts the file's parks in place of the scenario's (and unsets ``dropped_roles``,
    the roles whose focus goes with them); otherwise the file's parks are added, except those
    whose id the scenario already has, which are returned, not doubled."""
    if replace:
        unset = [SetRole(region=r, sector=k, role=Role.UNSET) for r, k in dropped_roles]
        return Compound(
            name="import-replace", commands=[ReplaceParks(parks=parks, source=source), *unset]
        ), []
    taken = set(scenario.parks["id"].astype(str))
    ids = parks["id"].astype(str)
    skipped = sorted(set(ids[ids.isin(taken)]))
    fresh = parks[~ids.isin(taken)]
    combined = pd.concat([scenario.parks, fresh.astype(scenario.parks.dtypes.to_dict())], ignore_index=True)
    return ReplaceParks(parks=combined, source=source, why="add"), skipped


def merge_steps(last: Command, new: Command, scenario: Scenario) -> bool:
    """Fold ``new``, already done, into ``last`` (done just before it) when it continues the same
    gesture (a drag): both are taken back and the merged step is done again, so one undo takes
    the whole gesture back. The window's undo stack calls this from ``mergeWith`` (Qt has done
    the new step by then), and ``History`` does the same."""
    if not last.merge(new):
        return False
    new.undo(scenario)
    last.undo(scenario)
    last.do(scenario)
    return True


class History:
    """A plain undo stack (the window uses QUndoStack; this is the same rules without Qt)."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.done: list[Command] = []
        self.undone: list[Command] = []

    def push(self, command: Command, merge: bool = True) -> None:
        """Do a command, then fold it into the last one when it continues it (as QUndoStack
        does: do first, then ``mergeWith``)."""
        command.do(self.scenario)
        self.undone.clear()
        if merge and self.done and merge_steps(self.done[-1], command, self.scenario):
            return
        self.done.append(command)

    def undo(self) -> bool:
        """Undo the last command; False when there is none."""
        if not self.done:
            return False
        command = self.done.pop()
        command.undo(self.scenario)
        self.undone.append(command)
        return True

    def redo(self) -> bool:
        """Redo the last undone command; False when there is none."""
        if not self.undone:
            return False
        command = self.undone.pop()
        command.do(self.scenario)
        self.done.append(command)
        return True
