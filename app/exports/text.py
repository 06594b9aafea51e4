"""Labels and headings of exported documents, in the six UN languages.

The catalogues are data (`resources/export_text/<lang>.json`, one key per label), separate from the
GUI's Qt translations because documents are written without Qt (command line, tests, background
export). A key missing from a catalogue falls back to English, so a new label never breaks an export.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources

from app import LANGUAGES

RTL_LANGUAGES = ("ar",)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


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

    def label(self, prefix: str, code: str | None) -> str:
        """An enum value's label (`status.done`), or the code itself when the catalogue lacks it."""
        return self._cat.get(f"{prefix}.{code or ''}", code or "")

    def join(self, items: Iterable[str]) -> str:
        """Items written as a list in the language: "، " in Arabic, "、" in Chinese, ", " elsewhere."""
        return self._cat.get("list_separator", ", ").join(items)

    def labels(self, prefix: str, codes: str | None) -> str:
        """Comma-separated codes (as the database stores them) written as labels."""
        return self.join(self.label(prefix, c) for c in (codes or "").split(",") if c)

    def date(self, iso: str | None) -> str:
        """A date written out in the language ("1 December 2025", "1 декабря 2025 года", "2025年12月1日"); '' for none.
        The same text as the interface shows (app.formats), Arabic-Indic digits included when the user chose them."""
        from app.formats import date_text

        return date_text(iso, self.lang)
