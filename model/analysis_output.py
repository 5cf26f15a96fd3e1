"""The ``analyze`` command's output: the analysis as tables and as one JSON object.

The JSON object has the keys of the command-line contract (``regions``, ``neighbours``,
``duplicates``, ``pairs``, ``settings``) and adds ``items`` (the sectors compared, with
names) and ``summary``. Region ids are the layer's ids (adcodes), sector codes the items
the comparison used, so ``parks`` and ``analyze`` outputs join on them.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from model.duplication import Analysis
from model.plan import PlanResult
from model.sectors import Taxonomy

TABLES = ("regions", "neighbours", "duplicates", "pairs", "items", "settings")
PLAN_TABLES = ("conflicts", "indicators")


def analysis_tables(
    analysis: Analysis, regions: pd.DataFrame, taxonomy: Taxonomy, scope: dict
) -> dict[str, pd.DataFrame]:
    """Every output table; ``regions`` is the layer's region table, ``scope`` what was analysed."""
    ids = analysis.region_ids
    region_table = pd.DataFrame(
        {
            "id": ids,
            "name_zh": regions["name_zh"].astype(str).to_numpy(),
            "name_en": regions["name_en"].astype(str).to_numpy(),
            "neighbours": analysis.graph.counts(),
            "duplicated_sectors": analysis.duplicated_items(),
        }
    )
    neighbours = pd.DataFrame(analysis.graph.id_pairs(), columns=["a", "b"])
    # Full precision: a script applying its own threshold must see what the analysis saw.
    duplicates = analysis.duplicates_table()
    pairs = analysis.pairs_table()
    items = pd.DataFrame(
        {
            "code": analysis.items,
            "name_zh": [_name(taxonomy, c, "zh") for c in analysis.items],
            "name_en": [_name(taxonomy, c, "en") for c in analysis.items],
            "group": [taxonomy.group_of(c) for c in analysis.items],
            "regions_focused": analysis.focus.sum(axis=0) if len(analysis.items) else [],
        }
    )
    settings = {**scope, **_flat(analysis.settings.to_dict())}
    settings_table = pd.DataFrame({"setting": list(settings), "value": [str(v) for v in settings.values()]})
    return {
        "regions": region_table,
        "neighbours": neighbours,
        "duplicates": duplicates,
        "pairs": pairs,
        "items": items,
        "settings": settings_table,
    }


def plan_tables(analysis: Analysis, plan: PlanResult) -> dict[str, pd.DataFrame]:
    """A plan's conflicts (a, b: region ids, b empty for one-region conflicts; sector; kind)
    and indicators (name, baseline, plan)."""
    ids = np.asarray(analysis.region_ids, dtype=object)
    c = plan.conflicts
    a, b = c["a"].to_numpy(dtype=int), c["b"].to_numpy(dtype=int)
    first, second = (
        np.where((b >= 0) & (ids[a] > ids[np.maximum(b, 0)]), b, a),
        np.where((b >= 0) & (ids[a] > ids[np.maximum(b, 0)]), a, b),
    )
    conflicts = pd.DataFrame(
        {
            "a": ids[first] if len(c) else [],
            "b": np.where(second >= 0, ids[np.maximum(second, 0)], "") if len(c) else [],
            "sector": np.asarray(analysis.items, dtype=object)[c["item"].to_numpy(dtype=int)]
            if len(c)
            else [],
            "kind": c["kind"].to_numpy(),
        }
    ).sort_values(["kind", "sector", "a", "b"], ignore_index=True)
    indicators = pd.DataFrame(
        [(name, before, after) for name, (before, after) in plan.indicators.items()],
        columns=["indicator", "baseline", "plan"],
    )
    return {"conflicts": conflicts, "indicators": indicators}


def plan_json(analysis: Analysis, plan: PlanResult) -> dict:
    """The ``plan`` object of ``analyze --roles``: conflicts and indicators (baseline, plan)."""
    tables = plan_tables(analysis, plan)
    return _null_nan(
        {
            "conflicts": tables["conflicts"].to_dict(orient="records"),
            "indicators": {
                name: {"baseline": before, "plan": after} for name, (before, after) in plan.indicators.items()
            },
        }
    )


def analysis_json(analysis: Analysis, regions: pd.DataFrame, taxonomy: Taxonomy, scope: dict) -> dict:
    """The JSON object of ``analyze --format json`` (NaN as null, park lists as arrays)."""
    tables = analysis_tables(analysis, regions, taxonomy, scope)
    duplicates = tables["duplicates"].to_dict(orient="records")
    for row in duplicates:
        row["parks_a"] = [p for p in row["parks_a"].split(";") if p]
        row["parks_b"] = [p for p in row["parks_b"].split(";") if p]
    graph = analysis.graph
    return _null_nan(
        {
            "regions": tables["regions"].to_dict(orient="records"),
            "neighbours": [list(p) for p in graph.id_pairs()],
            "duplicates": duplicates,
            "pairs": tables["pairs"].to_dict(orient="records"),
            "items": tables["items"].to_dict(orient="records"),
            "settings": {**scope, **analysis.settings.to_dict()},
            "summary": {
                "regions": len(analysis.region_ids),
                "neighbour_pairs": len(graph),
                "regions_without_neighbours": [str(analysis.region_ids[i]) for i in graph.islands()],
                "duplicates": len(duplicates),
                "converged_pairs": int(
                    (analysis.pairs["similarity"] >= analysis.settings.similarity_threshold).sum()
                ),
                "parks_not_in_a_region": analysis.data.unplaced,
            },
        }
    )


def _name(taxonomy: Taxonomy, code: str, language: str) -> str:
    return taxonomy.name(code, language) if taxonomy.knows(code) else code


def _flat(data: dict, prefix: str = "") -> dict:
    flat = {}
    for key, value in data.items():
        if isinstance(value, dict) and key != "blocs":
            flat.update(_flat(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def _null_nan(value):
    if isinstance(value, float | np.floating):
        return None if math.isnan(value) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, dict):
        return {k: _null_nan(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_null_nan(v) for v in value]
    return value
