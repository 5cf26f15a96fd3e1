"""The window's undo history: one ``QUndoStack`` per scenario of the session, in a
``QUndoGroup`` so Undo/Redo and the history view follow the scenario shown.

A step is a model command (``model.commands``) wrapped in a ``QUndoCommand`` that asks the
session to do or undo it, so the session tells its listeners what changed. Drags merge by
``model.commands.merge_steps`` — the same rule ``History`` follows in the property test.
The stacks hold no planning data: they follow the session's scenarios (a stack appears
with a scenario and goes with it), and keep their history across saves; only new work
(another project, another province) clears them.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from model.changes import Change
from model.commands import Command, Compound, MovePark
from model.people import full_user_name
from model.scenario import Scenario
from model.session import Session
from ui.planning.words import command_text


class ScenarioStep(QUndoCommand):
    """A model command on one scenario, as a step of its undo stack."""

    MERGE_ID = 1  # moves of one park in one drag merge

    def __init__(self, session: Session, scenario: Scenario, command: Command) -> None:
        super().__init__(command_text(command, session))
        self.session, self.scenario, self.command = session, scenario, command

    def redo(self) -> None:
        self.session.do(self.scenario, self.command)

    def undo(self) -> None:
        self.session.undo(self.scenario, self.command)

    def id(self) -> int:
        dragged = isinstance(self.command, MovePark) and self.command.gesture
        return self.MERGE_ID if dragged else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        """Qt has done ``other`` already; the model's rule folds it into this step."""
        if not isinstance(other, ScenarioStep) or other.scenario is not self.scenario:
            return False
        return self.session.merge(self.scenario, self.command, other.command)


class UndoStacks(QObject):
    """The undo stacks of the session's scenarios."""

    cleanChanged = Signal(bool)  # every scenario as last saved, or not

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self.author = full_user_name  # who the ledger says made an edit (settings may name another)
        session.subscribe({Change.SCENARIOS, Change.SCENARIO, Change.SAVED}, self._follow)

    def _follow(self, changes: frozenset[Change]) -> None:
        """A stack for every scenario, none for a removed one, the shown one active."""
        alive = {id(s) for s in self.session.scenarios}
        for key in [k for k in self._stacks if k not in alive]:
            self._drop(key)
        if self.session.current is not None:
            self.group.setActiveStack(self.stack_of(self.session.current))
        self._clean_changed()

    def _drop(self, key: int) -> None:
        stack = self._stacks.pop(key)
        self.group.removeStack(stack)
        stack.deleteLater()

    def clear(self) -> None:
        """New work: no history (another project or province was opened)."""
        for key in list(self._stacks):
            self._drop(key)
        self._follow(frozenset())

    def stack_of(self, scenario: Scenario) -> QUndoStack:
        """A scenario's stack (made when first needed)."""
        stack = self._stacks.get(id(scenario))
        if stack is None:
            stack = QUndoStack(self)
            stack.cleanChanged.connect(lambda _: self._clean_changed())
            self.group.addStack(stack)
            self._stacks[id(scenario)] = stack
        return stack

    @property
    def stack(self) -> QUndoStack | None:
        """The stack of the scenario shown."""
        return None if self.session.current is None else self.stack_of(self.session.current)

    def push(self, command: Command) -> None:
        """Do an edit on the scenario shown, as one undoable step (who and when stamped)."""
        scenario = self.session.current
        if scenario is None:
            return
        command.who = command.who or self.author()
        command.when = command.when or datetime.now().astimezone().isoformat(timespec="seconds")
        if isinstance(command, Compound):
            for part in command.commands:
                part.who, part.when = part.who or command.who, part.when or command.when
        self.stack_of(scenario).push(ScenarioStep(self.session, scenario, command))

    def is_clean(self) -> bool:
        """Whether the work is as last saved (every scenario's steps, and its scenario list)."""
        return not self.session.unsaved_structure and all(s.isClean() for s in self._stacks.values())

    def mark_saved(self) -> None:
        """The present state is saved: each stack's clean mark moves here; history stays."""
        for stack in self._stacks.values():
            stack.setClean()
        self.session.mark_saved()
        self._clean_changed()

    def mark_unsaved(self) -> None:
        """Work not yet saved anywhere (recovered from autosave)."""
        for stack in self._stacks.values():
            stack.resetClean()
        self._clean_changed()

    def _clean_changed(self) -> None:
        self.cleanChanged.emit(self.is_clean())
