"""Dates, numbers and percentages as each UN language writes them, in the interface and in documents alike.

One date format per language, the one the UN's documents in that language use:

    en  5 November 2019           fr  5 novembre 2019 (1er novembre 2019)   es  5 de noviembre de 2019
    ru  5 ноября 2019 года         zh  2019年11月5日                          ar  5 تشرين الثاني/نوفمبر 2019

The month names and the date pattern are the export catalogue's (`resources/export_text/<lang>.json`, keys
`date_format` and `month.1`..`month.12`), so a view and the document exported from it write a date the same way.
Stored values stay ISO (YYYY-MM-DD); only what is shown or printed is formatted here. No Qt: the command line and
the background exports use the same functions as the windows.

Digits: the UN's Arabic documents use Latin digits (0-9), so that is the default; a user who prefers
Arabic-Indic digits (٠١٢٣٤٥٦٧٨٩) chooses them in Settings. The choice applies to Arabic only (the other five
languages always write Latin digits) and to the exported Arabic documents too, so that interface and document agree;
the command line takes it from the same preference, or from `--digits`.
"""

from __future__ import annotations

import functools
import json
from datetime import UTC, date, datetime
from importlib import resources

from app import LANGUAGES

LATIN = "latin"
ARABIC_INDIC = "arabic-indic"
DIGIT_STYLES = (LATIN, ARABIC_INDIC)

_ARABIC_INDIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_NNBSP = "\u202f"  # narrow no-break space: French and Russian thousands, the French "45 %"
_NBSP = "\u00a0"

# Thousands separator and decimal mark per language (UN practice: "12,345" in English and Chinese, "12 345" in
# French and Russian, "12.345" in Spanish; Arabic "12,345" in Latin digits and "١٢٬٣٤٥" in Arabic-Indic).
_GROUPING = {"en": (",", "."), "zh": (",", "."), "fr": (_NNBSP, ","), "ru": (_NNBSP, ","), "es": (".", ",")}
_ARABIC_GROUPING = {LATIN: (",", "."), ARABIC_INDIC: ("\u066c", "\u066b")}
# Where the percent sign goes: "45%" (en, zh, es), "45 %" (fr, ru), "45٪" (ar).
_PERCENT = {"fr": _NNBSP + "%", "ru": _NBSP + "%", "ar": "\u066a"}
# A timestamp: the date, then the time (24 hours) after the language's joiner.
_TIME_JOINER = {"fr": " à ", "zh": " ", "ar": "، "}

_preferred_digits = LATIN


def use_digits(style: str) -> None:
    """The user's choice of digits for Arabic (LATIN or ARABIC_INDIC); anything else means LATIN."""
    global _preferred_digits
    _preferred_digits = style if style in DIGIT_STYLES else LATIN


def preferred_digits() -> str:
    return _preferred_digits


def _digits_of(lang: str, digits: str | None) -> str:
    """The digits `lang` is written with: Latin, except Arabic when Arabic-Indic digits are chosen."""
    if lang != "ar":
        return LATIN
    return digits if digits in DIGIT_STYLES else _preferred_digits


def localize_digits(text: str, lang: str, digits: str | None = None) -> str:
    """`text` with its Latin digits written as `lang` writes them (Arabic-Indic in Arabic when chosen)."""
    return text.translate(_ARABIC_INDIC_DIGITS) if _digits_of(lang, digits) == ARABIC_INDIC else text


@functools.cache
def _date_words(lang: str) -> dict[str, str]:
    """The date pattern and month names of `lang`, from the export catalogue (English where it has none)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    folder = resources.files("resources").joinpath("export_text")
    words: dict[str, str] = {}
    for code in dict.fromkeys(("en", lang)):
        own = folder.joinpath(f"{code}.json")
        catalogue = json.loads(own.read_text(encoding="utf-8")) if own.is_file() else {}
        words.update({k: v for k, v in catalogue.items() if (k == "date_format" or k.startswith("month.")) and v})
    return words


def _as_date(value: date | str | None) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def date_text(value: date | str | None, lang: str, digits: str | None = None) -> str:
    """A date written out in `lang` ("5 November 2019", "5 ноября 2019 года", "2019年11月5日"); '' for none.
    A text that is not an ISO date is returned as it is (a value typed in before dates were checked)."""
    try:
        day = _as_date(value)
    except ValueError:
        return str(value)
    if day is None:
        return ""
    cat = _date_words(lang)
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    month = cat[f"month.{day.month}"]
    text = cat["date_format"].format(d=number, m=day.month, y=day.year, month=month)
    return localize_digits(text, lang, digits)


def datetime_text(value: datetime | str | None, lang: str, digits: str | None = None) -> str:
    """A moment in local time: the date as `date_text` writes it and the time on 24 hours ("5 November 2019,
    14:30"; "5 novembre 2019 à 14:30"). A naive value or text is taken as it is; an aware one (the audit log keeps
    UTC) is shown in the computer's time zone."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    joiner = _TIME_JOINER.get(lang, ", ")
    time = localize_digits(f"{moment.hour:02d}:{moment.minute:02d}", lang, digits)
    return date_text(moment.date(), lang, digits) + joiner + time


def utc_datetime_text(value: str | None, lang: str, digits: str | None = None) -> str:
    """An audit-log timestamp (UTC, possibly without its zone) shown in local time."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return datetime_text(moment if moment.tzinfo else moment.replace(tzinfo=UTC), lang, digits)


def number(value: float, lang: str, decimals: int = 0, digits: str | None = None) -> str:
    """A number with the language's thousands separator and decimal mark ("12,345", "12 345", "12.345")."""
    style = _digits_of(lang, digits)
    group, point = _ARABIC_GROUPING[style] if lang == "ar" else _GROUPING.get(lang, (",", "."))
    text = f"{value:,.{decimals}f}" if decimals > 0 else f"{round(value):,d}"
    text = text.replace(",", "\x00").replace(".", point).replace("\x00", group)
    return localize_digits(text, lang, style)


def percent(value: float, lang: str, decimals: int = 0, digits: str | None = None) -> str:
    """A percentage as `lang` writes it: "45%" (en, zh, es), "45 %" (fr, ru), "45٪" (ar)."""
    return number(value, lang, decimals, digits) + _PERCENT.get(lang, "%")
