"""Work off the UI thread, one way for every kind: a ticketed job whose result or failure
reaches the UI thread as a signal.

``Jobs`` runs functions on a small pool of Python threads. Each ``start`` gets a ticket;
with ``latest_only`` (loading a scope, analysing, importing) the result of an older ticket
is dropped when a newer one was started, so a planner clicking through provinces sees the
last one. The work function is given a ``Progress``: it reports fractions and asks whether
it was cancelled (an export stops between pages). A ``PlannerError`` reaches ``failed`` as
it is; anything unforeseen is logged and reaches ``failed`` as an ``InternalError``.

Why Python threads and not QThreadPool: its threads are not Python threads, so each run gets
a fresh Python thread state, and pyproj keeps its per-thread PROJ context there; the second
job on the same pool thread then crashed inside ``proj_create`` (reproduced with PySide6
6.11). Python's own pool keeps one thread state per thread for the life of the thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from model.errors import PlannerError

_pool: ThreadPoolExecutor | None = None


def _submit(run: Callable[[], None]) -> None:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="cluster-planner")
    _pool.submit(run)


class Progress:
    """What a job's work function is handed: report progress, notice a cancel."""

    def __init__(self, report: Callable[[float], None], cancel: threading.Event) -> None:
        self._report, self._cancel = report, cancel

    def report(self, fraction: float) -> None:
        """How far the work is (0–1)."""
        self._report(fraction)

    @property
    def cancelled(self) -> bool:
        """Whether the planner asked to stop."""
        return self._cancel.is_set()


class _Signals(QObject):
    progress = Signal(int, float)
    done = Signal(int, object)
    failed = Signal(int, object)


class Jobs(QObject):
    """Background jobs of one purpose, reporting on the UI thread."""

    progress = Signal(float)  # 0–1, of the job whose results count
    done = Signal(object)  # the work function's result
    outrun = Signal(object)  # the result of a job a newer one made stale (latest_only)
    failed = Signal(object)  # PlannerError (InternalError for the unforeseen)

    def __init__(self, parent: QObject | None = None, latest_only: bool = True) -> None:
        super().__init__(parent)
        self.latest_only = latest_only
        self.ticket = 0
        self._running: dict[int, threading.Event] = {}
        self._signals = _Signals(self)
        self._signals.progress.connect(self._progress)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        """Whether a job is running."""
        return bool(self._running)

    def start(self, work: Callable[[Progress], Any]) -> int:
        """Run ``work(progress)`` off the UI thread; its ticket."""
        self.ticket += 1
        ticket, cancel = self.ticket, threading.Event()
        self._running[ticket] = cancel
        signals = self._signals
        progress = Progress(lambda f: signals.progress.emit(ticket, float(f)), cancel)

        def run() -> None:
            try:
                signals.done.emit(ticket, work(progress))
            except PlannerError as exc:
                signals.failed.emit(ticket, exc)
            except Exception as exc:  # a bug still reaches the planner as a message, with a log
                from ui.internal_errors import internal_error

                signals.failed.emit(ticket, internal_error(exc))

        _submit(run)
        return ticket

    def run_here(self, work: Callable[[Progress], Any]) -> None:
        """Do the work at once on this thread (small inputs), reporting the same way."""
        self.ticket += 1
        ticket = self.ticket
        try:
            result = work(Progress(lambda f: None, threading.Event()))
        except PlannerError as exc:
            self._failed(ticket, exc)
            return
        self._done(ticket, result)

    def cancel(self) -> None:
        """Ask every running job to stop (those that look at ``Progress.cancelled``)."""
        for event in self._running.values():
            event.set()

    def _counts(self, ticket: int) -> bool:
        return not self.latest_only or ticket == self.ticket

    def _progress(self, ticket: int, fraction: float) -> None:
        if self._counts(ticket):
            self.progress.emit(fraction)

    def _done(self, ticket: int, result: object) -> None:
        self._running.pop(ticket, None)
        if self._counts(ticket):
            self.done.emit(result)
        else:
            self.outrun.emit(result)

    def _failed(self, ticket: int, error: object) -> None:
        self._running.pop(ticket, None)
        if self._counts(ticket):
            self.failed.emit(error)
