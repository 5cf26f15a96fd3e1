"""The kinds of change the session announces, and each command declares it makes.

A listener subscribes to the kinds it draws (the conflicts table to parks, links, settings
and taxonomy; the role board to roles too), so that a role edit never recomputes the
analysis and a park move never rebuilds the role board's columns for nothing.
"""

from __future__ import annotations

import enum


class Change(enum.StrEnum):
    """What kind of thing changed, for listeners to decide whether to redraw."""

    LAYER = "layer"  # other regions are shown
    PARKS = "parks"  # the current scenario's parks
    ROLES = "roles"  # the current scenario's roles
    LINKS = "links"  # neighbour links added or cut by hand
    SETTINGS = "settings"  # the current scenario's analysis settings
    TAXONOMY = "taxonomy"  # sectors or term mappings (and so the parks' sector codes)
    SCENARIO = "scenario"  # another scenario is shown
    SCENARIOS = "scenarios"  # a scenario was added, renamed or removed
    SELECTION = "selection"  # the selected region or park
    SAVED = "saved"  # the work was saved, or has unsaved changes again


EVERYTHING = frozenset(Change)
# What a new scenario being shown changes for its listeners.
SCENARIO_CHANGES = frozenset({Change.SCENARIO, Change.PARKS, Change.ROLES, Change.LINKS, Change.SETTINGS})
