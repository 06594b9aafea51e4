"""Right-to-left lines of a PDF paragraph in the order a reader reads them (reportlab has no bidi of its own here).

reportlab 5.1 shapes Arabic with HarfBuzz word by word (each word's letters joined and right to left), but
without its optional `rlbidi` package it lays the words of a line out left to right, in typing order: an
Arabic line read from the right came out last word first ("الوطنية التنسيق آلية"). `visual_units` puts the
pieces of one broken line in visual order, after the line breaks are chosen (so each line holds the words it
should), following the Unicode bidi algorithm (UAX #9) in the form the documents need:

- the paragraph direction is that of its first strong letter (P2/P3): Arabic text is right to left, a French
  title or a phone number alone in an Arabic document stays left to right;
- a run of the other direction is *isolated* (as if wrapped in LRI/RLI…PDI): a French law title after an
  Arabic label keeps its parentheses, commas and article numbers in place ("نووية: Code pénal, Art. 412-2(1)"),
  and a trailing punctuation mark that belongs to neither is left to the paragraph's direction;
- numbers stay left to right inside Arabic text ("31 كانون الأول/ديسمبر 2025"), with their joined signs
  (W4/W5: 412-2, 2025/12, 50%); a word of digits and signs ("+999 21", "(2005),") is isolated like a Latin
  run, so a telephone number keeps its "+" on the left; brackets outside a run are mirrored (L4).

A unit is either a shaped Arabic word (atomic: HarfBuzz already put its glyphs in visual order) or one
character of other text (its glyphs are in typing order, left to right).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

_STRONG_R = frozenset(("R", "AL"))
_NUMBER = frozenset(("EN", "AN"))
_OPENING = frozenset("([{\u00ab\u2039\u201c\u2018\"'")
_CLOSING_OF = {
    ")": "(",
    "]": "[",
    "}": "{",
    "\u00bb": "\u00ab",
    "\u203a": "\u2039",
    "\u201d": "\u201c",
    "\u2019": "\u2018",
}
# L4: brackets drawn at a right-to-left level take the mirrored glyph
MIRROR = {"(": ")", ")": "(", "[": "]", "]": "[", "{": "}", "}": "{", "<": ">", ">": "<"}
MIRROR.update({"\u00ab": "\u00bb", "\u00bb": "\u00ab", "\u2039": "\u203a", "\u203a": "\u2039"})


def char_class(ch: str) -> str:
    """The bidi class of one character (private-use glyphs of shaped text count as Arabic)."""
    if "\ue000" <= ch <= "\uf8ff":
        return "AL"
    return unicodedata.bidirectional(ch) or "ON"


def first_strong_rtl(text: str, default: bool = False) -> bool:
    """P2/P3: whether the first strong letter of `text` is right to left (`default` when there is none)."""
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in _STRONG_R:
            return True
        if cls == "L":
            return False
    return default


@dataclass
class Unit:
    """One piece of a line: its (fragment, text) parts, its bidi class and level. An Arabic word shaped across
    fragments (a number prefix, a bold part) is one unit whose parts HarfBuzz already put in visual order."""

    parts: list[tuple[Any, Any]]  # (reportlab fragment, str or ShapedStr)
    cls: str
    level: int = 0
    token: bool = False  # first character of a word like "+999123", "412-2(1)", "2025/12": read left to right

    @property
    def text(self) -> str:
        return "".join(str(t) for _, t in self.parts)


def split_units(
    pieces: Sequence[tuple[Any, Any]], classify: Callable[[Any, str], str] = lambda f, c: char_class(c)
) -> list[Unit]:
    """The units of a line's (fragment, text) pieces: spaces, shaped Arabic words (atomic, possibly spanning
    fragments), and single characters of other text; `classify(fragment, char)` gives a glyph's bidi class."""
    units: list[Unit] = []
    word: list[tuple[Any, Any, str]] = []  # (fragment, text, its characters as str): the parts of one word

    def end_word() -> None:
        if not word:
            return
        classes = [[classify(frag, c) for c in plain] for frag, _, plain in word]
        if any(c in _STRONG_R for part in classes for c in part):
            units.append(Unit([(frag, text) for frag, text, _ in word], "R"))
        else:
            first = len(units)
            for index, (frag, text, _plain) in enumerate(word):
                if _shaped_right_to_left(text):
                    # HarfBuzz took the word for Arabic ("(56٪)": the percent sign is of the Arabic script) and
                    # drew it backwards with its brackets mirrored: back to typing order and plain brackets
                    text = text[::-1]
                    for k, ch in enumerate(str(text)):
                        if ch in MIRROR:
                            text = text[:k] + type(text)(MIRROR[ch], text[k : k + 1].__shapeData__) + text[k + 1 :]
                    word[index] = (frag, text, str(text))
                    classes[index] = classes[index][::-1]
            for (frag, text, _), part in zip(word, classes, strict=True):
                units.extend(Unit([(frag, text[k : k + 1])], cls) for k, cls in enumerate(part))
            found = {c for part in classes for c in part}
            if "EN" in found and found - _NUMBER - {"NSM", "BN"}:  # Arabic-Indic digits (AN) follow the text
                units[first].token = True
        word.clear()

    for frag, text in pieces:
        plain = str(text)
        start = 0
        while start < len(plain):
            space = plain.find(" ", start)
            stop = len(plain) if space < 0 else space
            if stop > start:
                word.append((frag, text[start:stop], plain[start:stop]))
            if space < 0:
                break
            end_word()
            units.append(Unit([(frag, text[space : space + 1])], "WS"))
            start = space + 1
    end_word()
    return units


