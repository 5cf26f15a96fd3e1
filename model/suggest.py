"""Suggest a division of labour: which region leads each contested sector, solved exactly.

For every contested item (some neighbours both focus on it) the model picks leads among
the regions that focus on it:

- no two neighbours lead the same item (unless the planner fixed both);
- every group of focus regions (connected through neighbours) keeps at least one lead;
- first aim (on by default): every focus region leads or has a leading neighbour, whom it
  then supports (where rules make that impossible, or with the aim off, a region without
  one becomes support or avoid as the planner prefers);
- then: leads sit where regions are strongest. Each lead adds its score minus a lead
  threshold (0.5): strong leads are preferred, and a weak region is not made lead just
  because no neighbour leads.

Constraints: cells the planner fixed (the roles already set, or locked, and the rules'
fixed roles) stay; at most ``max_leads`` leads per region; no new lead in a restricted
item. Each of these is a named assumption of the CP-SAT model, so an infeasible
combination comes back as the smallest set of rules that cannot hold together.

The score of region i in item k is a weighted mean of four measures, each divided by its
largest value among the item's focus regions (so 1 is the strongest): the share s_ik of
the item in the region's weight (how specialised the region is), the location quotient
LQ_ik, the weight x_ik itself (how much of the item the region has: a large diversified
city is strong in absolute terms though its share is small), and the number of
national-level zones declaring the item. Weights default to 0.3, 0.2, 0.3 and 0.2.
"""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from ortools.sat.python import cp_model
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from model.duplication import Analysis
from model.errors import PlannerError
from model.parks import ParkLevel
from model.plan import Role, RoleEntry, Roles

SCALE = 10_000  # scores are integers for CP-SAT: 4 decimals


class Keep(enum.StrEnum):
    """Which roles the planner has already set stay as they are."""

    SET = "set"  # every role set (lead, support, avoid)
    LEADS = "leads"  # only the leads set
    NONE = "none"  # none: the suggestion may change any cell


class Status(enum.StrEnum):
    """How good the answer is."""

    OPTIMAL = "optimal"
    FEASIBLE = "feasible"  # the best found within the time limit, with its gap
    INFEASIBLE = "infeasible"


@dataclass(frozen=True)
class SuggestSettings:
    """What the planner asks of a suggestion."""

    share_weight: float = 0.3
    lq_weight: float = 0.2
    size_weight: float = 0.3
    national_weight: float = 0.2
    lead_threshold: float = 0.5  # a lead below this score counts against the layout
    neighbour_lead: bool = True  # every focus region leads or has a leading neighbour (when possible)
    max_leads: int = 0  # leads per region (0: no limit)
    keep: Keep = Keep.SET
    others: Role = Role.SUPPORT  # a non-lead without a leading neighbour: support or avoid
    time_limit_s: float = 20.0
    # Items declared only at group level ("装备制造（未细分）") get roles too: by default not,
    # since a lead in "unspecified equipment" says nothing a plan can act on.
    unspecified: bool = False


class RuleKind(enum.StrEnum):
    """Policy rules (from a rules file or the dialog)."""

    FIX = "fix"  # a role fixed by the provincial plan: region, item, role
    RESTRICT = "restrict"  # no new lead in this item (leads already set may stay)


@dataclass(frozen=True)
class Rule:
    """One policy rule; ``source`` says where it came from (file and row) for messages."""

    kind: RuleKind
    item: str
    region: str = ""
    role: Role = Role.LEAD
    source: str = ""


@dataclass(frozen=True)
class Reason:
    """Why a cell gets its role, as data (the interface words it)."""

    # A lead: strongest (above every neighbour focusing on the item), second (a stronger
    # neighbour supports another lead instead), only (no neighbour focuses on it), fixed.
    # Not a lead: neighbour-leads (it supports ``rival``), fixed, no-leader.
    kind: str
    score: float = 0.0
    rival: int = -1  # region row: the strongest neighbour focusing on the item, or the lead supported
    rival_score: float = 0.0
    source: str = ""  # for a fixed role: "kept" (set by the planner) or the rule's file and row


@dataclass(frozen=True)
class Blocker:
    """A rule that, with the others named beside it, leaves no possible layout."""

    kind: str  # kept (a role already set), fix, restrict, limit (leads per region), cover (a group's lead)
    item: str = ""
    regions: tuple[str, ...] = ()
    value: str = ""  # the role kept or fixed, or the limit
    source: str = ""  # the rules file and row


