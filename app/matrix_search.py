"""Finding matrix fields: free text in any script, plus filters (value, section, weapon, agency, ...).

The matrix holds a few hundred fields, so each search reads every field's text in one query and
matches in Python. Text is compared case-insensitively, without accents or Arabic vowel marks, with
Arabic letter variants unified, and as a plain substring, so a one-character Chinese word or an Arabic word is
found as reliably as a
Latin one (a trigram index would miss words shorter than three characters).
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.matrix_template import label_column
from app.records import parse_date
from app.workspace import Workspace


@dataclass
class MatrixQuery:
    """What the user is looking for; empty criteria match everything."""

    text: str = ""
    values: set[str] = field(default_factory=set)  # among X, ?, NA, "" (blank)
    section: str | None = None
    weapon: str | None = None
    agency_id: int | None = None
    changed_since: str | None = None  # ISO date
    without_reference: bool = False

    def is_empty(self) -> bool:
        return not (
            self.text.strip()
            or self.values
            or self.section
            or self.weapon
            or self.agency_id
            or self.changed_since
            or self.without_reference
        )


# Arabic letters written in several ways: alef with hamza or madda, alef maqsura, taa marbuta.
_ARABIC_VARIANTS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})


def fold(text: str) -> str:
    """Lower case, without accents or combining marks (Arabic harakat included), for matching."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return unicodedata.normalize("NFC", stripped).translate(_ARABIC_VARIANTS)


# Labels in six languages repeat across fields and never change while the application runs:
# fold each distinct text once.
_fold_cached = functools.lru_cache(maxsize=8192)(fold)


def query_words(text: str) -> list[str]:
    """The words to look for. An Arabic word loses its definite article, which merges with prefixes
    in running text (ل + الجمارك is written للجمارك), so that "الجمارك" also finds "للجمارك"."""
    words = []
    for word in fold(text).split():
        if len(word) > 3 and word.startswith("ال") and "\u0600" <= word[2] <= "\u06ff":
            word = word[2:]
        words.append(word)
    return words


# -- why something matched: where the words are in a text, and the text cut around them ------------------------
SNIPPET_LEAD = 24  # characters kept before the first matched word
SNIPPET_CONTEXT = 60  # and after it


def _fold_mapped(text: str) -> tuple[str, list[int]]:
    """`text` folded character by character, with the position in `text` of each folded character."""
    out: list[str] = []
    where: list[int] = []
    for position, char in enumerate(text):
        folded = fold(char)
        out.append(folded)
        where.extend([position] * len(folded))
    return "".join(out), where


