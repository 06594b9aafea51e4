"""`--lang L`: the window in language L for this run only, preferences untouched; an unknown L is refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import un1540

ROOT = Path(__file__).resolve().parents[2]


def _start(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    code = (
        "import sys, main\n"
        "from PySide6.QtCore import QLocale\n"
        f"status = main.main({args!r})\n"
        "print(QLocale().name())\n"
        "sys.exit(status)\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "UN1540_DATA_DIR": str(tmp_path / "data"),
        "UN1540_CONFIG_DIR": str(tmp_path / "config"),
    }
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_the_window_starts_in_the_language_asked_and_the_preferences_are_untouched(training_db, tmp_path):
    settings = tmp_path / "config" / "preferences.json"
    settings.parent.mkdir()
    settings.write_text(json.dumps({"language": "es", "last_database": str(training_db)}), encoding="utf-8")
    before = settings.read_bytes()
    done = _start(["--db", str(training_db), "--lang", "ru", "--exit-when-ready"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "ru_RU", "the interface was Russian for this run"
    assert settings.read_bytes() == before, "the preferred language is still Spanish"
    again = _start(["--db", str(training_db), "--exit-when-ready"], tmp_path)
    assert again.returncode == 0, again.stderr
    assert again.stdout.split()[-1] == "es_ES", "the next start without --lang is in the preferred language"


@pytest.mark.parametrize("lang", ["xx", "arabic", "EN"])
def test_an_unknown_language_is_one_line_and_exit_2(lang, capsys):
    assert un1540.main(["--lang", lang]) == 2
    err = capsys.readouterr().err
    assert err == f"error: unknown interface language {lang!r}: use one of ar, zh, en, fr, ru, es\n"


def test_lang_before_a_command_is_refused_rather_than_ignored(capsys):
    assert un1540.main(["--lang", "fr", "check"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_the_help_documents_lang(capsys):
    with pytest.raises(SystemExit, match="0"):
        un1540.main(["--help"])
    assert "--lang L" in capsys.readouterr().out
