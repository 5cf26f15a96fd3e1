"""An edit in the main window at Liaoning county level (targets: a role edit under 40 ms, a
park moved under 100 ms, indicators and map included): the edit pushed on the undo stack and
every queued update run (analysis, plan, docks, map). Compared in the same run with the plain way of showing
moved parks: building the park layer again and redrawing the whole map."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings  # noqa: E402
from timing import machine, median_seconds  # noqa: E402

from maps.cnmaps_source import CnmapsSource  # noqa: E402
from model.commands import MovePark, SetRole  # noqa: E402
from model.plan import Role  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.settings import AppSettings  # noqa: E402
from ui.window.app import create_application  # noqa: E402
from ui.window.main_window import MainWindow  # noqa: E402


def county_window(folder: Path):
    """The main window on Liaoning's counties with the catalogue zones, docks as first laid out."""
    app = create_application()
    install_language("zh")
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(CnmapsSource().provinces(), settings)
    window.resize(1400, 900)
    window.show()
    window.load_scope("210000", "county")
    while (
        window.session.layer is None
        or window.session.current is None
        or window.session.layer.scope.level.value != "county"
    ):
        app.processEvents()
    for _ in range(50):
        app.processEvents()
    window.canvas.draw()
    return app, window


def main() -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        app, window = county_window(Path(folder))
        park = window.session.parks["id"].iat[0]
        step = [0]

        def role_edit() -> None:
            step[0] += 1
            roles = (Role.LEAD, Role.SUPPORT, Role.AVOID, Role.UNSET)
            window.undo.push(SetRole(region="210213", sector="AUT.PART", role=roles[step[0] % 4]))
            app.processEvents()

        def park_move() -> None:
            step[0] += 1
            window.undo.push(MovePark.to(park, 121.5 + step[0] % 2 / 10, 38.9, "210200", "210213"))
            app.processEvents()

        def park_move_across() -> None:  # to a county of another city and back: the shading changes
            step[0] += 1
            there = ((121.60, 38.91, "210200", "210213"), (122.23, 40.67, "210800", "210804"))[step[0] % 2]
            window.undo.push(MovePark.to(park, *there))
            app.processEvents()

        def drag_frame() -> None:  # the marker following the pointer between two moves
            step[0] += 1
            x, y = window.canvas.map.parks.positions[0]
            window.canvas.map.preview_park(0, x + (1 if step[0] % 2 else -1) * 500.0, y)
            window.canvas.draw_overlay()

        def hover_change() -> None:  # the pointer crosses into another region: outline blitted
            step[0] += 1
            window.canvas._hover(step[0] % len(window.session.layer))

        def full_redraw() -> None:  # the plain way: the park layer built again, the map redrawn
            window.map_parks.draw()
            window.canvas.draw()
            app.processEvents()

        role_s = median_seconds(role_edit, 15)
        move_s = median_seconds(park_move, 15)
        drag_s = median_seconds(drag_frame, 30)
        hover_s = median_seconds(hover_change, 30)
        full_s = median_seconds(full_redraw, 9)
        window.actions_.duplication.setChecked(True)
        app.processEvents()
        move_dup_s = median_seconds(park_move, 9)
        across_s = median_seconds(park_move_across, 9)
        print(machine())
        print("Liaoning county level, main window, default dock layout:")
        print(f"  role edit (plan judged, board, indicators, map): {role_s * 1000:.0f} ms  (target < 40 ms)")
        print(
            "  park moved, plain map (analysis, plan, docks, markers blitted): "
            f"{move_s * 1000:.0f} ms  (target < 100 ms)"
        )
        print(f"  park moved within its county, duplication view (blitted): {move_dup_s * 1000:.0f} ms")
        print(f"  park moved to another city, duplication view (the map redrawn): {across_s * 1000:.0f} ms")
        print(f"  one frame of a drag (marker moved, blitted): {drag_s * 1000:.1f} ms")
        print(f"  hover outline onto another region (blitted): {hover_s * 1000:.1f} ms")
        print(f"  plain way: park layer built again and the whole map redrawn: {full_s * 1000:.0f} ms")
        window.undo.mark_saved()
        window.project_files.maybe_save = lambda: True
        window.close()


if __name__ == "__main__":
    main()
