"""Files are checked before they are read: exists, ordinary, not too large; OS errors as codes."""

from __future__ import annotations

import errno
import os

import pytest

from model import input_files
from model.input_files import check_input_file, os_reason, read_bytes_checked, same_file
from model.park_files import ParkFileError, read_text


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda tmp: tmp / "missing.csv", "not-found"),
        (lambda tmp: tmp, "is-folder"),
    ],
)
def test_missing_files_and_folders_are_named_as_such(tmp_path, make, reason):
    with pytest.raises(ParkFileError) as caught:
        check_input_file(make(tmp_path), 100, ParkFileError)
    assert caught.value.params["reason"] == reason


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs a character device")
def test_a_device_is_not_read_until_memory_runs_out():
    with pytest.raises(ParkFileError) as caught:
        read_text("/dev/zero")
    assert caught.value.params["reason"] == "not-a-file"


def test_a_file_over_the_limit_is_refused_with_its_size_and_the_limit(tmp_path, monkeypatch):
    path = tmp_path / "parks.csv"
    path.write_bytes(b"x" * 2000)
    monkeypatch.setattr("model.park_files.MAX_TABLE_BYTES", 1000)
    with pytest.raises(ParkFileError) as caught:
        read_text(path)
    assert caught.value.params | {"file": ""} == {
        "file": "",
        "reason": "too-large",
        "size": 2000,
        "limit": 1000,
    }
    assert read_bytes_checked(path, 5000, ParkFileError) == b"x" * 2000


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "disk-full"),
        (PermissionError(errno.EACCES, "Permission denied"), "no-permission"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only"),
        (FileNotFoundError(errno.ENOENT, "No such file"), "not-found"),
        (OSError(errno.EIO, "Input/output error"), "os-error"),
        (RuntimeError("sqlite3: database or disk is full"), "disk-full"),
    ],
)
def test_operating_system_errors_become_codes_the_interface_translates(error, reason):
    assert os_reason(error) == reason


def test_the_same_file_under_two_names_is_recognised(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("x")
    os.link(path, tmp_path / "b.csv")
    assert same_file(path, tmp_path / "b.csv")
    assert same_file(path, tmp_path / "." / "a.csv")
    assert not same_file(path, tmp_path / "c.csv")


def test_limits_leave_room_for_a_hundred_thousand_parks():
    assert input_files.MAX_TABLE_ROWS >= 100_000
    assert input_files.MAX_SHEET_CELLS >= 100_000 * 20
