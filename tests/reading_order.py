"""Lines of text read back from a PDF in reading order.

`pdftotext -raw` gives each line in the order it was drawn: left to right on the page. An Arabic line is read
from the right: its words come back last first, while a run of Latin words inside it (drawn left to right)
keeps its order (numbers apart from Latin words are read from the right, like "القرار 1540 (2004)").
`reading_order` turns each such line around, so a test can look for a phrase as typed.
"""

from __future__ import annotations

import re
import unicodedata

_ARABIC = re.compile(r"[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")


def reading_order(text: str) -> str:
    """Each line that holds Arabic, its words from the right (runs of other words kept as they are)."""
    lines = []
    for line in text.split("\n"):
        if not _ARABIC.search(line):
            lines.append(line)
            continue
        runs: list[list[str]] = []
        for word in line.split():
            if _ARABIC.search(word) or not runs or _ARABIC.search(runs[-1][-1]):
                runs.append([word])
            else:
                runs[-1].append(word)
        # a run of numbers alone ("1540 (2004)") is read from the right too; one with Latin words keeps its order
        runs = [run[::-1] if not any(re.search("[A-Za-z]", w) for w in run) else run for run in runs]
        lines.append(" ".join(w for run in reversed(runs) for w in run))
    return "\n".join(lines)


_MARKS = "\u060c\u061b\u061f\u06d4"  # Arabic comma, semicolon, question mark, full stop
_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06d5\ufb50-\ufdff\ufe70-\ufefc]")


def page_lines(bbox_xml: str, top: float = 0.0, bottom: float = 1e9) -> list[str]:
    """The lines of `pdftotext -bbox` output between `top` and `bottom`, each in reading order.

        A word's glyphs come in drawing order: an Arabic word (one with Arabic letters) is turned back to typing
        order, and a mark such as "،" drawn at the left of a Latin run (it follows it, read from the right) is put
    after it. Words whose tops are within 6 points of each other are one line (vowel marks are raised).
    """
    words = []
    for page, body in enumerate(bbox_xml.split("<page ")[1:]):
        for x, y, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>', body
        ):
            # a vowel mark that poppler reads apart from its letter (it is raised) is left out
            if top <= float(y) <= bottom and not all(unicodedata.category(c) == "Mn" for c in text):
                words.append((page, float(y), float(x), text))
    words.sort()
    lines: list[list[tuple[float, str]]] = []
    last = (-1, -100.0)
    for page, y, x, text in words:
        if page != last[0] or y - last[1] > 6:
            lines.append([])
            last = (page, y)
        lines[-1].append((x, text))
    result = []
    for line in lines:
        ordered = [text for _, text in sorted(line)]
        if any(_LETTER.search(w) or w[:1] in _MARKS for w in ordered):
            runs: list[list[str]] = []
            for word in ordered:
                if _LETTER.search(word):
                    runs.append([word[::-1]])
                    continue
                while len(word) > 1 and word[0] in _MARKS:
                    word = word[1:] + word[0]
                if runs and not _LETTER.search(runs[-1][-1]):
                    runs[-1].append(word)
                else:
                    runs.append([word])
            ordered = [w for run in reversed(runs) for w in run]
        result.append(" ".join(ordered))
    return result
