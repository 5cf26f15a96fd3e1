"""The measures regional economists use for duplicated sector focus, on whole matrices.

``x`` is a regions × items weight matrix (x_ik: the weight of item k in region i). Every
function is vectorised over regions, items or pairs; none loops in Python per region, so
the whole country (2,875 counties × 60 items) recomputes in a fraction of a second.

- shares s_ik = x_ik / Σ_k x_ik; location quotients LQ_ik = s_ik / s_k, where s_k is the
  item's share of the whole scope (the province, or the nation);
- UNIDO structure similarity S_ij = Σ_k s_ik s_jk / sqrt(Σ_k s_ik² · Σ_k s_jk²) (0..1);
- Krugman dissimilarity K_ij = Σ_k |s_ik − s_jk| (0..2);
- Jaccard overlap of two focus sets |F_i ∩ F_j| / |F_i ∪ F_j|;
- local join counts BB_i = y_i Σ_j w_ij y_j on a binary map, with the p-value of
  conditional randomisation (GeoDa, esda) computed exactly: holding y_i, the focuses among
  i's k_i neighbours under random relabelling of the other n − 1 regions follow a
  hypergeometric law, which is the limit the permutation test samples.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse, stats


def shares(x: np.ndarray) -> np.ndarray:
    """Each region's item shares (rows sum to 1; a region without weight is all 0)."""
    totals = x.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(totals > 0, x / np.where(totals > 0, totals, 1), 0.0)


def location_quotients(x: np.ndarray) -> np.ndarray:
    """LQ_ik = s_ik / s_k against the whole scope (0 where the region or item has no weight)."""
    total = x.sum()
    if total <= 0:
        return np.zeros_like(x, dtype=float)
    reference = x.sum(axis=0) / total
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(reference > 0, shares(x) / np.where(reference > 0, reference, 1), 0.0)


def _unit_rows(s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows scaled to length 1, and which rows have any weight (the others stay 0)."""
    norms = np.sqrt((s * s).sum(axis=1, keepdims=True))
    weighted = norms[:, 0] > 0
    return s / np.where(norms > 0, norms, 1), weighted


def similarity(s: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """UNIDO S_ij for row pairs (a, b); NaN where a region has no weight."""
    u, weighted = _unit_rows(s)
    value = np.clip((u[a] * u[b]).sum(axis=1), 0.0, 1.0)
    return np.where(weighted[a] & weighted[b], value, np.nan)


def similarity_matrix(s: np.ndarray) -> np.ndarray:
    """S_ij for every pair of regions (NaN rows and columns for regions without weight)."""
    u, weighted = _unit_rows(s)
    matrix = np.clip(u @ u.T, 0.0, 1.0)
    matrix[~weighted, :] = np.nan
    matrix[:, ~weighted] = np.nan
    return matrix


def krugman(s: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Krugman K_ij for row pairs; NaN where a region has no weight."""
    value = np.abs(s[a] - s[b]).sum(axis=1)
    empty = (s[a].sum(axis=1) == 0) | (s[b].sum(axis=1) == 0)
    return np.where(empty, np.nan, value)


def jaccard(focus: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Jaccard overlap of the focus sets of row pairs; NaN where both sets are empty."""
    both = (focus[a] & focus[b]).sum(axis=1)
    either = (focus[a] | focus[b]).sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(either > 0, both / np.where(either > 0, either, 1), np.nan)


def pair_percentiles(values: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    """For each value, the percentage of all region pairs (i < j, both with weight) whose
    similarity is at most that value."""
    valid = ~np.isnan(np.diag(matrix))
    n = int(valid.sum())
    pairs = n * (n - 1) // 2
    if pairs == 0:
        return np.full(len(values), np.nan)
    sub = matrix[np.ix_(valid, valid)]
    ordered = np.sort(sub, axis=None)  # each pair twice, and the n diagonal ones (1.0)
    at_most = np.searchsorted(ordered, values, side="right")
    diagonal = np.where(values >= 1.0, n, 0)  # counted as ≤ only by values of 1.0
    at_most = (at_most - diagonal) / 2
    return np.where(np.isnan(values), np.nan, 100.0 * at_most / pairs)


def join_counts(focus: np.ndarray, adjacency: sparse.spmatrix) -> np.ndarray:
    """Local BB join counts of every item's binary focus map: focus regions × focus neighbours."""
    y = focus.astype(np.int32)
    return y * np.asarray(adjacency @ y)


def join_count_p_values(focus: np.ndarray, adjacency: sparse.spmatrix, counts: np.ndarray) -> np.ndarray:
    """P(BB_i ≥ observed) under conditional randomisation, exactly (hypergeometric); NaN where
    BB_i = 0 (not a co-focus), as esda reports it."""
    y = focus.astype(np.int64)
    n = y.shape[0]
    degree = np.asarray(adjacency.sum(axis=1)).ravel().astype(np.int64)
    ones_elsewhere = y.sum(axis=0, keepdims=True) - y  # focus regions among the other n - 1
    observed = counts.astype(np.int64)
    p = stats.hypergeom.sf(observed - 1, n - 1, ones_elsewhere, degree[:, None])
    return np.where(observed > 0, p, np.nan)
