"""Tables planners give the analysis: planning blocs, neighbour links, region × sector statistics.

- blocs: rows of ``bloc, region`` (沿海经济带, 大连) — regions in one bloc are neighbours;
- links: rows of ``a, b[, action]`` with action ``add`` (default) or ``cut`` (sea links to
  island counties, a bridge, a mountain ridge nobody crosses);
- statistics: a region × sector table (output value from a yearbook …) that replaces the
  park-derived weights, either long (``region, sector, value``) or wide (a region column,
  one column per sector).

Regions are written as ids (adcodes) or names (大连市, 大连, Dalian); sectors as codes, Chinese
or English names or any synonym of the taxonomy. Every problem is reported with its file,
row and field; nothing is used from a file with problems.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from model.duplication import RegionItems, item_order
from model.errors import PlannerError
from model.naming import core_name
from model.park_files import ParkFileError, read_table
from model.plan import Role, RoleEntry, Roles
from model.sectors import Taxonomy

MAX_REPORTED = 20

REGION_WORDS = ("region", "地区", "区域", "城市", "city", "county", "区县", "id", "adcode", "代码")
SECTOR_WORDS = ("sector", "industry", "产业", "行业", "code", "item")
VALUE_WORDS = ("value", "产值", "数值", "weight", "权重", "output", "增加值", "营业收入")
BLOC_WORDS = ("bloc", "板块", "经济带", "片区", "group", "名称", "name")
ACTION_WORDS = ("action", "操作", "类型")


class AnalysisFileError(PlannerError):
    """A blocs, links or statistics file cannot be used (params: file, reason, problems, count)."""

    code = "analysis-file"


@dataclass(frozen=True)
class FileProblem:
    """One problem in a planner's table: where (row as in the file, field = its header) and what."""

    row: int
    field: str
    reason: str  # unknown-region, ambiguous-region, unknown-sector, bad-number, bad-action, empty
    value: str = ""


class RegionLookup:
    """Finds a region of a table by id, Chinese name (with or without suffix) or English name."""

    def __init__(self, regions: pd.DataFrame) -> None:
        self.ids = regions["id"].astype(str).tolist()
        self._names: dict[str, set[int]] = {}
        for row, (rid, zh, en) in enumerate(
            zip(self.ids, regions["name_zh"], regions["name_en"], strict=True)
        ):
            for key in (rid, str(zh), core_name(str(zh)), str(en).lower()):
                self._names.setdefault(key, set()).add(row)

    def find(self, text: str) -> list[int]:
        """Rows a written region means (several when ambiguous, none when unknown)."""
        text = str(text).strip()
        return sorted(
            self._names.get(text) or self._names.get(text.lower()) or self._names.get(core_name(text), set())
        )


def _read(path: Path, words: set[str]):
    """The file as a table (CSV in UTF-8 or GBK, Excel, …), its problems as ours."""
    try:
        return read_table(Path(path), words)
    except ParkFileError as exc:  # the same reasons, with their particulars (sizes, rows, limits)
        raise AnalysisFileError(**{**exc.params, "file": str(path)}) from exc


def _column(header: list[str], words: tuple[str, ...], exclude: set[int] = frozenset()) -> int | None:
    folded = [h.strip().lower() for h in header]
    for word in words:
        for i, name in enumerate(folded):
            if i not in exclude and (name == word or word in name):
                return i
    return None


def _region(lookup: RegionLookup, text: str, row: int, field: str, problems: list[FileProblem]) -> int | None:
    found = lookup.find(text)
    if len(found) == 1:
        return found[0]
    problems.append(FileProblem(row, field, "ambiguous-region" if found else "unknown-region", text))
    return None


def _raise(path: Path, problems: list[FileProblem]) -> None:
    if problems:
        raise AnalysisFileError(
            file=str(path), reason="rows", problems=problems[:MAX_REPORTED], count=len(problems)
        )


