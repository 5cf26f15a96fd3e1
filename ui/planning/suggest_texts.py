"""A suggestion's reasons and the rules in conflict, in words of the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from model.plan import Role, RoleEntry, Roles
from model.suggest import Blocker, Reason, Suggestion
from ui.planning.words import role_name


def evidence_text(analysis, row: int, item: str, region: str, sector: str) -> str:
    """The planning reason in plain words: how much of a sector a region holds, e.g.
    "大连市 has 3 of the 4 zones in 船舶 on this map, 12 % of its sector mix"."""
    k = analysis.items.index(item)
    zones = analysis.data.park_ids
    total = len({park for (_, column), parks in zones.items() if column == k for park in parks})
    here = len(zones.get((row, k), []))
    share = 100 * float(analysis.shares[row, k])
    return QCoreApplication.translate(
        "Suggest",
        "{region} has {here} of the {total} zones in {sector} on this map, {share} % of its sector mix",
    ).format(region=region, here=here, total=total, sector=sector, share=f"{share:.0f}")


def reason_text(
    reason: Reason,
    region: str,
    sector: str,
    role: Role,
    current: Role,
    names: list[str],
    evidence: str = "",
) -> str:
    """Why ``region`` gets ``role`` in ``sector`` (``names``: region names by row): the
    planning reason first (``evidence``, see ``evidence_text``), then the rule that chose it."""
    rule = _rule_text(reason, region, sector, role, current, names)
    if not evidence:
        return rule
    return QCoreApplication.translate("Suggest", "{evidence}. {rule}").format(evidence=evidence, rule=rule)


def _rule_text(reason: Reason, region: str, sector: str, role: Role, current: Role, names: list[str]) -> str:
    rival = names[reason.rival] if reason.rival >= 0 else ""
    values = {
        "region": region,
        "sector": sector,
        "score": f"{reason.score:.2f}",
        "rival": rival,
        "rival_score": f"{reason.rival_score:.2f}",
        "role": role_name(role.value),
    }
    if reason.kind == "fixed":
        if reason.source == "kept":
            text = QCoreApplication.translate(
                "Suggest", "{region} keeps its role in {sector} ({role}), as set"
            )
        else:
            text = QCoreApplication.translate(
                "Suggest", "{region} is {role} in {sector}, fixed by the rule {rule}"
            )
        return text.format(rule=reason.source, **values)
    if role is Role.LEAD:
        verb = (
            QCoreApplication.translate("Suggest", "{region} keeps the {sector} lead")
            if current is Role.LEAD
            else QCoreApplication.translate("Suggest", "{region} takes the {sector} lead")
        ).format(**values)
        why = {
            "strongest": QCoreApplication.translate(
                "Suggest", "score {score} against {rival} {rival_score}, its strongest neighbour in it"
            ),
            "second": QCoreApplication.translate(
                "Suggest",
                "score {score}; its stronger neighbour {rival} ({rival_score}) supports instead, so that "
                "every region focusing on it has a leading neighbour",
            ),
            "only": QCoreApplication.translate("Suggest", "score {score}; no neighbour focuses on it"),
        }.get(reason.kind, "")
        return QCoreApplication.translate("Suggest", "{verb}: {why}").format(
            verb=verb, why=why.format(**values)
        )
    if reason.kind == "neighbour-leads":
        return QCoreApplication.translate(
            "Suggest", "{region} becomes {role}: {rival} leads {sector} (score {rival_score} against {score})"
        ).format(**values)
    return QCoreApplication.translate(
        "Suggest", "{region} becomes {role}: under the rules no neighbour can lead {sector}"
    ).format(**values)


def blocker_text(blocker: Blocker, region_name, sector_name) -> str:
    """One of the rules that cannot hold together (``region_name``, ``sector_name``: id → words)."""
    regions = "、".join(region_name(r) for r in blocker.regions)
    sector = sector_name(blocker.item) if blocker.item else ""
    role = role_name(blocker.value) if blocker.kind in ("kept", "fix") else ""
    texts = {
        "kept": QCoreApplication.translate(
            "Suggest", "{regions} keeps its role in {sector} ({role}), as set"
        ),
        "fix": QCoreApplication.translate("Suggest", "rule {source}: {regions} is {role} in {sector}"),
        "restrict": QCoreApplication.translate("Suggest", "rule {source}: no new lead in {sector}"),
        "limit": QCoreApplication.translate("Suggest", "at most {value} leads for {regions}"),
        "cover": QCoreApplication.translate("Suggest", "{sector} needs a lead among {regions}"),
    }
    return texts.get(blocker.kind, blocker.kind).format(
        regions=regions, sector=sector, role=role, source=blocker.source, value=blocker.value
    )


def current_role(current: Roles, key: tuple[str, str]) -> Role:
    """The role a cell has in the plan now."""
    return current.get(key, RoleEntry(Role.UNSET)).role


def status_text(found: Suggestion) -> str:
    """The solver's verdict in words."""
    if found.status.value == "optimal":
        return QCoreApplication.translate("Suggest", "optimal (proved best)")
    if found.status.value == "feasible":
        return QCoreApplication.translate("Suggest", "best found in the time limit (gap {gap:.2%})").format(
            gap=found.gap
        )
    return QCoreApplication.translate("Suggest", "impossible: these rules cannot all hold")


def unused_rule_text(unused, region_name, sector_name) -> str:
    """Why a rule decided nothing: "rule rules.csv:2 (营口 船舶 lead) was not used: …"."""
    rule = unused.rule
    what = sector_name(rule.item)
    if rule.region:
        what = f"{region_name(rule.region)} {what} {role_name(rule.role.value)}"
    why = {
        "not-compared": QCoreApplication.translate(
            "Suggest", "the analysis does not compare this sector at its level (sectors or groups)"
        ),
        "not-contested": QCoreApplication.translate(
            "Suggest", "no neighbouring regions duplicate this sector, so nothing is decided for it"
        ),
        "not-focus": QCoreApplication.translate(
            "Suggest", "the region does not focus on this sector, so it has no role in it"
        ),
    }.get(unused.why, unused.why)
    return QCoreApplication.translate("Suggest", "Rule {source} ({what}) was not used: {why}.").format(
        source=rule.source or rule.kind.value, what=what, why=why
    )
