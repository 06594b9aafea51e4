"""Which build of the application this is: its version, the commit it was built from and when (no Qt here).

A bundle carries `resources/build_info.json`, written by the build (packaging/) and never committed:
{"version": "0.1.0", "commit": "<40 hex>", "date": "2026-12-07T01:30:00Z"}. Without it, this is a development
copy: the version is app.APP_VERSION and the commit, when the source folder is a git checkout, is read from its
.git files directly (no process started). Nothing here raises: a missing or damaged file makes the build "unknown".
Imported by the fast `--version` before anything else: keep its imports light.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from app import APP_NAME, APP_VERSION

BUILD_INFO_FILE = "build_info.json"
_COMMIT = re.compile(r"[0-9a-f]{7,40}")
_SOURCE_ROOT = Path(__file__).resolve().parent.parent


class BuildInfo:
    """`bundle`: a built copy (a bundle or a build's resources); else a development copy. `commit` (hex) and `date`
    (aware, UTC) are None when unknown. A plain class, not a dataclass: `dataclasses` imports `inspect`, which alone
    would add a tenth to the time `--version` takes."""

    __slots__ = ("bundle", "commit", "date", "version")

    def __init__(self, version: str, commit: str | None, date: datetime | None, bundle: bool) -> None:
        self.version, self.commit, self.date, self.bundle = version, commit, date, bundle

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BuildInfo) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return "BuildInfo(version={!r}, commit={!r}, date={!r}, bundle={!r})".format(*self._fields())

    def _fields(self) -> tuple[str, str | None, datetime | None, bool]:
        return self.version, self.commit, self.date, self.bundle

    @property
    def short_commit(self) -> str | None:
        return self.commit[:7] if self.commit else None


def is_bundle() -> bool:
    """True inside a frozen bundle (PyInstaller sets sys.frozen); the only place the application asks."""
    return bool(getattr(sys, "frozen", False))


def build_info() -> BuildInfo:
    """This copy's build: from resources/build_info.json when there is one, else a development copy."""
    present, text = read_build_file()
    if present:
        return _parse(text)
    if is_bundle():  # a bundle built without its file: say "unknown", not "development copy"
        return BuildInfo(APP_VERSION, None, None, bundle=True)
    return BuildInfo(APP_VERSION, git_commit(_SOURCE_ROOT), None, bundle=False)


def read_build_file() -> tuple[bool, str | None]:
    """Whether resources/build_info.json is there, and its text (None when it cannot be read)."""
    try:
        source = resources.files("resources").joinpath(BUILD_INFO_FILE)
        if not source.is_file():
            return False, None
        return True, source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ModuleNotFoundError):
        return True, None  # there but unreadable: a build whose details are unknown


def _parse(text: str | None) -> BuildInfo:
    """The build file's fields, each checked on its own: a malformed one is unknown (None), never an error."""
    try:
        data = json.loads(text) if text is not None else None
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return BuildInfo(APP_VERSION, None, None, bundle=True)
    version = data.get("version")
    commit = data.get("commit")
    return BuildInfo(
        version if isinstance(version, str) and version.strip() else APP_VERSION,
        commit.lower() if isinstance(commit, str) and _COMMIT.fullmatch(commit.lower()) else None,
        _parse_date(data.get("date")),
        bundle=True,
    )


def _parse_date(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def git_commit(root: Path) -> str | None:
    """The commit checked out in the git work tree at `root`, read from its .git files (a worktree's `.git` file,
    loose refs, packed-refs); None when it is not a checkout or anything is unexpected."""
    try:
        git = root / ".git"
        if git.is_file():  # a linked worktree: "gitdir: <path>"
            line = git.read_text(encoding="utf-8").strip()
            if not line.startswith("gitdir:"):
                return None
            git_dir = (root / line.removeprefix("gitdir:").strip()).resolve()
        elif git.is_dir():
            git_dir = git
        else:
            return None
        common = git_dir
        if (git_dir / "commondir").is_file():
            common = (git_dir / (git_dir / "commondir").read_text(encoding="utf-8").strip()).resolve()
        head = (git_dir / "HEAD").read_text(encoding="utf-8").strip()
        if not head.startswith("ref:"):
            return head if _COMMIT.fullmatch(head) else None  # a detached head
        ref = head.removeprefix("ref:").strip()
        for folder in (git_dir, common):
            loose = folder / ref
            if loose.is_file():
                value = loose.read_text(encoding="utf-8").strip()
                return value if _COMMIT.fullmatch(value) else None
        packed = common / "packed-refs"
        if packed.is_file():
            for packed_line in packed.read_text(encoding="utf-8").splitlines():
                value, _, name = packed_line.partition(" ")
                if name.strip() == ref and _COMMIT.fullmatch(value):
                    return value
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    return None


def build_text(info: BuildInfo) -> str:
    """The build in one line of English, for `--version` and logs: "built 2026-12-07, commit abc1234",
    "development copy, commit abc1234", or "build unknown"."""
    if not info.bundle:
        return f"development copy, commit {info.short_commit}" if info.short_commit else "development copy"
    parts = []
    if info.date is not None:
        parts.append(f"built {info.date.date().isoformat()}")
    if info.short_commit:
        parts.append(f"commit {info.short_commit}")
    return ", ".join(parts) if parts else "build unknown"


def version_text(info: BuildInfo | None = None) -> str:
    """What `un1540 --version` prints: "1540 Focal Point 0.1.0 (built 2026-12-07, commit abc1234)"."""
    info = info or build_info()
    return f"{APP_NAME} {info.version} ({build_text(info)})"
