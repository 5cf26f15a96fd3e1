"""Running the duplication analysis on a region layer: neighbours from its boundaries,
parks placed on its regions, then ``model.duplication.analyse``.

The neighbour graph depends only on the boundaries and the neighbour rule, so it is
kept per layer and rule: editing a park or a focus threshold recomputes the measures,
not the graph.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from maps.boundaries import RegionLayer
from maps.park_layers import park_region_ids
from model.analysis_settings import AnalysisSettings
from model.duplication import Analysis, RegionItems, analyse, region_items
from model.neighbours import NeighbourGraph, NeighbourSettings, build_graph, with_links
from model.parks import Precision
from model.regions import Level
from model.sectors import Taxonomy

_GRAPHS: dict[tuple, NeighbourGraph] = {}
_GRAPH_LIMIT = 8


def layer_graph(layer: RegionLayer, settings: NeighbourSettings) -> NeighbourGraph:
    """The neighbour graph of a layer under a rule (links added or cut by hand applied last)."""
    base = NeighbourSettings(
        settings.mode,
        settings.tolerance_m,
        settings.min_shared_m,
        settings.distance_km,
        settings.k,
        settings.blocs,
    )
    key = (id(layer), layer.scope.key, base)
    graph = _GRAPHS.get(key)
    if graph is None:
        regions = layer.regions
        centroids = regions[["centroid_lon", "centroid_lat"]].to_numpy(dtype=float)
        graph = build_graph(regions["id"].to_numpy(dtype=str), regions.geometry.values, centroids, base)
        _GRAPHS[key] = graph
        while len(_GRAPHS) > _GRAPH_LIMIT:
            _GRAPHS.pop(next(iter(_GRAPHS)))
    return with_links(graph, settings.added, settings.cut)


def park_rows(layer: RegionLayer, parks: pd.DataFrame) -> np.ndarray:
    """The layer row of each park's region, -1 for parks in none.

    At county level a park known only to its city (placed at the city's centre) has no
    county: it stays out of the county analysis rather than being credited to whichever
    district the city centre lies in.
    """
    ids = park_region_ids(layer, parks)
    rows = np.array([-1 if (r := layer.row_of(str(i))) is None else r for i in ids], dtype=int)
    if layer.scope.level is Level.COUNTY and len(parks):
        city_only = (parks["location_precision"] == Precision.CITY.value).to_numpy()
        rows[city_only] = -1
    return rows


def run_analysis(
    layer: RegionLayer,
    parks: pd.DataFrame,
    taxonomy: Taxonomy,
    settings: AnalysisSettings,
    statistics: RegionItems | None = None,
) -> Analysis:
    """The duplication analysis of a layer's regions with these parks (or a statistics table)."""
    graph = layer_graph(layer, settings.neighbours)
    data = region_items(parks, park_rows(layer, parks), len(layer), taxonomy, settings)
    if statistics is not None:
        data = statistics
    return analyse(layer.regions["id"].to_numpy(dtype=str), graph, data, settings)
