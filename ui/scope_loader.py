"""Loading what the map shows off the UI thread, newest request wins.

The window asks for a scope; the loader runs a ``workers.LoadLayerJob`` and passes on
the results of the latest request only (a planner clicking through provinces sees the
last one, not a flicker of each).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from model.errors import PlannerError
from model.regions import Scope
from model.sectors import Taxonomy
from ui import workers


class ScopeLoader(QObject):
    """Loads scopes on the thread pool and reports the latest one's regions, then its parks."""

    progress = Signal(int)  # percent
    loaded = Signal(object)  # workers.LoadedScope
    parksLoaded = Signal(object)  # workers.LoadedParks
    failed = Signal(object)  # PlannerError
    cacheRebuilt = Signal()  # a damaged boundary cache was rebuilt (reported even for stale requests)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ticket = 0
        self._jobs: dict[int, workers.LoadLayerJob] = {}

    def load(self, scope: Scope, taxonomy: Taxonomy) -> None:
        """Start loading a scope; earlier requests still running become stale."""
        self.ticket += 1
        job = workers.LoadLayerJob(self.ticket, scope, taxonomy)
        job.signals.progress.connect(self._progress)
        job.signals.loaded.connect(self._loaded)
        job.signals.parks_loaded.connect(self._parks_loaded)
        job.signals.failed.connect(self.fail)
        self._jobs[self.ticket] = job
        workers.start(job)

    def _progress(self, ticket: int, percent: int) -> None:
        if ticket == self.ticket:
            self.progress.emit(percent)

    def _loaded(self, ticket: int, loaded: workers.LoadedScope) -> None:
        if ticket == self.ticket:
            self.loaded.emit(loaded)
            if loaded.cache_rebuilt:
                self.cacheRebuilt.emit()

    def _parks_loaded(self, ticket: int, loaded: workers.LoadedParks) -> None:
        self._jobs.pop(ticket, None)
        if loaded.cache_rebuilt:
            self.cacheRebuilt.emit()
        if ticket == self.ticket:
            self.parksLoaded.emit(loaded)

    def fail(self, ticket: int, error: PlannerError) -> None:
        """A request failed; reported when it is the latest."""
        self._jobs.pop(ticket, None)
        if ticket == self.ticket:
            self.failed.emit(error)
