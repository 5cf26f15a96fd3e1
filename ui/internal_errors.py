"""The last resort: an error nobody foresaw becomes a sentence and a log file, never a traceback.

Every command and every action that opens a file runs inside ``guarded``; the window also
installs ``install_window_hook`` for slots and threads. The traceback goes to a log file in
the user's log folder, whose path the message gives, so a planner can send it to us.
"""

from __future__ import annotations

import platform
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path

from platformdirs import user_log_path
from PySide6.QtCore import QCoreApplication

from model.errors import PlannerError


class InternalError(PlannerError):
    """Something went wrong inside the program; ``log`` is where the details were written."""

    code = "internal"


def log_folder() -> Path:
    """Where internal errors are logged (``CLUSTER_PLANNER_LOG_DIR`` overrides it)."""
    import os

    override = os.environ.get("CLUSTER_PLANNER_LOG_DIR")
    return Path(override) if override else user_log_path("ClusterPlanner", appauthor=False)


def write_log(exc: BaseException) -> Path | None:
    """Write the error's details to a new log file; its path (None if even that failed)."""
    import os

    folder = log_folder()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"error-{stamp}-{os.getpid()}.log"
    lines = [
        f"Cluster Planner internal error, {datetime.now().astimezone().isoformat(timespec='seconds')}",
        f"command line: {sys.argv}",
        f"Python {sys.version.split()[0]}, {platform.platform()}",
        "",
        *traceback.format_exception(type(exc), exc, exc.__traceback__),
    ]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines), encoding="utf-8")
    except OSError:
        return None
    return path


def internal_error(exc: BaseException) -> InternalError:
    """The planner-facing error for an unexpected exception, after logging it."""
    if isinstance(exc, MemoryError):
        return InternalError(log=str(write_log(exc) or ""), memory=True)
    return InternalError(log=str(write_log(exc) or ""), kind=type(exc).__name__)


def internal_error_text(error: InternalError) -> str:
    """What the planner reads: nothing was changed, and where the details are."""
    log = error.params.get("log") or ""
    if error.params.get("memory"):
        text = QCoreApplication.translate(
            "Messages", "The input is too large for this computer's memory; nothing was changed."
        )
    else:
        text = QCoreApplication.translate("Messages", "An internal error occurred; nothing was changed.")
    if log:
        text += " " + QCoreApplication.translate("Messages", "The details are in {log}.").format(log=log)
    return text


def install_window_hook(show) -> None:
    """Route exceptions escaping Qt slots and background threads to ``show(InternalError)``."""

    def hook(kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        show(internal_error(exc))

    sys.excepthook = hook
    # Off the UI thread no dialog may open: the error is logged, and the job's own failure
    # signal tells the window.
    threading.excepthook = lambda args: write_log(args.exc_value) if args.exc_value else None
