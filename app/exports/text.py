"""Labels and headings of exported documents, in the six UN languages.

The catalogues are data (`resources/export_text/<lang>.json`, one key per label), separate from the
GUI's Qt translations because documents are written without Qt (command line, tests, background
export). A key missing from a catalogue falls back to English, so a new label never breaks an export.

A count ("4 actions", "1 action"; Russian "1 мера", "2 меры", "5 мер") is a key ending in "#n" whose value holds
the language's plural forms separated by "|", in the order of Qt's numerus forms: English, French, Spanish
one|other; Russian one|few|many; Arabic zero|one|two|few|many|other; Chinese one form. `Text.count` picks the
form the number takes (the rules of the Unicode CLDR for whole numbers) and writes the number in it as {n}.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources

from app import LANGUAGES

RTL_LANGUAGES = ("ar",)
# The plural categories of each language, in the order their forms are written in a "#n" value.
PLURAL_FORMS = {
    "en": ("one", "other"),
    "fr": ("one", "other"),
    "es": ("one", "other"),
    "ru": ("one", "few", "many"),
    "ar": ("zero", "one", "two", "few", "many", "other"),
    "zh": ("other",),
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def plural_category(lang: str, n: int) -> str:
    """The CLDR plural category of the whole number `n` in `lang` ("one", "few", ...)."""
    n = abs(n)
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        return "few" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "many"
    if lang == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        return "few" if 3 <= n % 100 <= 10 else "many" if 11 <= n % 100 <= 99 else "other"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    if lang == "zh":
        return "other"
    return "one" if n == 1 else "other"


@functools.cache
def catalogue(lang: str) -> dict[str, str]:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    folder = resources.files("resources").joinpath("export_text")
    english: dict[str, str] = json.loads(folder.joinpath("en.json").read_text(encoding="utf-8"))
    if lang == "en":
        return english
    own = folder.joinpath(f"{lang}.json")
    translated = json.loads(own.read_text(encoding="utf-8")) if own.is_file() else {}
    return {**english, **{k: v for k, v in translated.items() if v}}


class Text:
    """The labels of one language: `t("key", state=...)`, enum labels, dates written out."""

    def __init__(self, lang: str):
        self.lang = lang
        self.rtl = lang in RTL_LANGUAGES
        self._cat = catalogue(lang)

    def __call__(self, key: str, /, **values: object) -> str:
        template = self._cat.get(key)
        if template is None:
            raise KeyError(f"export text {key!r} is missing from the English catalogue")
        if not values:
            return template
        return _PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)

    def count(self, key: str, n: int, /, **values: object) -> str:
        """A counted phrase in the form the number `n` takes ("1 action", "5 мер"); `key` ends in "#n"."""
        from app.formats import number

        forms = [form.strip() for form in self(key, n=number(n, self.lang), **values).split("|")]
        lang = self.lang if len(forms) == len(PLURAL_FORMS[self.lang]) else "en"  # an English fallback: its rule
        order = PLURAL_FORMS[lang] if len(forms) == len(PLURAL_FORMS[lang]) else PLURAL_FORMS["zh"]
        category = plural_category(lang, n)
        return forms[order.index(category)] if category in order else forms[-1]

    def label(self, prefix: str, code: str | None) -> str:
        """An enum value's label (`status.done`), or the code itself when the catalogue lacks it."""
        return self._cat.get(f"{prefix}.{code or ''}", code or "")

    def join(self, items: Iterable[str]) -> str:
        """Items written as a list in the language: "، " in Arabic, "、" in Chinese, ", " elsewhere."""
        return self._cat.get("list_separator", ", ").join(items)

    def labels(self, prefix: str, codes: str | None, *, unbroken: bool = False) -> str:
        """Comma-separated codes (as the database stores them) written as labels; `unbroken`: a label's first two
        words kept on one line (a no-break space: "OP 3" in a narrow column, not "OP" above "3")."""
        labels = (self.label(prefix, c) for c in (codes or "").split(",") if c)
        return self.join(label.replace(" ", "\u00a0", 1) if unbroken else label for label in labels)

    def date(self, iso: str | None) -> str:
        """A date written out in the language ("1 December 2025", "1 декабря 2025 года", "2025年12月1日"); '' for none.
        The same text as the interface shows (app.formats), Arabic-Indic digits included when the user chose them."""
        from app.formats import date_text

        return date_text(iso, self.lang)
