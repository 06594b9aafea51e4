"""Words broken only where a reader expects it: hyphenation by language, and Chinese lines that keep Latin words whole.

English, French, Russian and Spanish words are hyphenated with pyphen's dictionaries (reportlab calls
`hyphenator(lang)` when a word does not fit its line and adds the hyphen). Arabic is never hyphenated:
its table columns are made wide enough for their longest word instead (see pdf_tables).

Chinese is broken between any two Chinese characters, but reportlab's own Chinese line breaker also
cuts a Latin word anywhere ("Washingto|n") when it finds no space within half a line: `cjk_frag_split`
breaks a Chinese paragraph between Chinese characters, at spaces and after hyphens, hyphenates a Latin
word (English dictionary) that must be broken, and cuts one only when not even a syllable fits the line.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from typing import Any

from reportlab.lib.textsplit import ALL_CANNOT_END, ALL_CANNOT_START
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.paragraph import ParaLines, cjkU, makeCJKParaLine  # type: ignore[attr-defined]

try:
    import pyphen  # type: ignore[import-untyped]
except ImportError:  # pragma: no cover - a dependency; without it words are not hyphenated
    pyphen = None


def _install_uri_fix() -> None:
    """reportlab, when hyphenating, cuts an address too long for its line at a slash and then leaves the rest
    uncut, past the margin: addresses are left to its ordinary cutting of words longer than a line."""
    from reportlab.platypus import paragraph

    if getattr(paragraph, "_un1540_uri_fix", False):
        return
    paragraph._uri_split_pairs = lambda uri: None  # type: ignore[attr-defined]
    setattr(paragraph, "_un1540_uri_fix", True)  # noqa: B010 (a module attribute the stubs do not declare)


_install_uri_fix()

# pyphen's dictionary for each document language; Chinese documents hyphenate their Latin words in English.
DICTIONARIES = {"en": "en_GB", "fr": "fr", "ru": "ru_RU", "es": "es", "zh": "en_GB"}
MIN_WORD = 5  # shorter words are never hyphenated
_FUZZ = 1e-6
_BREAKING_SPACE = re.compile(r"[ \t\r\n]+")  # not the no-break space of a date ("31 December 2026")
_LETTERS = re.compile(r"^[^\W\d_]+$")
# Characters between which a Chinese line may break (ideographs, kana, CJK punctuation, full-width forms).
_CJK = re.compile(r"[\u2e80-\u2fff\u3000-\u303f\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
# One unbreakable piece of text when measuring: a Chinese character, or a run of anything but spaces and them.
_CJK_TOKEN = re.compile(
    r"[\u2e80-\u2fff\u3000-\u303f\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]"
    r"|[^ \t\r\n\u2e80-\u2fff\u3000-\u303f\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+"
)


@functools.cache
def _dictionary(lang: str) -> Any:
    name = DICTIONARIES.get(lang)
    if not name or pyphen is None:
        return None
    return pyphen.Pyphen(lang=name, left=2, right=3)  # never "Biologic-al": three letters at least go over


def hyphenator(lang: str) -> Callable[[str], Iterator[tuple[str, str]]] | None:
    """reportlab's hyphenation callable for `lang` (pairs head, tail; longest head first), None for no hyphenation."""
    dic = _dictionary(lang)
    return dic.iterate if dic is not None and lang != "zh" else None


def positions(word: str, lang: str) -> list[int]:
    """Where `word` may be hyphenated (indices), by the language's dictionary; none for short words."""
    dic = _dictionary(lang)
    if dic is None or len(word) < MIN_WORD or not _LETTERS.match(word):
        return []
    return [int(p) for p in dic.positions(word)]


def tokens(text: str, cjk: bool) -> list[str]:
    """The pieces of `text` no line break may enter without a hyphen: words (no-break spaces join), each Chinese
    character alone."""
    return _CJK_TOKEN.findall(text) if cjk else [t for t in _BREAKING_SPACE.split(text) if t]


