"""``main.py suggest``: a proposed division of labour, headless, as JSON or CSV.

The same inputs as ``analyze``; ``--roles FILE`` is the plan the suggestion starts from
(its roles are kept unless ``--keep`` says otherwise), ``--rules FILE`` the policy rules.
Every proposed role comes with its reason, in ``--lang``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pandas as pd

from model.plan import Role
from ui.cli.output import emit


def add_suggest_options(parser: argparse.ArgumentParser) -> None:
    """The options of ``suggest`` (beyond the common ones, --regions and the analysis inputs)."""
    parser.add_argument("--rules", type=Path, help="policy rules: rule (fix|restrict), region, sector, role")
    parser.add_argument("--max-leads", type=int, default=0, help="at most this many leads per region")
    parser.add_argument(
        "--keep", choices=("set", "leads", "none"), default="set", help="which roles of --roles stay"
    )
    parser.add_argument(
        "--others", choices=("support", "avoid"), default="support", help="a region with no leading neighbour"
    )
    parser.add_argument(
        "--strongest-only",
        action="store_true",
        help="leads only where strongest, even if some region is left with no leading neighbour",
    )
    parser.add_argument(
        "--unspecified",
        action="store_true",
        help="roles in items declared only at group level too (装备制造（未细分）; left out by default)",
    )
    parser.add_argument(
        "--weights", default="0.3,0.2,0.3,0.2", help="score weights: share,LQ,size,national zones"
    )
    parser.add_argument(
        "--lead-threshold", type=float, default=0.5, help="a lead below this score counts against"
    )
    parser.add_argument("--time-limit", type=float, default=30.0, help="seconds the solver may take")
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("--table", choices=("roles", "changes", "indicators"), default="roles")
    parser.add_argument("--out", type=Path, help="write to this file instead of standard output")


def run_suggest(args: argparse.Namespace) -> int:
    """Suggest, print or write; raises PlannerError on bad input."""
    from maps.analysis import run_analysis
    from maps.boundaries import load_region_layer
    from model.analysis_files import read_roles, read_rules, read_statistics
    from model.sectors import Taxonomy
    from model.suggest import suggest, unspecified_items
    from model.tables import csv_text
    from ui.cli.analyze import scope_and_parks, settings_from_args

    taxonomy = Taxonomy.load()
    scope, parks = scope_and_parks(args, taxonomy)
    if parks is None:
        return 2
    layer = load_region_layer(scope)
    settings = settings_from_args(args, layer.regions)
    statistics = read_statistics(args.statistics, layer.regions, taxonomy) if args.statistics else None
    analysis = run_analysis(layer, parks, taxonomy, settings, statistics)
    current = read_roles(args.roles, layer.regions, taxonomy) if args.roles else {}
    rules = read_rules(args.rules, layer.regions, taxonomy) if args.rules else []
    found = suggest(
        analysis,
        current,
        suggest_settings(args),
        rules,
        parks,
        unspecified=unspecified_items(analysis, taxonomy),
    )
    tables = suggestion_tables(found, analysis, current, layer, taxonomy)
    for text in tables["unused_rules"]["text"]:
        print(text, file=sys.stderr)
    if args.format == "json":
        emit(json.dumps(suggestion_json(found, tables), ensure_ascii=False, indent=1) + "\n", args.out)
    else:
        emit(csv_text(tables[args.table]), args.out)
    return 0


def suggest_settings(args: argparse.Namespace):
    """The suggestion's settings from the options."""
    from model.suggest import Keep, SuggestSettings
    from ui.cli.options import parse_weights

    share, lq, size, national = parse_weights(args.weights)
    return SuggestSettings(
        share_weight=share,
        lq_weight=lq,
        size_weight=size,
        national_weight=national,
        lead_threshold=args.lead_threshold,
        neighbour_lead=not args.strongest_only,
        max_leads=max(args.max_leads, 0),
        keep=Keep(args.keep),
        others=Role(args.others),
        time_limit_s=args.time_limit,
        unspecified=args.unspecified,
    )


def suggestion_tables(found, analysis, current, layer, taxonomy) -> dict[str, pd.DataFrame]:
    """roles (region, sector, role, score, reason), changes (region, sector, from, to, reason),
    indicators (name, before, after) and conflicts (the rules that cannot hold together)."""
    from model.plan import evaluate
    from ui.i18n import current_language
    from ui.planning.suggest_texts import (
        blocker_text,
        current_role,
        evidence_text,
        reason_text,
        unused_rule_text,
    )

    language = current_language()
    names = [layer.name(r, language) for r in range(len(layer))]
    rows_of = {str(rid): row for row, rid in enumerate(layer.regions["id"])}

    def sector_name(code: str) -> str:
        return taxonomy.name(code, language) if taxonomy.knows(code) else code

    roles, changes = [], []
    changed = set(found.changes(current))
    for (region, sector), entry in sorted(found.roles.items()):
        now = current_role(current, (region, sector))
        name = names[rows_of[region]]
        reason = reason_text(
            found.reasons[(region, sector)],
            name,
            sector_name(sector),
            entry.role,
            now,
            names,
            evidence_text(analysis, rows_of[region], sector, name, sector_name(sector)),
        )
        roles.append([region, sector, entry.role.value, float(found.scores[(region, sector)]), reason])
        if (region, sector) in changed:
            changes.append([region, sector, now.value, entry.role.value, reason])
    before = evaluate(analysis, current)
    after = evaluate(analysis, found.applied(current)) if found.roles else before
    indicators = [[k, before.indicators[k][1], after.indicators[k][1]] for k in before.indicators]
    conflicts = [
        [
            b.kind,
            b.item,
            ";".join(b.regions),
            b.value,
            b.source,
            blocker_text(b, lambda r: names[rows_of[r]] if r in rows_of else r, sector_name),
        ]
        for b in found.conflicts
    ]

    def region_name(region: str) -> str:
        return names[rows_of[region]] if region in rows_of else region

    unused = [
        [u.rule.source, u.rule.kind.value, u.rule.region, u.rule.item]
        + [u.rule.role.value if u.rule.region else "", u.why, unused_rule_text(u, region_name, sector_name)]
        for u in found.unused
    ]
    return {
        "unused_rules": pd.DataFrame(
            unused, columns=["source", "rule", "region", "sector", "role", "why", "text"]
        ),
        "roles": pd.DataFrame(roles, columns=["region", "sector", "role", "score", "reason"]),
        "changes": pd.DataFrame(changes, columns=["region", "sector", "from", "to", "reason"]),
        "indicators": pd.DataFrame(indicators, columns=["indicator", "before", "after"]),
        "conflicts": pd.DataFrame(
            conflicts, columns=["kind", "sector", "regions", "value", "source", "text"]
        ),
    }


def suggestion_json(found, tables: dict[str, pd.DataFrame]) -> dict:
    """The JSON object of ``suggest`` (see the README)."""
    indicators = {
        row.indicator: {"before": float(row.before), "after": float(row.after)}
        for row in tables["indicators"].itertuples()
    }
    return {
        "status": found.status.value,
        "gap": float(found.gap),
        "roles": tables["roles"].to_dict(orient="records"),
        "changes": tables["changes"].to_dict(orient="records"),
        "indicators": indicators,
        "conflicts": tables["conflicts"].to_dict(orient="records"),
        "unused_rules": tables["unused_rules"].to_dict(orient="records"),
        "seconds": round(float(found.seconds), 3),
    }
