"""Which build this is (app/build_info.py) and `un1540 --version`: a bundle's resources/build_info.json gives the
version, date and commit; a development copy says so, with the commit of its checkout; a damaged file says
"unknown" and never stops the program."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import APP_VERSION, build_info
from app.build_info import BuildInfo, build_text, git_commit, version_text

ROOT = Path(__file__).resolve().parents[1]
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def test_a_bundle_says_its_version_build_date_and_short_commit(build_file):
    build_file(json.dumps({"version": "0.1.0", "commit": COMMIT, "date": "2026-12-07T01:30:00Z"}))
    info = build_info.build_info()
    assert info == BuildInfo("0.1.0", COMMIT, datetime(2026, 12, 7, 1, 30, tzinfo=UTC), bundle=True)
    assert version_text(info) == "1540 Focal Point 0.1.0 (built 2026-12-07, commit 0123456)"


@pytest.mark.parametrize(
    "text",
    ["{not json", "[1, 2]", "", '"0.1.0"', json.dumps({"version": 7, "commit": "not hex", "date": "yesterday"})],
)
def test_a_damaged_build_file_makes_the_build_unknown_not_an_error(build_file, text):
    build_file(text)
    info = build_info.build_info()
    assert info.version == APP_VERSION and info.commit is None and info.date is None and info.bundle
    assert version_text(info) == f"1540 Focal Point {APP_VERSION} (build unknown)"


def test_an_unreadable_build_file_is_unknown_too(monkeypatch):
    class Unreadable:
        def joinpath(self, name):
            return self

        def is_file(self):
            return True

        def read_text(self, encoding):
            raise PermissionError("denied")

    monkeypatch.setattr(build_info.resources, "files", lambda package: Unreadable())
    assert build_text(build_info.build_info()) == "build unknown"


def test_one_good_field_of_a_damaged_file_is_still_shown(build_file):
    build_file(json.dumps({"commit": COMMIT, "date": 20261207}))
    assert build_text(build_info.build_info()) == "commit 0123456"


def test_without_the_file_a_checkout_is_a_development_copy_with_its_commit(build_file, monkeypatch, tmp_path):
    build_file(None)
    monkeypatch.delattr(sys, "frozen", raising=False)
    (tmp_path / ".git" / "refs" / "heads").mkdir(parents=True)
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (tmp_path / ".git" / "refs" / "heads" / "main").write_text(COMMIT + "\n")
    monkeypatch.setattr(build_info, "_SOURCE_ROOT", tmp_path)
    info = build_info.build_info()
    assert info == BuildInfo(APP_VERSION, COMMIT, None, bundle=False)
    assert version_text(info) == f"1540 Focal Point {APP_VERSION} (development copy, commit 0123456)"
    monkeypatch.setattr(build_info, "_SOURCE_ROOT", tmp_path / "not-a-checkout")
    assert version_text(build_info.build_info()) == f"1540 Focal Point {APP_VERSION} (development copy)"


def test_a_frozen_bundle_without_its_file_is_unknown_not_a_development_copy(build_file, monkeypatch):
    build_file(None)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert build_info.is_bundle()
    assert build_text(build_info.build_info()) == "build unknown"


def test_the_commit_is_read_from_worktrees_packed_refs_and_detached_heads(tmp_path):
    main = tmp_path / "main" / ".git"
    (main / "worktrees" / "about").mkdir(parents=True)
    (main / "packed-refs").write_text(f"# pack-refs with: peeled\n{COMMIT} refs/heads/topic\n")
    worktree = tmp_path / "about"
    worktree.mkdir()
    (worktree / ".git").write_text(f"gitdir: {main / 'worktrees' / 'about'}\n")
    (main / "worktrees" / "about" / "HEAD").write_text("ref: refs/heads/topic\n")
    (main / "worktrees" / "about" / "commondir").write_text("../..\n")
    assert git_commit(worktree) == COMMIT
    (main / "worktrees" / "about" / "HEAD").write_text("fedcba9876543210fedcba9876543210fedcba98\n")
    assert git_commit(worktree) == "fedcba9876543210fedcba9876543210fedcba98"
    (main / "worktrees" / "about" / "HEAD").write_text("ref: refs/heads/gone\n")
    assert git_commit(worktree) is None
    (worktree / ".git").write_text("garbage")
    assert git_commit(worktree) is None


def test_this_checkout_reports_the_commit_git_has_checked_out():
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=30)
    if head.returncode != 0:
        pytest.skip("git is not available")
    assert git_commit(ROOT) == head.stdout.strip()


def _run(*args: str, script: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", script] if script else [sys.executable, "main.py", *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)


def test_version_prints_the_name_version_and_build_of_a_development_copy():
    done = _run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"1540 Focal Point {APP_VERSION} (development copy")
    assert done.stdout.strip() == version_text(build_info.build_info())


def test_version_alone_answers_before_the_command_line_is_loaded():
    """`un1540 --version` alone does not import the command line (app/cli.py and all it imports): it is fast."""
    script = "import sys; from un1540 import main; main(['--version']); print('app.cli' in sys.modules)"
    done = _run(script=script)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [version_text(build_info.build_info()), "False"]


def test_version_after_an_option_keeps_argparses_behaviour_and_the_same_text(tmp_path):
    done = _run("--db", str(tmp_path / "x.sqlite3"), "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == version_text(build_info.build_info())
    assert not (tmp_path / "x.sqlite3").exists()
