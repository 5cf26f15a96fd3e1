"""Who is working: the operating system's name for the person at the keyboard, and whether a
process (a lock's holder) is still running on this machine."""

from __future__ import annotations

import getpass
import os
import socket
import sys


def login_name() -> str:
    """The account name (``wang.li``); ``unknown`` when the system will not say."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment or the password database
        return "unknown"


def full_user_name() -> str:
    """The person's full name as the operating system knows it (王丽), else the login name."""
    name = ""
    if sys.platform == "win32":
        name = _windows_display_name()
    else:
        try:
            import pwd

            name = pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
        except (ImportError, KeyError, OSError):
            name = ""
    return name or login_name()


def _windows_display_name() -> str:
    import ctypes

    try:
        secur32 = ctypes.windll.secur32  # type: ignore[attr-defined]
        size = ctypes.c_ulong(0)
        secur32.GetUserNameExW(3, None, ctypes.byref(size))  # 3: NameDisplay
        buffer = ctypes.create_unicode_buffer(size.value or 256)
        if secur32.GetUserNameExW(3, buffer, ctypes.byref(size)):
            return buffer.value.strip()
    except (AttributeError, OSError):
        pass
    return ""


def host_name() -> str:
    """This machine's network name."""
    try:
        return socket.gethostname()
    except OSError:
        return ""


def process_alive(pid: int) -> bool:
    """Whether a process of this machine is running (a lock left by a crash is not held)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another account
    except OSError:
        return False
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
