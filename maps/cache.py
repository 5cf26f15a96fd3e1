"""An on-disk cache of converted boundaries, in the user's cache directory.

Rebuilding the national county level means parsing 100 MB of GeoJSON and
converting 4.2 million vertices; reading them back from here takes a fraction of
that. Entries are NumPy ``.npz`` files (no pickles: nothing in them is executed),
keyed by the data package's version and this cache's format, written atomically.
A damaged entry is reported, deleted and rebuilt by the caller; it never stops
the program.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from pathlib import Path

import numpy as np

FORMAT = 2


class CacheDamaged(Exception):
    """An entry exists but cannot be read back; the caller rebuilds it."""


def default_cache_dir() -> Path:
    """The per-user cache directory (``CLUSTER_PLANNER_CACHE_DIR`` overrides it, e.g. in tests)."""
    override = os.environ.get("CLUSTER_PLANNER_CACHE_DIR")
    if override:
        return Path(override)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("ClusterPlanner", appauthor=False))


class ArrayCache:
    """Named bundles of NumPy arrays for one data version."""

    def __init__(self, data_version: str, root: Path | None = None) -> None:
        self.data_version = data_version
        self.root = (root or default_cache_dir()) / f"boundaries-{data_version}-v{FORMAT}"

    def path(self, key: str) -> Path:
        """Where the bundle named ``key`` lives."""
        return self.root / f"{key}.npz"

    def load(self, key: str) -> dict[str, np.ndarray] | None:
        """The bundle, ``None`` if absent; raise CacheDamaged if it cannot be read."""
        path = self.path(key)
        if not path.exists():
            return None
        try:
            with np.load(path, allow_pickle=False) as bundle:
                arrays = {name: bundle[name] for name in bundle.files}
            meta = json.loads(str(arrays.pop("__meta__")))
        except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
            raise CacheDamaged(str(path)) from exc
        if meta != {"format": FORMAT, "data_version": self.data_version, "key": key}:
            raise CacheDamaged(str(path))
        return arrays

    def save(self, key: str, arrays: dict[str, np.ndarray]) -> None:
        """Write a bundle atomically; a cache that cannot be written is skipped silently."""
        meta = json.dumps({"format": FORMAT, "data_version": self.data_version, "key": key})
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.root, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                np.savez(f, __meta__=np.array(meta), **arrays)
            os.replace(tmp, self.path(key))
        except OSError:
            # A read-only or full cache directory costs speed, never data: carry on without.
            try:
                os.unlink(tmp)
            except (OSError, UnboundLocalError):
                pass

    def discard(self, key: str) -> None:
        """Remove a (damaged) bundle."""
        try:
            self.path(key).unlink()
        except OSError:
            pass
