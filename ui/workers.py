"""Work off the UI thread: loading region layers and computing map detail.

Each job runs on a small pool of Python threads and reports through Qt signals,
which Qt queues to the UI thread, so the window keeps painting. A newer request
makes an older one's result stale; the receiver drops stale results by ticket.

Why not QThreadPool: its threads are not Python threads, so each run gets a fresh
Python thread state, and pyproj keeps its per-thread PROJ context there; the
second job on the same pool thread then crashed inside ``proj_create``
(reproduced with PySide6 6.11, both with and without the window). Python's own
pool keeps one thread state per thread for the life of the thread.
"""

from __future__ import annotations

import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from maps.boundaries import RegionLayer, load_region_layer, store_display_levels
from maps.cnmaps_source import CnmapsSource
from maps.park_layers import load_parks, load_scope_parks, parks_provinces, place_names
from model.errors import PlannerError
from model.park_import import ImportResult
from model.regions import Level, Province, Scope
from model.sectors import Taxonomy


@dataclass
class LoadedScope:
    """The regions of a scope, loaded off the UI thread (its parks follow: ``LoadedParks``)."""

    layer: RegionLayer
    parents: dict[str, tuple[str, str]]  # parent adcode → (name_zh, name_en)
    cache_rebuilt: bool  # a damaged boundary cache was rebuilt on the way


@dataclass
class LoadedParks:
    """The parks a scope shows, loaded right after its regions."""

    parks: ImportResult
    place_names: dict[str, tuple[str, str]]  # city and county adcode → (name_zh, name_en)
    cache_rebuilt: bool  # the city or county layers they sit on had a damaged cache


class LoadSignals(QObject):
    """Signals of a layer load: progress (0–100), the layer, or a failure."""

    progress = Signal(int, int)  # ticket, percent
    loaded = Signal(int, object)  # ticket, LoadedScope: the map can be drawn
    parks_loaded = Signal(int, object)  # ticket, LoadedParks: then its parks
    failed = Signal(int, object)  # ticket, PlannerError


class LoadLayerJob:
    """Load one scope's region layer, with its coarsest level of detail ready to draw."""

    def __init__(self, ticket: int, scope: Scope, taxonomy: Taxonomy) -> None:
        self.ticket = ticket
        self.scope = scope
        self.taxonomy = taxonomy
        self.signals = LoadSignals()

    def run(self) -> None:
        """Runs on a pool thread."""
        try:
            layer = load_region_layer(
                self.scope, progress=lambda f: self.signals.progress.emit(self.ticket, int(f * 90))
            )
            coarsest = layer.display.tolerances[0]
            if not layer.display.has(coarsest):
                layer.display.level(coarsest)
                store_display_levels(layer)
            source = CnmapsSource()
            parents = source.parent_names(self.scope.province, self.scope.level)
            self.signals.progress.emit(self.ticket, 100)
            self.signals.loaded.emit(self.ticket, LoadedScope(layer, parents, layer.cache_rebuilt))
            # Parks are placed on the city and county layers; load them here first so that a
            # damaged cache rebuilt on the way is reported too (each is milliseconds when cached).
            provinces = parks_provinces(self.scope.province, source)
            rebuilt = any(
                load_region_layer(Scope(province, level), source).cache_rebuilt
                for province in provinces
                for level in (Level.CITY, Level.COUNTY)
            )
            parks = load_scope_parks(self.scope.province, self.taxonomy)
            names = place_names(provinces, source)
            self.signals.parks_loaded.emit(self.ticket, LoadedParks(parks, names, rebuilt))
        except PlannerError as exc:
            self.signals.failed.emit(self.ticket, exc)
        except Exception as exc:  # a bug must still reach the user as a message, not kill the thread
            traceback.print_exc()
            self.signals.failed.emit(self.ticket, PlannerError(reason=repr(exc)))


class ImportSignals(QObject):
    """Signals of a park file import."""

    done = Signal(object)  # ImportResult
    failed = Signal(object)  # PlannerError


class ImportParksJob:
    """Read a planner's park file for a province (placing parks on its regions)."""

    def __init__(
        self, path: Path, province: Province, taxonomy: Taxonomy, columns: dict | None, coordinates: str
    ) -> None:
        self.path = path
        self.province = province
        self.taxonomy = taxonomy
        self.columns = columns
        self.coordinates = coordinates
        self.signals = ImportSignals()

    def run(self) -> None:
        """Runs on a pool thread."""
        try:
            result = load_parks(
                self.province, self.path, self.taxonomy, columns=self.columns, coordinates=self.coordinates
            )
            self.signals.done.emit(result)
        except PlannerError as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # a bug must still reach the user as a message
            traceback.print_exc()
            self.signals.failed.emit(PlannerError(reason=repr(exc)))


class DetailSignals(QObject):
    """Signal of a finished level of detail."""

    ready = Signal(object, float)  # RegionLayer, tolerance


class DetailJob:
    """Compute one level of detail of a layer and keep it in the cache."""

    def __init__(self, layer: RegionLayer, tolerance: float) -> None:
        self.layer = layer
        self.tolerance = tolerance
        self.signals = DetailSignals()

    def run(self) -> None:
        """Runs on a pool thread."""
        try:
            self.layer.display.level(self.tolerance)
            store_display_levels(self.layer)
        except Exception:  # the coarser level stays on screen; say why on the console
            traceback.print_exc()
            return
        self.signals.ready.emit(self.layer, self.tolerance)


_pool: ThreadPoolExecutor | None = None


def start(job: LoadLayerJob | DetailJob | ImportParksJob) -> None:
    """Queue a job on the background threads."""
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="cluster-planner")
    _pool.submit(job.run)