def spans_of(text: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """Where the words occur in `text` (positions in `text` itself), in order, without overlaps."""
    folded, where = _fold_mapped(text)
    found: list[tuple[int, int]] = []
    for word in words:
        if not word:
            continue
        at = folded.find(word)
        while at >= 0:
            found.append((where[at], where[at + len(word) - 1] + 1))
            at = folded.find(word, at + len(word))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the words of `query` occur in `text`, as a list shows them highlighted (positions in `text`)."""
    return spans_of(text, query_words(query))


def cut_snippet(text: str, spans: list[tuple[int, int]], lead: int = SNIPPET_LEAD) -> tuple[str, list[tuple[int, int]]]:
    """`text` on one line, cut around the first span, with the spans moved to match."""
    line = " ".join(text.split("\n")).replace("\r", " ").replace("\t", " ")  # same length: spans stay valid
    if not spans:
        return line[: 2 * SNIPPET_CONTEXT], []
    cut = max(0, spans[0][0] - lead)
    stop = min(len(line), spans[0][1] + SNIPPET_CONTEXT)
    prefix = "…" if cut > 0 else ""
    suffix = "…" if stop < len(line) else ""
    shift = len(prefix) - cut
    kept = [(s + shift, min(e, stop) + shift) for s, e in spans if s >= cut and s < stop]
    return prefix + line[cut:stop] + suffix, kept


def snippet_of(text: str, words: Sequence[str], lead: int = SNIPPET_LEAD) -> str:
    """`text` on one line, cut around the first of `words` it holds (`lead` characters before it)."""
    return cut_snippet(text, spans_of(text, words), lead)[0]


def search(ws: Workspace, query: MatrixQuery, lang: str = "en") -> list[dict[str, Any]]:
    """The fields matching `query`, in matrix order, with what a result list shows."""
    label = label_column(lang)
    since = parse_date(query.changed_since, "changed_since") if query.changed_since else None
    cursor = ws.db.execute(
        f"SELECT f.key, r.section_key, r.number, coalesce(nullif(r.{label}, ''), r.label_en), f.weapon, f.aspect, "
        "coalesce(a.value, ''), coalesce(a.remarks, ''), coalesce(a.source, ''), coalesce(a.adherence_details, ''), "
        "a.responsible_agency_id, coalesce(ag.name, ''), a.updated_at, "
        "r.label_ar || ' ' || r.label_zh || ' ' || r.label_en || ' ' || r.label_fr || ' ' || r.label_ru || ' ' || r.label_es, "
        "(SELECT group_concat(l.title_original || ' ' || l.title_en || ' ' || c.article, ' ') "
        " FROM matrix_citation c JOIN legal_instrument l ON l.id = c.legal_instrument_id WHERE c.field_key = f.key), "
        "(SELECT group_concat(l.title_original || CASE WHEN c.article = '' THEN '' ELSE ' — ' || c.article END, '; ') "
        " FROM (SELECT * FROM matrix_citation WHERE field_key = f.key ORDER BY ordinal, id) c "
        " JOIN legal_instrument l ON l.id = c.legal_instrument_id), "
        "(SELECT count(*) FROM matrix_citation c WHERE c.field_key = f.key) "
        "FROM matrix_field f JOIN matrix_row r ON r.key = f.row_key JOIN matrix_section s ON s.key = r.section_key "
        "LEFT JOIN matrix_answer a ON a.field_key = f.key LEFT JOIN agency ag ON ag.id = a.responsible_agency_id "
        "ORDER BY s.ordinal, r.ordinal, f.ordinal"
    )
    words = query_words(query.text)
    results = []
    for (
        key,
        section,
        number,
        row_label,
        weapon,
        aspect,
        value,
        remarks,
        source,
        details,
        agency_id,
        agency_name,
        updated_at,
        all_labels,
        cited_text,
        citations,
        cited,
    ) in cursor.fetchall():
        if query.values and value not in query.values:
            continue
        if query.section and section != query.section:
            continue
        if query.weapon and weapon != query.weapon:
            continue
        if query.agency_id and agency_id != query.agency_id:
            continue
        if since and not (updated_at and updated_at[:10] >= since):
            continue
        if query.without_reference and (cited or aspect == "adherence" or value not in ("X", "?")):
            continue
        if words:
            haystack = " ".join(
                _fold_cached(t or "") for t in (key, all_labels, remarks, source, details, agency_name, cited_text)
            )
            if not all(word in haystack for word in words):
                continue
        results.append(
            {
                "key": key,
                "section": section,
                "number": number,
                "row_label": row_label,
                "weapon": weapon or "",
                "aspect": aspect,
                "value": value,
                "remarks": remarks,
                "cited": cited,
                "citations": citations or "",
                "updated_at": updated_at,
                "matched_in": _matched_in(
                    words,
                    (
                        ("label", row_label),
                        ("citation", cited_text or ""),
                        ("remarks", remarks),
                        ("source", source),
                        ("details", details),
                        ("agency", agency_name),
                        ("label_other", all_labels),
                    ),
                ),
            }
        )
    return results


def _matched_in(words: list[str], parts: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """The parts of a field holding one of the words searched for, each with the text to show for it (the part
    cut around the first word, on one line): why the field was found."""
    if not words:
        return []
    found = []
    for part, text in parts:
        folded = _fold_cached(text or "")
        if any(word in folded for word in words):
            found.append((part, snippet_of(text, words, lead=8)))  # a narrow cell: the word near its start
    return found