@dataclass(frozen=True)
class UnusedRule:
    """A rule the suggestion did not need: ``why`` is ``not-compared`` (the item is not one the
    analysis compares at its level), ``not-contested`` (no neighbours duplicate it) or
    ``not-focus`` (the region does not focus on it, so there is no role to fix)."""

    rule: Rule
    why: str


def unused_rules(analysis: Analysis, rules: list[Rule]) -> list[UnusedRule]:
    """The rules that apply to no cell the suggestion decides."""
    contested = {analysis.items[k] for k in set(analysis.duplicates["item"].tolist())}
    columns = {code: n for n, code in enumerate(analysis.items)}
    rows = {str(rid): n for n, rid in enumerate(analysis.region_ids)}
    unused = []
    for rule in rules:
        if rule.item not in columns:
            unused.append(UnusedRule(rule, "not-compared"))
        elif rule.item not in contested:
            unused.append(UnusedRule(rule, "not-contested"))
        elif rule.kind is RuleKind.FIX and not (
            rule.region in rows and analysis.focus[rows[rule.region], columns[rule.item]]
        ):
            unused.append(UnusedRule(rule, "not-focus"))
    return unused


@dataclass
class Suggestion:
    """A proposed role for every focus cell of the contested items, and how it was found."""

    status: Status
    roles: Roles  # (region id, item) → role for every focus cell of a contested item
    reasons: dict[tuple[str, str], Reason]
    scores: dict[tuple[str, str], float]
    gap: float  # relative optimality gap (0 when optimal)
    objective: float
    conflicts: list[Blocker] = field(default_factory=list)  # the rules that cannot hold together
    seconds: float = 0.0
    unused: list[UnusedRule] = field(default_factory=list)  # rules that decided nothing, and why

    def changes(self, current: Roles) -> list[tuple[str, str]]:
        """The cells whose suggested role differs from the current plan's."""
        unset = RoleEntry(Role.UNSET)
        return [key for key, entry in self.roles.items() if current.get(key, unset).role != entry.role]

    def applied(self, current: Roles, keys: list[tuple[str, str]] | None = None) -> Roles:
        """The current plan with the suggested roles of ``keys`` (default: every change)."""
        roles = dict(current)
        for key in self.changes(current) if keys is None else keys:
            note = current[key].note if key in current else ""
            roles[key] = RoleEntry(self.roles[key].role, note)
        return roles


class SuggestionError(PlannerError):
    """A suggestion cannot be made (params: reason)."""

    code = "suggest"


def cell_scores(analysis: Analysis, parks: pd.DataFrame | None, settings: SuggestSettings) -> np.ndarray:
    """Regions × items: the score of every focus cell (0 elsewhere); see the module docstring."""
    focus = analysis.focus
    national = _national_counts(analysis, parks)
    total = 0.0
    score = np.zeros(focus.shape)
    for weight, measure in (
        (settings.share_weight, analysis.shares),
        (settings.lq_weight, analysis.lq),
        (settings.size_weight, analysis.data.x),
        (settings.national_weight, national),
    ):
        if weight <= 0:
            continue
        values = np.where(focus, measure, 0.0)
        top = values.max(axis=0)
        score += weight * np.divide(values, top, out=np.zeros_like(values), where=top > 0)
        total += weight
    return score / total if total > 0 else score


def _national_counts(analysis: Analysis, parks: pd.DataFrame | None) -> np.ndarray:
    counts = np.zeros(analysis.focus.shape)
    if parks is None or not len(parks):
        return counts
    national = {
        str(pid) for pid, level in zip(parks["id"], parks["level"], strict=True)
        if ParkLevel.parse(str(level)) is ParkLevel.NATIONAL
    }  # fmt: skip
    for (row, column), ids in analysis.data.park_ids.items():
        counts[row, column] = sum(1 for pid in ids if str(pid) in national)
    return counts


