"""Lock files beside a project: who has it open, and who is saving it right now.

- While a window has a project open it keeps ``.~lock.NAME.gpkg#`` beside it (the name
  office programs use), holding who, where and since when. A second window, or a
  colleague opening the file on a shared drive, is told who holds it and may open it
  read-only. A lock whose process is gone (same machine) is stale and taken over.
- A save takes ``.NAME.gpkg.saving`` for the few moments it writes, created exclusively:
  of two saves of one file at once, the second is refused and told by whom, instead of
  both renaming half-finished files into place.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from model.errors import PlannerError
from model.people import full_user_name, host_name, login_name, process_alive

SAVE_LOCK_STALE_SECONDS = 10 * 60  # a save takes seconds; a lock this old was left by a crash


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock: for the message "opened by 王丽 on PC-17 since 09:12"."""

    user: str
    login: str
    host: str
    pid: int
    since: str  # ISO time with offset

    @classmethod
    def me(cls) -> LockHolder:
        """This process, now."""
        return cls(
            full_user_name(),
            login_name(),
            host_name(),
            os.getpid(),
            datetime.now().astimezone().isoformat(timespec="seconds"),
        )

    def is_me(self) -> bool:
        """Whether the lock is this process's own."""
        return self.host == host_name() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """Whether the holder is a process of this machine that no longer runs."""
        return self.host == host_name() and not process_alive(self.pid)


class ProjectLocked(PlannerError):
    """Someone else has the project open, or is saving it (params: file, holder, saving)."""

    code = "project-locked"


def lock_path(project: Path) -> Path:
    """The lock file of a project open in a window."""
    project = Path(project)
    return project.with_name(f".~lock.{project.name}#")


def save_lock_path(project: Path) -> Path:
    """The lock file of a save in progress."""
    project = Path(project)
    return project.with_name(f".{project.name}.saving")


def read_holder(lock: Path) -> LockHolder | None:
    """The holder written in a lock file (None when there is none or it cannot be read)."""
    try:
        with open(lock, encoding="utf-8") as f:
            data = json.loads(f.read(4096))
        return LockHolder(
            str(data["user"]), str(data["login"]), str(data["host"]), int(data["pid"]), str(data["since"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _create_exclusively(lock: Path, holder: LockHolder) -> bool:
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(json.dumps(asdict(holder), ensure_ascii=False))
    return True


def holder_of(project: Path) -> LockHolder | None:
    """Who else has the project open (None: nobody, or only a stale or own lock)."""
    holder = read_holder(lock_path(project))
    if holder is None or holder.is_me() or holder.is_stale():
        return None
    return holder


class ProjectLock:
    """A window's hold on an open project; ``release`` when it closes or opens another."""

    def __init__(self, project: Path) -> None:
        self.project = Path(project)
        self.path = lock_path(project)
        self.held = False

    def acquire(self) -> None:
        """Take the lock; raise ProjectLocked naming the holder when someone else has it.
        A folder where no lock can be written (read-only media) is not an obstacle."""
        holder = LockHolder.me()
        for _ in range(2):
            try:
                if _create_exclusively(self.path, holder):
                    self.held = True
                    return
            except OSError:
                return  # cannot write beside the file: nobody else can either
            other = read_holder(self.path)
            if other is not None and not other.is_me() and not other.is_stale():
                raise ProjectLocked(file=str(self.project), holder=other, saving=False)
            self.path.unlink(missing_ok=True)  # stale, unreadable or our own: take it over
        self.held = True

    def release(self) -> None:
        """Give the lock back (only our own lock file is removed)."""
        if self.held:
            holder = read_holder(self.path)
            if holder is None or holder.is_me():
                self.path.unlink(missing_ok=True)
        self.held = False


@contextmanager
def saving(project: Path) -> Iterator[None]:
    """Hold the save lock of ``project`` while writing it; raise ProjectLocked (saving=True)
    when another save of it is under way."""
    lock = save_lock_path(project)
    holder = LockHolder.me()
    try:
        created = _create_exclusively(lock, holder)
    except OSError:  # nothing can be written here: the save itself will say why
        yield
        return
    if not created:
        other = read_holder(lock)  # None while its writer is still writing it: held all the same
        fresh = time.time() - _mtime(lock) < SAVE_LOCK_STALE_SECONDS
        if fresh and (other is None or (not other.is_me() and not other.is_stale())):
            raise ProjectLocked(file=str(project), holder=other or _unknown_holder(), saving=True)
        lock.unlink(missing_ok=True)
        if not _create_exclusively(lock, holder):
            raise ProjectLocked(file=str(project), holder=read_holder(lock) or _unknown_holder(), saving=True)
    try:
        yield
    finally:
        lock.unlink(missing_ok=True)


def _unknown_holder() -> LockHolder:
    return LockHolder("?", "?", "?", 0, "")


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
