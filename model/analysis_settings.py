"""The choices behind a duplication analysis: neighbours, items, weights, focus, thresholds.

One frozen value, saved with the project and printed in ``analyze`` output, so a result
can always say how it was reached. ``to_dict``/``from_dict`` give a JSON-friendly form.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field, replace

from model.errors import BadSetting, check_range
from model.neighbours import NeighbourMode, NeighbourSettings

__all__ = ["AnalysisSettings", "BadSetting", "FocusRule", "ItemLevel", "SETTING_RANGES", "Weighting"]

# The values each threshold may take (the dialog's spin boxes use the same).
SETTING_RANGES = {
    "lq_threshold": (0.01, 100.0),
    "share_threshold": (0.001, 1.0),
    "similarity_threshold": (0.0, 1.0),
    "significance": (0.0001, 0.5),
}


class ItemLevel(enum.StrEnum):
    """What is compared: sectors (group-level declarations as their own items) or groups."""

    SECTOR = "sector"
    GROUP = "group"


class Weighting(enum.StrEnum):
    """What a park weighs in its region's sector mix."""

    COUNT = "count"  # every park 1
    AREA = "area"  # its approved area (ha); parks without one weigh 0
    LEVEL = "level"  # by who approved it: national 3, provincial 2, other 1


class FocusRule(enum.StrEnum):
    """When a sector is a focus of a region."""

    DECLARED = "declared"  # a park in the region declares it
    LQ = "lq"  # its location quotient reaches the threshold
    SHARE = "share"  # its share of the region's weight reaches the threshold


LEVEL_WEIGHTS = {"national": 3.0, "provincial": 2.0, "other": 1.0}


@dataclass(frozen=True)
class AnalysisSettings:
    """Every option of the duplication analysis (defaults as documented in the README)."""

    neighbours: NeighbourSettings = field(default_factory=NeighbourSettings)
    items: ItemLevel = ItemLevel.SECTOR
    weighting: Weighting = Weighting.COUNT
    split: bool = False  # divide a park's weight among the items it declares
    focus: FocusRule = FocusRule.DECLARED
    lq_threshold: float = 1.25
    share_threshold: float = 0.2
    similarity_threshold: float = 0.9  # S_ij at or above it: "converged" (UNIDO convention)
    significance: float = 0.05  # join-count p-value below it: a significant co-focus cluster

    def __post_init__(self) -> None:
        for name, (low, high) in SETTING_RANGES.items():
            check_range(name, getattr(self, name), low, high)

    def with_focus(self, text: str) -> AnalysisSettings:
        """The settings with ``declared``, ``lq:T`` or ``share:T`` (the command line's --focus)."""
        rule, _, value = str(text).strip().lower().partition(":")
        try:
            if rule == FocusRule.DECLARED and not value:
                return replace(self, focus=FocusRule.DECLARED)
            if rule == FocusRule.LQ:
                return replace(self, focus=FocusRule.LQ, lq_threshold=float(value or self.lq_threshold))
            if rule == FocusRule.SHARE:
                return replace(
                    self, focus=FocusRule.SHARE, share_threshold=float(value or self.share_threshold)
                )
        except ValueError:
            pass
        raise BadSetting(option="focus", value=text, choices=["declared", "lq:1.25", "share:0.2"])

    def to_dict(self) -> dict:
        """A JSON-friendly copy (enums as their values, bloc members as lists)."""
        data = asdict(self)
        data["neighbours"]["blocs"] = {name: list(members) for name, members in self.neighbours.blocs}
        data["neighbours"]["added"] = [list(p) for p in self.neighbours.added]
        data["neighbours"]["cut"] = [list(p) for p in self.neighbours.cut]
        return _plain(data)

    @classmethod
    def from_dict(cls, data: dict) -> AnalysisSettings:
        """Read settings written by ``to_dict`` (unknown keys are ignored, missing ones default)."""
        base = cls()
        nb = dict(data.get("neighbours", {}))
        neighbours = NeighbourSettings(
            mode=_choice(NeighbourMode, nb.get("mode", base.neighbours.mode), "neighbours"),
            tolerance_m=float(nb.get("tolerance_m", base.neighbours.tolerance_m)),
            min_shared_m=float(nb.get("min_shared_m", base.neighbours.min_shared_m)),
            distance_km=float(nb.get("distance_km", base.neighbours.distance_km)),
            k=int(nb.get("k", base.neighbours.k)),
            blocs=tuple((str(n), tuple(str(m) for m in ms)) for n, ms in dict(nb.get("blocs", {})).items()),
            added=tuple((str(a), str(b)) for a, b in nb.get("added", [])),
            cut=tuple((str(a), str(b)) for a, b in nb.get("cut", [])),
        )
        return cls(
            neighbours=neighbours,
            items=_choice(ItemLevel, data.get("items", base.items), "items"),
            weighting=_choice(Weighting, data.get("weighting", base.weighting), "weighting"),
            split=bool(data.get("split", base.split)),
            focus=_choice(FocusRule, data.get("focus", base.focus), "focus"),
            lq_threshold=float(data.get("lq_threshold", base.lq_threshold)),
            share_threshold=float(data.get("share_threshold", base.share_threshold)),
            similarity_threshold=float(data.get("similarity_threshold", base.similarity_threshold)),
            significance=float(data.get("significance", base.significance)),
        )


def _choice(kind: type[enum.StrEnum], value: object, option: str):
    try:
        return kind(str(value).strip().lower())
    except ValueError:
        raise BadSetting(option=option, value=value, choices=[m.value for m in kind]) from None


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
