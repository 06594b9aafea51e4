"""Per-user preferences (interface language, ...), kept as JSON in the user's settings folder.

Preferences belong to the person at this computer, not to the State's data, so they are not in the
database: opening a colleague's database does not switch your language.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from app import LANGUAGES
from app.errors import UserError
from app.paths import config_dir
from db.connection import private_folder

FILE_NAME = "preferences.json"


@dataclass
class Preferences:
    language: str = "en"
    last_database: str = ""
    backups_kept: int = 14  # rolling daily backups kept per database
    digits: str = "latin"  # Arabic only: "latin" (the UN's Arabic documents) or "arabic-indic" (app.formats)
    tour_seen: bool = False  # the guided tour of the main views was shown once (ui/tour.py); Help replays it
    # Exported documents name the software in their footer ("… with 1540 Focal Point"): off unless chosen in
    # Settings; `export --credit` / `--no-credit` overrides it for one export (app.exports.outgoing).
    credit_software: bool = False


def _path() -> Path:
    return config_dir() / FILE_NAME


def load() -> Preferences:
    """Read the preferences; a missing or damaged file gives the defaults."""
    try:
        raw = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    kinds = {f.name: type(getattr(Preferences(), f.name)) for f in fields(Preferences)}
    # bool is an int to Python, not to a person editing the file.
    prefs = Preferences(**{k: v for k, v in raw.items() if k in kinds and type(v) is kinds[k]})
    if prefs.language not in LANGUAGES:
        prefs.language = "en"
    if prefs.digits not in ("latin", "arabic-indic"):
        prefs.digits = Preferences.digits
    if not 1 <= prefs.backups_kept <= 365:
        prefs.backups_kept = Preferences.backups_kept
    return prefs


class PreferencesNotSaved(UserError):
    """The settings folder cannot be written (read-only, full, a file in its place): the settings stay as
    they were on disk; the application goes on with the ones in memory."""


def save(prefs: Preferences) -> None:
    """Write the preferences atomically (a crash never leaves half a file, and what a killed run left is
    swept at the next start); PreferencesNotSaved if the settings folder cannot be written."""
    from app.outputs import write_atomically

    path = _path()
    text = json.dumps(asdict(prefs), ensure_ascii=False, indent=1).encode("utf-8")
    try:
        private_folder(path.parent)
        write_atomically(path, lambda handle: handle.write(text))
    except OSError as exc:
        raise PreferencesNotSaved(
            f"Your settings could not be saved in {path.parent} ({exc.strerror or exc})."
        ) from exc
