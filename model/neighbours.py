"""Which regions are neighbours: a shared border (default), a distance band, k nearest,
planning blocs, and links a planner adds or cuts by hand.

The shared-border test works on the boundary vertices, vectorised: vertices two regions
have in common (the usual case in a boundary dataset built as one coverage) and, for the
gaps and slivers where the datasets of two provinces do not quite meet, vertices closer
than a tolerance. A stretch of boundary counts as shared where both ends of a segment
match the other region; two regions are neighbours when they share at least a minimum
length, so regions that touch only at a corner are not.
"""

from __future__ import annotations

import enum
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import shapely
from scipy import sparse
from scipy.spatial import cKDTree

from model.errors import check_range

# The values each parameter may take: a wider gap tolerance costs memory fast (1 km: about
# 1 GB for the national counties), and the dialog's spin boxes use the same ranges.
NEIGHBOUR_RANGES = {
    "tolerance_m": (0.0, 1000.0),
    "min_shared_m": (0.0, 20_000.0),
    "distance_km": (0.1, 500.0),
    "k": (1, 20),
}
EARTH_RADIUS_M = 6_371_008.8
_M_PER_DEG_LAT = 110_574.0
_M_PER_DEG_LON = 111_320.0


class NeighbourMode(enum.StrEnum):
    """How neighbours are found."""

    BORDER = "border"
    DISTANCE = "distance"
    KNN = "knn"
    BLOCS = "blocs"


class LinkSource(enum.StrEnum):
    """Why two regions are linked."""

    BORDER = "border"
    DISTANCE = "distance"
    KNN = "knn"
    BLOC = "bloc"
    ADDED = "added"  # by the planner


@dataclass(frozen=True)
class NeighbourSettings:
    """The neighbour rule and its parameters (saved with the analysis settings)."""

    mode: NeighbourMode = NeighbourMode.BORDER
    tolerance_m: float = 100.0  # gaps and overlaps narrower than this still count as a shared border
    min_shared_m: float = 200.0  # shorter contacts (corners, crossings) do not make neighbours
    distance_km: float = 50.0  # distance band between region centroids
    k: int = 4  # k nearest centroids
    blocs: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (bloc name, region ids)
    added: tuple[tuple[str, str], ...] = ()  # links the planner adds (sea links to islands …)
    cut: tuple[tuple[str, str], ...] = ()  # links the planner removes

    def __post_init__(self) -> None:
        for name, (low, high) in NEIGHBOUR_RANGES.items():
            check_range(name, getattr(self, name), low, high)

    @staticmethod
    def parse(text: str) -> NeighbourSettings:
        """Read ``border``, ``distance:KM`` or ``knn:K`` (the command line's --neighbours)."""
        mode, _, value = str(text).strip().lower().partition(":")
        try:
            if mode == NeighbourMode.BORDER and not value:
                return NeighbourSettings()
            if mode == NeighbourMode.DISTANCE:
                return NeighbourSettings(NeighbourMode.DISTANCE, distance_km=float(value))
            if mode == NeighbourMode.KNN:
                return NeighbourSettings(NeighbourMode.KNN, k=int(value))
        except ValueError:
            pass
        raise ValueError(text)


@dataclass
class NeighbourGraph:
    """Undirected links between the regions of a table, by row.

    ``pairs`` holds row pairs (i < j), sorted; ``shared_m`` the shared border length of
    each (NaN where the link is not a border); ``source`` why each link exists.
    """

    ids: np.ndarray  # region ids, by row
    pairs: np.ndarray  # (m, 2) int
    shared_m: np.ndarray  # (m,) float
    source: np.ndarray  # (m,) str, LinkSource values
    _matrix: sparse.csr_matrix | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.pairs)

    @property
    def matrix(self) -> sparse.csr_matrix:
        """The symmetric 0/1 adjacency matrix (regions × regions)."""
        if self._matrix is None:
            n = len(self.ids)
            i, j = self.pairs[:, 0], self.pairs[:, 1]
            data = np.ones(2 * len(i), dtype=np.int8)
            self._matrix = sparse.csr_matrix((data, (np.r_[i, j], np.r_[j, i])), shape=(n, n))
        return self._matrix

    def counts(self) -> np.ndarray:
        """How many neighbours each region has."""
        return np.bincount(self.pairs.ravel(), minlength=len(self.ids))

    def islands(self) -> np.ndarray:
        """Rows of the regions without any neighbour."""
        return np.flatnonzero(self.counts() == 0)

    def neighbours_of(self, row: int) -> np.ndarray:
        """Rows of one region's neighbours."""
        m = self.matrix
        return m.indices[m.indptr[row] : m.indptr[row + 1]]

    def id_pairs(self) -> list[tuple[str, str]]:
        """The links as (id_a, id_b) with id_a < id_b, sorted (the command line's ``neighbours``)."""
        a, b = self.ids[self.pairs[:, 0]], self.ids[self.pairs[:, 1]]
        return sorted((min(x, y), max(x, y)) for x, y in zip(a.astype(str), b.astype(str), strict=True))


