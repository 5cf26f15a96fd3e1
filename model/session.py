"""The session: the one owner of what a planner works on.

It holds the region layer shown, the taxonomy (built-in, the planner's additions, the open
project's), the baseline parks and the scenarios — the current scenario's parks are *the*
parks table, there is no copy elsewhere —, the selection, and where the parks came from.
Nothing outside changes these but through it: edits are commands (``model.commands``),
done and undone here, and everything else has a method. After every change the session
tells its listeners what kind of thing changed (``Change``); a listener subscribes to the
kinds it draws, and hears nothing else. No Qt here (an import-linter contract says so):
the window's undo stacks, docks and map are listeners and callers, never owners.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

import pandas as pd

from model.analysis_settings import AnalysisSettings
from model.changes import SCENARIO_CHANGES, Change
from model.commands import Command, merge_steps
from model.parks import empty_parks
from model.scenario import Scenario
from model.sectors import Taxonomy
from model.taxonomy_layers import TaxonomyConflict, TaxonomyLayer, compose_taxonomy


class RegionLayer(Protocol):
    """What the session needs of a region layer (``maps.boundaries.RegionLayer``)."""

    regions: pd.DataFrame
    scope: Any

    def __len__(self) -> int: ...


Listener = Callable[[frozenset[Change]], None]


@dataclass
class Selection:
    """The region and the park the planner selected (rows of the layer and of the parks)."""

    region: int | None = None
    park: int | None = None


@dataclass
class Session:
    """Everything a planner works on, and the listeners of its changes."""

    base_taxonomy: Taxonomy = field(default_factory=Taxonomy.load)
    layer: RegionLayer | None = None
    parents: dict[str, tuple[str, str]] = field(default_factory=dict)  # parent adcode → names
    place_names: dict[str, tuple[str, str]] = field(default_factory=dict)  # city/county → names
    baseline: pd.DataFrame = field(default_factory=empty_parks)
    scenarios: list[Scenario] = field(default_factory=list)
    current: Scenario | None = None
    parks_source: str | None = None  # the imported file the baseline came from; None: embedded
    selection: Selection = field(default_factory=Selection)
    settings_layer: TaxonomyLayer = field(default_factory=lambda: TaxonomyLayer("settings"))
    project_layer: TaxonomyLayer | None = None
    unsaved_structure: bool = False  # a change no undo stack records (a scenario renamed …)

    def __post_init__(self) -> None:
        self._listeners: list[tuple[frozenset[Change], Listener]] = []
        self.taxonomy, self.taxonomy_conflicts, self.taxonomy_additions = compose_taxonomy(
            self.base_taxonomy, [self.settings_layer]
        )

    # -- listeners ----------------------------------------------------------------------------
    def subscribe(self, kinds: Iterable[Change], listener: Listener) -> Listener:
        """Call ``listener(changes)`` after every change of one of these kinds."""
        self._listeners.append((frozenset(kinds), listener))
        return listener

    def unsubscribe(self, listener: Listener) -> None:
        """Stop telling a listener."""
        self._listeners = [(k, f) for k, f in self._listeners if f is not listener]

    def notify(self, changes: Iterable[Change]) -> None:
        """Tell the listeners that asked for any of these kinds (in the order they subscribed)."""
        changes = frozenset(changes)
        for kinds, listener in list(self._listeners):
            if kinds & changes:
                listener(changes)

    # -- what is shown ------------------------------------------------------------------------
    @property
    def parks(self) -> pd.DataFrame:
        """The parks table: the current scenario's (the baseline while there is no scenario)."""
        return self.current.parks if self.current is not None else self.baseline

    @property
    def settings(self) -> AnalysisSettings:
        """The current scenario's analysis settings."""
        return self.current.settings if self.current is not None else AnalysisSettings()

    def show_layer(self, layer: RegionLayer, parents: dict, place_names: dict | None = None) -> None:
        """Other regions on the map: new work begins (no scenario until ``start``), the
        selection is cleared."""
        self.layer, self.parents = layer, dict(parents)
        if place_names is not None:
            self.place_names = dict(place_names)
        self.selection = Selection()
        self.baseline, self.scenarios, self.current = empty_parks(), [], None
        self.parks_source = None
        self.notify({Change.LAYER, Change.SELECTION, Change.SCENARIOS, *SCENARIO_CHANGES})

    def start(
        self,
        baseline: pd.DataFrame,
        settings: AnalysisSettings,
        scenarios: list[Scenario] | None = None,
        current: str = "",
        first_name: str = "Scenario 1",
        parks_source: str | None = None,
    ) -> None:
        """New work: these scenarios (or one fresh one on the baseline), nothing unsaved."""
        self.baseline = baseline.copy()
        self.scenarios = list(scenarios) if scenarios else [Scenario(first_name, baseline.copy(), settings)]
        shown = current if current in {s.name for s in self.scenarios} else self.scenarios[0].name
        self.current = next(s for s in self.scenarios if s.name == shown)
        self.parks_source = parks_source
        self.selection.park = None
        self.unsaved_structure = False
        self.notify({*SCENARIO_CHANGES, Change.SCENARIOS, Change.SELECTION, Change.SAVED})

    # -- the taxonomy ---------------------------------------------------------------------------
    def use_taxonomy_layers(
        self, settings: TaxonomyLayer, project: TaxonomyLayer | None = None
    ) -> list[TaxonomyConflict]:
        """The planner's additions and the open project's (None: no project's); every scenario
        and the baseline read their parks' declarations again. The additions not applied."""
        self.settings_layer, self.project_layer = settings, project
        layers = [settings, *([project] if project is not None else [])]
        self.taxonomy, self.taxonomy_conflicts, self.taxonomy_additions = compose_taxonomy(
            self.base_taxonomy, layers
        )
        self.baseline = self.read_sectors(self.baseline)
        for scenario in self.scenarios:
            scenario.parks = self.read_sectors(scenario.parks)
        self.notify({Change.TAXONOMY, Change.PARKS})
        return self.taxonomy_conflicts

    def read_sectors(self, parks: pd.DataFrame) -> pd.DataFrame:
        """Parks with their sector codes read again from their declarations (only the rows
        whose codes change are touched: a table nothing changes in is returned as it is)."""
        if parks.empty:
            return parks
        codes = [";".join(self.taxonomy.read(text).codes) for text in parks["sectors_text"].astype(str)]
        if list(parks["sectors"].astype(str)) == codes:
            return parks
        parks = parks.copy()
        parks["sectors"] = codes
        return parks

    # -- edits -------------------------------------------------------------------------------------
    def do(self, scenario: Scenario, command: Command) -> None:
        """Do an edit of a scenario and tell what it touched (when it is the one shown)."""
        command.do(scenario)
        self._changed(scenario, command.touches())

    def undo(self, scenario: Scenario, command: Command) -> None:
        """Take an edit back."""
        command.undo(scenario)
        self._changed(scenario, command.touches())

    def merge(self, scenario: Scenario, last: Command, new: Command) -> bool:
        """Fold a just-done edit into the previous one (a drag is one step); True if it was."""
        if not merge_steps(last, new, scenario):
            return False
        self._changed(scenario, last.touches())
        return True

    def _changed(self, scenario: Scenario, touched: frozenset[Change]) -> None:
        if scenario is self.current:
            self.notify(touched)

    # -- scenarios -----------------------------------------------------------------------------
    def scenario(self, name: str) -> Scenario:
        """A scenario by name; KeyError when there is none."""
        for scenario in self.scenarios:
            if scenario.name == name:
                return scenario
        raise KeyError(name)

    def switch(self, name: str) -> None:
        """Show another scenario."""
        scenario = self.scenario(name)
        if scenario is not self.current:
            self.current = scenario
            self.selection.park = None
            self.notify({*SCENARIO_CHANGES, Change.SELECTION})

    def duplicate(self, name: str) -> Scenario:
        """A copy of the scenario shown under a new name, then shown."""
        copy = self.current.copy(self.unique_name(name))
        self.scenarios.append(copy)
        self._structure_changed()
        self.switch(copy.name)
        return copy

    def rename(self, name: str) -> None:
        """Rename the scenario shown (to a name no other scenario has)."""
        self.current.name = self.unique_name(name)
        self._structure_changed()

    def remove(self) -> bool:
        """Delete the scenario shown (never the last one); whether it was deleted."""
        if len(self.scenarios) < 2:
            return False
        self.scenarios.remove(self.current)
        self.current = None
        self._structure_changed()
        self.switch(self.scenarios[0].name)
        return True

    def unique_name(self, base: str) -> str:
        """``base``, or ``base (2)`` … so that no two scenarios share a name."""
        names = {s.name for s in self.scenarios}
        if base not in names:
            return base
        number = 2
        while f"{base} ({number})" in names:
            number += 1
        return f"{base} ({number})"

    def _structure_changed(self) -> None:
        self.unsaved_structure = True
        self.notify({Change.SCENARIOS, Change.SAVED})

    def mark_saved(self) -> None:
        """The work as it is now is saved (the undo stacks keep their own clean mark)."""
        self.unsaved_structure = False
        self.notify({Change.SAVED})

    # -- the selection -----------------------------------------------------------------------------
    def select_region(self, row: int | None) -> None:
        """Select a region by row (None clears)."""
        self.selection.region = row
        self.notify({Change.SELECTION})

    def select_park(self, row: int | None) -> None:
        """Select a park by row of the parks table (None clears)."""
        self.selection.park = row
        self.notify({Change.SELECTION})