def narrowest(word: str, lang: str, width: Callable[[str], float], *, parts: int = 2) -> float:
    """The narrowest a column can be for `word` broken at most into `parts` lines, a hyphen ending each but the
    last: at embedded hyphens ("Desrosiers-Kane") and the language's hyphenation points. Two lines at most by
    default: a column as narrow as one syllable would hyphenate every word."""
    pieces = [p for p in re.split(r"(?<=[^\W\d_]-)(?=[^\W\d_])", word) if p]
    best_total = 0.0
    for piece in pieces:
        whole = width(piece)
        cuts = positions(piece.strip("-"), lang) if parts > 1 else []
        if not cuts:
            best_total = max(best_total, whole)
            continue
        hyphen = width("-")
        best = whole
        for cut in cuts:
            best = min(best, max(width(piece[:cut]) + hyphen, width(piece[cut:])))
        best_total = max(best_total, best)
    return best_total


# -- Chinese line breaking -----------------------------------------------------------------------------------------
def _space(ch: str) -> bool:
    return ch == " " or (len(ch) == 1 and unicodedata.category(ch) == "Zs")


def _cjk(ch: str) -> bool:
    return bool(_CJK.match(ch))


def _may_start(units: list[Any], k: int) -> bool:
    """Whether a line may start at units[k]."""
    ch, before = str(units[k]), str(units[k - 1])
    if not ch or not before or _space(ch):
        return False
    if _space(before):
        return True
    if ch in ALL_CANNOT_START or before in ALL_CANNOT_END:
        return False
    if _cjk(ch) or _cjk(before):
        return True
    # after a hyphen inside a word ("Desrosiers-|Kane")
    return before == "-" and k >= 2 and str(units[k - 2]).isalpha() and ch.isalpha()


def _word_around(units: list[Any], i: int, start: int) -> tuple[int, int]:
    """The run of letters (a Latin word) containing units[i], not before the line's start."""
    a = i
    while a > start and str(units[a - 1]).isalpha() and not _cjk(str(units[a - 1])):
        a -= 1
    b = i
    while b < len(units) and str(units[b]).isalpha() and not _cjk(str(units[b])):
        b += 1
    return a, b


def cjk_frag_split(frags: list[Any], max_widths: list[float], calc_bounds: bool, lang: str = "zh") -> Any:
    """Lines of a Chinese paragraph (reportlab's `cjkFragSplit`, with Latin words kept whole or hyphenated)."""
    units: list[Any] = []
    for f in frags:
        text = f.text.decode("utf8") if isinstance(f.text, bytes) else f.text
        if text:
            units.extend(cjkU(ch, f, "utf8") for ch in text)
        else:
            units.append(cjkU(text, f, "utf8"))
    lines: list[Any] = []
    n = len(units)

    def width_of(a: int, b: int) -> float:
        return float(sum(units[k].width for k in range(a, b)))

    def emit(a: int, b: int, line_break: bool, extra: list[Any] | None = None) -> None:
        line = units[a:b]
        while line and _space(str(line[-1])) and not line_break:
            line.pop()
        line += extra or []
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        used = float(sum(u.width for u in line))
        lines.append(makeCJKParaLine(line, max_width, used, max_width - used, line_break, calc_bounds))

    start = i = 0
    used = 0.0
    while i < n:
        u = units[i]
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        if hasattr(u.frag, "lineBreak"):
            emit(start, i + 1, True)
            start = i = i + 1
            used = 0.0
            continue
        if used + u.width <= max_width + _FUZZ or i == start:
            used += u.width
            i += 1
            continue
        # units[i] does not fit on this line
        if str(u) in ALL_CANNOT_START and not _space(str(u)):
            emit(start, i + 1, False)  # closing punctuation hangs in the margin rather than start a line
            start = i + 1
        else:
            end = next((k for k in range(i, start, -1) if _may_start(units, k)), None)
            extra: list[Any] = []
            if end is None:
                end = i  # no break point in the line: hyphenate the word, or cut it as the last resort
                a, b = _word_around(units, i, start)
                word = "".join(str(x) for x in units[a:b])
                hyphen = stringWidth("-", units[i].frag.fontName, units[i].frag.fontSize)
                for cut in reversed(positions(word, lang)):
                    if a + cut > start and width_of(start, a + cut) + hyphen <= max_width + _FUZZ:
                        end = a + cut
                        extra = [cjkU("-", units[end - 1].frag, "utf8")]
                        break
            emit(start, end, False, extra)
            start = end
        while start < n and _space(str(units[start])):
            start += 1
        i = max(i, start)
        used = width_of(start, i)
    if start < n:
        emit(start, n, False)
    return ParaLines(kind=1, lines=lines)
