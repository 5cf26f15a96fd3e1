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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from maps.boundaries import load_region_layer, store_display_levels
from maps.cnmaps_source import CnmapsSource
from maps.fonts import BOLD, REGULAR
from maps.park_layers import load_scope_parks, parks_provinces, place_names
from model.analysis_files import read_roles
from model.errors import OutputError, PlannerError
from model.sectors import Taxonomy
from ui.cli.export import say_when_no_park_shows, sector_code
from ui.cli.options import parse_window_size
from ui.cli.output import EXIT_BAD_INPUT, EXIT_OK
from ui.cli.scope import DEFAULT_LEVEL, DEFAULT_PROVINCE, scope_from_args, scope_from_options
from ui.i18n import install_language, resolve_language
from ui.internal_errors import install_window_hook
from ui.messages import error_text
from ui.settings import APPLICATION, ORGANIZATION, AppSettings
from ui.window.main_window import MainWindow


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
    install_window_hook(lambda error: QMessageBox.critical(window, "Cluster Planner", error_text(error)))
    window.restore_state()
    window.show()
    project = getattr(args, "project", None)
    if project is not None and window.project_files.open_file(Path(project)):
        return app.exec()
    if project is None and window.project_files.offer_recovery():
        return app.exec()
    window.load_regions(_starting_scope(args, settings, source, window))
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


def take_screenshot(args: argparse.Namespace) -> int:
    """Render the main window offscreen to ``args.out`` (PNG) and return the exit status.

    Every input is read and checked before the window is made, and no dialog ever opens:
    a headless command that waited for a click would wait for ever."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    install_language(resolve_language(args.lang))
    out = _checked_png_path(Path(args.out))
    source = CnmapsSource()
    scope = scope_from_args(args, source)
    width, height = parse_window_size(args.size)
    layer = load_region_layer(scope, source)
    layer.display.level(layer.display.tolerances[0])
    store_display_levels(layer)
    parents = source.parent_names(scope.province, scope.level)
    parks = load_scope_parks(scope.province)
    names = place_names(parks_provinces(scope.province, source), source)
    roles = (
        read_roles(Path(args.roles), layer.regions, Taxonomy.load()) if getattr(args, "roles", None) else None
    )
    if getattr(args, "sector", None):
        args.sector = sector_code(args.sector, Taxonomy.load())  # a name or synonym, as elsewhere
    with tempfile.TemporaryDirectory() as scratch, _no_dialogs(app) as refused:
        # A private settings file: a screenshot must not change the user's last province.
        settings = AppSettings(QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(source.provinces(), settings)
        try:
            window.resize(width, height)
            window.show()
            window.resize(
                width, height
            )  # again: the docks are tabbed on the first show, which lets it shrink
            window.arrange_docks()
            window.show_layer(layer, parents, parks, names)
            if getattr(args, "select", None):
                row = layer.row_of(args.select)
                if row is not None:
                    window.select_region(row)
            _show_analysis(window, args, roles)
            if getattr(args, "sector", None):
                say_when_no_park_shows(window.canvas.map, args.sector, window.session.taxonomy)
            if refused:
                for text in refused:
                    print(text, file=sys.stderr)
                return EXIT_BAD_INPUT
            _write_png(out, _grab(app, window))
            return EXIT_OK
        finally:
            window.undo.mark_saved()  # a screenshot's edits are not the planner's work
            window.close()
            app.processEvents()


def _checked_png_path(out: Path) -> Path:
    if out.suffix.lower() != ".png":
        raise OutputError(path=str(out), reason="not-png")
    if out.is_dir():
        raise OutputError(path=str(out), reason="is-folder")
    if not out.parent.is_dir():
        raise OutputError(path=str(out), reason="no-folder")
    return out


@contextmanager
def _no_dialogs(app: QApplication) -> Iterator[list[str]]:
    """While the screenshot is taken, any dialog that opens is closed at once and its text
    collected (the offscreen platform has nobody to click it)."""
    refused: list[str] = []

    def close_dialogs() -> None:
        widget = app.activeModalWidget()
        if widget is not None:
            refused.append(getattr(widget, "text", lambda: widget.windowTitle())())
            widget.close()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(close_dialogs)
    timer.start()
    try:
        yield refused
    finally:
        timer.stop()


def _show_analysis(window: MainWindow, args: argparse.Namespace, roles) -> None:
    """The screenshot's duplication or plan view, radar sector and selected conflict, as asked."""
    controller = window.analysis_docks.controller
    deadline = time.monotonic() + 120
    while controller.busy and time.monotonic() < deadline:  # a large layer analyses off the UI thread
        QApplication.processEvents()
        time.sleep(0.02)
    if roles is not None:
        window.role_files.apply_roles(roles)
        window.planning_docks.board.raise_()
        window.planning_docks.indicators.raise_()
    if getattr(args, "sector", None):
        window.park_docks.sectors.only(args.sector)
        window.park_docks.apply_filter({args.sector})
        window.analysis_docks.set_radar({args.sector})
        window.planning_docks.plan_map.choose_items({args.sector})
    if getattr(args, "duplication", False):
        window.actions_.duplication.setChecked(True)
    if getattr(args, "plan", False):
        window.actions_.plan_view.setChecked(True)
    if getattr(args, "conflict", None):
        window.analysis_docks.conflicts.raise_()
        window.analysis_docks.conflicts.view.selectRow(args.conflict - 1)


def _grab(app: QApplication, window: MainWindow) -> bytes:
    for _ in range(3):
        app.processEvents()
    window.canvas.refresh()
    window.canvas.draw()
    app.processEvents()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    window.grab().save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def _write_png(out: Path, png: bytes) -> None:
    from model.tables import write_atomically

    write_atomically(out, lambda tmp: tmp.write_bytes(png))
