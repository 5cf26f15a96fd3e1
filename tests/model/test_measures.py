"""The measures against hand-computed values, their invariances, and join counts against esda."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays
from scipy import sparse

from model import measures

X = np.array([[2.0, 0.0, 2.0], [1.0, 1.0, 0.0], [0.0, 0.0, 0.0]])  # the third region has no parks


def test_shares_and_location_quotients_by_hand():
    s = measures.shares(X)
    assert s.tolist() == [[0.5, 0.0, 0.5], [0.5, 0.5, 0.0], [0.0, 0.0, 0.0]]
    lq = measures.location_quotients(X)  # scope shares: 3/6, 1/6, 2/6
    assert lq[0] == pytest.approx([1.0, 0.0, 1.5])
    assert lq[1] == pytest.approx([1.0, 3.0, 0.0])
    assert lq[2].tolist() == [0.0, 0.0, 0.0]


def test_pair_measures_by_hand():
    s = measures.shares(X)
    a, b = np.array([0, 0]), np.array([1, 2])
    similarity = measures.similarity(s, a, b)
    assert similarity[0] == pytest.approx(0.25 / (np.sqrt(0.5) * np.sqrt(0.5)))  # 0.5
    assert np.isnan(similarity[1])  # no weight: undefined, not 0
    krugman = measures.krugman(s, a, b)
    assert krugman[0] == pytest.approx(1.0) and np.isnan(krugman[1])
    focus = np.array([[True, False, True], [True, True, False], [False, False, False]])
    jaccard = measures.jaccard(focus, np.array([0, 2]), np.array([1, 2]))
    assert jaccard[0] == pytest.approx(1 / 3) and np.isnan(jaccard[1])


def test_percentiles_rank_a_pair_among_all_pairs():
    s = measures.shares(np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]))
    matrix = measures.similarity_matrix(s)
    # The six pairs: 1, 0, √½, 0, √½, √½ → sorted 0, 0, .71, .71, .71, 1
    assert measures.pair_percentiles(np.array([1.0, 0.0, np.sqrt(0.5)]), matrix) == pytest.approx(
        [100.0, 100 * 2 / 6, 100 * 5 / 6]
    )


def test_local_join_counts_and_their_exact_p_values_on_a_path():
    # 0 - 1 - 2 - 3, focus on 0, 1, 3
    adjacency = sparse.csr_matrix(np.array([[0, 1, 0, 0], [1, 0, 1, 0], [0, 1, 0, 1], [0, 0, 1, 0]]))
    focus = np.array([[1], [1], [0], [1]], dtype=bool)
    counts = measures.join_counts(focus, adjacency)
    assert counts.ravel().tolist() == [1, 1, 0, 0]
    p = measures.join_count_p_values(focus, adjacency, counts).ravel()
    # Region 0: its one neighbour is drawn from the 3 others, 2 of which focus: P(≥ 1) = 2/3.
    # Region 1: 2 neighbours from 3 others with 2 focusing: P(≥ 1) = 1 − C(1,2)/C(3,2) = 1.
    assert p[0] == pytest.approx(2 / 3) and p[1] == pytest.approx(1.0)
    assert np.isnan(p[2]) and np.isnan(p[3])


def test_exact_p_values_match_esdas_permutation_test(liaoning_counties):
    pytest.importorskip("esda")
    from esda.join_counts_local import Join_Counts_Local
    from libpysal.weights import W

    from model.neighbours import NeighbourSettings, build_graph

    regions = liaoning_counties.regions
    centroids = regions[["centroid_lon", "centroid_lat"]].to_numpy()
    ids = regions["id"].to_numpy()
    graph = build_graph(ids, regions.geometry.values, centroids, NeighbourSettings())
    # esda cannot take islands here: link the island county (长海县) to the mainland.
    islands = tuple((ids[i], ids[i - 1]) for i in graph.islands())
    graph = build_graph(ids, regions.geometry.values, centroids, NeighbourSettings(added=islands))
    rng = np.random.default_rng(4)
    focus = (rng.random(len(regions)) < 0.3)[:, None]
    counts = measures.join_counts(focus, graph.matrix)
    ours = measures.join_count_p_values(focus, graph.matrix, counts).ravel()
    neighbours = {i: graph.neighbours_of(i).tolist() for i in range(len(regions))}
    w = W(neighbours, silence_warnings=True)
    permutations = 9999
    with pytest.warns(DeprecationWarning):  # esda's notice about its future default test
        ljc = Join_Counts_Local(connectivity=w, permutations=permutations, seed=1, keep_simulations=True).fit(
            focus.ravel().astype(float)
        )
    assert ljc.LJC == pytest.approx(counts.ravel())
    tested = counts.ravel() > 0
    draws = ljc.rjoins.shape[1]  # the simulations esda keeps
    upper = ((ljc.rjoins >= ljc.LJC[:, None]).sum(axis=1) + 1) / (draws + 1)
    assert np.abs(upper[tested] - ours[tested]).max() < 0.06  # Monte Carlo error of 999 draws, ~3.5 σ


# Weights are zero or at least a millionth: scaling a subnormal float underflows to zero,
# which no park count, area or output value is.
weights = arrays(
    np.float64,
    st.tuples(st.integers(2, 6), st.integers(1, 5)),
    elements=st.one_of(st.just(0.0), st.floats(1e-6, 100)),
)


@settings(max_examples=60, deadline=None)
@given(weights, st.floats(0.1, 50), st.randoms(use_true_random=False))
def test_similarity_is_symmetric_bounded_and_ignores_scale_and_item_order(x, scale, random):
    s = measures.shares(x)
    matrix = measures.similarity_matrix(s)
    assert np.allclose(matrix, matrix.T, equal_nan=True)
    finite = matrix[~np.isnan(matrix)]
    assert ((finite >= 0) & (finite <= 1)).all()
    scaled = x.copy()
    scaled[0] *= scale
    assert np.allclose(measures.similarity_matrix(measures.shares(scaled)), matrix, equal_nan=True)
    order = list(range(x.shape[1]))
    random.shuffle(order)
    assert np.allclose(measures.similarity_matrix(measures.shares(x[:, order])), matrix, equal_nan=True)
    a, b = np.array([0]), np.array([1])
    k = measures.krugman(s, a, b)
    assert np.isnan(k[0]) or 0 <= k[0] <= 2 + 1e-9
    if x[0].sum() > 0 and x[1].sum() > 0:
        same = np.allclose(s[0], s[1])
        assert (abs(matrix[0, 1] - 1) < 1e-9) == same or not same
        assert measures.krugman(s, a, b)[0] == pytest.approx(measures.krugman(s, b, a)[0])
