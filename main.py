"""Cluster Planner (产业集群布局规划): the composition root.

``python main.py`` opens the program on Liaoning; ``python main.py --help`` lists
the commands. Everything here is delegated to ``ui.cli.main``.
"""

from __future__ import annotations

import sys


def main() -> int:
    """Entry point of the ``cluster-planner`` scripts and of ``python main.py``."""
    from ui.cli.main import main as run

    return run(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
