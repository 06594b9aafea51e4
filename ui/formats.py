"""The interface's dates, numbers and percentages, in the language the interface is in (see app.formats).

The interface language is the default QLocale that ui.i18n.install_language sets; a view that knows its
language passes it, a model or dialog that does not asks `interface_language()`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

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


def utc_day(value: str | None, lang: str | None = None) -> str:
    """The local date of an audit-log timestamp (UTC), written out."""
    if not value:
        return ""
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return day(value[:10], lang)
    return day((when if when.tzinfo else when.replace(tzinfo=UTC)).astimezone().date(), lang)


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


def set_default_locale(lang: str) -> None:
    """After ui.i18n.install_language: Qt's own numbers (spin boxes, %Ln) in Arabic with the digits chosen."""
    if lang == "ar":
        QLocale.setDefault(qt_locale("ar"))


def size(n_bytes: int, lang: str | None = None) -> str:
    """A file size as the language writes it ("1.2 MB", "1,2 Mo", "1,2 МБ")."""
    return qt_locale(lang).formattedDataSize(int(n_bytes), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


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


def qt_locale(lang: str | None = None) -> QLocale:
    """The Qt locale that writes `lang` (a date edit, a file size): for Arabic, with the digits chosen."""
    lang = lang or interface_language()
    if lang == "ar":
        return QLocale("ar_EG" if formats.preferred_digits() == formats.ARABIC_INDIC else "ar_AE")
    return QLocale(_QT_LOCALES.get(lang, "en_GB"))


def set_date_format(edit: QDateEdit, lang: str | None = None) -> QDateEdit:
    """Show `edit`'s date as the language writes it ("5 ноября 2019 года"); the value it gives stays a QDate."""
    lang = lang or interface_language()
    edit.setLocale(qt_locale(lang))
    edit.setDisplayFormat(_DISPLAY_FORMATS.get(lang, "d MMMM yyyy"))
    return edit
