"""Starting the interface: the Qt application, its language and fonts, the window.

``run_gui`` opens the program; ``take_screenshot`` renders the same window offscreen
into a PNG (for the README, for tests, for review) and exits.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from maps.boundaries import load_region_layer, store_display_levels
from maps.cnmaps_source import CnmapsSource
from maps.fonts import BOLD, REGULAR
from maps.park_layers import load_scope_parks, parks_provinces, place_names
from model.errors import BadSize, OutputError, PlannerError
from ui.cli import EXIT_BAD_INPUT, EXIT_OK
from ui.i18n import install_language, resolve_language
from ui.main_window import MainWindow
from ui.messages import error_text
from ui.scope_options import DEFAULT_LEVEL, DEFAULT_PROVINCE, scope_from_args, scope_from_options
from ui.settings import APPLICATION, ORGANIZATION, AppSettings


def create_application() -> QApplication:
    """The QApplication, with names for QSettings and the bundled font as CJK fallback."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    for path in (REGULAR, BOLD):
        QFontDatabase.addApplicationFont(str(path))
    font = QFont(app.font())
    # Keep the platform's own UI font; fall back to the bundled one for Chinese glyphs.
    font.setFamilies([app.font().family(), "Noto Sans SC"])
    app.setFont(font)
    return app


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window on the requested (or last, or default) scope."""
    app = create_application()
    settings = AppSettings()
    install_language(args.lang or resolve_language(settings.language))
    try:
        source = CnmapsSource()
        provinces = source.provinces()
    except PlannerError as exc:
        QMessageBox.critical(None, "Cluster Planner", error_text(exc))
        return EXIT_BAD_INPUT
    window = MainWindow(provinces, settings)
    window.restore_state()
    window.show()
    project = getattr(args, "project", None)
    if project is not None and window.project_files.open_file(Path(project)):
        return app.exec()
    if project is None and window.project_files.offer_recovery():
        return app.exec()
    window.load_project_scope(_starting_scope(args, settings, source, window))
    return app.exec()


def _starting_scope(
    args: argparse.Namespace, settings: AppSettings, source: CnmapsSource, window: MainWindow
):
    """The scope asked for on the command line, else the last one, else Liaoning's cities."""
    asked = args.province is not None or args.level is not None or getattr(args, "regions", None) is not None
    try:
        if asked:
            return scope_from_args(args, source)
        return scope_from_options(
            settings.province or DEFAULT_PROVINCE, settings.level or DEFAULT_LEVEL.value, source
        )
    except PlannerError as exc:
        window.show_error(exc)
        return scope_from_options(DEFAULT_PROVINCE, DEFAULT_LEVEL.value, source)


def _parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise BadSize(size=text) from None
    return max(width, 400), max(height, 300)


def take_screenshot(args: argparse.Namespace) -> int:
    """Render the main window offscreen to ``args.out`` (PNG) and return the exit status."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    install_language(resolve_language(args.lang))
    try:
        out = Path(args.out)
        if out.suffix.lower() != ".png":
            raise OutputError(path=str(out), reason="not-png")
        if not out.parent.is_dir():
            raise OutputError(path=str(out), reason="no-folder")
        source = CnmapsSource()
        scope = scope_from_args(args, source)
        width, height = _parse_size(args.size)
        layer = load_region_layer(scope, source)
        layer.display.level(layer.display.tolerances[0])
        store_display_levels(layer)
        parents = source.parent_names(scope.province, scope.level)
        parks = load_scope_parks(scope.province)
        names = place_names(parks_provinces(scope.province, source), source)
    except PlannerError as exc:
        print(error_text(exc), file=sys.stderr)
        return EXIT_BAD_INPUT
    with tempfile.TemporaryDirectory() as scratch:
        # A private settings file: a screenshot must not change the user's last province.
        settings = AppSettings(QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(source.provinces(), settings)
        window.resize(width, height)
        window.show()
        window.resize(width, height)  # again: the docks are tabbed on the first show, which lets it shrink
        window.resizeDocks([window.park_docks.table], [int(height * 0.25)], Qt.Orientation.Vertical)
        window.resizeDocks([window.park_docks.sectors], [230], Qt.Orientation.Horizontal)
        window.show_layer(layer, parents, parks, names)
        if getattr(args, "select", None):
            row = layer.row_of(args.select)
            if row is not None:
                window.select_region(row)
        _show_analysis(window, args)
        return _grab(app, window, out)


def _show_analysis(window: MainWindow, args: argparse.Namespace) -> None:
    """The screenshot's duplication view, radar sector and selected conflict, as asked."""
    controller = window.analysis_docks.controller
    deadline = time.monotonic() + 120
    while controller.busy and time.monotonic() < deadline:  # a large layer analyses off the UI thread
        QApplication.processEvents()
        time.sleep(0.02)
    if getattr(args, "roles", None):
        window.role_files.import_file(Path(args.roles))
        window.planning_docks.board.raise_()
        window.planning_docks.indicators.raise_()
    if getattr(args, "sector", None):
        window.park_docks.sectors.only(args.sector)
        window.park_docks.apply_filter({args.sector})
        window.analysis_docks.set_radar({args.sector})
    if getattr(args, "duplication", False):
        window.actions_.duplication.setChecked(True)
    if getattr(args, "conflict", None):
        window.analysis_docks.conflicts.raise_()
        window.analysis_docks.conflicts.view.selectRow(args.conflict - 1)


def _grab(app: QApplication, window: MainWindow, out: Path) -> int:
    for _ in range(3):
        app.processEvents()
    window.canvas.refresh()
    window.canvas.draw()
    app.processEvents()
    pixmap = window.grab()
    tmp = out.with_name(f".{out.stem}.tmp.png")
    if not pixmap.save(str(tmp), "PNG"):
        tmp.unlink(missing_ok=True)
        print(error_text(OutputError(path=str(out), reason="cannot-write")), file=sys.stderr)
        window.planning_docks.planning.mark_saved()
        window.close()
        return EXIT_BAD_INPUT
    tmp.replace(out)
    window.planning_docks.planning.mark_saved()  # a screenshot's edits are not the planner's work
    QTimer.singleShot(0, window.close)
    app.processEvents()
    return EXIT_OK
