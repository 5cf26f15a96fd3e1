"""A coordinated layout: which region leads, supports or avoids which sector, and what that
does to the duplication.

Under a plan, two neighbours that both lead a sector conflict (``lead-lead``); lead beside
support is coordinated; a region supporting a sector no neighbour leads is orphaned
(``orphan-support``); a duplicated focus with no role on one side is ``unresolved``.
A duplicated focus stays duplicated under the plan unless one side avoids the sector or
exactly one side leads it and the other supports. A region that avoids a sector drops it
from its sector mix, so the pair measures move too.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass

import numpy as np
import pandas as pd

from model import measures
from model.duplication import Analysis


class Role(enum.StrEnum):
    """A region's role in a sector."""

    LEAD = "lead"  # 牵头
    SUPPORT = "support"  # 配套
    AVOID = "avoid"  # 避免
    UNSET = "unset"

    @classmethod
    def parse(cls, text: str) -> Role:
        """Read a role in English or Chinese; raise ValueError for anything else."""
        value = str(text or "").strip().lower()
        for role, words in _ROLE_WORDS.items():
            if value in words:
                return role
        raise ValueError(text)


_ROLE_WORDS = {
    Role.LEAD: ("lead", "牵头", "主导", "龙头"),
    Role.SUPPORT: ("support", "配套", "协作", "支撑"),
    Role.AVOID: ("avoid", "避免", "不发展", "退出"),
    Role.UNSET: ("unset", "", "未定", "待定"),
}


class ConflictKind(enum.StrEnum):
    """What is wrong under a plan."""

    LEAD_LEAD = "lead-lead"
    ORPHAN_SUPPORT = "orphan-support"
    UNRESOLVED = "unresolved"


@dataclass(frozen=True)
class RoleEntry:
    """One cell of the role board: a region's role in an item, with the planner's reason."""

    role: Role
    note: str = ""


Roles = dict[tuple[str, str], RoleEntry]  # (region id, item code) → role


def role_matrix(roles: Roles, region_ids: np.ndarray, items: list[str]) -> np.ndarray:
    """Roles as a regions × items array of Role values (UNSET where none is set)."""
    matrix = np.full((len(region_ids), len(items)), Role.UNSET.value, dtype=object)
    row = {rid: i for i, rid in enumerate(np.asarray(region_ids).astype(str))}
    column = {code: k for k, code in enumerate(items)}
    for (region, item), entry in roles.items():
        if region in row and item in column:
            matrix[row[region], column[item]] = entry.role.value
    return matrix


@dataclass
class PlanResult:
    """What a plan leaves: its conflicts and the indicators before and after."""

    conflicts: pd.DataFrame  # a, b (rows; b = -1 for one-region conflicts), item, kind
    remaining: np.ndarray  # per flag of Analysis.duplicates: still duplicated under the plan
    indicators: dict[str, tuple[float, float]]  # name → (baseline, plan)

    def map_marks(self) -> tuple[np.ndarray, list[int]]:
        """What a map marks of the conflicts: neighbour pairs both leading (rows, n × 2) and
        regions whose support has no leading neighbour."""
        table = self.conflicts
        both = table[table["kind"] == "lead-lead"][["a", "b"]].drop_duplicates().to_numpy(dtype=int)
        orphans = sorted(set(table.loc[table["kind"] == "orphan-support", "a"].astype(int)))
        return both.reshape(-1, 2), orphans


def evaluate(analysis: Analysis, roles: Roles, parks_edited: int = 0) -> PlanResult:
    """Judge a plan against an analysis (both of the same regions and items)."""
    matrix = role_matrix(roles, analysis.region_ids, analysis.items)
    flags = analysis.duplicates
    a, b, item = (flags[c].to_numpy(dtype=int) for c in ("a", "b", "item"))
    role_a, role_b = matrix[a, item], matrix[b, item]
    lead, support, unset = Role.LEAD.value, Role.SUPPORT.value, Role.UNSET.value
    remaining = _still_duplicated(role_a, role_b)
    conflicts = [
        _pair_conflicts(analysis, matrix, lead),
        _orphans(analysis, matrix, lead, support),
        _unresolved(a, b, item, role_a, role_b, unset),
    ]
    table = pd.concat(conflicts, ignore_index=True).drop_duplicates(ignore_index=True)
    indicators = _indicators(analysis, matrix, remaining, table, parks_edited)
    return PlanResult(table, remaining, indicators)


