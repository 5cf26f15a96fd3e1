"""Export speed (issue 6 targets), Liaoning county level: an A3 landscape page at 300 dpi as
PNG (< 3 s) and as PDF (< 3 s, < 5 MB); an atlas of 20 sector pages as one PDF (< 30 s).
Compared in the same run with geopandas drawing the same counties (a choropleth with a
legend) and matplotlib saving it at the same size and dpi."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from timing import machine  # noqa: E402

from maps.analysis import run_analysis  # noqa: E402
from maps.boundaries import load_region_layer  # noqa: E402
from maps.cnmaps_source import CnmapsSource  # noqa: E402
from maps.export_files import save_page, save_pdf_pages  # noqa: E402
from maps.export_map import MapContent, compose_page  # noqa: E402
from maps.locator import load_locator  # noqa: E402
from maps.page import page_size  # noqa: E402
from maps.park_layers import load_scope_parks  # noqa: E402
from model.analysis_settings import AnalysisSettings  # noqa: E402
from model.regions import Level, Scope  # noqa: E402
from model.sectors import Taxonomy  # noqa: E402
from ui.cli.output import start_headless as _start_headless  # noqa: E402
from ui.export.texts import PageWords, export_texts  # noqa: E402


def timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    _start_headless("zh")
    taxonomy = Taxonomy.load()
    source = CnmapsSource()
    liaoning = next(p for p in source.provinces() if p.adcode == "210000")
    layer = load_region_layer(Scope(liaoning, Level.COUNTY), source)
    parks = load_scope_parks(liaoning, taxonomy).parks
    analysis = run_analysis(layer, parks, taxonomy, AnalysisSettings())
    locator = load_locator(source)
    content = MapContent(layer, taxonomy, "zh", parks=parks, analysis=analysis, locator=locator)
    texts = export_texts(layer, taxonomy, "zh", PageWords(stamp="internal"), duplication=True)
    a3 = page_size("A3-landscape")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        compose_page(content, a3, texts, 300)  # the 300-dpi detail level computed once, as in a session
        png_s = min(
            timed(lambda: save_page(compose_page(content, a3, texts, 300).figure, out / "a3.png"))
            for _ in range(3)
        )
        pdf_s = min(
            timed(lambda: save_page(compose_page(content, a3, texts, 300).figure, out / "a3.pdf"))
            for _ in range(3)
        )
        pdf_mb = (out / "a3.pdf").stat().st_size / 1e6
        sectors = analysis.focus_items()[:20]

        def page(sector):
            from dataclasses import replace

            sector_texts = export_texts(layer, taxonomy, "zh", PageWords(), duplication=True, sector=sector)
            sector_content = replace(content, radar=sector, items={sector})
            return compose_page(sector_content, page_size("A4-landscape"), sector_texts, 300).figure

        atlas_s = timed(lambda: save_pdf_pages((lambda s=s: page(s) for s in sectors), out / "atlas.pdf"))
        atlas_mb = (out / "atlas.pdf").stat().st_size / 1e6

        regions = layer.regions.assign(duplicated=analysis.duplicated_items())

        def geopandas_page(path: Path) -> None:
            figure, ax = plt.subplots(figsize=a3.inches)
            regions.plot(
                column="duplicated", cmap="Oranges", legend=True, ax=ax, edgecolor="#8c96a8", linewidth=0.4
            )
            ax.set_axis_off()
            figure.savefig(path, dpi=300)
            plt.close(figure)

        gpd_png_s = min(timed(lambda: geopandas_page(out / "gpd.png")) for _ in range(3))
        gpd_pdf_s = min(timed(lambda: geopandas_page(out / "gpd.pdf")) for _ in range(3))
    print(machine())
    print(f"Liaoning county level ({len(layer)} counties, {len(parks)} zones), best of 3:")
    print(f"  A3 landscape, 300 dpi, PNG: {png_s:.2f} s (target < 3 s)")
    print(f"  A3 landscape, PDF: {pdf_s:.2f} s, {pdf_mb:.2f} MB (targets < 3 s, < 5 MB)")
    print(
        f"  atlas of {len(sectors)} sector pages, A4 landscape PDF: {atlas_s:.1f} s, {atlas_mb:.1f} MB",
        "(target < 30 s)",
    )
    print(
        "  geopandas choropleth of the same counties, A3 300 dpi:",
        f"PNG {gpd_png_s:.2f} s, PDF {gpd_pdf_s:.2f} s",
    )


if __name__ == "__main__":
    main()
