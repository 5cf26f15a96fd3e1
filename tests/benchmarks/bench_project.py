"""Drafting speed (issue 5 targets): an edit's indicators and map update at Liaoning county
level under 100 ms; saving and opening a county-level project with 1,000 parks and five
scenarios under 1 s each, against geopandas writing the same layers."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import geopandas as gpd  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from timing import machine, median_seconds  # noqa: E402

from maps.analysis import run_analysis  # noqa: E402
from maps.boundaries import load_region_layer  # noqa: E402
from maps.cnmaps_source import CnmapsSource  # noqa: E402
from maps.legend import LegendTexts  # noqa: E402
from maps.park_layers import load_scope_parks  # noqa: E402
from maps.region_map import RegionMap  # noqa: E402
from model.analysis_settings import AnalysisSettings  # noqa: E402
from model.commands import History, MovePark, SetRole  # noqa: E402
from model.plan import Role, evaluate  # noqa: E402
from model.project_file import Project, open_project, save_project  # noqa: E402
from model.regions import Level, Scope  # noqa: E402
from model.scenario import Scenario  # noqa: E402
from model.sectors import Taxonomy  # noqa: E402

TEXTS = LegendTexts("Zones", "National", "Provincial", "Other", "Exact", "Approximate", "Several", "None")


def main() -> None:
    taxonomy = Taxonomy.load()
    source = CnmapsSource()
    liaoning = next(p for p in source.provinces() if p.adcode == "210000")
    layer = load_region_layer(Scope(liaoning, Level.COUNTY), source)
    parks = load_scope_parks(liaoning, taxonomy).parks
    scenario = Scenario("方案一", parks.copy(), AnalysisSettings())
    history = History(scenario)
    figure = Figure(figsize=(14, 9), dpi=100)
    FigureCanvasAgg(figure)
    region_map = RegionMap(figure, layer, "zh")
    region_map.set_parks(scenario.parks, taxonomy, TEXTS)
    figure.canvas.draw()
    roles = [Role.LEAD, Role.SUPPORT, Role.AVOID, Role.UNSET]
    step = [0]

    analysis = run_analysis(layer, scenario.parks, taxonomy, scenario.settings)

    def role_edit() -> None:  # the parks do not change: the plan is judged again, the map stays
        step[0] += 1
        history.push(SetRole(region="210213", sector="AUT.PART", role=roles[step[0] % 4]))
        evaluate(analysis, scenario.roles, len(scenario.edited_parks))

    def park_edit() -> None:  # a park moves: analysis, plan, markers, the whole map drawn again
        step[0] += 1
        park = scenario.parks["id"].iat[0]
        history.push(MovePark.to(park, 121.5 + step[0] % 2 / 10, 38.9, "210200", "210213"), merge=False)
        moved = run_analysis(layer, scenario.parks, taxonomy, scenario.settings)
        evaluate(moved, scenario.roles, len(scenario.edited_parks))
        region_map.set_parks(scenario.parks, taxonomy, TEXTS)
        figure.canvas.draw()

    role_s = median_seconds(role_edit, 15)
    park_s = median_seconds(park_edit, 9)

    big = pd.concat([parks] * 12, ignore_index=True).head(1000)
    big["id"] = [f"P{i:04d}" for i in range(len(big))]
    project = Project(
        {"province": "210000", "level": "county"},
        layer.regions,
        big,
        [Scenario(f"方案{i}", big.copy()) for i in range(5)],
        current="方案0",
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "project.gpkg"
        save_s = median_seconds(lambda: save_project(project, path), 5)
        open_s = median_seconds(lambda: open_project(path), 5)
        plain = Path(folder) / "plain.gpkg"

        def geopandas_write() -> None:
            plain.unlink(missing_ok=True)
            layer.regions[["id", "name_zh", "geometry"]].to_file(plain, layer="regions")
            points = gpd.points_from_xy(big["lon"], big["lat"])
            for i in range(6):
                gpd.GeoDataFrame(big, geometry=points, crs=4326).to_file(plain, layer=f"parks{i}")

        plain_s = median_seconds(geopandas_write, 5)
        size = path.stat().st_size
    print(machine())
    print(f"role edit at Liaoning county level (command, plan judged): {role_s * 1000:.1f} ms", end="")
    print("  (target < 100 ms)")
    print(
        f"park moved (command, analysis, plan, markers, map drawn): {park_s * 1000:.0f} ms  (target < 100 ms)"
    )
    print(f"save a county-level project, 1,000 parks × 5 scenarios: {save_s * 1000:.0f} ms", end="")
    print(f" (target < 1 s), {size / 1e6:.1f} MB")
    print(f"open it: {open_s * 1000:.0f} ms (target < 1 s)")
    print(f"geopandas.to_file of the same layers, nothing else: {plain_s * 1000:.0f} ms")


if __name__ == "__main__":
    main()
