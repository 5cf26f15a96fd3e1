"""Exit codes, output and the guard every headless command runs in.

0 on success; 2 on bad input, with a clear message (in the chosen language) on standard
error and nothing written; anything unforeseen is a message and a log file too, never a
traceback. Results go to standard output as UTF-8, or to a file written whole or not at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from model.errors import PlannerError
from ui.cli.options import check_options

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


class UsageErrorInCommand(Exception):
    """A combination of options the command does not take."""


def guarded(run, args: argparse.Namespace) -> int:
    """Run a command: its exit status, or a message on standard error and exit 2 for bad
    input, and for anything unforeseen (then with a log file of the details)."""
    import warnings

    from ui.messages import error_text, usage_text

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # library notices name library paths; errors still raise
            check_options(args)
            return run()
    except PlannerError as exc:
        print(error_text(exc), file=sys.stderr)
    except UsageErrorInCommand as exc:
        print(usage_text(str(exc)), file=sys.stderr)
    except KeyboardInterrupt:
        from ui.messages import interrupted_text

        print(interrupted_text(), file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as exc:  # the last resort: never a traceback on the planner's terminal
        from ui.internal_errors import internal_error

        print(error_text(internal_error(exc)), file=sys.stderr)
    return EXIT_BAD_INPUT


def start_headless(language: str | None) -> None:
    """A Qt core application, only for its translators; no window system is touched."""
    from PySide6.QtCore import QCoreApplication

    from ui.i18n import install_language, resolve_language

    if QCoreApplication.instance() is None:
        QCoreApplication(["main.py"])
    install_language(resolve_language(language))


def emit(text: str, out: Path | None) -> None:
    """Print to standard output (UTF-8), or write a file atomically."""
    if out is None:
        sys.stdout.reconfigure(encoding="utf-8")
        sys.stdout.write(text)
        return
    from model.tables import write_text_atomically

    write_text_atomically(out, text)
