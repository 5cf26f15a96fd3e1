"""The drafting state of the window: the baseline, the scenarios, and their undo stacks.

Every edit is a model command (``model.commands``) wrapped in a ``QUndoCommand`` and
pushed on the current scenario's ``QUndoStack``; the stacks sit in one ``QUndoGroup`` so
Undo/Redo and the history view follow the scenario shown. Listeners hear ``edited``
after every do, undo or redo, and ``scenarioSwitched`` when another scenario is shown.
"""

from __future__ import annotations

import getpass
from datetime import datetime

import pandas as pd
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from model.analysis_settings import AnalysisSettings
from model.commands import Command, Compound, MovePark
from model.scenario import Scenario


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


def command_text(command: Command) -> str:
    """How an edit is named in the Edit menu and the history view."""
    text = kind_name(command.kind)
    detail = getattr(command, "region", "") or getattr(command, "park_id", "")
    return f"{text} · {detail}" if detail else text


class ScenarioCommand(QUndoCommand):
    """A model command on one scenario, as a step of its undo stack."""

    MERGE_ID = 1  # moves of one park (a drag) merge

    def __init__(self, planning: PlanningController, scenario: Scenario, command: Command) -> None:
        super().__init__(command_text(command))
        self.planning, self.scenario, self.command = planning, scenario, command

    def redo(self) -> None:
        self.command.do(self.scenario)
        self.planning.edited.emit()

    def undo(self) -> None:
        self.command.undo(self.scenario)
        self.planning.edited.emit()

    def id(self) -> int:
        dragged = isinstance(self.command, MovePark) and self.command.gesture
        return self.MERGE_ID if dragged else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        """Qt has already done ``other``: take both back, merge, and do the merged move."""
        if not isinstance(other, ScenarioCommand) or other.scenario is not self.scenario:
            return False
        if not (isinstance(self.command, MovePark) and self.command.same_gesture(other.command)):
            return False
        other.command.undo(self.scenario)
        self.command.undo(self.scenario)
        self.command.merge(other.command)
        self.command.do(self.scenario)
        return True


class PlanningController(QObject):
    """The scenarios of the window's project and their undo stacks."""

    edited = Signal()  # the current scenario changed (parks, roles, settings)
    scenarioSwitched = Signal()  # another scenario is shown
    scenariosChanged = Signal()  # a scenario was added, renamed or removed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.group = QUndoGroup(self)
        self.scenarios: list[Scenario] = []
        self.baseline: pd.DataFrame | None = None
        self.current: Scenario | None = None
        self._stacks: dict[int, QUndoStack] = {}

    # -- the scenarios ------------------------------------------------------------------
    def start(
        self, baseline: pd.DataFrame, settings: AnalysisSettings, scenarios: list[Scenario] | None = None
    ) -> None:
        """Plan on a new baseline: the given scenarios, or one fresh scenario."""
        for stack in self._stacks.values():
            self.group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()
        self.baseline = baseline.copy()
        self.scenarios = scenarios or [Scenario(self.tr("Scenario 1"), baseline.copy(), settings)]
        for scenario in self.scenarios:
            self._stack_of(scenario)
        self.scenariosChanged.emit()
        self.switch(self.scenarios[0].name)

    def _stack_of(self, scenario: Scenario) -> QUndoStack:
        stack = self._stacks.get(id(scenario))
        if stack is None:
            stack = QUndoStack(self)
            self.group.addStack(stack)
            self._stacks[id(scenario)] = stack
        return stack

    @property
    def stack(self) -> QUndoStack | None:
        """The undo stack of the scenario shown."""
        return None if self.current is None else self._stack_of(self.current)

    def switch(self, name: str) -> None:
        """Show another scenario."""
        self.current = next(s for s in self.scenarios if s.name == name)
        self.group.setActiveStack(self._stack_of(self.current))
        self.scenarioSwitched.emit()

    def duplicate(self, name: str) -> Scenario:
        """A copy of the scenario shown under a new name, then shown."""
        copy = self.current.copy(name)
        self.scenarios.append(copy)
        self._stack_of(copy)
        self.scenariosChanged.emit()
        self.switch(name)
        return copy

    def rename(self, name: str) -> None:
        """Rename the scenario shown."""
        self.current.name = name
        self.scenariosChanged.emit()

    def remove(self) -> None:
        """Delete the scenario shown (never the last one)."""
        if len(self.scenarios) < 2:
            return
        stack = self._stacks.pop(id(self.current))
        self.group.removeStack(stack)
        stack.deleteLater()
        self.scenarios.remove(self.current)
        self.scenariosChanged.emit()
        self.switch(self.scenarios[0].name)

    def unique_name(self, base: str) -> str:
        """``base``, or ``base (2)`` … so that no two scenarios share a name."""
        names = {s.name for s in self.scenarios}
        if base not in names:
            return base
        number = 2
        while f"{base} ({number})" in names:
            number += 1
        return f"{base} ({number})"

    # -- edits ----------------------------------------------------------------------------
    def push(self, command: Command) -> None:
        """Do an edit on the scenario shown, as one undoable step."""
        if self.current is None:
            return
        command.who = command.who or getpass.getuser()
        command.when = command.when or datetime.now().astimezone().isoformat(timespec="seconds")
        if isinstance(command, Compound):
            for part in command.commands:
                part.who, part.when = part.who or command.who, part.when or command.when
        self.stack.push(ScenarioCommand(self, self.current, command))

    def is_clean(self) -> bool:
        """Whether every scenario is as last saved."""
        return all(stack.isClean() for stack in self._stacks.values())

    def mark_saved(self) -> None:
        """Remember the present state of every scenario as saved."""
        for stack in self._stacks.values():
            stack.setClean()
