"""Suggest speed (issue 7 targets): Liaoning county level under 2 s; the 2,875 national
counties (10,000 parks over 60 sectors) within a 30 s limit, with the gap reported.
Compared in the same run with PuLP's bundled CBC solving the same model (without the
named rules that explain infeasibility), when PuLP is installed (the bench extra)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analysis import national_parks  # noqa: E402
from timing import machine  # noqa: E402

from maps.analysis import run_analysis  # noqa: E402
from maps.boundaries import load_region_layer  # noqa: E402
from maps.cnmaps_source import CnmapsSource  # noqa: E402
from maps.park_layers import load_scope_parks  # noqa: E402
from model.analysis_settings import AnalysisSettings  # noqa: E402
from model.plan import evaluate  # noqa: E402
from model.regions import Level, Scope  # noqa: E402
from model.sectors import Taxonomy  # noqa: E402
from model.suggest import SuggestSettings, cell_scores, suggest  # noqa: E402


def timed(action):
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def pulp_leads(analysis, parks, settings) -> float | None:
    """The same model (no two neighbours lead, a lead next to every focus region, the leads'
    scores) in PuLP with its bundled CBC, for comparison."""
    try:
        import pulp
    except ImportError:
        return None
    score = cell_scores(analysis, parks, settings)
    contested = sorted(set(analysis.duplicates["item"].tolist()))
    cells = [(i, k) for k in contested for i in range(len(analysis.region_ids)) if analysis.focus[i, k]]
    index = {c: n for n, c in enumerate(cells)}
    neighbours = {}
    for a, b in analysis.graph.pairs:
        neighbours.setdefault(int(a), []).append(int(b))
        neighbours.setdefault(int(b), []).append(int(a))
    problem = pulp.LpProblem("leads", pulp.LpMaximize)
    lead = [pulp.LpVariable(f"l{n}", cat="Binary") for n in range(len(cells))]
    problem += pulp.lpSum((score[i, k] - settings.lead_threshold) * lead[n] for n, (i, k) in enumerate(cells))
    for n, (i, k) in enumerate(cells):
        near = [lead[index[(j, k)]] for j in neighbours.get(i, []) if (j, k) in index]
        problem += lead[n] + pulp.lpSum(near) >= 1
        for j in neighbours.get(i, []):
            if j > i and (j, k) in index:
                problem += lead[n] + lead[index[(j, k)]] <= 1
    start = time.perf_counter()
    problem.solve(pulp.PULP_CBC_CMD(msg=False, timeLimit=30))
    return time.perf_counter() - start


def main() -> None:
    taxonomy = Taxonomy.load()
    source = CnmapsSource()
    liaoning = next(p for p in source.provinces() if p.adcode == "210000")
    embedded = load_scope_parks(liaoning, taxonomy).parks
    settings = SuggestSettings(time_limit_s=30)
    lines = [machine()]
    for name, layer, parks in (
        ("Liaoning counties", load_region_layer(Scope(liaoning, Level.COUNTY), source), embedded),
        ("Liaoning cities", load_region_layer(Scope(liaoning, Level.CITY), source), embedded),
    ):
        analysis = run_analysis(layer, parks, taxonomy, AnalysisSettings())
        found, seconds = timed(lambda a=analysis, p=parks: suggest(a, {}, settings, parks=p))
        after = evaluate(analysis, found.roles).indicators["duplicated_pairs"]
        lines.append(
            f"{name}: {seconds * 1000:.0f} ms, {found.status.value}, gap {found.gap:.3f}, "
            f"{len(found.roles)} cells, duplicated pairs {after[0]:.0f} → {after[1]:.0f} (target < 2 s)"
        )
    counties = load_region_layer(Scope(None, Level.COUNTY), source)
    parks = national_parks(counties, embedded, taxonomy)
    analysis = run_analysis(counties, parks, taxonomy, AnalysisSettings())
    found, seconds = timed(lambda: suggest(analysis, {}, settings, parks=parks))
    lines.append(
        f"2,875 national counties, 10,000 parks: {seconds:.1f} s, {found.status.value}, gap {found.gap:.4f}, "
        f"{len(found.roles)} cells (target: within the 30 s limit)"
    )
    limited = SuggestSettings(time_limit_s=30, max_leads=8)
    capped, seconds = timed(lambda: suggest(analysis, {}, limited, parks=parks))
    lines.append(
        f"the same with at most 8 leads per county (one joint model): {seconds:.1f} s, "
        f"{capped.status.value}, gap {capped.gap:.4f}"
    )
    cbc = pulp_leads(analysis, parks, settings)
    if cbc is not None:
        lines.append(f"PuLP/CBC, the same model as one, same counties: {cbc:.1f} s")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
