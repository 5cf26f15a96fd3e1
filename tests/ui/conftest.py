"""Fixtures for interface tests: a main window with Liaoning loaded, in a chosen language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from ui.i18n import install_language
from ui.settings import AppSettings
from ui.window.app import create_application
from ui.window.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    """Settings in a private file."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _wait_for_the_layout_to_settle(win, qtbot) -> None:
    """Qt animates the dock areas once their tabs appear: a click computed from the map's
    geometry before that lands some pixels off after it."""
    sizes = []

    def settled() -> bool:
        sizes.append(win.canvas.geometry().getRect())
        return len(sizes) >= 4 and len(set(sizes[-4:])) == 1

    qtbot.waitUntil(settled, timeout=5_000)


@pytest.fixture
def window(qtbot, source, settings):
    """The main window showing Liaoning's cities, loaded through the thread pool, in English."""
    create_application()
    install_language("en")
    win = MainWindow(source.provinces(), settings)
    win.resize(1200, 800)
    win.show()
    win.load_scope("210000", "city")
    qtbot.waitUntil(lambda: win.session.layer is not None and win.canvas.map is not None, timeout=30_000)
    qtbot.waitUntil(lambda: win.session.current is not None, timeout=30_000)
    _wait_for_the_layout_to_settle(win, qtbot)
    win.canvas.draw()
    yield win
    # Closed here rather than by qtbot (whose teardown runs before this one): a test's unsaved
    # edits must not stop the window closing behind a question nobody answers.
    win.undo.mark_saved()
    win.project_files.maybe_save = lambda: True
    win.close()
    win.deleteLater()
    install_language("en")
