"""Keeps the duplication analysis in step with what the window shows.

Whenever the regions, the parks or the analysis settings change, the analysis is
recomputed: at once for small layers (a few milliseconds), on the thread pool for large
ones (the whole country), newest request winning. Listeners get ``changed(Analysis)``.
The settings are kept in the planner's settings file.
"""

from __future__ import annotations

import traceback
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QObject, Signal

from maps.analysis import run_analysis
from maps.boundaries import RegionLayer
from model.analysis_files import read_statistics
from model.duplication import Analysis, RegionItems
from model.errors import PlannerError
from model.sectors import Taxonomy
from ui import workers
from ui.settings import AppSettings

INLINE_REGIONS = 400  # above this many regions the analysis runs off the UI thread


class _AnalysisSignals(QObject):
    done = Signal(int, object)  # ticket, Analysis
    failed = Signal(int, object)  # ticket, PlannerError


class AnalysisJob:
    """One analysis run on a pool thread."""

    def __init__(
        self, ticket: int, layer: RegionLayer, parks: pd.DataFrame, taxonomy: Taxonomy, settings, statistics
    ) -> None:
        self.ticket, self.layer, self.parks, self.taxonomy, self.settings = (
            ticket,
            layer,
            parks,
            taxonomy,
            settings,
        )
        self.statistics = statistics
        self.signals = _AnalysisSignals()

    def run(self) -> None:
        """Runs on a pool thread."""
        try:
            analysis = run_analysis(self.layer, self.parks, self.taxonomy, self.settings, self.statistics)
            self.signals.done.emit(self.ticket, analysis)
        except PlannerError as exc:
            self.signals.failed.emit(self.ticket, exc)
        except Exception as exc:  # a bug must still reach the user as a message
            traceback.print_exc()
            self.signals.failed.emit(self.ticket, PlannerError(reason=repr(exc)))


class AnalysisController(QObject):
    """The current analysis of a window: inputs, settings, result."""

    changed = Signal(object)  # Analysis
    failed = Signal(object)  # PlannerError

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_settings = settings
        self.settings = settings.analysis_settings()
        self.analysis: Analysis | None = None
        self._inputs: tuple | None = None
        self.statistics_path: Path | None = None  # a region × sector table replacing park weights
        self._statistics: RegionItems | None = None
        self._ticket = 0
        self._jobs: dict[int, AnalysisJob] = {}

    def set_inputs(self, layer: RegionLayer | None, parks: pd.DataFrame | None, taxonomy: Taxonomy) -> None:
        """Analyse these regions and parks (None: nothing to analyse yet)."""
        regions_changed = self._inputs is None or layer is None or self._inputs[0] is not layer
        self._inputs = None if layer is None or parks is None else (layer, parks, taxonomy)
        if regions_changed:  # a statistics table is read against the regions, not the parks
            self._read_statistics()
        self.recompute()

    @property
    def busy(self) -> bool:
        """Whether an analysis is running off the UI thread."""
        return bool(self._jobs)

    @property
    def statistics_table(self) -> RegionItems | None:
        """The region × sector statistics in use, None when sectors are weighed by the parks."""
        return self._statistics

    def set_statistics(self, path: Path | None) -> None:
        """Weigh sectors by a region × sector statistics table (None: by the parks again)."""
        self.statistics_path = path
        self._read_statistics()
        self.recompute()

    def _read_statistics(self) -> None:
        """Read the statistics table for the regions shown; a table that does not fit them is
        dropped with a message (the parks weigh again)."""
        self._statistics = None
        if self.statistics_path is None or self._inputs is None:
            return
        layer, _, taxonomy = self._inputs
        try:
            self._statistics = read_statistics(self.statistics_path, layer.regions, taxonomy)
        except PlannerError as exc:
            self.statistics_path = None
            self.failed.emit(exc)

    def recompute(self) -> None:
        """Run the analysis on the current inputs."""
        self._ticket += 1
        if self._inputs is None:
            self.analysis = None
            return
        layer, parks, taxonomy = self._inputs
        if len(layer) <= INLINE_REGIONS:
            try:
                self._done(
                    self._ticket, run_analysis(layer, parks, taxonomy, self.settings, self._statistics)
                )
            except PlannerError as exc:
                self.failed.emit(exc)
            return
        job = AnalysisJob(self._ticket, layer, parks, taxonomy, self.settings, self._statistics)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._jobs[self._ticket] = job
        workers.start(job)

    def _done(self, ticket: int, analysis: Analysis) -> None:
        self._jobs.pop(ticket, None)
        if ticket == self._ticket:
            self.analysis = analysis
            self.changed.emit(analysis)

    def _failed(self, ticket: int, error: PlannerError) -> None:
        self._jobs.pop(ticket, None)
        if ticket == self._ticket:
            self.failed.emit(error)
