"""GCJ-02 ↔ WGS-84 against published reference points and as a round trip."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from maps.gcj02 import BOUNDARY_DTYPE, BOUNDARY_STEPS, gcj02_to_wgs84, wgs84_to_gcj02

# The eviltransform project's published test points (WGS-84 lat, lon → GCJ-02 lat, lon).
REFERENCE = [
    (31.1774276, 121.5272106, 31.17530398364597, 121.531541859215),  # Shanghai
    (22.543847, 113.912316, 22.540796131694766, 113.9171764808363),  # Shenzhen
    (39.911954, 116.377817, 39.91334545536069, 116.38404722455657),  # Beijing
]


@pytest.mark.parametrize(("wgs_lat", "wgs_lon", "gcj_lat", "gcj_lon"), REFERENCE)
def test_forward_matches_published_points(wgs_lat, wgs_lon, gcj_lat, gcj_lon):
    lon, lat = wgs84_to_gcj02(wgs_lon, wgs_lat)
    assert lon == pytest.approx(gcj_lon, abs=1e-9)
    assert lat == pytest.approx(gcj_lat, abs=1e-9)


@pytest.mark.parametrize(("wgs_lat", "wgs_lon", "gcj_lat", "gcj_lon"), REFERENCE)
def test_inverse_recovers_published_points(wgs_lat, wgs_lon, gcj_lat, gcj_lon):
    lon, lat = gcj02_to_wgs84(gcj_lon, gcj_lat)
    assert lon == pytest.approx(wgs_lon, abs=1e-9)
    assert lat == pytest.approx(wgs_lat, abs=1e-9)


@given(st.floats(73.5, 135.0), st.floats(18.0, 53.5))
def test_boundary_conversion_round_trips_within_a_centimetre(lon, lat):
    gcj_lon, gcj_lat = wgs84_to_gcj02(np.array([lon]), np.array([lat]))
    back_lon, back_lat = gcj02_to_wgs84(gcj_lon, gcj_lat, BOUNDARY_STEPS, BOUNDARY_DTYPE)
    assert abs(back_lon[0] - lon) < 1e-7 and abs(back_lat[0] - lat) < 1e-7  # 1e-7° ≈ 1 cm


def test_the_shift_in_liaoning_is_a_few_hundred_metres():
    lon = np.linspace(119.0, 125.5, 30)
    lat = np.linspace(39.0, 43.4, 30)
    glon, glat = wgs84_to_gcj02(lon, lat)
    metres = np.hypot((glon - lon) * 111_320 * np.cos(np.radians(lat)), (glat - lat) * 110_570)
    assert 250 < metres.min() and metres.max() < 750


def test_large_arrays_convert_like_small_ones():
    rng = np.random.default_rng(7)
    lon = rng.uniform(100, 130, 600_000)
    lat = rng.uniform(20, 50, 600_000)
    split = gcj02_to_wgs84(lon, lat, 2)
    single = gcj02_to_wgs84(lon[:10], lat[:10], 2)
    np.testing.assert_array_equal(split[0][:10], single[0])
    np.testing.assert_array_equal(split[1][:10], single[1])