def suggest(
    analysis: Analysis,
    current: Roles,
    settings: SuggestSettings = SuggestSettings(),
    rules: list[Rule] = (),
    parks: pd.DataFrame | None = None,
    locked: set[tuple[str, str]] = frozenset(),
    unspecified: frozenset[str] = frozenset(),
) -> Suggestion:
    """Propose roles for the contested items of an analysis (see the module docstring);
    ``unspecified``: its group-level items (``unspecified_items``), left out unless the
    settings include them.

    Without a limit on leads per region the items do not interact: each is solved as a
    model of its own (the national county map then takes seconds, not the time limit).
    With a limit, all items are one model."""
    score = cell_scores(analysis, parks, settings)
    contested = sorted(set(analysis.duplicates["item"].tolist()))
    if not settings.unspecified:
        contested = [k for k in contested if analysis.items[k] not in unspecified]
    blocks = [contested] if settings.max_leads > 0 else [[k] for k in contested]
    start = time.perf_counter()
    parts = []
    for block in blocks:
        left = max(settings.time_limit_s - (time.perf_counter() - start), 0.5)
        inputs = (analysis, current, settings, list(rules), score, set(locked), block, left)
        found = _Problem(*inputs, strict=settings.neighbour_lead).solve()
        if found.status is Status.INFEASIBLE and settings.neighbour_lead:  # some region must go without
            found = _Problem(*inputs, strict=False).solve()
        parts.append(found)
        if parts[-1].status is Status.INFEASIBLE:
            break
    merged = _merged(parts, time.perf_counter() - start)
    merged.unused = unused_rules(analysis, list(rules))
    return merged


def unspecified_items(analysis: Analysis, taxonomy) -> frozenset[str]:
    """The items of an analysis declared only at group level ("group, unspecified"): the
    group codes among the items of a sector-level analysis (at group level every item is a
    group, and each is a real choice)."""
    if analysis.settings.items.value != "sector":
        return frozenset()
    return frozenset(code for code in analysis.items if taxonomy.is_group(code))


def _merged(parts: list[Suggestion], seconds: float) -> Suggestion:
    """One suggestion from those of independent blocks."""
    infeasible = [p for p in parts if p.status is Status.INFEASIBLE]
    if infeasible:
        return Suggestion(Status.INFEASIBLE, {}, {}, {}, 1.0, 0.0, infeasible[0].conflicts, seconds)
    merged = Suggestion(Status.OPTIMAL, {}, {}, {}, 0.0, 0.0, [], seconds)
    for part in parts:
        merged.roles.update(part.roles)
        merged.reasons.update(part.reasons)
        merged.scores.update(part.scores)
        merged.objective += part.objective
        merged.gap = max(merged.gap, part.gap)
        if part.status is Status.FEASIBLE:
            merged.status = Status.FEASIBLE
    return merged