def build_graph(
    ids: np.ndarray, geometry: np.ndarray, centroids: np.ndarray, settings: NeighbourSettings
) -> NeighbourGraph:
    """The neighbour graph of regions (WGS-84 polygons and centroid lon/lat) under a rule."""
    ids = np.asarray(ids).astype(str)
    if settings.mode is NeighbourMode.BORDER:
        pairs, shared = border_pairs(geometry, settings.tolerance_m, settings.min_shared_m)
    elif settings.mode is NeighbourMode.DISTANCE:
        pairs = distance_pairs(centroids, settings.distance_km)
    elif settings.mode is NeighbourMode.KNN:
        pairs = knn_pairs(centroids, settings.k)
    else:
        pairs = bloc_pairs(ids, settings.blocs)
    if settings.mode is not NeighbourMode.BORDER:
        shared = np.full(len(pairs), np.nan)
    source = {
        NeighbourMode.BORDER: LinkSource.BORDER,
        NeighbourMode.DISTANCE: LinkSource.DISTANCE,
        NeighbourMode.KNN: LinkSource.KNN,
        NeighbourMode.BLOCS: LinkSource.BLOC,
    }[settings.mode]
    graph = NeighbourGraph(ids, pairs, shared, np.full(len(pairs), source.value, dtype=object))
    return with_links(graph, settings.added, settings.cut)


def with_links(graph: NeighbourGraph, added, cut) -> NeighbourGraph:
    """The graph with the planner's links added and cut (unknown ids are ignored)."""
    row = {rid: i for i, rid in enumerate(graph.ids)}

    def rows(links) -> set[tuple[int, int]]:
        found = set()
        for a, b in links:
            if a in row and b in row and a != b:
                found.add((min(row[a], row[b]), max(row[a], row[b])))
        return found

    removed, extra = rows(cut), rows(added)
    keep = [tuple(p) not in removed for p in graph.pairs.tolist()]
    present = {tuple(p) for p in graph.pairs.tolist()}
    new = sorted(extra - present - removed)
    pairs = np.vstack([graph.pairs[keep], np.array(new, dtype=int).reshape(-1, 2)])
    shared = np.r_[graph.shared_m[keep], np.full(len(new), np.nan)]
    source = np.r_[graph.source[keep], np.full(len(new), LinkSource.ADDED.value, dtype=object)]
    order = np.lexsort((pairs[:, 1], pairs[:, 0])) if len(pairs) else np.arange(0)
    return NeighbourGraph(graph.ids, pairs[order].astype(int), shared[order], source[order])


# -- shared borders ------------------------------------------------------------------------


def border_pairs(
    geometry: np.ndarray, tolerance_m: float, min_shared_m: float
) -> tuple[np.ndarray, np.ndarray]:
    """Row pairs of polygons sharing at least ``min_shared_m`` of border, and the length shared.

    The steps that do not depend on each other run on two threads (NumPy releases the GIL
    in its loops): segment lengths beside the matching, the gap search beside the tally.
    """
    boundary = _Boundary(np.asarray(geometry, dtype=object))
    with ThreadPoolExecutor(max_workers=2) as pool:
        lengths = pool.submit(boundary.segment_lengths)
        a, b = boundary.shared_segments()
        near = pool.submit(boundary.near_shared, tolerance_m, a, b, lengths)
        exact = boundary.pair_matrix(boundary.region[a], boundary.region[b], lengths.result()[a])
        lengths = sparse.triu(exact + near.result(), k=1).tocoo()
    keep = lengths.data >= min_shared_m
    pairs = np.column_stack([lengths.row[keep], lengths.col[keep]]).astype(int)
    order = np.lexsort((pairs[:, 1], pairs[:, 0]))
    return pairs[order], lengths.data[keep][order]


