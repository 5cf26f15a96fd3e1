"""Start the real program offscreen and exit as soon as the Liaoning map has been painted.

Used by bench_startup.py: prints ``MARK <unix time of the first paint>``.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    import argparse

    from maps.startup import prepare_window_start

    prepare_window_start()  # as main.py does
    from PySide6.QtCore import QTimer

    from ui.window import app as app_module

    painted = []

    original_show_layer = app_module.MainWindow.show_layer

    def show_layer(window, *args, **kwargs):
        original_show_layer(window, *args, **kwargs)
        window.canvas.mpl_connect("draw_event", lambda event: painted.append(time.perf_counter()))
        window.canvas.repaint()  # the first paint of the map, as the event loop would do it
        QTimer.singleShot(0, window.close)

    app_module.MainWindow.show_layer = show_layer
    args = argparse.Namespace(lang="zh", province=None, level=None)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(lambda: sys.exit("the map was not painted within 60 s"))
    timeout.start(60_000)
    app_module.run_gui(args)
    if not painted:
        raise SystemExit("the map was never painted")
    print(f"MARK {painted[0] - time.perf_counter() + time.time()}")


if __name__ == "__main__":
    main()
