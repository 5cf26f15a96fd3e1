"""Every file a planner gives is hostile until checked: it exists, it is an ordinary file,
and it is no larger than the program is willing to read.

The readers call ``check_input_file`` before they open anything, so a device
(``/dev/zero``), a folder or a multi-gigabyte file is refused with a reason the interface
can phrase, instead of being read until memory runs out. ``os_reason`` turns an
operating-system error into a code the interface translates, so that "No space left on
device" reads as "the disk is full" in Chinese too.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from model.errors import PlannerError

MB = 1024 * 1024
# Limits by kind of file. A table of 100,000 parks is about 15 MB as CSV and 6 MB as
# Excel; the national boundary layer of 2,875 counties about 250 MB as a Shapefile.
MAX_TABLE_BYTES = 200 * MB
MAX_VECTOR_BYTES = 2048 * MB
MAX_PROJECT_BYTES = 2048 * MB
# Excel's own limit for a cell; longer text is not a value a planner typed.
MAX_CELL_CHARS = 32_767
MAX_TABLE_ROWS = 500_000
MAX_TABLE_COLUMNS = 1_000
# Rows × columns from A1 to the last used cell, which the spreadsheet reader allocates.
MAX_SHEET_CELLS = 20_000_000


def check_input_file(path: Path, max_bytes: int, error: type[PlannerError]) -> int:
    """The size of ``path`` if it is an ordinary file of at most ``max_bytes``; otherwise raise
    ``error(file=…, reason=…)`` with reason ``not-found``, ``not-a-file``, ``too-large``
    (params ``size`` and ``limit``, in bytes) or an ``os_reason`` code."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise error(file=str(path), reason=os_reason(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise error(file=str(path), reason="is-folder")
    if not stat.S_ISREG(info.st_mode):
        raise error(file=str(path), reason="not-a-file")
    if info.st_size > max_bytes:
        raise error(file=str(path), reason="too-large", size=info.st_size, limit=max_bytes)
    return info.st_size


def read_bytes_checked(path: Path, max_bytes: int, error: type[PlannerError]) -> bytes:
    """The whole file, after ``check_input_file``; never more than ``max_bytes`` (a file that
    grows while it is read is refused too)."""
    check_input_file(path, max_bytes, error)
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise error(file=str(path), reason=os_reason(exc)) from exc
    if len(data) > max_bytes:
        raise error(file=str(path), reason="too-large", size=len(data), limit=max_bytes)
    return data


_ERRNO_REASONS = {
    errno.ENOENT: "not-found",
    errno.EACCES: "no-permission",
    errno.EPERM: "no-permission",
    errno.ENOSPC: "disk-full",
    errno.EDQUOT: "disk-full",
    errno.EROFS: "read-only",
    errno.EISDIR: "is-folder",
    errno.ENOTDIR: "no-folder",
    errno.ENAMETOOLONG: "name-too-long",
    errno.EBUSY: "in-use",
}
_WINDOWS_REASONS = {32: "in-use", 33: "in-use", 5: "no-permission", 112: "disk-full"}


def os_reason(exc: BaseException) -> str:
    """A translatable code for an operating-system error (``os-error`` when it is none of the
    usual ones; the interface then shows the system's own words)."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINDOWS_REASONS:
        return _WINDOWS_REASONS[winerror]
    code = getattr(exc, "errno", None)
    if code in _ERRNO_REASONS:
        return _ERRNO_REASONS[code]
    text = str(exc).lower()
    if "no space left" in text or "disk full" in text or "database or disk is full" in text:
        return "disk-full"
    return "os-error"


def disk_is_full(folder: Path, needed: int = 1 * MB) -> bool:
    """Whether the disk holding ``folder`` has less than ``needed`` bytes free (GDAL reports a
    full disk as a failed transaction, without the system's error)."""
    import shutil

    try:
        return shutil.disk_usage(folder).free < needed
    except OSError:
        return False


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same existing file (an output that would overwrite an input)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()
