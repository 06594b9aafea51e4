"""Interface languages: our translations, Qt's own, layout direction, and a pseudo-translation.

Translations live in resources/translations/un1540_<lang>.ts, the XML format Qt Linguist edits.
`TsTranslator` reads them directly, so no compiled .qm file is kept in the source tree. Setting the
environment variable UN1540_PSEUDO=long (every string made 40% longer) or UN1540_PSEUDO=rtl (right to
left, bracketed) shows how layouts survive before real translations exist.
"""

from __future__ import annotations

import os
import re
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox

from app import LANGUAGES

# The six UN languages, each named in itself (what a user looks for in a list).
LANGUAGE_NAMES = {
    "ar": "العربية",
    "zh": "中文",
    "en": "English",
    "fr": "Français",
    "ru": "Русский",
    "es": "Español",
}
RIGHT_TO_LEFT = {"ar"}
_QT_LOCALE = {"ar": "ar", "zh": "zh_CN", "en": "en_GB", "fr": "fr_FR", "ru": "ru_RU", "es": "es_ES"}


def language_combo(object_name: str, current: str) -> QComboBox:
    """A choice of the UN languages, each named in itself (the item data is the code), set to `current`."""
    combo = QComboBox()
    combo.setObjectName(object_name)
    for code in LANGUAGES:
        combo.addItem(LANGUAGE_NAMES.get(code, code), code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


# Unicode's directional isolates: the text between an initiator and PDI is laid out on its own, so that a Latin name,
# a path or a code inside an Arabic sentence (or Arabic text inside a Latin one) keeps its dots, parentheses and
# ellipses where they belong, and does not move the punctuation of the sentence around it.
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
RLM = "\u200f"
_PLACEHOLDER = re.compile(r"(?<![\u2066\u2067\u2068])%(\d)(?!\u2069)")


def right_to_left() -> bool:
    """Whether the interface is laid out right to left (Arabic, or UN1540_PSEUDO=rtl)."""
    app = QCoreApplication.instance()
    return isinstance(app, QApplication) and app.layoutDirection() == Qt.LayoutDirection.RightToLeft


def isolate(text: str, auto: bool = False) -> str:
    """`text` kept apart inside a sentence of the other direction.

    By default a file path or name, a code or a reference, always left to right (LRI…PDI, in every language). With
    `auto`, text typed by users whose direction is unknown (a law's title, a name, in Arabic or French): isolated
    in its own direction (FSI…PDI) in a right-to-left interface, unchanged otherwise."""
    if auto:
        return FSI + text + PDI if text and right_to_left() else text
    return LRI + text + PDI


def isolate_placeholders(template: str) -> str:
    """A translated sentence whose %1, %2… will each be an isolated part (FSI…PDI): what is put in their place
    (names, titles, dates, paths) is laid out in its own direction, whatever the sentence's."""
    return _PLACEHOLDER.sub(FSI + r"%\1" + PDI, template)


def window_title(*parts: str) -> str:
    """A window title made of `parts` ("Examplia — 1540 Focal Point"): in a right-to-left interface it reads from
    the right, each part isolated, whatever the script of the first part."""
    if not right_to_left():
        return " — ".join(parts)
    return RLM + " — ".join(FSI + part + PDI for part in parts)


def parse_ts(text: str) -> dict[tuple[str, str], str]:
    """{(context, source): translation} for every finished message of a Qt Linguist .ts file."""
    import xml.etree.ElementTree as ET  # for a language other than English only, not at every start

    table: dict[tuple[str, str], str] = {}
    root = ET.fromstring(text)
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = node.findall("numerusform")
            translation = forms[0].text if forms else node.text
            if translation:
                table[(name, source)] = translation
    return table


def parse_ts_numerus(text: str) -> dict[tuple[str, str], list[str]]:
    """{(context, source): [singular, plural...]} for every finished message with plural forms ("%n ...")."""
    import xml.etree.ElementTree as ET  # for a language other than English only, not at every start

    table: dict[tuple[str, str], list[str]] = {}
    for context in ET.fromstring(text).iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [form.text or "" for form in node.findall("numerusform")]
            if len(forms) > 1 and all(forms):
                table[(name, message.findtext("source", default=""))] = forms
    return table


# Which plural form a count takes (Qt Linguist's order of forms): French counts 0 and 1 as singular.
_PLURAL_FORM = {"fr": lambda n: 0 if n < 2 else 1, "zh": lambda n: 0}


def bundled_ts(lang: str) -> str | None:
    path = resources.files("resources").joinpath("translations", f"un1540_{lang}.ts")
    return path.read_text(encoding="utf-8") if path.is_file() else None


class TsTranslator(QTranslator):
    """Serves Qt's translate()/tr() from a parsed .ts table."""

    def __init__(
        self,
        table: dict[tuple[str, str], str],
        parent=None,
        numerus: dict[tuple[str, str], list[str]] | None = None,
        lang: str = "",
    ):
        super().__init__(parent)
        self._table = table
        self._numerus = numerus or {}
        self._plural_form = _PLURAL_FORM.get(lang, lambda n: 0 if n == 1 else 1)

    def translate(self, context, source_text, disambiguation=None, n=-1):
        forms = self._numerus.get((context, source_text)) if n is not None and n >= 0 else None
        if forms:
            return forms[min(self._plural_form(n), len(forms) - 1)]
        return self._table.get((context, source_text))

    def isEmpty(self):  # noqa: N802 (Qt API)
        return not self._table

    def __len__(self) -> int:
        return len(self._table)


class PseudoTranslator(QTranslator):
    """Lengthens or mirrors every string, to test layouts (Vorta's trick)."""

    def __init__(self, mode: str, parent=None):
        super().__init__(parent)
        self.mode = mode

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text:
            return None
        if self.mode == "rtl":
            return "\u202e" + source_text + "\u202c"
        return source_text + " ~" + "·" * max(2, len(source_text) * 2 // 5)

    def isEmpty(self):  # noqa: N802 (Qt API)
        return False


class IsolatingTranslator(QTranslator):
    """In a right-to-left interface: what `inner` translates, with its placeholders isolated (isolate_placeholders);
    without `inner` (installed first, so asked last), the English source of a sentence not translated yet, its
    placeholders isolated too, and a label ending in "…" (a button or menu opening a dialog) kept left to right as a
    whole, so that its ellipsis stays at its end ("Export…", not "…Export")."""

    def __init__(self, inner: QTranslator | None = None, parent=None):
        super().__init__(parent)
        self._inner = inner

    def translate(self, context, source_text, disambiguation=None, n=-1):
        text = self._inner.translate(context, source_text, disambiguation, n) if self._inner else source_text
        if not text:
            return None
        if "%" in text:
            text = isolate_placeholders(text)
        if self._inner is None:
            if text.endswith("…"):
                return LRI + text + PDI
            return text if text != source_text else None
        return text

    def isEmpty(self):  # noqa: N802 (Qt API)
        return False


_installed: list[QTranslator] = []


def install_language(app: QApplication, lang: str) -> None:
    """Make `lang` the interface language: translators, default locale, layout direction."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(_QT_LOCALE.get(lang, "en_GB"))
    QLocale.setDefault(locale)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt_translator)
    text = bundled_ts(lang)
    if text:
        _installed.append(TsTranslator(parse_ts(text), app, parse_ts_numerus(text), lang))
    pseudo = os.environ.get("UN1540_PSEUDO", "")
    if pseudo in ("long", "rtl"):
        _installed.append(PseudoTranslator(pseudo, app))
    rtl = lang in RIGHT_TO_LEFT or pseudo == "rtl"
    if rtl:  # ours (not Qt's own, which has its own order) with isolated placeholders, English ones too
        ours = [
            IsolatingTranslator(t, app) if isinstance(t, (TsTranslator, PseudoTranslator)) else t for t in _installed
        ]
        _installed[:] = [IsolatingTranslator(None, app), *ours]
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
