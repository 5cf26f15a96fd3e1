"""Loading what the map shows off the UI thread, newest request wins.

The window asks for a scope; the loader loads its regions (with the coarsest level of
detail ready to draw), then its parks, and passes on the results of the latest request
only (a planner clicking through provinces sees the last one, not a flicker of each).
Both steps are ``ui.jobs`` jobs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from maps.boundaries import RegionLayer, load_region_layer, store_display_levels
from maps.cnmaps_source import CnmapsSource
from maps.park_layers import load_scope_parks, parks_provinces, place_names
from model.park_import import ImportResult
from model.regions import Level, Scope
from model.sectors import Taxonomy
from ui.jobs import Jobs, Progress


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


def load_scope_layer(scope: Scope, progress: Progress) -> LoadedScope:
    """A scope's region layer with its coarsest level of detail ready to draw."""
    layer = load_region_layer(scope, progress=lambda f: progress.report(f * 0.9))
    coarsest = layer.display.tolerances[0]
    if not layer.display.has(coarsest):
        layer.display.level(coarsest)
        store_display_levels(layer)
    parents = CnmapsSource().parent_names(scope.province, scope.level)
    progress.report(1.0)
    return LoadedScope(layer, parents, layer.cache_rebuilt)


def load_parks_of(scope: Scope, taxonomy: Taxonomy) -> LoadedParks:
    """The embedded parks a scope shows, with the names of the places they lie in. The city
    and county layers they are placed on are loaded first, so that a damaged cache rebuilt on
    the way is reported too (each is milliseconds when cached)."""
    source = CnmapsSource()
    provinces = parks_provinces(scope.province, source)
    rebuilt = any(
        load_region_layer(Scope(province, level), source).cache_rebuilt
        for province in provinces
        for level in (Level.CITY, Level.COUNTY)
    )
    parks = load_scope_parks(scope.province, taxonomy)
    return LoadedParks(parks, place_names(provinces, source), rebuilt)


class ScopeLoader(QObject):
    """Loads scopes off the UI thread and reports the latest one's regions, then its parks."""

    progress = Signal(int)  # percent
    loaded = Signal(object)  # LoadedScope
    parksLoaded = Signal(object)  # LoadedParks
    failed = Signal(object)  # PlannerError
    cacheRebuilt = Signal()  # a damaged boundary cache was rebuilt

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layers = Jobs(self)
        self.parks = Jobs(self)
        self._request: tuple[Scope, Taxonomy] | None = None
        self.layers.progress.connect(lambda f: self.progress.emit(int(f * 100)))
        self.layers.done.connect(self._loaded)
        self.parks.done.connect(self._parks_loaded)
        for jobs in (self.layers, self.parks):
            jobs.failed.connect(self.failed)
            # a stale load that rebuilt a damaged cache is still worth saying: the next load
            # finds the cache whole and would not tell
            jobs.outrun.connect(self._report_rebuilt)

    @property
    def busy(self) -> bool:
        """Whether a scope is loading."""
        return self.layers.busy or self.parks.busy

    def load(self, scope: Scope, taxonomy: Taxonomy) -> None:
        """Start loading a scope; earlier requests still running become stale."""
        self._request = (scope, taxonomy)
        self.parks.ticket += 1  # a park load of an earlier request no longer counts
        self.layers.start(lambda progress: load_scope_layer(scope, progress))

    def _report_rebuilt(self, loaded: LoadedScope | LoadedParks) -> None:
        if loaded.cache_rebuilt:
            self.cacheRebuilt.emit()

    def _loaded(self, loaded: LoadedScope) -> None:
        self.loaded.emit(loaded)
        self._report_rebuilt(loaded)
        scope, taxonomy = self._request
        self.parks.start(lambda progress: load_parks_of(scope, taxonomy))

    def _parks_loaded(self, loaded: LoadedParks) -> None:
        self._report_rebuilt(loaded)
        self.parksLoaded.emit(loaded)