def what_remains(analysis: Analysis, roles: Roles) -> Analysis:
    """The analysis as a plan leaves it: the same measures, with only the duplicated focuses
    the plan does not resolve. The duplication view of a plan draws this, so its shading and
    its borders change as roles are set; without roles it is the analysis itself."""
    if not roles or analysis.duplicates.empty:
        return analysis
    matrix = role_matrix(roles, analysis.region_ids, analysis.items)
    flags = analysis.duplicates
    a, b, item = (flags[c].to_numpy(dtype=int) for c in ("a", "b", "item"))
    remaining = _still_duplicated(matrix[a, item], matrix[b, item])
    return dataclasses.replace(analysis, duplicates=flags[remaining].reset_index(drop=True))


def _still_duplicated(role_a: np.ndarray, role_b: np.ndarray) -> np.ndarray:
    """Per duplicated focus (the two sides' roles): whether the plan leaves it duplicated.
    It is resolved when one side avoids the sector, or one leads and the other supports."""
    lead, support, avoid = Role.LEAD.value, Role.SUPPORT.value, Role.AVOID.value
    coordinated = ((role_a == lead) & (role_b == support)) | ((role_a == support) & (role_b == lead))
    return ~(coordinated | (role_a == avoid) | (role_b == avoid))


def _pair_conflicts(analysis: Analysis, matrix: np.ndarray, lead: str) -> pd.DataFrame:
    """Neighbours both leading the same item."""
    pairs = analysis.graph.pairs
    both = (matrix[pairs[:, 0]] == lead) & (matrix[pairs[:, 1]] == lead)
    p, k = np.nonzero(both)
    return pd.DataFrame({"a": pairs[p, 0], "b": pairs[p, 1], "item": k, "kind": ConflictKind.LEAD_LEAD.value})


def _orphans(analysis: Analysis, matrix: np.ndarray, lead: str, support: str) -> pd.DataFrame:
    """Regions supporting an item that no neighbour leads."""
    leads = (matrix == lead).astype(np.int32)
    neighbour_leads = np.asarray(analysis.graph.matrix @ leads)
    region, k = np.nonzero((matrix == support) & (neighbour_leads == 0))
    return pd.DataFrame({"a": region, "b": -1, "item": k, "kind": ConflictKind.ORPHAN_SUPPORT.value})


def _unresolved(a, b, item, role_a, role_b, unset: str) -> pd.DataFrame:
    """Each side of a duplicated focus that has no role."""
    rows = np.r_[a[role_a == unset], b[role_b == unset]]
    items = np.r_[item[role_a == unset], item[role_b == unset]]
    table = pd.DataFrame({"a": rows, "b": -1, "item": items, "kind": ConflictKind.UNRESOLVED.value})
    return table.drop_duplicates(ignore_index=True)


def _indicators(
    analysis: Analysis, matrix: np.ndarray, remaining: np.ndarray, conflicts: pd.DataFrame, parks_edited: int
) -> dict[str, tuple[float, float]]:
    """The plan's headline numbers beside the baseline's."""
    flags = analysis.duplicates
    contested = np.unique(flags["item"].to_numpy(dtype=int))
    leads = matrix == Role.LEAD.value
    x = np.where(matrix == Role.AVOID.value, 0.0, analysis.data.x)  # avoided sectors leave the mix
    pairs = analysis.graph.pairs
    before = measures.similarity(analysis.shares, pairs[:, 0], pairs[:, 1])
    after = measures.similarity(measures.shares(x), pairs[:, 0], pairs[:, 1])
    focus_regions = analysis.focus.any(axis=1)
    lead_lead = int((conflicts["kind"] == ConflictKind.LEAD_LEAD.value).sum())
    return {
        "duplicated_pairs": (float(len(flags)), float(remaining.sum())),
        "conflicting_leads": (0.0, float(lead_lead)),
        "mean_similarity": (_mean(before), _mean(after)),
        "sectors_without_lead": (float(len(contested)), float((~leads[:, contested].any(axis=0)).sum())),
        "regions_without_lead": (
            float(focus_regions.sum()),
            float((focus_regions & ~leads.any(axis=1)).sum()),
        ),
        "parks_edited": (0.0, float(parks_edited)),
    }


def _mean(values: np.ndarray) -> float:
    finite = values[~np.isnan(values)]
    return float(finite.mean()) if len(finite) else float("nan")
