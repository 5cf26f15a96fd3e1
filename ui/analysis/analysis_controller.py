"""Keeps the duplication analysis in step with the session.

It listens to the kinds of change an analysis depends on — the regions, the parks, the
analysis settings, neighbour links, the taxonomy, another scenario — and recomputes: at
once for small layers (a few milliseconds), off the UI thread for large ones (the whole
country), newest request winning. A role edit does not reach it. Listeners get
``changed(Analysis)``. The settings last used are kept in the planner's settings file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from maps.analysis import run_analysis
from model.analysis_files import read_statistics
from model.changes import Change
from model.duplication import Analysis, RegionItems
from model.errors import PlannerError
from model.session import Session
from ui.jobs import Jobs
from ui.settings import AppSettings

INLINE_REGIONS = 400  # above this many regions the analysis runs off the UI thread
INPUTS = frozenset(
    {Change.LAYER, Change.PARKS, Change.SETTINGS, Change.LINKS, Change.TAXONOMY, Change.SCENARIO}
)


class AnalysisController(QObject):
    """The current analysis of the session's work."""

    changed = Signal(object)  # Analysis
    failed = Signal(object)  # PlannerError

    def __init__(self, session: Session, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.app_settings = settings
        self.analysis: Analysis | None = None
        self.statistics_path: Path | None = None  # a region × sector table replacing park weights
        self._statistics: RegionItems | None = None
        self.jobs = Jobs(self)
        self.jobs.done.connect(self._done)
        self.jobs.failed.connect(self.failed)
        session.subscribe(INPUTS, self._inputs_changed)

    @property
    def settings(self):
        """The analysis settings of the scenario shown."""
        return self.session.settings

    @property
    def busy(self) -> bool:
        """Whether an analysis is running off the UI thread."""
        return self.jobs.busy

    @property
    def statistics_table(self) -> RegionItems | None:
        """The region × sector statistics in use, None when sectors are weighed by the parks."""
        return self._statistics

    def set_statistics(self, path: Path | None) -> None:
        """Weigh sectors by a region × sector statistics table (None: by the parks again)."""
        self.statistics_path = path
        self._read_statistics()
        self.recompute()

    def _inputs_changed(self, changes: frozenset[Change]) -> None:
        if Change.LAYER in changes or Change.TAXONOMY in changes:
            self._read_statistics()  # read against the regions and the sectors, not the parks
        if changes & {Change.SETTINGS, Change.LINKS, Change.SCENARIO} and self.session.current is not None:
            self.app_settings.set_analysis_settings(self.session.settings)
        self.recompute()

    def _read_statistics(self) -> None:
        """Read the statistics table for the regions shown; a table that does not fit them is
        dropped with a message (the parks weigh again)."""
        self._statistics = None
        layer = self.session.layer
        if self.statistics_path is None or layer is None:
            return
        try:
            self._statistics = read_statistics(self.statistics_path, layer.regions, self.session.taxonomy)
        except PlannerError as exc:
            self.statistics_path = None
            self.failed.emit(exc)

    def recompute(self) -> None:
        """Run the analysis on the session's current work."""
        session = self.session
        if session.layer is None or session.current is None:
            self.analysis = None
            return
        layer, parks, taxonomy = session.layer, session.parks, session.taxonomy
        settings, statistics = session.settings, self._statistics

        def work(progress):
            return run_analysis(layer, parks, taxonomy, settings, statistics)

        if len(layer) <= INLINE_REGIONS:
            self.jobs.run_here(work)
        else:
            self.jobs.start(work)

    def _done(self, analysis: Analysis) -> None:
        layer = self.session.layer
        if layer is None or len(analysis.region_ids) != len(layer):
            return  # computed for regions no longer shown
        self.analysis = analysis
        self.changed.emit(analysis)
