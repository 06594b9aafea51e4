"""Shared fixtures: every test runs against its own folders and database files, never the user's."""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

# The date every test runs on (app.clock.today), whatever the day the suite is run: results that
# depend on the date (overdue, follow-ups, file names, "no date in the future") are then the same
# on every run. A test needing another date uses the `today` fixture.
TODAY = date(2026, 11, 20)


@pytest.fixture(scope="session", autouse=True)
def _fixed_date():
    from app import clock

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "today", lambda: TODAY)
        yield


@pytest.fixture
def today(monkeypatch):
    """Set the application's date for this test: `today("2026-12-01")`; returns it as a `date`."""
    from app import clock

    def set_today(day: str | date) -> date:
        day = date.fromisoformat(day) if isinstance(day, str) else day
        monkeypatch.setattr(clock, "today", lambda: day)
        return day

    return set_today


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path, monkeypatch):
    """Point the application's data and settings folders at the test's temporary folder."""
    data = tmp_path / "user-data"
    config = tmp_path / "user-config"
    data.mkdir()
    config.mkdir()
    monkeypatch.setenv("UN1540_DATA_DIR", str(data))
    monkeypatch.setenv("UN1540_CONFIG_DIR", str(config))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "state.sqlite3"


@pytest.fixture
def workspace(db_path):
    from app.workspace import Workspace

    ws = Workspace.open(db_path)
    try:
        yield ws
    finally:
        ws.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """The training State, built once per session. Read it only; copy it before changing it.

    At the end of the session its content is compared with what was built: a test that changed it
    would make the tests after it depend on the order they run in."""
    from app.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "examplia.sqlite3"
    build_demo(path)
    built = _content(path)
    yield path
    assert _content(path) == built, "a test changed the shared training State: copy it first (training_db, backup_file)"


def _content(path) -> str:
    """Every row of every table, read-only."""
    import hashlib
    import sqlite3

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


@pytest.fixture
def build_file(monkeypatch):
    """Stand in for the bundle's resources/build_info.json: put(text) as the file's text, put(None) as no file."""
    from app import build_info

    def put(text: str | None) -> None:
        monkeypatch.setattr(build_info, "read_build_file", lambda: (text is not None, text))

    return put