class _Problem:
    """The CP-SAT model of one suggestion."""

    def __init__(
        self, analysis, current, settings, rules, score, locked, items, time_limit_s, strict
    ) -> None:
        self.analysis, self.current, self.settings, self.rules = analysis, current, settings, rules
        self.ids = [str(r) for r in analysis.region_ids]
        self.items = analysis.items
        self.score = score
        self.time_limit_s = time_limit_s
        self.strict = strict  # every focus region must lead or neighbour a lead
        self.contested = items  # the item columns this model decides
        self.cells = [(i, k) for k in self.contested for i in np.flatnonzero(analysis.focus[:, k])]
        self.index = {cell: n for n, cell in enumerate(self.cells)}
        self.fixed = self._fixed_roles(locked)
        self.model = cp_model.CpModel()
        self.lead = [self.model.new_bool_var(f"lead_{i}_{k}") for i, k in self.cells]
        self.assumptions: dict[int, Blocker] = {}  # literal index → its rule, to explain infeasibility

    # -- what the planner fixed -------------------------------------------------------------
    def _fixed_roles(self, locked: set[tuple[str, str]]) -> dict[tuple[int, int], tuple[Role, Blocker]]:
        """Cells whose role must stay: (row, item) → (role, which rule says so)."""
        rows = {rid: n for n, rid in enumerate(self.ids)}
        columns = {code: n for n, code in enumerate(self.items)}
        fixed: dict[tuple[int, int], tuple[Role, str]] = {}
        keep = self.settings.keep
        for (region, item), entry in self.current.items():
            if region not in rows or item not in columns or entry.role is Role.UNSET:
                continue
            kept = (
                (region, item) in locked
                or keep is Keep.SET
                or (keep is Keep.LEADS and entry.role is Role.LEAD)
            )
            if kept:
                blocker = Blocker("kept", item, (region,), entry.role.value)
                fixed[(rows[region], columns[item])] = (entry.role, blocker)
        for rule in self.rules:
            if rule.kind is RuleKind.FIX and rule.region in rows and rule.item in columns:
                blocker = Blocker("fix", rule.item, (rule.region,), rule.role.value, rule.source)
                fixed[(rows[rule.region], columns[rule.item])] = (rule.role, blocker)
        return fixed

    # -- the model -----------------------------------------------------------------------------
    def _assume(self, blocker: Blocker) -> cp_model.IntVar:
        literal = self.model.new_bool_var(f"rule_{len(self.assumptions)}")
        self.assumptions[literal.index] = blocker
        return literal

    def _build(self) -> None:
        m, lead = self.model, self.lead
        for (i, k), (role, name) in self.fixed.items():
            if (i, k) in self.index:
                m.add(lead[self.index[(i, k)]] == int(role is Role.LEAD)).only_enforce_if(self._assume(name))
        pairs = self.analysis.graph.pairs
        for k in self.contested:
            both = self.analysis.focus[pairs[:, 0], k] & self.analysis.focus[pairs[:, 1], k]
            for a, b in pairs[both]:
                fixed_a, fixed_b = self.fixed.get((a, k)), self.fixed.get((b, k))
                if fixed_a and fixed_b and fixed_a[0] is Role.LEAD and fixed_b[0] is Role.LEAD:
                    continue  # both leads fixed by the planner: kept, and reported as a conflict
                m.add(lead[self.index[(a, k)]] + lead[self.index[(b, k)]] <= 1)
            for members in self._groups(k):
                blocker = Blocker("cover", self.items[k], tuple(self.ids[i] for i in members))
                m.add(sum(lead[self.index[(i, k)]] for i in members) >= 1).only_enforce_if(
                    self._assume(blocker)
                )
        self._limits()
        self._restrictions()
        self._objective(pairs)

    def _groups(self, k: int) -> list[list[int]]:
        """The connected groups of regions focusing on item k."""
        members = np.flatnonzero(self.analysis.focus[:, k])
        position = {row: n for n, row in enumerate(members)}
        pairs = self.analysis.graph.pairs
        inside = np.isin(pairs[:, 0], members) & np.isin(pairs[:, 1], members)
        a = [position[r] for r in pairs[inside, 0]]
        b = [position[r] for r in pairs[inside, 1]]
        graph = sparse.coo_matrix((np.ones(len(a)), (a, b)), shape=(len(members), len(members)))
        count, labels = connected_components(graph, directed=False)
        return [members[labels == g].tolist() for g in range(count)]

    def _limits(self) -> None:
        if self.settings.max_leads <= 0:
            return
        by_region: dict[int, list[int]] = {}
        for n, (i, _) in enumerate(self.cells):
            by_region.setdefault(i, []).append(n)
        for i, cells in by_region.items():
            if len(cells) > self.settings.max_leads:
                literal = self._assume(Blocker("limit", "", (self.ids[i],), str(self.settings.max_leads)))
                self.model.add(sum(self.lead[n] for n in cells) <= self.settings.max_leads).only_enforce_if(
                    literal
                )

    def _restrictions(self) -> None:
        for rule in self.rules:
            if rule.kind is not RuleKind.RESTRICT or rule.item not in self.items:
                continue
            k = self.items.index(rule.item)
            if k not in self.contested:
                continue
            literal = self._assume(Blocker("restrict", rule.item, (), "", rule.source))
            for i in np.flatnonzero(self.analysis.focus[:, k]):
                already = self.current.get((self.ids[i], rule.item))
                if (i, k) in self.index and not (already and already.role is Role.LEAD):
                    self.model.add(self.lead[self.index[(i, k)]] == 0).only_enforce_if(literal)

    def _objective(self, pairs: np.ndarray) -> None:
        """The leads' scores above the lead threshold (strong leads, and no weak region made
        lead only because it could be), with every focus region leading or next to a lead
        (no one supports nobody): a constraint when the rules allow it (the usual case, and a
        far easier model), else an aim weighed above any score."""
        neighbours: dict[int, list[int]] = {}
        for a, b in pairs:
            neighbours.setdefault(int(a), []).append(int(b))
            neighbours.setdefault(int(b), []).append(int(a))
        covered_weight = (len(self.cells) + 1) * SCALE
        terms = []
        for n, (i, k) in enumerate(self.cells):
            terms.append(int(round((self.score[i, k] - self.settings.lead_threshold) * SCALE)) * self.lead[n])
            near = [self.lead[self.index[(j, k)]] for j in neighbours.get(i, []) if (j, k) in self.index]
            if not self.settings.neighbour_lead:
                continue  # only the strongest leads: others may have no leading neighbour
            if self.strict:
                if (i, k) not in self.fixed:
                    self.model.add(self.lead[n] + sum(near) >= 1)
                continue
            covered = self.model.new_bool_var(f"covered_{i}_{k}")
            self.model.add(covered <= self.lead[n] + sum(near))
            terms.append(covered_weight * covered)
        self.model.maximize(sum(terms))

    # -- solving ---------------------------------------------------------------------------------
    def solve(self) -> Suggestion:
        self._build()
        self.model.add_assumptions(list(self._assumption_vars()))
        solver = cp_model.CpSolver()
        solver.parameters.max_time_in_seconds = self.time_limit_s
        solver.parameters.num_workers = 1  # one worker: the same input gives the same answer
        solver.parameters.random_seed = 7
        code = solver.solve(self.model)
        if code in (cp_model.INFEASIBLE, cp_model.MODEL_INVALID) or code == cp_model.UNKNOWN:
            conflicts = [self.assumptions[v] for v in solver.sufficient_assumptions_for_infeasibility()]
            if code == cp_model.UNKNOWN:
                raise SuggestionError(reason="time")
            return Suggestion(Status.INFEASIBLE, {}, {}, {}, 1.0, 0.0, conflicts, solver.wall_time)
        chosen = np.array([bool(solver.value(v)) for v in self.lead], dtype=bool)
        best, bound = solver.objective_value, solver.best_objective_bound
        gap = 0.0 if code == cp_model.OPTIMAL else abs(bound - best) / max(abs(bound), 1.0)
        status = Status.OPTIMAL if code == cp_model.OPTIMAL else Status.FEASIBLE
        roles, reasons, scores = self._roles(chosen)
        return Suggestion(status, roles, reasons, scores, gap, best, [], solver.wall_time)

    def _assumption_vars(self):
        for index in self.assumptions:
            yield self.model.get_bool_var_from_proto_index(index)

    def _roles(self, chosen: np.ndarray):
        """Roles and reasons from the chosen leads."""
        roles: Roles = {}
        reasons: dict[tuple[str, str], Reason] = {}
        scores: dict[tuple[str, str], float] = {}
        pairs = self.analysis.graph.pairs
        for n, (i, k) in enumerate(self.cells):
            key = (self.ids[i], self.items[k])
            scores[key] = float(self.score[i, k])
            rivals = [j for j in self._neighbours(i, pairs) if (j, k) in self.index]
            leading = [j for j in rivals if chosen[self.index[(j, k)]]]
            best = max(rivals, key=lambda j: self.score[j, k], default=-1)
            fixed = self.fixed.get((i, k))
            if chosen[n]:
                role = Role.LEAD
                if fixed:
                    kind = "fixed"
                    source = fixed[1].source or fixed[1].kind
                elif not rivals:
                    kind = "only"
                else:
                    kind = "strongest" if self.score[i, k] >= self.score[best, k] else "second"
                rival_score = self.score[best, k] if best >= 0 else 0.0
                reasons[key] = Reason(kind, self.score[i, k], best, rival_score, source if fixed else "")
            elif fixed:
                role = fixed[0]
                reasons[key] = Reason("fixed", self.score[i, k], source=fixed[1].source or fixed[1].kind)
            elif leading:
                role = Role.SUPPORT
                top = max(leading, key=lambda j: self.score[j, k])
                reasons[key] = Reason("neighbour-leads", self.score[i, k], top, self.score[top, k])
            else:
                role = self.settings.others
                reasons[key] = Reason("no-leader", self.score[i, k])
            roles[key] = RoleEntry(role)
        return roles, reasons, scores

    def _neighbours(self, i: int, pairs: np.ndarray) -> list[int]:
        cache = self.__dict__.setdefault("_neighbours_of", None)
        if cache is None:
            cache = {}
            for a, b in pairs:
                cache.setdefault(int(a), []).append(int(b))
                cache.setdefault(int(b), []).append(int(a))
            self._neighbours_of = cache
        return cache.get(i, [])