def _shaped_right_to_left(text: Any) -> bool:
    """Whether HarfBuzz laid out this shaped text right to left (its glyphs' source positions go down)."""
    shape = getattr(text, "__shapeData__", None)
    if not shape or len(shape) < 2:
        return False
    clusters = [d.cluster for d in shape if d.cluster < 0x7FFFFFFF]
    return len(clusters) > 1 and clusters[0] > clusters[-1]


def _join_numbers(classes: list[str]) -> list[str]:
    """W1-W6 as they matter here: marks follow their base, separators between digits and signs next to them join."""
    out = list(classes)
    for k, c in enumerate(out):
        if c == "NSM":
            out[k] = out[k - 1] if k else "ON"
    for k in range(1, len(out) - 1):
        if out[k] in ("ES", "CS") and out[k - 1] == out[k + 1] == "EN":
            out[k] = "EN"
        elif out[k] == "CS" and out[k - 1] == out[k + 1] == "AN":
            out[k] = "AN"
    # W5: a run of ET next to EN becomes EN
    k = 0
    while k < len(out):
        if out[k] == "ET":
            end = k
            while end < len(out) and out[end] == "ET":
                end += 1
            if (k > 0 and out[k - 1] == "EN") or (end < len(out) and out[end] == "EN"):
                for m in range(k, end):
                    out[m] = "EN"
            k = end
        else:
            k += 1
    return out


def _spans(classes: list[str], texts: list[str], foreign: str, starts: list[bool]) -> list[tuple[int, int]]:
    """The runs of the other direction to isolate: from a `foreign` strong unit (or a `starts` one) to the last
    one before the paragraph's direction comes back, with the brackets it opens and closes, without trailing
    spaces or marks (those belong to the paragraph, unless the run ends the line)."""
    home = "L" if foreign in _STRONG_R else "R"
    spans = []
    k, n = 0, len(classes)
    while k < n:
        if classes[k] != foreign and not starts[k]:
            k += 1
            continue
        start = k
        # the whole word it starts in: "(First", "-documents" (a word broken at the end of the line before)
        while start > 0 and classes[start - 1] not in ("WS", home, "R", "AL"):
            start -= 1
        end = k
        last_strong = k
        while end < n and classes[end] != home:
            if classes[end] not in ("WS", "ON", "CS", "ES", "ET", "BN", "S", "B"):
                last_strong = end
            end += 1
        stop = last_strong + 1
        if end == n:  # the run goes on to the end of the line (a long address continues on the next): all of it
            stop = end
            while stop > start and classes[stop - 1] == "WS":
                stop -= 1
            # but not a closing bracket of one opened before the run ("[annex 4]": the "]" closes the paragraph's)
            while (
                stop > last_strong + 1
                and texts[stop - 1] in _CLOSING_OF
                and _CLOSING_OF[texts[stop - 1]] not in texts[start : stop - 1]
            ):
                stop -= 1
        # keep closing brackets that close one opened inside the run
        opened: list[str] = [t for t in texts[start:stop] if t in _OPENING]
        while stop < end and texts[stop] in _CLOSING_OF and _CLOSING_OF[texts[stop]] in opened:
            opened.remove(_CLOSING_OF[texts[stop]])
            stop += 1
        spans.append((start, stop))
        k = end
    return spans


def last_strong(units: Sequence[Unit], before: str = "") -> str:
    """The direction of the last strong letter of `units` ("L" or "R"), else `before`."""
    for unit in reversed(units):
        if unit.cls == "L" or unit.cls in _STRONG_R:
            return "L" if unit.cls == "L" else "R"
    return before


def resolve_levels(units: Sequence[Unit], rtl: bool, before: str = "") -> None:
    """Set each unit's embedding level: paragraph level 1 (rtl) or 0, isolated runs of the other direction.

    `before` is the direction of the last strong letter of the paragraph's previous lines: a number after
    Latin words is part of them (W7), even at the start of a line ("September" | "1975 (instrument")."""
    classes = _join_numbers([u.cls for u in units])
    if rtl:
        strong = before
        for k, cls in enumerate(classes):
            if cls == "L" or cls in _STRONG_R:
                strong = "L" if cls == "L" else "R"
            elif cls == "EN" and strong == "L":
                classes[k] = "L"
    texts = [str(u.text) for u in units]
    base = 1 if rtl else 0
    isolated = [False] * len(units)
    starts = [u.token and rtl for u in units]
    for start, stop in _spans(classes, texts, "L" if rtl else "R", starts):
        for k in range(start, stop):
            isolated[k] = True
    levels = []
    for cls, inside in zip(classes, isolated, strict=True):
        if rtl:
            # Arabic, spaces and marks 1; numbers and an isolated left-to-right run 2 (kept in typing order)
            levels.append(2 if inside or cls in _NUMBER else 1)
        elif inside:
            # an isolated Arabic run inside left-to-right text: 1, its numbers 2
            levels.append(2 if cls in _NUMBER else 1)
        else:
            levels.append(2 if cls == "AN" else 0)
    # L1: spaces at the end of the line take the paragraph level
    k = len(units) - 1
    while k >= 0 and units[k].cls == "WS":
        levels[k] = base
        k -= 1
    for unit, level in zip(units, levels, strict=True):
        unit.level = level


def reorder(units: list[Unit]) -> list[Unit]:
    """L2: the units in visual order (left to right), by their levels."""
    if not units:
        return units
    result = list(units)
    highest = max(u.level for u in result)
    lowest_odd = min((u.level for u in result if u.level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(result):
            if result[k].level >= level:
                end = k
                while end < len(result) and result[end].level >= level:
                    end += 1
                result[k:end] = result[k:end][::-1]
                k = end
            else:
                k += 1
    return result
