"""Duplicated sector focus between neighbouring regions: the whole analysis in one call.

``region_items`` turns parks (or a region × sector statistics table) into the weight
matrix x_ik and the declared-focus matrix; ``analyse`` applies the focus rule, flags every
neighbour pair that focuses on the same item, and measures every neighbour pair (see
``model.measures``). The result holds matrices by region row and item column; its
``duplicates_table`` and ``pairs_table`` are the ``analyze`` command's tables, with
region ids and item codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from model import measures
from model.analysis_settings import LEVEL_WEIGHTS, AnalysisSettings, FocusRule, ItemLevel, Weighting
from model.neighbours import NeighbourGraph
from model.parks import sector_codes
from model.sectors import Taxonomy


@dataclass
class RegionItems:
    """Weights of items in regions, and which parks declare what where."""

    items: list[str]  # item codes: the columns
    x: np.ndarray  # regions × items weights
    declared: np.ndarray  # regions × items: a park in the region declares the item
    park_ids: dict[tuple[int, int], list[str]] = field(default_factory=dict)  # (row, column) → park ids
    unplaced: list[str] = field(default_factory=list)  # parks in no region of the layer


def item_order(taxonomy: Taxonomy) -> dict[str, int]:
    """Taxonomy order: each group ("group, unspecified") followed by its sectors."""
    order: dict[str, int] = {}
    for group in taxonomy.groups:
        order[group] = len(order)
        for code, sector in taxonomy.sectors.items():
            if sector.group == group:
                order[code] = len(order)
    return order


def region_items(
    parks: pd.DataFrame,
    park_rows: np.ndarray,
    regions: int,
    taxonomy: Taxonomy,
    settings: AnalysisSettings,
) -> RegionItems:
    """The weight and declared-focus matrices of parks placed on region rows (-1: none)."""
    codes = sector_codes(parks)
    if settings.items is ItemLevel.GROUP:
        codes = [tuple(dict.fromkeys(taxonomy.group_of(c) for c in cs)) for cs in codes]
    counts = np.array([len(cs) for cs in codes], dtype=int)
    park = np.repeat(np.arange(len(parks)), counts)
    flat = [c for cs in codes for c in cs]
    order = item_order(taxonomy)
    items = sorted(set(flat), key=lambda c: (order.get(c, len(order)), c))
    column = {c: i for i, c in enumerate(items)}
    cols = np.array([column[c] for c in flat], dtype=int)
    rows = np.asarray(park_rows, dtype=int)[park] if len(park) else np.empty(0, dtype=int)
    placed = rows >= 0
    weight = _park_weights(parks, settings.weighting)[park]
    if settings.split:
        weight = weight / counts[park]
    x = np.zeros((regions, len(items)))
    np.add.at(x, (rows[placed], cols[placed]), weight[placed])
    declared = np.zeros((regions, len(items)), dtype=bool)
    declared[rows[placed], cols[placed]] = True
    ids = parks["id"].astype(str).to_numpy()[park[placed]]
    park_ids: dict[tuple[int, int], list[str]] = {}
    for key, pid in zip(zip(rows[placed].tolist(), cols[placed].tolist(), strict=True), ids, strict=True):
        park_ids.setdefault(key, []).append(pid)
    unplaced = parks["id"].astype(str)[np.asarray(park_rows) < 0].tolist() if len(parks) else []
    return RegionItems(items, x, declared, park_ids, unplaced)


def _park_weights(parks: pd.DataFrame, weighting: Weighting) -> np.ndarray:
    if weighting is Weighting.AREA:
        return pd.to_numeric(parks["area_ha"], errors="coerce").fillna(0.0).to_numpy(dtype=float)
    if weighting is Weighting.LEVEL:
        return parks["level"].map(LEVEL_WEIGHTS).fillna(LEVEL_WEIGHTS["other"]).to_numpy(dtype=float)
    return np.ones(len(parks))


@dataclass
class Analysis:
    """Every measure of one analysis, by region row and item column."""

    settings: AnalysisSettings
    region_ids: np.ndarray
    graph: NeighbourGraph
    data: RegionItems
    shares: np.ndarray
    lq: np.ndarray
    focus: np.ndarray
    similarity: np.ndarray  # regions × regions
    duplicates: pd.DataFrame  # a, b (rows), item (column), score
    pairs: pd.DataFrame  # a, b (rows, the neighbour pairs), similarity, krugman, jaccard, percentile
    join_counts: np.ndarray  # regions × items
    _p_values: np.ndarray | None = None

    @property
    def items(self) -> list[str]:
        """Item codes, by column."""
        return self.data.items

    def duplicated_items(self) -> np.ndarray:
        """How many items each region shares as a focus with at least one neighbour."""
        found = (
            self.duplicates[["a", "item"]].to_numpy().tolist()
            + self.duplicates[["b", "item"]].to_numpy().tolist()
        )
        rows = np.array(sorted(set(map(tuple, found))), dtype=int).reshape(-1, 2)[:, 0]
        return np.bincount(rows, minlength=len(self.region_ids))

    def contested_items(self) -> list[str]:
        """The items some neighbours both focus on, in item order (an atlas's pages)."""
        return [self.items[k] for k in sorted(set(self.duplicates["item"].tolist()))]

    def focus_items(self) -> list[str]:
        """The items at least one region focuses on, in item order."""
        return [code for k, code in enumerate(self.items) if self.focus[:, k].any()]

    @property
    def p_values(self) -> np.ndarray:
        """Join-count p-values (regions × items), computed when first asked for."""
        if self._p_values is None:
            self._p_values = measures.join_count_p_values(self.focus, self.graph.matrix, self.join_counts)
        return self._p_values

    def duplicates_table(self) -> pd.DataFrame:
        """One row per flag: a, b (region ids, a < b), sector (item code), score, parks on each side."""
        ids = self.region_ids
        a, b, item = (self.duplicates[c].to_numpy() for c in ("a", "b", "item"))
        swap = ids[a] > ids[b]
        a, b = np.where(swap, b, a), np.where(swap, a, b)
        table = pd.DataFrame(
            {
                "a": ids[a],
                "b": ids[b],
                "sector": np.asarray(self.items, dtype=object)[item] if len(item) else [],
                "score": self.duplicates["score"].to_numpy(),
                "parks_a": [
                    ";".join(self.data.park_ids.get((r, k), [])) for r, k in zip(a, item, strict=True)
                ],
                "parks_b": [
                    ";".join(self.data.park_ids.get((r, k), [])) for r, k in zip(b, item, strict=True)
                ],
            }
        )
        return table.sort_values(
            ["score", "a", "b", "sector"], ascending=[False, True, True, True], ignore_index=True
        )

    def pairs_table(self) -> pd.DataFrame:
        """One row per neighbour pair: a, b (ids, a < b) and its measures."""
        ids = self.region_ids
        a, b = self.pairs["a"].to_numpy(), self.pairs["b"].to_numpy()
        swap = ids[a] > ids[b]
        table = self.pairs.drop(columns=["a", "b"]).copy()
        table.insert(0, "a", ids[np.where(swap, b, a)])
        table.insert(1, "b", ids[np.where(swap, a, b)])
        return table.sort_values(["a", "b"], ignore_index=True)


def focus_matrix(
    data: RegionItems, lq: np.ndarray, shares: np.ndarray, settings: AnalysisSettings
) -> np.ndarray:
    """Which items are a focus of which region under the settings' rule."""
    if settings.focus is FocusRule.LQ:
        return (lq >= settings.lq_threshold) & (data.x > 0)
    if settings.focus is FocusRule.SHARE:
        return (shares >= settings.share_threshold) & (data.x > 0)
    return data.declared


def analyse(
    region_ids: np.ndarray, graph: NeighbourGraph, data: RegionItems, settings: AnalysisSettings
) -> Analysis:
    """Flag duplicated focus between neighbours and measure every neighbour pair."""
    s = measures.shares(data.x)
    lq = measures.location_quotients(data.x)
    focus = focus_matrix(data, lq, s, settings)
    a, b = graph.pairs[:, 0], graph.pairs[:, 1]
    both = focus[a] & focus[b]
    pair_index, item = np.nonzero(both)
    score = np.sqrt(s[a[pair_index], item] * s[b[pair_index], item])
    duplicates = pd.DataFrame({"a": a[pair_index], "b": b[pair_index], "item": item, "score": score})
    matrix = measures.similarity_matrix(s)
    similarity = matrix[a, b] if len(a) else np.empty(0)
    pairs = pd.DataFrame(
        {
            "a": a,
            "b": b,
            "similarity": similarity,
            "krugman": measures.krugman(s, a, b),
            "jaccard": measures.jaccard(focus, a, b),
            "percentile": measures.pair_percentiles(similarity, matrix),
            "shared": both.sum(axis=1),
        }
    )
    counts = measures.join_counts(focus, graph.matrix)
    return Analysis(
        settings,
        np.asarray(region_ids).astype(str),
        graph,
        data,
        s,
        lq,
        focus,
        matrix,
        duplicates,
        pairs,
        counts,
    )
