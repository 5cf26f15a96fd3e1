"""Small timing helpers shared by the benchmark scripts."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def median_seconds(
    action: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    """The median time of ``action`` over ``repeat`` runs: wall time, or CPU time with
    ``clock=time.process_time`` (steadier on a shared virtual machine)."""
    times = []
    for _ in range(repeat):
        start = clock()
        action()
        times.append(clock() - start)
    return statistics.median(times)


def run_python(args: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of a fresh interpreter running ``args`` (fails loudly on error)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, check=True, env={**os.environ, **(env or {})})
    return time.perf_counter() - start


def seconds_until_mark(args: list[str], env: dict[str, str] | None = None) -> float:
    """Seconds from launching a fresh interpreter until it prints ``MARK <time.time()>``.

    Measures start-up up to a moment (imports done, map painted) without counting how
    long the process then takes to shut down.
    """
    start = time.time()
    result = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    marks = [line.split()[1] for line in result.stdout.splitlines() if line.startswith("MARK ")]
    if not marks:
        raise RuntimeError(f"no MARK line from {args}: {result.stdout}{result.stderr}")
    return float(marks[0]) - start


def machine() -> str:
    """A one-line description of this machine, for the report."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {sys.version.split()[0]}"