class _Boundary:
    """The boundary segments of a set of polygons, in one flat array of vertices.

    Segment ``v`` runs from vertex ``v`` to ``v + 1`` (where both lie on the same ring). A
    border two regions share is the same run of vertices in both rings, so a shared
    segment has the same two end points (compared as float32, about 1 m). Segments are
    matched by sorting a hash of their end points packed with their index (NumPy's sort of
    plain integers is several times faster than a hash table or an argsort at national
    scale); equal hashes are then checked against the points themselves.
    """

    def __init__(self, geometry: np.ndarray) -> None:
        geometry = np.asarray(geometry, dtype=object)
        # Offsets of rings, parts (polygons) and regions; Polygons only come without the last.
        _, self.lonlat, offsets = shapely.to_ragged_array(geometry)
        ring_end, part_end = offsets[:2]
        self.regions = len(geometry)
        region_end = offsets[2] if len(offsets) == 3 else np.arange(self.regions + 1)
        part_region = np.repeat(np.arange(self.regions), np.diff(region_end))
        self.region = np.repeat(np.repeat(part_region, np.diff(part_end)), np.diff(ring_end))
        self.is_segment = np.ones(len(self.lonlat), dtype=bool)
        self.is_segment[ring_end[1:] - 1] = False  # a ring's last vertex repeats its first
        self.point = self.lonlat.astype(np.float32).view(np.uint64).ravel()  # one integer per point

    def metres(self, vertices: np.ndarray) -> np.ndarray:
        """Local metric coordinates (equirectangular at each vertex's latitude): distances
        between nearby vertices come out true to well under 1 %."""
        lon, lat = self.lonlat[vertices].T
        return np.column_stack([lon * _M_PER_DEG_LON * np.cos(np.radians(lat)), lat * _M_PER_DEG_LAT])

    def segment_lengths(self) -> np.ndarray:
        """Every segment's length in metres (equirectangular at its start's latitude); the last
        vertex of a ring starts no segment and gets length 0."""
        lon, lat = self.lonlat[:, 0], self.lonlat[:, 1]
        # float32 cosine: ample for lengths, and several times faster than float64 here
        dx = np.diff(lon) * (_M_PER_DEG_LON * np.cos(np.radians(lat[:-1]).astype(np.float32)))
        return np.r_[np.hypot(dx, np.diff(lat) * _M_PER_DEG_LAT), 0.0] * self.is_segment

    def shared_segments(self) -> tuple[np.ndarray, np.ndarray]:
        """(segment, segment) pairs: the same segment twice (in two regions, or rarely in two
        parts of one region, which the caller drops)."""
        n = len(self.point)
        index_bits = max(int(n - 1).bit_length(), 1)
        top = np.uint64(1 << 63)
        with np.errstate(over="ignore"):
            mixed = (self.point ^ (self.point >> np.uint64(29))) * np.uint64(0x9E3779B97F4A7C15)
            symmetric = (mixed[:-1] + mixed[1:]) & ~top  # the same either way round
        # A ring's last vertex starts no segment: a top bit and its own index keep it unmatched.
        closing = np.flatnonzero(~self.is_segment[:-1])
        symmetric[closing] = top | (closing.astype(np.uint64) << np.uint64(index_bits))
        packed = (symmetric >> np.uint64(index_bits)) << np.uint64(index_bits) | np.arange(
            n - 1, dtype=np.uint64
        )
        packed.sort()
        hashes = packed >> np.uint64(index_bits)
        index = (packed & np.uint64((1 << index_bits) - 1)).astype(np.int64)
        first, second = [], []
        for step in range(1, n):  # a segment is in two regions; rarely more where data overlap
            equal = hashes[step:] == hashes[:-step]
            if not equal.any():
                break
            a, b = index[:-step][equal], index[step:][equal]
            # The hash keeps 40 bits: checking one end point as well leaves no realistic collision.
            start_a = self.point[a]
            same = (start_a == self.point[b]) | (start_a == self.point[b + 1])
            first.append(a[same])
            second.append(b[same])
        if not first:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        return np.concatenate(first), np.concatenate(second)

    def pair_matrix(self, a: np.ndarray, b: np.ndarray, length: np.ndarray) -> sparse.csr_matrix:
        """Lengths summed per region pair (a region with itself dropped), in a symmetric
        regions × regions matrix."""
        n = np.int64(self.regions)
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        other = lo != hi
        if not other.any():
            return sparse.csr_matrix((self.regions, self.regions))
        code = lo[other] * n + hi[other]
        # Sorting codes packed with lengths in centimetres (to 167 km a segment) beats a
        # sparse sum of duplicates: the same sort trick as the segments.
        centimetres = np.minimum(np.round(length[other] * 100), (1 << 24) - 1).astype(np.int64)
        packed = np.sort(code << np.int64(24) | centimetres)
        code, centimetres = packed >> np.int64(24), packed & np.int64((1 << 24) - 1)
        starts = np.flatnonzero(np.r_[True, code[1:] != code[:-1]])
        total = np.add.reduceat(centimetres, starts) / 100.0
        lo, hi = code[starts] // n, code[starts] % n
        half = sparse.coo_matrix((total, (lo, hi)), shape=(self.regions, self.regions)).tocsr()
        return half + half.T

    def near_shared(
        self, tolerance_m: float, a: np.ndarray, b: np.ndarray, lengths: Future
    ) -> sparse.csr_matrix:
        """Border length where two regions' boundaries run within ``tolerance_m`` of each other
        without sharing segments (gaps and overlaps between datasets): segments of one region
        whose two ends both lie that close to vertices of the other; the side with more such
        length counts (one side of a gap may have fewer vertices). ``a``, ``b``: the shared
        segments; ``lengths``: the segment lengths, being computed."""
        n = self.regions
        matched = np.zeros(len(self.point), dtype=bool)
        matched[a] = matched[b] = True
        unmatched = np.flatnonzero(self.is_segment & ~matched)
        loose = np.unique(np.r_[unmatched, unmatched + 1])  # vertices on boundary no one shares
        if tolerance_m <= 0 or len(loose) < 2:
            return sparse.csr_matrix((n, n))
        close = cKDTree(self.metres(loose)).query_pairs(tolerance_m, output_type="ndarray")
        a, b = loose[close[:, 0]], loose[close[:, 1]]
        other = self.region[a] != self.region[b]
        vertex = np.r_[a[other], b[other]]
        near = np.r_[self.region[b[other]], self.region[a[other]]]
        codes = np.unique(vertex * np.int64(n) + near)
        vertex, near = codes // n, codes % n
        hit = self.is_segment[vertex] & np.isin((vertex + 1) * n + near, codes)
        start, near = vertex[hit], near[hit]
        per_side = sparse.coo_matrix(
            (lengths.result()[start], (self.region[start], near)), shape=(n, n)
        ).tocsr()
        return per_side.maximum(per_side.T)


