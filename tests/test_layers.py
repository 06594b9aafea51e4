"""Layering: the storage (db/) and domain (app/) layers never depend on Qt or on the GUI package.

The command line, the checks and the tests must run on a machine without a display, and a GUI
change must never be able to break the data layer.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("app", "db")
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")


def _python_files() -> list[Path]:
    files = sorted(p for layer in LAYERS for p in (ROOT / layer).rglob("*.py"))
    assert len(files) >= 10, "the layers were not found"
    return files


def _imported_modules(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call):
            # importlib.import_module("PySide6...") / __import__("PySide6...")
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
                found.append((node.lineno, str(node.args[0].value)))
    return found


def _offending(modules: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return [(line, name) for line, name in modules if name.split(".")[0] in FORBIDDEN]


@pytest.mark.parametrize("path", _python_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_qt_or_gui_import_in_storage_and_domain(path):
    assert _offending(_imported_modules(path)) == []


def test_the_import_check_itself_catches_qt(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\n"
        "def later():\n"
        "    from PySide6.QtCore import QObject\n"
        "    import ui.views\n"
        "    import importlib; importlib.import_module('PySide6.QtWidgets')\n",
        encoding="utf-8",
    )
    assert [name for _, name in _offending(_imported_modules(sample))] == [
        "PySide6.QtCore", "ui.views", "PySide6.QtWidgets"
    ]


def test_importing_every_domain_module_does_not_load_qt():
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__") for p in _python_files()
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "import main\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(len([m for m in sys.modules if m.startswith(('app', 'db'))]))\n"
        "sys.exit('loaded: ' + ', '.join(bad) if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= len(modules)


def test_running_a_command_does_not_load_qt(tmp_path):
    code = (
        "import sys, main\n"
        f"status = main.main(['demo', '--db', {str(tmp_path / 'x.sqlite3')!r}])\n"
        f"status |= main.main(['check', '--db', {str(tmp_path / 'x.sqlite3')!r}])\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "sys.exit('loaded: ' + ', '.join(bad) if bad else status)\n"
    )
    env_dirs = {"UN1540_DATA_DIR": str(tmp_path / "d"), "UN1540_CONFIG_DIR": str(tmp_path / "c")}
    import os

    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
                            env={**os.environ, **env_dirs})
    assert result.returncode == 0, result.stderr


# --- storage stays behind app/: the interface never reaches the database itself ---------------------

UI = ROOT / "ui"
STORAGE_MODULES = ("db", "sqlite3", "sqlite_utils")
STORAGE_ATTRIBUTES = ("db", "store", "conn")


def _ui_files() -> list[Path]:
    files = sorted(UI.rglob("*.py"))
    assert len(files) >= 20, "the interface package was not found"
    return files


def _storage_uses(path: Path) -> list[tuple[int, str]]:
    """Where `path` imports the storage layer or SQLite, or reaches a connection (`.db`, `.store`, `.conn`)."""
    found = [(line, name) for line, name in _imported_modules(path) if name.split(".")[0] in STORAGE_MODULES]
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in STORAGE_ATTRIBUTES:
            found.append((node.lineno, "." + node.attr))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "app":
            found.extend((node.lineno, alias.name) for alias in node.names if alias.name in ("Store", "open_store"))
    return sorted(found)


@pytest.mark.parametrize("path", _ui_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_interface_reaches_storage_only_through_the_domain(path):
    """No `db` or SQLite import, no `sqlite3.Error` and no connection in ui/: the domain says what failed."""
    assert _storage_uses(path) == []


def test_the_storage_check_itself_catches_every_way_in(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlite3\n"
        "from db import schema_version\n"
        "def later(ws, self):\n"
        "    import db.integrity, sqlite_utils\n"
        "    try:\n"
        "        ws.db.execute('SELECT 1')\n"
        "    except sqlite3.Error:\n"
        "        pass\n"
        "    return self.session.workspace.store.journal_mode(), ws.db.conn\n",
        encoding="utf-8",
    )
    assert _storage_uses(sample) == [
        (1, "sqlite3"), (2, "db"), (4, "db.integrity"), (4, "sqlite_utils"), (6, ".db"), (9, ".conn"), (9, ".db"),
        (9, ".store")]

