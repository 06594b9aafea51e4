# ruff: noqa: RUF001  (Cyrillic, Arabic and Arabic-Indic digits are what these tests are about)
"""Dates, numbers and percentages as each UN language writes them (app.formats), in documents as in the interface."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook

from app import formats, preferences
from app.exports.text import Text

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.fixture(autouse=True)
def _latin_digits_after():
    yield
    formats.use_digits(formats.LATIN)


DATES = ("2019-11-01", "2019-11-05", "2019-11-21", "2025-12-31")
EXPECTED_DATES = {
    "en": ["1 November 2019", "5 November 2019", "21 November 2019", "31 December 2025"],
    "fr": ["1er novembre 2019", "5 novembre 2019", "21 novembre 2019", "31 décembre 2025"],
    "es": ["1 de noviembre de 2019", "5 de noviembre de 2019", "21 de noviembre de 2019", "31 de diciembre de 2025"],
    "ru": [
        f"1 ноября 2019{NBSP}года",
        f"5 ноября 2019{NBSP}года",
        f"21 ноября 2019{NBSP}года",
        f"31 декабря 2025{NBSP}года",
    ],
    "zh": ["2019年11月1日", "2019年11月5日", "2019年11月21日", "2025年12月31日"],
    "ar": [
        "1 تشرين الثاني/نوفمبر 2019",
        "5 تشرين الثاني/نوفمبر 2019",
        "21 تشرين الثاني/نوفمبر 2019",
        "31 كانون الأول/ديسمبر 2025",
    ],
}


@pytest.mark.parametrize("lang", sorted(EXPECTED_DATES))
def test_one_date_format_per_language_in_documents_and_interface(lang):
    assert [formats.date_text(d, lang) for d in DATES] == EXPECTED_DATES[lang]
    assert [Text(lang).date(d) for d in DATES] == EXPECTED_DATES[lang]  # what the exported documents write
    assert formats.date_text(date(2019, 11, 5), lang) == EXPECTED_DATES[lang][1]
    assert formats.date_text(None, lang) == formats.date_text("", lang) == ""


def test_russian_dates_end_with_goda_as_the_un_writes_them():
    assert Text("ru").date("2019-11-05") == "5 ноября 2019\u00a0года"
    assert "г." not in Text("ru").date("2025-12-31")


@pytest.mark.parametrize(
    ("lang", "big", "share"),
    [
        ("en", "12,345", "45%"),
        ("zh", "12,345", "45%"),
        ("es", "12.345", "45%"),
        ("fr", f"12{NNBSP}345", f"45{NNBSP}%"),
        ("ru", f"12{NNBSP}345", f"45{NBSP}%"),
        ("ar", "12,345", "45٪"),
    ],
)
def test_numbers_and_percentages_by_language(lang, big, share):
    assert formats.number(12345, lang) == big
    assert formats.percent(45, lang) == share
    assert formats.percent(44.6, lang) == share  # coverage is shown rounded


def test_decimals_use_the_language_s_decimal_mark():
    assert formats.number(1234.5, "en", 1) == "1,234.5"
    assert formats.number(1234.5, "fr", 1) == f"1{NNBSP}234,5"
    assert formats.number(1234.5, "es", 1) == "1.234,5"


def test_arabic_indic_digits_when_the_user_chooses_them_and_only_in_arabic():
    assert formats.date_text("2019-11-05", "ar") == "5 تشرين الثاني/نوفمبر 2019"  # Latin, as the UN writes
    formats.use_digits(formats.ARABIC_INDIC)
    assert formats.date_text("2019-11-05", "ar") == "٥ تشرين الثاني/نوفمبر ٢٠١٩"
    assert Text("ar").date("2025-12-31") == "٣١ كانون الأول/ديسمبر ٢٠٢٥"
    assert formats.number(12345, "ar") == "١٢٬٣٤٥"
    assert formats.percent(45, "ar") == "٤٥٪"
    assert formats.date_text("2019-11-05", "en") == "5 November 2019"  # the other languages keep Latin digits
    assert formats.number(12345, "ru") == f"12{NNBSP}345"
    assert formats.date_text("2019-11-05", "ar", digits=formats.LATIN) == "5 تشرين الثاني/نوفمبر 2019"


def test_a_timestamp_is_the_date_and_the_time_on_24_hours():
    moment = datetime(2019, 11, 5, 14, 30)
    assert formats.datetime_text(moment, "en") == "5 November 2019, 14:30"
    assert formats.datetime_text(moment, "fr") == "5 novembre 2019 à 14:30"
    assert formats.datetime_text(moment, "zh") == "2019年11月5日 14:30"
    formats.use_digits(formats.ARABIC_INDIC)
    assert formats.datetime_text(moment, "ar") == "٥ تشرين الثاني/نوفمبر ٢٠١٩، ١٤:٣٠"
    utc = datetime(2019, 11, 5, 14, 30, tzinfo=UTC)
    assert formats.utc_datetime_text(utc.isoformat(), "en") == formats.datetime_text(utc.astimezone(), "en")


def test_a_text_that_is_not_a_date_is_shown_as_it_is():
    assert formats.date_text("sometime in 2019", "en") == "sometime in 2019"


def test_the_digits_preference_is_kept_and_a_wrong_value_is_the_default(tmp_path):
    prefs = preferences.load()
    assert prefs.digits == "latin"
    prefs.digits = "arabic-indic"
    preferences.save(prefs)
    assert preferences.load().digits == "arabic-indic"
    path = preferences._path()
    path.write_text(json.dumps({"digits": "roman"}), encoding="utf-8")
    assert preferences.load().digits == "latin"


def _cells(path) -> list[str]:
    book = load_workbook(path, read_only=True)
    return [str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v]


def test_exports_write_russian_dates_with_goda_and_arabic_digits_as_chosen(demo_db, tmp_path):
    from app.cli import build_parser, run_command

    def export(lang, *extra):
        out = tmp_path / f"plan-{lang}-{len(extra)}.xlsx"
        args = ["--db", str(demo_db), "export", "nap", "--format", "xlsx", "--lang", lang, "--out", str(out), *extra]
        assert run_command(build_parser().parse_args(args)) == 0
        return " ".join(_cells(out))

    # the dates written out (the plan's period, 2024 to 2027); the actions' dates are date cells (issue 17)
    russian = export("ru")
    assert "2027\u00a0года" in russian and " г." not in russian
    assert "٢٠٢٧" not in export("ar")  # Latin digits by default, as the UN's Arabic documents
    assert "٢٠٢٧" in export("ar", "--digits", "arabic-indic")
    prefs = preferences.load()
    prefs.digits = "arabic-indic"
    preferences.save(prefs)
    assert "٢٠٢٧" in export("ar")  # the command line follows the choice made in Settings
    assert "٢٠٢٦" not in export("ar", "--digits", "latin")


def test_arabic_indic_digits_are_drawn_in_their_order_in_a_pdf(tmp_path):
    """reportlab lays the Arabic-Indic digits of a shaped (Arabic) run out backwards; the PDF writer makes up for it."""
    import subprocess

    from app.exports.document import Column, Document, Paragraph, Part, Table
    from app.exports.pdf import write_pdf

    formats.use_digits(formats.ARABIC_INDIC)
    day, big = formats.date_text("2025-12-31", "ar"), formats.number(12345, "ar")
    doc = Document("nap", "ar", "خطة العمل")
    doc.parts.append(Part("جزء", [Paragraph(day), Table([Column("التاريخ"), Column("عدد")], [[day, big]])]))
    write_pdf(doc, tmp_path / "digits.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "digits.pdf"), "-"], capture_output=True, text=True).stdout
    assert text.count("٢٠٢٥") == 2 and "٣١" in text and "١٢٬٣٤٥" in text, text
    assert "٥٢٠٢" not in text and "٥٤٣٬٢١" not in text
