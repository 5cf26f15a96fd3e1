"""The layer rules: model is plain Python, maps never touches Qt, imports point one way."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


def test_model_imports_no_qt_matplotlib_maps_or_ui():
    for module, names in _imports("model").items():
        assert not names & {"PySide6", "shiboken6", "matplotlib", "maps", "ui"}, module


def test_maps_imports_no_qt_or_ui():
    for module, names in _imports("maps").items():
        assert not names & {"PySide6", "shiboken6", "ui"}, module


def test_imports_are_absolute():
    for package in ("model", "maps", "ui"):
        for path in (ROOT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            relative = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level > 0]
            assert relative == [], path


def test_the_model_and_maps_run_without_qt_loaded():
    code = (
        "import sys, model.regions, model.naming, model.tables, maps.boundaries, maps.region_map;"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_linter_contracts_hold():
    beside_python = Path(sys.executable).with_name("lint-imports")
    command = str(beside_python) if beside_python.exists() else shutil.which("lint-imports")
    assert command, "import-linter is not installed"
    result = subprocess.run([command], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout
