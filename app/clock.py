"""Today's date, in one place for the whole application.

Domain functions take `today=` where the date matters; when it is not given they ask `today()` here,
and so does the GUI. Tests set the date by replacing `clock.today` (see the `today` fixture in
tests/conftest.py), so that no result depends on the day the tests run. Call it as `clock.today()`
(never `from app.clock import today`), so that the replacement is seen everywhere.
"""

from __future__ import annotations

from datetime import date


def today() -> date:
    """The local date."""
    return date.today()


def today_iso() -> str:
    """The local date as YYYY-MM-DD."""
    return today().isoformat()
