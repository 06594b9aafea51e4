"""Interface languages: our translations, Qt's own, layout direction, and a pseudo-translation.

Translations live in resources/translations/un1540_<lang>.ts, the XML format Qt Linguist edits.
`TsTranslator` reads them directly, so no compiled .qm file is kept in the source tree. Setting the
environment variable UN1540_PSEUDO=long (every string made 40% longer) or UN1540_PSEUDO=rtl (right to
left, bracketed) shows how layouts survive before real translations exist.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from app import LANGUAGES, formats
from app.paths import data_dir

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


def show_lines(label: QLabel, lines: list[str]) -> None:
    """Lines shown together in one label, each a paragraph of its own laid out in the interface's direction.

    A plain-text label is one bidi paragraph whatever its line breaks: in a right-to-left interface a first line
    holding a Latin title (data) turned the Arabic lines after it around ("2027" alone on the left of the period
    line). In right to left each line is therefore a right-to-left paragraph of rich text, the text escaped
    (what users typed stays text, never markup)."""
    if right_to_left():
        import html

        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText("".join(f'<p dir="rtl" style="margin:0">{html.escape(line)}</p>' for line in lines))
    else:
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText("\n".join(lines))


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


MessageKey = tuple[str, str, str]  # (context, source text, disambiguation)


@dataclass
class Translation:
    """A parsed .ts file: its finished messages (the first form of a count), the plural forms of its counts, and
    how many messages it has and has finished."""

    table: dict[MessageKey, str] = field(default_factory=dict)
    numerus: dict[MessageKey, list[str]] = field(default_factory=dict)
    total: int = 0
    finished: int = 0
    status: TranslationStatus | None = None


def read_ts(text: str) -> Translation:
    """Everything the application takes from a Qt Linguist .ts file, read in one pass."""
    import xml.etree.ElementTree as ET  # for a language other than English only, not at every start

    read = Translation()
    for context in ET.fromstring(text).iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            node = message.find("translation")
            kind = node.get("type") if node is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            read.total += 1
            if node is None or kind == "unfinished":
                continue
            read.finished += 1
            key = (name, message.findtext("source", default=""), message.findtext("comment", default=""))
            forms = [form.text or "" for form in node.findall("numerusform")]
            if forms and all(forms):
                read.numerus[key] = forms
            translation = forms[0] if forms else node.text
            if translation:
                read.table[key] = translation
    return read


# Which plural form a count takes, in Qt Linguist's order of forms for each language (the order lupdate writes
# the <numerusform> slots in): French counts 0 and 1 as singular; Russian has one/few/many; Arabic has zero,
# one, two, few (3-10), many (11-99) and the rest (100, 101, 102...); Chinese has a single form.
def _russian_form(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else 2


def _arabic_form(n: int) -> int:
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    return 4 if 11 <= n % 100 <= 99 else 5


PLURAL_FORM = {
    "ar": _arabic_form,
    "zh": lambda n: 0,
    "en": lambda n: 0 if n == 1 else 1,
    "fr": lambda n: 0 if n < 2 else 1,
    "ru": _russian_form,
    "es": lambda n: 0 if n == 1 else 1,
}
# How many forms each language has (what a complete .ts gives for every "%n" message).
PLURAL_FORMS_COUNT = {"ar": 6, "zh": 1, "en": 2, "fr": 2, "ru": 3, "es": 2}


def bundled_ts(lang: str) -> str | None:
    path = resources.files("resources").joinpath("translations", f"un1540_{lang}.ts")
    return path.read_text(encoding="utf-8") if path.is_file() else None


def corrections_path(lang: str) -> Path:
    """The user's own corrections to the shipped translation: a copy of the .ts in the data folder, read after it."""
    return data_dir() / "translations" / f"un1540_{lang}.ts"


@dataclass(frozen=True)
class TranslationStatus:
    """What the interface has in a language, said as it is: messages translated of those the interface has, and
    the user's corrections in use (or why their file could not be read)."""

    lang: str
    total: int
    finished: int
    corrections: int
    corrections_file: Path
    corrections_problem: str = ""

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.finished == self.total


def load_translation(lang: str) -> Translation:
    """The shipped translation of `lang` with the user's corrections laid over it. A corrections file that cannot
    be read is left aside (the shipped text is used) and the reason is kept for Settings to show."""
    import xml.etree.ElementTree as ET

    shipped = bundled_ts(lang)
    translation = read_ts(shipped) if shipped else Translation()
    path = corrections_path(lang)
    corrections, problem = 0, ""
    if path.is_file():
        try:
            own = read_ts(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ET.ParseError) as exc:
            problem = str(exc) or type(exc).__name__
        else:
            corrections = sum(
                1
                for key, text in own.table.items()
                if text != translation.table.get(key) or own.numerus.get(key) != translation.numerus.get(key)
            )
            translation.table.update(own.table)
            translation.numerus.update(own.numerus)
    translation.status = TranslationStatus(lang, translation.total, translation.finished, corrections, path, problem)
    return translation


_status: dict[str, TranslationStatus] = {}


def translation_status(lang: str) -> TranslationStatus:
    """The status of the language as installed (read again if it was not installed in this run)."""
    if lang not in _status:
        status = load_translation(lang).status
        assert status is not None
        _status[lang] = status
    return _status[lang]


def create_corrections_file(lang: str) -> Path:
    """The user's corrections file, made as a copy of the shipped translation when there is none yet."""
    path = corrections_path(lang)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".part")
        temporary.write_text(bundled_ts(lang) or "", encoding="utf-8")
        temporary.replace(path)
    return path


class TsTranslator(QTranslator):
    """Serves Qt's translate()/tr() from a parsed .ts table."""

    def __init__(
        self,
        table: dict[MessageKey, str],
        parent=None,
        numerus: dict[MessageKey, list[str]] | None = None,
        lang: str = "",
    ):
        super().__init__(parent)
        self._table = table
        self._numerus = numerus or {}
        self._lang = lang if lang in PLURAL_FORM else "en"
        self._plural_form = PLURAL_FORM[self._lang]

    def translate(self, context, source_text, disambiguation=None, n=-1):
        key = (context, source_text, disambiguation or "")
        forms = self._numerus.get(key) if n is not None and n >= 0 else None
        if forms:  # the count written as the language writes numbers (grouping, the digits chosen)
            return forms[min(self._plural_form(n), len(forms) - 1)].replace("%n", formats.number(n, self._lang))
        return self._table.get(key)

    def isEmpty(self):  # noqa: N802 (Qt API)
        return not self._table

    def __len__(self) -> int:
        return len(self._table)


class EnglishPlurals(QTranslator):
    """English needs a translation only for counts ("1 field", "2 fields"): the plural-only un1540_en.ts (and the
    user's corrections) is read at the first count shown, not at start, where no count is."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._inner: TsTranslator | None = None

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if n is None or n < 0:
            return None
        if self._inner is None:
            translation = load_translation("en")
            if translation.status is not None:
                _status["en"] = translation.status
            self._inner = TsTranslator(translation.table, self, translation.numerus, "en")
        return self._inner.translate(context, source_text, disambiguation, n)

    def isEmpty(self):  # noqa: N802 (Qt API)
        return False


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
    if lang == "en" and not corrections_path(lang).is_file():
        _installed.append(EnglishPlurals(app))
    else:
        translation = load_translation(lang)
        if translation.status is not None:
            _status[lang] = translation.status
        if translation.table or translation.numerus:
            _installed.append(TsTranslator(translation.table, app, translation.numerus, lang))
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
