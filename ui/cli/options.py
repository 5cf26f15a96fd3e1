"""Every number on the command line has a range, checked before any work starts.

A tolerance of 1e9 metres, a window of 60000 × 60000 pixels or a weight of NaN would
otherwise run the machine out of memory or give meaningless answers. The analysis
settings check their own ranges (``model.analysis_settings``); this module checks the
options that belong to one command, and that no output would overwrite an input.
No PySide6 here: it runs before the window's imports.
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from model.errors import BadSetting, OutputError, check_range

# option (argparse dest) → (lowest, highest)
OPTION_RANGES = {
    "dpi": (72, 600),
    "time_limit": (0.1, 3600.0),
    "max_leads": (0, 1000),
    "lead_threshold": (0.0, 1.0),
    "conflict": (1, 1_000_000),
}
MIN_WINDOW, MAX_WINDOW = (400, 300), (8000, 8000)
INPUT_OPTIONS = ("parks", "regions", "roles", "rules", "statistics", "blocs", "links", "project")


def check_options(args: argparse.Namespace) -> None:
    """Raise BadSetting (with the range) for a number out of range, OutputError when ``--out``
    is one of the command's input files."""
    for option, (low, high) in OPTION_RANGES.items():
        value = getattr(args, option, None)
        if value is not None:
            check_range(f"--{option.replace('_', '-')}", value, low, high)
    if getattr(args, "weights", None) is not None:
        parse_weights(args.weights)
    if getattr(args, "size", None) is not None and getattr(args, "command", "") == "screenshot":
        parse_window_size(args.size)
    _check_out_is_not_an_input(args)


def parse_weights(text: str) -> tuple[float, float, float, float]:
    """``--weights share,LQ,size,national``: four finite numbers of 0 to 100, not all 0."""
    parts = str(text).split(",")
    try:
        weights = tuple(float(v) for v in parts)
    except ValueError:
        weights = ()
    if len(weights) != 4 or not all(math.isfinite(w) and 0 <= w <= 100 for w in weights) or sum(weights) <= 0:
        raise BadSetting(option="--weights", value=text, choices=["0.3,0.2,0.3,0.2"])
    return weights  # type: ignore[return-value]


def parse_window_size(text: str) -> tuple[int, int]:
    """``WIDTHxHEIGHT`` in pixels, from 400 × 300 to 8000 × 8000."""
    from model.errors import BadSize

    try:
        width, height = (int(v) for v in str(text).lower().split("x"))
    except ValueError:
        raise BadSize(size=text) from None
    if not (MIN_WINDOW[0] <= width <= MAX_WINDOW[0] and MIN_WINDOW[1] <= height <= MAX_WINDOW[1]):
        raise BadSize(
            size=text, low=f"{MIN_WINDOW[0]}x{MIN_WINDOW[1]}", high=f"{MAX_WINDOW[0]}x{MAX_WINDOW[1]}"
        )
    return width, height


def _check_out_is_not_an_input(args: argparse.Namespace) -> None:
    from model.input_files import same_file

    outs = [getattr(args, "out", None)]
    for out in outs:
        if out is None or not Path(out).exists():
            continue
        for option in INPUT_OPTIONS:
            given = getattr(args, option, None)
            if given is not None and same_file(Path(out), Path(given)):
                raise OutputError(path=str(out), reason="is-input", option=f"--{option}")
