"""What differs between two scenarios: every role cell and every park that changed, and
the indicators of both plans side by side.

Used by the comparison window and its export. Both scenarios are judged on their own
analysis (their parks and settings may differ); the indicators compared are the plans'
values, not their baselines.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from model.plan import PlanResult, Role, RoleEntry
from model.scenario import Scenario

# The park attributes a planner edits, in the order a difference is listed.
PARK_FIELDS = ("name_zh", "name_en", "level", "kind", "sectors_text", "area_ha", "approved")
PLACE_FIELDS = ("lon", "lat", "region_id", "county_id", "location_precision")
ROLE_COLUMNS = ["region", "sector", "role_a", "role_b", "note_a", "note_b"]
PARK_COLUMNS = ["park", "name", "change", "field", "value_a", "value_b"]
INDICATOR_COLUMNS = ["indicator", "value_a", "value_b", "delta"]
UNSET = RoleEntry(Role.UNSET)


def role_changes(a: Scenario, b: Scenario) -> pd.DataFrame:
    """One row per role cell that differs (role or note), sorted by region and sector."""
    rows = []
    for key in sorted(set(a.roles) | set(b.roles)):
        old, new = a.roles.get(key, UNSET), b.roles.get(key, UNSET)
        if old != new:
            rows.append([*key, old.role.value, new.role.value, old.note, new.note])
    return pd.DataFrame(rows, columns=ROLE_COLUMNS)


def park_changes(a: Scenario, b: Scenario) -> pd.DataFrame:
    """One row per park added, deleted or moved, and per attribute changed.

    ``change`` is added, deleted, moved or changed; a move's values are "lon, lat"; ``field``
    names the attribute of a change.
    """
    left = a.parks.set_index(a.parks["id"].astype(str))
    right = b.parks.set_index(b.parks["id"].astype(str))
    rows = []
    for park in left.index.difference(right.index, sort=False):
        rows.append([park, left.at[park, "name_zh"], "deleted", "", "", ""])
    for park in right.index.difference(left.index, sort=False):
        rows.append([park, right.at[park, "name_zh"], "added", "", "", ""])
    for park in left.index.intersection(right.index, sort=False):
        old, new = left.loc[park], right.loc[park]
        if any(not _same(old.get(f), new.get(f)) for f in PLACE_FIELDS):
            rows.append([park, new["name_zh"], "moved", "location", _place(old), _place(new)])
        for name in PARK_FIELDS:
            if name in left.columns and not _same(old.get(name), new.get(name)):
                rows.append([park, new["name_zh"], "changed", name, _text(old[name]), _text(new[name])])
    return pd.DataFrame(rows, columns=PARK_COLUMNS)


def indicator_deltas(plan_a: PlanResult, plan_b: PlanResult) -> pd.DataFrame:
    """Each indicator under both plans, and the change from a to b."""
    rows = []
    for key, (_, value_a) in plan_a.indicators.items():
        value_b = plan_b.indicators.get(key, (math.nan, math.nan))[1]
        rows.append([key, value_a, value_b, value_b - value_a])
    return pd.DataFrame(rows, columns=INDICATOR_COLUMNS)


def _same(old: object, new: object) -> bool:
    if _missing(old) and _missing(new):
        return True
    if isinstance(old, float | np.floating) and isinstance(new, float | np.floating):
        return bool(np.isclose(old, new, rtol=0, atol=1e-9))
    return old == new


def _missing(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, float | np.floating) and math.isnan(value))


def _text(value: object) -> str:
    return "" if _missing(value) else str(value)


def _place(park: pd.Series) -> str:
    return f"{float(park['lon']):.5f}, {float(park['lat']):.5f}"
