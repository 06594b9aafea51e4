"""The `un1540` command that `pip install` puts on the PATH: declared in pyproject.toml, packaged, and it
runs the same program as `python main.py`."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import tomllib
from pathlib import Path

from setuptools import find_packages

ROOT = Path(__file__).resolve().parents[1]


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _target() -> tuple[str, str]:
    module, _, function = _project()["project"]["scripts"]["un1540"].partition(":")
    return module, function


def test_un1540_is_declared_and_its_target_is_a_function_of_a_packaged_module():
    module, function = _target()
    assert callable(getattr(importlib.import_module(module), function))
    find = _project()["tool"]["setuptools"]["packages"]["find"]
    packaged = find_packages(str(ROOT), include=find["include"])
    assert module.split(".")[0] in packaged, "the script's module would be missing from the installed package"


def test_the_command_runs_the_program_as_main_py_does(tmp_path):
    module, function = _target()
    # What the console script pip writes does: import the target and exit with what it returns.
    script = f"import sys; from {module} import {function} as main; sys.argv[0] = 'un1540'; sys.exit(main())"
    env = {**os.environ, "UN1540_DATA_DIR": str(tmp_path / "data"), "UN1540_CONFIG_DIR": str(tmp_path / "config")}
    db = tmp_path / "training.sqlite3"
    made = subprocess.run(
        [sys.executable, "-c", script, "demo", "--db", str(db)],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert made.returncode == 0, made.stderr
    checked = subprocess.run(
        [sys.executable, "-c", script, "check", "--db", str(db)],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert checked.returncode == 0, checked.stderr
    version = subprocess.run(
        [sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert version.returncode == 0 and version.stdout.startswith("1540 Focal Point")
