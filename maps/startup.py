"""Start-up speed of the window: what to import first, and what matplotlib may skip.

Measured in tests/benchmarks/bench_startup.py:
- PySide6 installs an import hook that every later import passes through, so the geo
  stack (geopandas, matplotlib) is imported before Qt: about 0.4 s less.
- Every matplotlib artist class builds a table of its properties for the docstring of
  its ``set()`` method when the class is created (``matplotlib.artist.kwdoc``), about
  0.12 s in all. The program never shows those docstrings, so the window's start-up
  replaces the table with a one-line note. Headless commands and tests keep it.
"""

from __future__ import annotations


def _short_kwdoc(artist: object) -> str:
    return "Properties: see the matplotlib documentation."


def prepare_window_start() -> None:
    """Import the geo stack in the fastest order; call before anything imports PySide6."""
    import matplotlib.artist

    if callable(getattr(matplotlib.artist, "kwdoc", None)):
        matplotlib.artist.kwdoc = _short_kwdoc
    import maps.boundaries  # noqa: F401
    import maps.region_map  # noqa: F401
