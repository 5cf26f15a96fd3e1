"""Lock files: who has a project open, stale locks taken over, and saves that do not overlap."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from model.project_lock import (
    LockHolder,
    ProjectLock,
    ProjectLocked,
    holder_of,
    lock_path,
    save_lock_path,
    saving,
)


def _lock_of(path, pid: int, host: str) -> None:
    holder = {
        "user": "王丽",
        "login": "wangli",
        "host": host,
        "pid": pid,
        "since": "2026-12-02T09:12:00+08:00",
    }
    lock_path(path).write_text(json.dumps(holder, ensure_ascii=False), encoding="utf-8")


@pytest.fixture
def colleague():
    """A running process of this machine, standing for another window."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()


def test_a_window_holds_its_project_and_gives_it_back(tmp_path):
    project = tmp_path / "plan.gpkg"
    lock = ProjectLock(project)
    lock.acquire()
    assert lock_path(project).exists()
    assert holder_of(project) is None  # our own lock is no obstacle to us
    lock.release()
    assert not lock_path(project).exists()


def test_another_holder_is_named(tmp_path, colleague):
    project = tmp_path / "plan.gpkg"
    _lock_of(project, colleague, LockHolder.me().host)
    with pytest.raises(ProjectLocked) as caught:
        ProjectLock(project).acquire()
    holder = caught.value.params["holder"]
    assert (holder.user, holder.pid, caught.value.params["saving"]) == ("王丽", colleague, False)
    assert holder_of(project).user == "王丽"


def test_a_colleague_on_another_machine_is_trusted(tmp_path):
    project = tmp_path / "plan.gpkg"
    _lock_of(project, 1, "PC-17")  # a shared drive: their process cannot be checked from here
    with pytest.raises(ProjectLocked):
        ProjectLock(project).acquire()


def test_a_lock_left_by_a_crashed_program_is_taken_over(tmp_path):
    project = tmp_path / "plan.gpkg"
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    _lock_of(project, gone.pid, LockHolder.me().host)
    assert holder_of(project) is None
    lock = ProjectLock(project)
    lock.acquire()
    assert json.loads(lock_path(project).read_text(encoding="utf-8"))["pid"] == LockHolder.me().pid


def test_a_damaged_lock_file_is_taken_over(tmp_path):
    project = tmp_path / "plan.gpkg"
    lock_path(project).write_bytes(b"\x00\xff not json")
    ProjectLock(project).acquire()


def test_release_leaves_someone_else_s_lock_alone(tmp_path, colleague):
    project = tmp_path / "plan.gpkg"
    lock = ProjectLock(project)
    lock.acquire()
    _lock_of(project, colleague, LockHolder.me().host)  # taken over by force elsewhere
    lock.release()
    assert lock_path(project).exists()


def test_a_save_in_progress_refuses_a_second_one(tmp_path, colleague):
    project = tmp_path / "plan.gpkg"
    holder = {"user": "王丽", "login": "w", "host": LockHolder.me().host, "pid": colleague, "since": ""}
    save_lock_path(project).write_text(json.dumps(holder), encoding="utf-8")
    with pytest.raises(ProjectLocked) as caught:
        with saving(project):
            pass
    assert caught.value.params["saving"] is True
    save_lock_path(project).unlink()
    with saving(project):
        assert save_lock_path(project).exists()
    assert not save_lock_path(project).exists()
