"""The States a focal point can work for: the 193 UN Member States, and the training State."""

from __future__ import annotations

import functools
import gettext
import json
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Any

from app import LANGUAGES

# pycountry's catalogue names for the six UN languages.
_GETTEXT_LOCALE = {"ar": "ar", "zh": "zh_CN", "fr": "fr", "ru": "ru", "es": "es"}

TRAINING_STATE_CODE = "XEX"  # ISO reserves X.. codes for user assignment: never a real country


@dataclass(frozen=True)
class State:
    code: str
    name: str


@functools.lru_cache(maxsize=1)
def _member_state_data() -> list[dict[str, Any]]:
    text = resources.files("resources").joinpath("un_member_states.json").read_text(encoding="utf-8")
    states: list[dict[str, Any]] = json.loads(text)["member_states"]
    return states


@functools.lru_cache(maxsize=1)
def _training_names() -> dict[str, Any]:
    try:
        text = resources.files("resources").joinpath("demo/examplia.json").read_text(encoding="utf-8")
        names: dict[str, Any] = json.loads(text)["state"]["names"]
        return names
    except (OSError, KeyError, ValueError):
        return {"en": "Republic of Examplia"}


@functools.lru_cache(maxsize=8)
def _catalogue(lang: str) -> gettext.NullTranslations:
    if lang not in _GETTEXT_LOCALE:
        return gettext.NullTranslations()
    import pycountry  # 20 ms: only when a name is not in un_member_states.json (not at start for the training State)

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[_GETTEXT_LOCALE[lang]], fallback=True)


def member_state_codes() -> list[str]:
    return [entry["code"] for entry in _member_state_data()]


def state_name(code: str, lang: str = "en") -> str:
    """The State's name in one of the six UN languages (English when unknown)."""
    if code == TRAINING_STATE_CODE:
        names = _training_names()
        return str(names.get(lang) or names.get("en", "Republic of Examplia"))
    for entry in _member_state_data():
        if entry["code"] == code:
            override: str | None = entry.get("names", {}).get(lang)
            if override:
                return override
            break
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return _catalogue(lang).gettext(str(country.name))


def _sort_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def member_states(lang: str = "en") -> list[State]:
    """The 193 Member States with names in `lang`, in alphabetical order of those names."""
    if lang not in LANGUAGES:
        lang = "en"
    states = [State(code, state_name(code, lang)) for code in member_state_codes()]
    return sorted(states, key=lambda s: _sort_key(s.name))
