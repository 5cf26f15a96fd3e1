"""The plan view in the main window at Liaoning county level (target: switching to it, and a
role edit in it, under 100 ms, the map repainted): the suggested roles of the catalogue
zones drawn for one sector and as the overview. Compared in the same run with the plain
way of showing a changed picture: the whole map redrawn."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_edit_window import county_window  # noqa: E402
from timing import machine, median_seconds  # noqa: E402

from model.commands import Compound, SetRole  # noqa: E402
from model.plan import Role  # noqa: E402
from model.suggest import suggest, unspecified_items  # noqa: E402


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        app, window = county_window(Path(folder))
        while window.analysis_docks.analysis is None:
            app.processEvents()
        analysis = window.analysis_docks.analysis
        roles = suggest(analysis, {}, unspecified=unspecified_items(analysis, window.session.taxonomy)).roles
        steps = [SetRole(region=r, sector=i, role=e.role) for (r, i), e in roles.items()]
        window.undo.push(Compound(name="accept-suggestion", commands=steps))
        app.processEvents()
        plan_view, plan_map = window.actions_.plan_view, window.planning_docks.plan_map
        sector = max(set(item for _, item in roles), key=lambda s: sum(1 for _, i in roles if i == s))
        region = next(r for r, i in roles if i == sector)

        def switch() -> None:  # on, then off on the next run: each a repainted map
            plan_view.setChecked(not plan_view.isChecked())
            app.processEvents()
            window.canvas.repaint()

        step = [0]

        def role_edit() -> None:
            step[0] += 1
            role = (Role.LEAD, Role.SUPPORT, Role.AVOID, Role.UNSET)[step[0] % 4]
            window.planning_docks.set_role(region, sector, role, "")
            app.processEvents()
            window.canvas.repaint()

        def full_redraw() -> None:
            window.canvas.draw()
            app.processEvents()

        overview_switch = median_seconds(switch, 12)
        plan_view.setChecked(True)
        plan_map.choose_sector(sector)
        app.processEvents()
        sector_edit = median_seconds(role_edit, 12)
        plan_map.choose_sector(None)
        app.processEvents()
        overview_edit = median_seconds(role_edit, 12)
        full = median_seconds(full_redraw, 9)
        print(machine())
        print(f"Liaoning county level, main window, {len(roles)} suggested roles:")
        switching = overview_switch * 1000
        print(f"  switching the plan view (overview) on or off: {switching:.0f} ms  (target < 100 ms)")
        print(f"  role edit, plan view of {sector}: {sector_edit * 1000:.0f} ms  (target < 100 ms)")
        print(f"  role edit, plan overview: {overview_edit * 1000:.0f} ms")
        print(f"  plain way: the whole map redrawn: {full * 1000:.0f} ms")
        window.undo.mark_saved()
        window.project_files.maybe_save = lambda: True
        window.close()


if __name__ == "__main__":
    main()
