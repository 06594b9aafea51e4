"""The interface's dates, numbers and percentages, in the language the interface is in (see app.formats).

The interface language is the default QLocale that ui.i18n.install_language sets; a view that knows its
language passes it, a model or dialog that does not asks `interface_language()`.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit

from app import LANGUAGES, formats


def interface_language() -> str:
    """The language the interface is in now ("en" when Qt's default locale is none of the six)."""
    code = QLocale().name()[:2]
    return code if code in LANGUAGES else "en"


def day(value: date | str | None, lang: str | None = None) -> str:
    """A date as the interface and the documents write it ("5 November 2019"); '' for none."""
    return formats.date_text(value, lang or interface_language())


def moment(value: datetime | str | None, lang: str | None = None) -> str:
    """A date and time (24 hours), an aware or UTC timestamp in local time."""
    return formats.datetime_text(value, lang or interface_language())


def utc_moment(value: str | None, lang: str | None = None) -> str:
    """An audit-log timestamp (UTC) as a local date and time."""
    return formats.utc_datetime_text(value, lang or interface_language())


def digits(text: str, lang: str | None = None) -> str:
    """`text` with its digits as the interface writes them (Arabic-Indic in Arabic when chosen)."""
    return formats.localize_digits(text, lang or interface_language())


def number(value: float, lang: str | None = None, decimals: int = 0) -> str:
    return formats.number(value, lang or interface_language(), decimals)


def percent(value: float, lang: str | None = None, decimals: int = 0) -> str:
    return formats.percent(value, lang or interface_language(), decimals)


def percent_suffix(lang: str | None = None) -> str:
    """What follows the number in a percentage ("%", " %", "٪"), for a spin box's suffix."""
    return formats.percent(0, lang or interface_language())[1:]


# How a date edit shows its date: the same words as app.formats writes (Qt's own month names, in the genitive
# in Russian); Arabic shows the month as Egypt and the Gulf name it (نوفمبر), Qt having no UN double name.
_DISPLAY_FORMATS = {
    "en": "d MMMM yyyy",
    "fr": "d MMMM yyyy",
    "es": "d 'de' MMMM 'de' yyyy",
    "ru": "d MMMM yyyy\u00a0'года'",
    "zh": "yyyy年M月d日",
    "ar": "d MMMM yyyy",
}
_QT_LOCALES = {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ru": "ru_RU", "zh": "zh_CN"}


def date_edit_locale(lang: str) -> QLocale:
    """The Qt locale a date edit writes `lang` with: for Arabic, one with Latin or Arabic-Indic digits as chosen."""
    if lang == "ar":
        return QLocale("ar_EG" if formats.preferred_digits() == formats.ARABIC_INDIC else "ar_AE")
    return QLocale(_QT_LOCALES.get(lang, "en_GB"))


def set_date_format(edit: QDateEdit, lang: str | None = None) -> QDateEdit:
    """Show `edit`'s date as the language writes it ("5 ноября 2019 года"); the value it gives stays a QDate."""
    lang = lang or interface_language()
    edit.setLocale(date_edit_locale(lang))
    edit.setDisplayFormat(_DISPLAY_FORMATS.get(lang, "d MMMM yyyy"))
    return edit
