"""Typed values for workbooks: a date of the database as a date, an amount typed as text as a number and a currency.

The builders put these in `Table.values` (see `document.py`): the PDF prints the text written out, the
workbook holds a value a spreadsheet sorts, filters and adds up.
"""

from __future__ import annotations

import datetime
import re
from decimal import Decimal, InvalidOperation

_CURRENCY_SIGNS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY", "₽": "RUB", "CHF": "CHF"}
_CODE = r"(?P<code>[A-Z]{3}|[€$£¥₽])"
_NUMBER = r"(?P<number>\d[\d\s\u00a0\u202f,.']*)"


def day(iso: str | None) -> datetime.date | None:
    """The date of an ISO text ("2025-12-31", or a timestamp starting with one); None when there is none."""
    if not iso:
        return None
    try:
        return datetime.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _number(text: str) -> Decimal | None:
    digits = re.sub(r"[\s\u00a0\u202f']", "", text)
    commas, dots = digits.count(","), digits.count(".")
    if commas and dots:  # the last of the two separates the decimals: 1,234.50 or 1.234,50
        decimal_mark = "," if digits.rfind(",") > digits.rfind(".") else "."
        grouping = "." if decimal_mark == "," else ","
        digits = digits.replace(grouping, "").replace(decimal_mark, ".")
    elif commas or dots:
        mark = "," if commas else "."
        groups = digits.split(mark)
        thousands = len(groups) > 2 or len(groups[-1]) == 3  # 25,000 or 1.000.000; else 25,5 or 25.50: decimals
        digits = "".join(groups) if thousands else ".".join(groups)
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def amount(text: str | None) -> tuple[Decimal | None, str]:
    """An amount typed as "EUR 25,000", "25 000 €" or "USD 1,250.50": (25000, "EUR"); (None, "") when the text is
    not just an amount and a currency (it then stays text)."""
    if not text:
        return None, ""
    # the code before or after the number: two patterns, named groups may not repeat in one
    for pattern in (rf"^\s*{_CODE}\s*{_NUMBER}\s*$", rf"^\s*{_NUMBER}\s*{_CODE}\s*$"):
        match = re.match(pattern, text.strip())
        if match:
            number = _number(match.group("number").strip())
            if number is None:
                return None, ""
            code = match.group("code")
            return number, _CURRENCY_SIGNS.get(code, code)
    return None, ""
