"""The States a focal point can work for: the 193 UN Member States, and the training State.

Names are the United Nations' own (resources/un_member_states.json): the short name of the UN's country
lists in each of the six languages, and the forms a sentence needs: with the article in English, French
and Spanish ("la Fédération de Russie", "de la Fédération de Russie", "del Perú"), the Russian genitive.
A profile stores the State's code.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from app import LANGUAGES

TRAINING_STATE_CODE = "XEX"  # ISO reserves X.. codes for user assignment: never a real country


@dataclass(frozen=True)
class State:
    code: str
    name: str


@functools.lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("resources").joinpath("un_member_states.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@functools.lru_cache(maxsize=1)
def _by_code() -> dict[str, dict[str, Any]]:
    return {entry["code"]: entry for entry in _data()["member_states"]}


@functools.lru_cache(maxsize=1)
def _training_names() -> dict[str, Any]:
    try:
        text = resources.files("resources").joinpath("demo/examplia.json").read_text(encoding="utf-8")
        names: dict[str, Any] = json.loads(text)["state"]["names"]
        return names
    except (OSError, KeyError, ValueError):
        return {"en": "Republic of Examplia"}


def member_state_codes() -> list[str]:
    return [entry["code"] for entry in _data()["member_states"]]


def state_name(code: str, lang: str = "en") -> str:
    """The State's short name in one of the six UN languages, as in the UN's lists (English when unknown).

    A code that is not a Member State (a damaged or foreign profile) is shown as the code itself.
    """
    code = (code or "").upper()
    if code == TRAINING_STATE_CODE:
        names = _training_names()
        return str(names.get(lang) or names.get("en", "Republic of Examplia"))
    entry = _by_code().get(code)
    if entry is None:
        return code
    return str(entry["names"].get(lang) or entry["names"]["en"])


def _entry(code: str) -> dict[str, Any] | None:
    code = (code or "").upper()
    if code == TRAINING_STATE_CODE:
        training: dict[str, Any] = _data().get("training_state", {})
        return training
    return _by_code().get(code)


def state_in_text(code: str, lang: str = "en") -> str:
    """The name as a sentence writes it, with its article where the language needs one.

    "la Fédération de Russie", "le Mexique", "Cuba", "la Federación de Rusia", "el Perú", "the Sudan";
    Arabic, Chinese and Russian: the short name.
    """
    entry = _entry(code)
    form = (entry or {}).get("in_text", {}).get(lang)
    return str(form) if form else state_name(code, lang)


def state_of(code: str, lang: str = "en") -> str:
    """The name after "of" / "de" in a sentence: "de la Fédération de Russie", "du Mexique", "d’Israël",
    "del Perú", "of the Russian Federation"; in Russian the genitive ("Российской Федерации", "Перу").
    Arabic and Chinese sentences place the name themselves: for them it is the short name.
    """
    entry = _entry(code)
    form = (entry or {}).get("of", {}).get(lang)
    return str(form) if form else state_name(code, lang)


def state_mission(code: str, lang: str = "en") -> str:
    """The name as the title of the State's Permanent Mission joins it: "of the Russian Federation", "de la
    Fédération de Russie", "Российской Федерации" (as `state_of`); in Arabic with the preposition li- attached,
    the article's alif dropped ("البعثة الدائمة للاتحاد الروسي", "لفرنسا"); in Chinese the short name.
    """
    if lang != "ar":
        return state_of(code, lang)
    name = state_name(code, lang)
    return "لل" + name[2:] if name.startswith("ال") else "ل" + name


def state_forms(code: str, lang: str = "en") -> dict[str, str]:
    """The placeholders an export sentence may use: {state} (short name), {state_in_text}, {state_of},
    {state_mission} (after "Permanent Mission")."""
    return {
        "state": state_name(code, lang),
        "state_in_text": state_in_text(code, lang),
        "state_of": state_of(code, lang),
        "state_mission": state_mission(code, lang),
    }


def _sort_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def member_states(lang: str = "en", sort_key: Callable[[str], Any] | None = None) -> list[State]:
    """The 193 Member States with names in `lang`, in the order of those names.

    `sort_key` orders the names (the GUI passes its locale collator's key: pinyin for Chinese); without it,
    the order of the letters with accents ignored, which suits the Latin, Cyrillic and Arabic alphabets.
    """
    if lang not in LANGUAGES:
        lang = "en"
    states = [State(code, state_name(code, lang)) for code in member_state_codes()]
    key = sort_key or _sort_key
    return sorted(states, key=lambda s: key(s.name))