def read_blocs(path: Path, regions: pd.DataFrame) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Planning blocs as (name, region ids), in the order the file first names them."""
    table = _read(path, set(BLOC_WORDS + REGION_WORDS))
    bloc_col = _column(table.header, BLOC_WORDS)
    region_col = _column(table.header, REGION_WORDS, {bloc_col} if bloc_col is not None else set())
    if bloc_col is None or region_col is None:
        raise AnalysisFileError(file=str(path), reason="columns", needed="bloc, region")
    lookup, problems = RegionLookup(regions), []
    blocs: dict[str, list[str]] = {}
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        name, region = cells[bloc_col].strip(), cells[region_col].strip()
        if not name:
            problems.append(FileProblem(number, table.header[bloc_col], "empty"))
            continue
        row = _region(lookup, region, number, table.header[region_col], problems)
        if row is not None:
            blocs.setdefault(name, []).append(lookup.ids[row])
    _raise(path, problems)
    return tuple((name, tuple(dict.fromkeys(ids))) for name, ids in blocs.items())


def read_links(
    path: Path, regions: pd.DataFrame
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """Links to add and links to cut, as id pairs."""
    table = _read(path, {"a", "b", *REGION_WORDS, *ACTION_WORDS})
    if len(table.header) < 2:
        raise AnalysisFileError(file=str(path), reason="columns", needed="a, b, action")
    action_col = _column(table.header, ACTION_WORDS)
    a_col, b_col = [i for i in range(len(table.header)) if i != action_col][:2]
    lookup, problems = RegionLookup(regions), []
    added, cut = [], []
    first: dict[frozenset, tuple[int, bool]] = {}  # link → (row, cut?) where the file first names it
    for number, cells in zip(table.row_numbers, table.rows, strict=True):
        a = _region(lookup, cells[a_col], number, table.header[a_col], problems)
        b = _region(lookup, cells[b_col], number, table.header[b_col], problems)
        action = cells[action_col].strip().lower() if action_col is not None else "add"
        if action not in ("add", "cut", "添加", "增加", "删除", "断开", ""):
            problems.append(FileProblem(number, table.header[action_col], "bad-action", action))
            continue
        if a is None or b is None:
            continue
        if a == b:
            problems.append(FileProblem(number, table.header[b_col], "self-link", cells[b_col]))
            continue
        is_cut = action in ("cut", "删除", "断开")
        link = frozenset((a, b))
        if link in first:
            row, was_cut = first[link]
            reason = "link-contradicts" if was_cut != is_cut else "duplicate-row"
            problems.append(FileProblem(number, table.header[a_col], reason, str(row)))
            continue
        first[link] = (number, is_cut)
        (cut if is_cut else added).append((lookup.ids[a], lookup.ids[b]))
    _raise(path, problems)
    return tuple(added), tuple(cut)


def read_statistics(path: Path, regions: pd.DataFrame, taxonomy: Taxonomy) -> RegionItems:
    """A region × sector statistics table as weights (declared focus: the cells above 0)."""
    table = _read(path, set(REGION_WORDS + SECTOR_WORDS + VALUE_WORDS))
    region_col = _column(table.header, REGION_WORDS)
    if region_col is None:
        raise AnalysisFileError(file=str(path), reason="columns", needed="region")
    sector_col = _column(table.header, SECTOR_WORDS, {region_col})
    value_col = _column(table.header, VALUE_WORDS, {region_col, sector_col})
    lookup, problems = RegionLookup(regions), []
    cells: list[tuple[int, str, float]] = []  # region row, item, value
    if sector_col is not None and value_col is not None:  # long: one row per region and sector
        for number, row in zip(table.row_numbers, table.rows, strict=True):
            region = _region(lookup, row[region_col], number, table.header[region_col], problems)
            item = _item(taxonomy, row[sector_col], number, table.header[sector_col], problems)
            value = _number(row[value_col], number, table.header[value_col], problems)
            if None not in (region, item, value):
                cells.append((region, item, value))
    else:  # wide: a region column, then one column per sector
        items = {i: _item(taxonomy, h, 1, h, problems) for i, h in enumerate(table.header) if i != region_col}
        if not items:
            raise AnalysisFileError(file=str(path), reason="columns", needed="region, sector, value")
        for number, row in zip(table.row_numbers, table.rows, strict=True):
            region = _region(lookup, row[region_col], number, table.header[region_col], problems)
            for i, item in items.items():
                value = _number(row[i], number, table.header[i], problems)
                if None not in (region, item, value):
                    cells.append((region, item, value))
    _raise(path, problems)
    if not any(value > 0 for _, _, value in cells):
        raise AnalysisFileError(file=str(path), reason="no-values")
    order = item_order(taxonomy)
    codes = sorted({c for _, c, _ in cells}, key=lambda c: (order.get(c, len(order)), c))
    column = {c: i for i, c in enumerate(codes)}
    x = np.zeros((len(regions), len(codes)))
    for region, item, value in cells:
        x[region, column[item]] += value
    return RegionItems(codes, x, x > 0)


ROLE_WORDS = ("role", "角色", "分工", "定位")
NOTE_WORDS = ("note", "备注", "理由", "说明", "rationale")


def read_roles(path: Path, regions: pd.DataFrame, taxonomy: Taxonomy) -> Roles:
    """A plan's roles: rows of ``region, sector, role[, note]`` (role lead, support, avoid or
    unset, or 牵头, 配套, 避免)."""
    table = _read(path, set(REGION_WORDS + SECTOR_WORDS + ROLE_WORDS + NOTE_WORDS))
    region_col = _column(table.header, REGION_WORDS)
    sector_col = _column(table.header, SECTOR_WORDS, {region_col})
    role_col = _column(table.header, ROLE_WORDS, {region_col, sector_col})
    if None in (region_col, sector_col, role_col):
        raise AnalysisFileError(file=str(path), reason="columns", needed="region, sector, role")
    note_col = _column(table.header, NOTE_WORDS, {region_col, sector_col, role_col})
    lookup, problems = RegionLookup(regions), []
    roles: Roles = {}
    rows_of: dict[tuple[str, str], int] = {}
    for number, row in zip(table.row_numbers, table.rows, strict=True):
        region = _region(lookup, row[region_col], number, table.header[region_col], problems)
        item = _item(taxonomy, row[sector_col], number, table.header[sector_col], problems)
        role = _role(row[role_col], number, table.header[role_col], problems)
        if None in (region, item, role):
            continue
        cell = (lookup.ids[region], item)
        if cell in rows_of:  # which of two roles the planner meant cannot be guessed
            problems.append(
                FileProblem(number, table.header[region_col], "duplicate-cell", str(rows_of[cell]))
            )
            continue
        rows_of[cell] = number
        note = row[note_col].strip() if note_col is not None else ""
        roles[cell] = RoleEntry(role, note)
    _raise(path, problems)
    return roles


RULE_WORDS = ("rule", "规则", "类型", "kind")
RULE_KINDS = {
    "fix": "fix",
    "固定": "fix",
    "指定": "fix",
    "restrict": "restrict",
    "限制": "restrict",
    "不新增": "restrict",
}


def read_rules(path: Path, regions: pd.DataFrame, taxonomy: Taxonomy) -> list:
    """Policy rules for a suggestion: rows of ``rule, region, sector, role``. ``fix`` (固定)
    fixes a region's role in a sector (营口, 船舶, lead: a base named by the provincial plan);
    ``restrict`` (限制) allows no new lead in a sector (the region and role are left empty)."""
    from model.suggest import Rule, RuleKind

    table = _read(path, set(RULE_WORDS + REGION_WORDS + SECTOR_WORDS + ROLE_WORDS))
    rule_col = _column(table.header, RULE_WORDS)
    region_col = _column(table.header, REGION_WORDS, {rule_col})
    sector_col = _column(table.header, SECTOR_WORDS, {rule_col, region_col})
    role_col = _column(table.header, ROLE_WORDS, {rule_col, region_col, sector_col})
    if None in (rule_col, sector_col):
        raise AnalysisFileError(file=str(path), reason="columns", needed="rule, region, sector, role")
    lookup, problems, rules = RegionLookup(regions), [], []
    fixed: dict[tuple[str, str], int] = {}  # (region, sector) → the row that fixes it
    for number, row in zip(table.row_numbers, table.rows, strict=True):
        kind = RULE_KINDS.get(str(row[rule_col]).strip().lower())
        if kind is None:
            problems.append(FileProblem(number, table.header[rule_col], "bad-rule", row[rule_col]))
            continue
        item = _item(taxonomy, row[sector_col], number, table.header[sector_col], problems)
        source = f"{Path(path).name}:{number}"
        if kind == "restrict":
            if item is not None:
                rules.append(Rule(RuleKind.RESTRICT, item, source=source))
            continue
        if region_col is None or role_col is None:
            problems.append(
                FileProblem(number, table.header[rule_col], "fix-needs-region-role", row[rule_col])
            )
            continue
        region = _region(lookup, row[region_col], number, table.header[region_col], problems)
        role = _role(row[role_col], number, table.header[role_col], problems)
        if None in (region, item, role):
            continue
        cell = (lookup.ids[region], item)
        if cell in fixed:
            problems.append(FileProblem(number, table.header[region_col], "duplicate-fix", str(fixed[cell])))
            continue
        fixed[cell] = number
        rules.append(Rule(RuleKind.FIX, item, lookup.ids[region], role, source))
    _raise(path, problems)
    return rules


def _role(text: str, row: int, field: str, problems: list[FileProblem]) -> Role | None:
    try:
        return Role.parse(text)
    except ValueError:
        problems.append(FileProblem(row, field, "bad-role", text))
        return None


def _item(taxonomy: Taxonomy, text: str, row: int, field: str, problems: list[FileProblem]) -> str | None:
    code = taxonomy.item_for(text)
    if code is None:
        problems.append(FileProblem(row, field, "unknown-sector", str(text).strip()))
    return code


MAX_STATISTIC = 1e15  # more than China's output in yuan: a larger value is a typing error
_GROUPED = re.compile(r"^[+]?\d{1,3}(,\d{3})+(\.\d+)?$")  # 1,234,567.8


def _number(text: str, row: int, field: str, problems: list[FileProblem]) -> float | None:
    """A statistic: a plain number or one with thousands separators (1,234.5); a decimal
    comma (1,5 or 1.000,5) is ambiguous and reported, never guessed."""
    cleaned = unicodedata.normalize("NFKC", str(text)).strip().replace(" ", "")
    if not cleaned:
        return 0.0
    if "," in cleaned:
        if not _GROUPED.match(cleaned):
            problems.append(FileProblem(row, field, "ambiguous-number", str(text)))
            return None
        cleaned = cleaned.replace(",", "")
    try:
        value = float(cleaned)
    except ValueError:
        value = float("nan")
    if not np.isfinite(value) or value < 0:
        problems.append(FileProblem(row, field, "bad-number", str(text)))
        return None
    if value > MAX_STATISTIC:
        problems.append(FileProblem(row, field, "number-too-large", str(text)))
        return None
    return value
