"""Paths, web addresses, e-mail addresses and long numbers of any length lay out in PDFs, in every language.

reportlab 5.1 failed with IndexError on an Arabic paragraph whose line (or run) started, once laid out
right to left, with a word ending in a marked letter ("كلٌّ"): where the line breaks, and so whether it
failed, depended on the length of a folder path earlier in the sentence (the handover's "where the
documents are"). Tables were also drawn 12 points wider than the frame, past the page's margin.
These tests lay such tokens out at every length from 1 to 300 characters and read the PDF back.
"""

from __future__ import annotations

import html
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4

from app import LANGUAGES, attachments, legal_instruments, state_profile, submissions
from app.exports.document import Column, Document, LabelValues, Paragraph, Part, Table
from app.exports.pdf import MARGIN, write_pdf
from app.exports.service import export_document
from app.exports.text import Text
from app.handover import build_handover
from tests.reading_order import page_lines

LENGTHS = range(1, 301, 3)
TODAY = "2026-06-30"
# reportlab lets closing Chinese punctuation hang past the end of a full line (kinsoku), into the margin.
_HANGING = "，。、；：！？）》」』"


def tokens(n: int) -> list[str]:
    """A path, a web address, an e-mail address and a number, each n characters long or about, each unique."""
    tag = f"{n:03d}"
    return [
        f"/srv/{tag}{'a' * n}/bt/examplia-documents",
        f"https://example.org/{tag}/{'b' * n}?q=1",
        f"{tag}.{'c' * n}@example.org",
        f"+{tag}{'9' * n}",
    ]


def _words(pdf: Path) -> list[tuple[int, float, float, float, str]]:
    """(page, xMin, xMax, page width, text) of every word pdftotext finds."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    found, page, width = [], 0, 0.0
    for line in out.splitlines():
        if m := re.search(r'<page width="([\d.]+)"', line):
            page, width = page + 1, float(m.group(1))
        elif m := re.search(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*)</word>', line):
            found.append((page, float(m.group(1)), float(m.group(2)), width, m.group(3)))
    return found


def outside_the_margins(pdf: Path, lang: str) -> list[str]:
    """Words drawn past the left or right margin of their page."""
    wrong = []
    for page, x_min, x_max, width, text in _words(pdf):
        right = width - MARGIN + 0.5
        if lang == "zh" and text[-1:] in _HANGING:
            right += 10.5  # one hanging punctuation mark, at most the body's size
        if x_min < MARGIN - 0.5 or x_max > right:
            wrong.append(
                f"page {page}: {text[:40]}… from {x_min:.1f} to {x_max:.1f} (margins {MARGIN:.1f}, "
                f"{width - MARGIN:.1f})"
            )
    return wrong


def flat_text(pdf: Path) -> str:
    """The text of the pages' bodies (running header and page number left out, so that a paragraph or a
    cell continued on the next page reads on as one), in reading order (an Arabic line from the right:
    tests.reading_order), without white space."""
    height = A4[1]
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    lines = page_lines(out, top=MARGIN, bottom=height - MARGIN)
    return flat(re.sub(r"[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", html.unescape("\n".join(lines))))


def flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tokens_of_every_length_stay_inside_the_page(lang, tmp_path):
    """The handover's sentences around each token, as paragraphs, label and value pairs and table cells."""
    t = Text(lang)
    paragraphs, pairs, rows = [], [], []
    for n in LENGTHS:
        for token in tokens(n):
            paragraphs.append(Paragraph(t("handover.documents_where", folder=token)))
            pairs.append((t("handover.documents_folder"), token))
            rows.append([t("handover.documents_folder"), token])
    table = Table([Column("", 1.0), Column("", 3.0)], rows, keys=[""] * len(rows))
    doc = Document(
        "handover",
        lang,
        t("handover.documents"),
        parts=[Part(t("handover.documents"), [*paragraphs, LabelValues(pairs), table])],
    )
    pdf = tmp_path / f"tokens-{lang}.pdf"
    write_pdf(doc, pdf)

    assert outside_the_margins(pdf, lang) == []
    if lang == "ar":
        # Right to left the label is drawn after the first part of a pair or row that continues on the
        # next page: without it, each token reads on as one.
        text = flat_text(pdf).replace(flat(t("handover.documents_folder")), "")
        unreadable = [token for n in LENGTHS for token in tokens(n) if text.count(token) != 3]
        assert unreadable == [], "each token is read back, left to right, in the paragraph, the pair and the cell"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_handover_names_a_documents_folder_of_any_length(lang, workspace, tmp_path, monkeypatch):
    """The real pack, its documents folder anywhere from a short to a very long path."""
    state_profile.save_profile(workspace, {"state_code": "FRA", "focal_point_name": "Jeanne Martin"})
    law = legal_instruments.create_legal_instrument(workspace, {"title_original": "Loi 27-2003"}).value
    text_of_law = tmp_path / "law.pdf"
    text_of_law.write_bytes(b"%PDF-1.4 the law as published\n")
    attachments.add(workspace, "legal_instrument", law, text_of_law, "JORE n° 52")
    # Arabic: every other length up to 120 characters, where it failed (every ~25 characters, a few in a row)
    lengths = range(1, 121, 2) if lang == "ar" else range(1, 301, 23)
    for n in lengths:
        folder = tmp_path / ("d" * (n % 200 or 1)) / ("e" * max(n - 200, 1)) / "state-documents"
        monkeypatch.setattr(attachments, "documents_dir", lambda ws, folder=folder: folder)
        pdf = tmp_path / "pack.pdf"
        write_pdf(build_handover(workspace, lang, TODAY), pdf)
        assert outside_the_margins(pdf, lang) == [], n
        if lang == "ar" and n % 20 == 1:
            assert str(folder) in flat_text(pdf), n


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_report_with_addresses_in_the_users_text(lang, workspace, tmp_path):
    """User text (the national context, a law's title and link) holding tokens of every length."""
    state_profile.save_profile(workspace, {"state_code": "FRA", "focal_point_name": "Jeanne Martin"})
    sentence = {"ar": "انظر {} للاطلاع على النص الكامل", "zh": "全文见{}。"}.get(
        lang, "The full text is at {} as published."
    )
    context = [sentence.format(token) for n in LENGTHS[::6] for token in tokens(n)]  # under 20,000 characters
    submissions.save_report_settings(workspace, {"national_context": "\n\n".join(context)})
    for n in LENGTHS[::10]:
        legal_instruments.create_legal_instrument(
            workspace, {"title_original": f"Loi {tokens(n)[3]}", "title_en": tokens(n)[1]}
        )
    result = export_document(workspace, "report", "pdf", lang, tmp_path / f"report-{lang}.pdf", today=TODAY)
    assert outside_the_margins(result.path, lang) == []
    if lang == "ar":
        text = flat_text(result.path)
        # each token, then the rest of its sentence (the first word shares a shape with the paragraph's number)
        assert [c for c in context if flat(c.split(" ", 1)[1]) not in text] == []