# -- distance, nearest, blocs ----------------------------------------------------------------


def _unit_vectors(lonlat: np.ndarray) -> np.ndarray:
    lon, lat = np.radians(np.asarray(lonlat, dtype=float)).T
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def distance_pairs(centroids: np.ndarray, km: float) -> np.ndarray:
    """Row pairs whose centroids are at most ``km`` apart (great-circle)."""
    chord = 2 * np.sin(min(km * 1000 / EARTH_RADIUS_M, np.pi) / 2)
    pairs = cKDTree(_unit_vectors(centroids)).query_pairs(chord, output_type="ndarray")
    return _sorted_pairs(pairs)


def knn_pairs(centroids: np.ndarray, k: int) -> np.ndarray:
    """Row pairs where one is among the other's ``k`` nearest centroids (made symmetric)."""
    n = len(centroids)
    k = min(k, n - 1)
    if k <= 0:
        return np.empty((0, 2), dtype=int)
    _, nearest = cKDTree(_unit_vectors(centroids)).query(_unit_vectors(centroids), k + 1)
    rows = np.repeat(np.arange(n), k)
    others = nearest[:, 1:].ravel()
    return _sorted_pairs(np.column_stack([rows, others]))


def bloc_pairs(ids: np.ndarray, blocs) -> np.ndarray:
    """Row pairs of regions in the same planning bloc."""
    row = {rid: i for i, rid in enumerate(ids)}
    pairs = []
    for _, members in blocs:
        rows = sorted({row[m] for m in members if m in row})
        pairs += [(a, b) for n, a in enumerate(rows) for b in rows[n + 1 :]]
    return _sorted_pairs(np.array(pairs, dtype=int).reshape(-1, 2))


def _sorted_pairs(pairs: np.ndarray) -> np.ndarray:
    """Unique (i < j) pairs, sorted."""
    pairs = np.asarray(pairs, dtype=int).reshape(-1, 2)
    pairs = np.column_stack([pairs.min(axis=1), pairs.max(axis=1)])
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    return np.unique(pairs, axis=0) if len(pairs) else pairs
