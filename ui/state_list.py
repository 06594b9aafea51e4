"""The Member States in the order a reader of the language expects: Qt's collator for the language
(Chinese by pinyin, Arabic and Russian alphabetically, accents where French and Spanish put them)."""

from __future__ import annotations

import functools

from PySide6.QtCore import QCollator, QLocale

from app.states import State, member_states

_COLLATION_LOCALE = {"ar": "ar", "zh": "zh_CN", "en": "en_GB", "fr": "fr_FR", "ru": "ru_RU", "es": "es_ES"}


def member_states_in_order(language: str) -> list[State]:
    """The 193 Member States named in `language`, sorted by that language's collation."""
    collator = QCollator(QLocale(_COLLATION_LOCALE.get(language, "en_GB")))
    return member_states(language, sort_key=functools.cmp_to_key(collator.compare))
