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
        "PySide6.QtCore",
        "ui.views",
        "PySide6.QtWidgets",
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

    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **env_dirs},
    )
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
        (1, "sqlite3"),
        (2, "db"),
        (4, "db.integrity"),
        (4, "sqlite_utils"),
        (6, ".db"),
        (9, ".conn"),
        (9, ".db"),
        (9, ".store"),
    ]


# --- no import circles in the domain and storage layers -------------------------------------------


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")


def _runtime_nodes(tree: ast.AST):
    """Every node of `tree` but those under `if TYPE_CHECKING:`, which only a type checker reads (an import for a
    type annotation is no import at run time, and no circle)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            test = getattr(child, "test", None) if isinstance(child, ast.If) else None
            if test is not None and "TYPE_CHECKING" in (getattr(test, "id", None), getattr(test, "attr", None)):
                stack.extend(child.orelse)
                continue
            stack.append(child)


def _import_graph(files: list[Path], root: Path = ROOT) -> dict[str, set[str]]:
    """Module -> the modules of `files` it imports, at module level or inside a function (an import moved into
    a function to dodge a circle is still a circle). `from package import module` counts as the module."""
    names = {".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__"): p for p in files}
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, *([base] if base else [])])
                targets.update(
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in names else base for alias in node.names
                )
        graph[name] = {target for target in targets if target in names and target != name}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each sorted: the import circles."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


# None left: the package writer names the newest good daily backup from app.backup_list (which only reads them),
# and app.rolling_backups, which writes packages, sits above both. The test fails if any circle appears.
KNOWN_CIRCLES: list[list[str]] = []


def test_no_import_circles_in_the_domain_and_storage_layers():
    """A circle makes a module's meaning depend on which one is imported first, and invites imports hidden in
    functions to dodge it: each module of app/ and db/ only uses modules that do not use it back."""
    assert _cycles(_import_graph(_python_files())) == KNOWN_CIRCLES


def test_the_circle_check_itself_finds_a_circle_hidden_in_a_function(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "pkg" / "a.py").write_text("from pkg import b\n", encoding="utf-8")
    (tmp_path / "pkg" / "b.py").write_text("def later():\n    from . import c\n", encoding="utf-8")
    (tmp_path / "pkg" / "c.py").write_text("def later():\n    import pkg.a\n", encoding="utf-8")
    (tmp_path / "pkg" / "d.py").write_text("from pkg.a import x\n", encoding="utf-8")
    (tmp_path / "pkg" / "e.py").write_text(
        "from typing import TYPE_CHECKING\nimport pkg.d\nif TYPE_CHECKING:\n    from pkg.f import F\n", encoding="utf-8"
    )
    (tmp_path / "pkg" / "f.py").write_text("import pkg.e\n", encoding="utf-8")  # e only needs f's type: no circle
    graph = _import_graph(sorted((tmp_path / "pkg").glob("*.py")), tmp_path)
    assert graph["pkg.d"] == {"pkg.a"} and graph["pkg.e"] == {"pkg.d"}
    assert _cycles(graph) == [["pkg.a", "pkg.b", "pkg.c"]]


# --- no dead code: what app/, db/ and ui/ define, the application uses -----------------------------

# Called by a library, not by our code: the file protocol zipfile writes through (app.package), a reportlab
# flowable's hook (app.exports.pdf). Qt's overrides (camelCase) and functions registered by a decorator are
# recognised by themselves.
CALLED_BY_LIBRARIES = {"writable", "tell", "draw"}
# Used only by tests today, left for their owners' branches of issue 14: the font search the font tests drive
# (app.exports.fonts), and the reports view's "choose a document" (ui/views/reports.py, being split).
USED_BY_TESTS_ONLY = {"find_cjk_font", "choose"}


def _unused_definitions(files: list[Path]) -> list[str]:
    """Functions, methods and classes defined in `files` that no file of them names (call, attribute, import), as
    "path:line name"."""
    named: set[str] = set()
    defined: list[tuple[str, str]] = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.Name):
                named.add(node.id)
            elif isinstance(node, ast.Attribute):
                named.add(node.attr)
            elif isinstance(node, ast.alias):
                named.add(node.name.rpartition(".")[2])
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier():
                named.add(node.value)  # getattr(obj, "name"), Qt slots by name
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and not node.decorator_list:
                defined.append((node.name, f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"))
    camel = lambda name: name[0].islower() and any(c.isupper() for c in name) and "_" not in name  # noqa: E731
    return sorted(
        where
        for name, where in defined
        if name not in named and not name.startswith("__") and not camel(name) and name not in CALLED_BY_LIBRARIES
    )


def test_everything_the_layers_define_is_used_by_the_application():
    """A function only tests call is code nobody runs: remove it with its tests, or let the application use it."""
    files = [
        *_python_files(),
        *_ui_files(),
        ROOT / "main.py",
        *sorted((ROOT / "un1540").glob("*.py")),
        *sorted((ROOT / "bench").glob("*.py")),
    ]
    unused = _unused_definitions(files)
    assert sorted(where.rpartition(" ")[2] for where in unused) == sorted(USED_BY_TESTS_ONLY), unused
