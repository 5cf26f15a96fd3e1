"""The fast GeoJSON reader gives exactly what shapely's reader gives."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from maps.geojson_coords import GeoJSONShapeError, read_polygons
from model.regions import Level


def _as_multi(geom):
    return geom if geom.geom_type == "MultiPolygon" else shapely.MultiPolygon([geom])


def test_real_liaoning_files_read_identically(source, liaoning):
    records = source.records(liaoning, Level.COUNTY)
    texts = [source.read_geojson(r) for r in records]
    ours = read_polygons(texts).to_shapely()
    reference = shapely.from_geojson(texts)
    assert len(ours) == len(records) == 100
    for a, b in zip(ours, reference, strict=True):
        assert shapely.equals_exact(a, _as_multi(b), tolerance=0)


def test_polygons_with_holes_and_spacing_variants():
    texts = [
        '{"type":"Polygon","coordinates":[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,1]]]}',
        '{ "type" : "MultiPolygon", "coordinates" : [ [ [ [0,0], [1,0], [1,1], [0,0] ] ],'
        " [ [ [5,5], [6,5], [6,6], [5,5] ] ] ] }",
    ]
    ours = read_polygons(texts).to_shapely()
    for a, text in zip(ours, texts, strict=True):
        assert shapely.equals_exact(a, _as_multi(shapely.from_geojson(text)), tolerance=0)
    assert shapely.area(ours[0]) == pytest.approx(16 - 0.5)
    np.testing.assert_array_equal(shapely.get_num_geometries(ours), [1, 2])


@pytest.mark.parametrize(
    "text",
    [
        '{"type":"Point","coordinates":[1,2]}',
        '{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}',
        '{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,"x"],[0,0]]]}',
    ],
)
def test_malformed_geometries_are_refused(text):
    with pytest.raises((GeoJSONShapeError, ValueError)):
        read_polygons([text])
