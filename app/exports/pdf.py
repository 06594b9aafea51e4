"""A document as PDF (reportlab): embedded fonts, every script shaped, "page X of Y", repeated headers.

All text goes through `FontSet.markup`, which escapes it (user text is never markup) and switches font
for runs the main font cannot show (Chinese remarks in an English report). Arabic is shaped with
HarfBuzz (`shaping=1`) and laid out right to left: right-aligned text, tables read from the right.
Each record row carries a named destination (its stable key), which the check after writing reads.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfdoc, ttfonts
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.pdfgen import textobject
from reportlab.platypus import CondPageBreak, Flowable, LongTable, PageBreak, SimpleDocTemplate, Spacer
from reportlab.platypus import Paragraph as RLParagraph

from app.exports import bidi, outgoing
from app.exports.document import Document, Heading, LabelValues, Paragraph, Table
from app.exports.fonts import FontSet, font_set
from app.exports.hyphenate import cjk_frag_split
from app.exports.pdf_tables import (  # noqa: F401 (CELL_SIZE, CELL_LEADING, TABLE_CHUNK_ROWS: imported from here)
    CELL_LEADING,
    CELL_SIZE,
    GRID,
    TABLE_CHUNK_ROWS,
    label_values_flowables,
    table_flowables,
)
from app.exports.text import Text

# -- text extraction of shaped glyphs ----------------------------------------------------------------
# HarfBuzz may pick a glyph the font's character map does not list (FiraGO draws "reh" after some
# letters with "uni0631.alt"); reportlab then gives it a private-use code, and copy, search and
# pdftotext lose the letter. The glyph's name says which character it draws: the shim below puts
# that character in the PDF's ToUnicode map instead of the private code.
_GLYPH_NAME = re.compile(r"^(?:uni((?:[0-9A-F]{4})+)|u([0-9A-F]{4,6}))(?:[._].*)?$")
_PRIVATE_TEXT: dict[tuple[str, int], str] = {}


# Glyphs of FiraGO named neither uniXXXX nor after a single Latin letter.
_NAMED_GLYPHS = {
    "periodar": "\u06d4",
    "commaar": "\u060c",
    "semicolonar": "\u061b",
    "questionar": "\u061f",
    "percentar": "\u066a",
    "decimalseparatorar": "\u066b",
    "thousandsseparatorar": "\u066c",
}


def _glyph_text(name: str) -> str:
    """The text a glyph without a Unicode value stands for: from its name (uni0631.fina, f_short, periodar)."""
    match = _GLYPH_NAME.match(name or "")
    if not match:
        base = (name or "").split(".")[0]
        if base in _NAMED_GLYPHS:
            return _NAMED_GLYPHS[base]
        letter = base.split("_")[0]
        return letter if len(letter) == 1 and letter.isascii() and letter.isalpha() else ""
    if match.group(1):
        hexes = match.group(1)
        return "".join(chr(int(hexes[i : i + 4], 16)) for i in range(0, len(hexes), 4))
    return chr(int(match.group(2), 16))


def _install_private_glyph_text() -> None:
    if getattr(ttfonts, "_un1540_shim", False):
        return
    add_private = ttfonts.TTFont._TTFont__addPrivate  # type: ignore[attr-defined]
    make_cmap = ttfonts.makeToUnicodeCMap

    def _add_private(self: ttfonts.TTFont, name: bytes | str, gid: int, advance: int) -> int:
        code: int = add_private(self, name, gid, advance)
        text = _glyph_text(name.decode("latin-1") if isinstance(name, bytes) else str(name))
        if text:
            face = self.face.name.decode("latin-1") if isinstance(self.face.name, bytes) else str(self.face.name)
            _PRIVATE_TEXT[(face, code)] = text
        return code

    def _make_cmap(fontname: str, subset: list[int]) -> str:
        face = str(fontname).split("+", 1)[-1]
        mapped = {i: _PRIVATE_TEXT.get((face, v)) for i, v in enumerate(subset)}
        # reportlab writes a character beyond U+FFFF (an emoji) as 5 hex digits, which readers take for
        # another character ("📎" read back as "Ὄ"): the map needs its UTF-16 surrogate pair.
        mapped.update({i: chr(v) for i, v in enumerate(subset) if v > 0xFFFF})
        cmap = make_cmap(fontname, subset)
        for i, text in mapped.items():
            if text:
                codes = text.encode("utf-16-be").hex().upper()
                cmap = cmap.replace(f"<{i:02X}> <{subset[i]:04X}>", f"<{i:02X}> <{codes}>", 1)
        return cmap

    ttfonts.TTFont._TTFont__addPrivate = _add_private  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = _make_cmap
    setattr(ttfonts, "_un1540_shim", True)  # noqa: B010 (a module attribute the stubs do not declare)


_install_private_glyph_text()


# -- a shaped run that starts with a raised mark --------------------------------------------------------
# reportlab 5.1 writes a shaped run into an empty list of operators, and moves the baseline (`Ts`) for
# a glyph HarfBuzz raises or lowers (Arabic vowel marks: shadda, tanwin, damma). `setRise` looks at
# the last operator written to merge two moves, and fails with IndexError when there is none yet:
# when the run's first glyph is such a mark. Right to left, a word's marks come before its letter,
# so this happens when a line (or a run in another font) starts visually with a word ending in a
# marked letter ("كلٌّ"): it depends only on where the line breaks, e.g. on the length of a folder
# path earlier in the paragraph. The shim only adds the missing "no operator yet" case.
def _install_rise_fix() -> None:
    if getattr(textobject, "_un1540_rise_fix", False):
        return

    def set_rise(self: Any, rise: float) -> None:  # reportlab's private attributes: not in its stubs
        if self._code:
            return set_rise_original(self, rise)
        self._rise = rise
        self._y -= rise
        self._code.append(f"{fp_str(rise)} Ts")

    set_rise_original = textobject.PDFTextObject.setRise
    textobject.PDFTextObject.setRise = set_rise  # type: ignore[method-assign]
    setattr(textobject, "_un1540_rise_fix", True)  # noqa: B010 (a module attribute the stubs do not declare)


_install_rise_fix()

_ARABIC = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# reportlab 5.1 (HarfBuzz) draws the Arabic-Indic digits of a word backwards ("٢٠٢٦" as ٦٢٠٢): `bidi` puts such a
# word, drawn right to left without Arabic letters, back in its order before it orders the line.
# "/" between Arabic letters (the months of the Arabic calendar names: "كانون الأول/ديسمبر"): a break may follow it.
_ARABIC_SLASH = re.compile(r"(?<=[\u0600-\u06ff])/(?=[\u0600-\u06ff])")
STROKE_BOLD = 0.035  # line width of simulated bold, as a share of the font size
MARGIN = 1.8 * cm
FRAME_PADDING = 6  # reportlab's frame keeps this inside the margins, on each side
MUTED = colors.HexColor("#555555")


class _Paragraph(RLParagraph):
    """A paragraph that remembers its layout: a table wraps each cell up to three times at the same
    width (measure, split, draw), and line breaking is most of an export's time.

    With Arabic in it, each broken line is put in reading order (`bidi`); a word joined by "/" that is
    wider than the room ("الأول/ديسمبر" in a narrow cell) may break after the slash instead of being cut
    inside its shaped letters. A bold paragraph in a font without a bold face is drawn with its outlines
    stroked as well as filled (`_stroke`: the line width), so headings stand out in Chinese too."""

    _wrapped_for: float | None = None
    _outline_level: int  # set on headings only (see _heading)
    _outline_text: str
    _rtl_base: bool | None = None  # the paragraph's direction when it holds Arabic; None: no reordering
    _slash_break: tuple[float, str] | None = None  # (widest word joined by "/", markup that may break after "/")
    _stroke: float = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_for == available_width and "blPara" in self.__dict__:
            return self.width, self.height
        if self._slash_break is not None and self._slash_break[0] > available_width:
            markup = self._slash_break[1]
            self._slash_break = None
            self.__dict__.pop("blPara", None)
            RLParagraph.__init__(self, markup, self.style)
        size = super().wrap(available_width, available_height)
        self._wrapped_for = available_width
        return size

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802 (reportlab API)
        """Chinese lines break between Chinese characters, never inside a Latin word without a hyphen."""
        widths = list(maxWidths) if isinstance(maxWidths, (list, tuple)) else [maxWidths]
        if (getattr(self, "_splitpara", 0) and hasattr(self, "blPara")) or self.bulletText or self.style.endDots:
            return super().breakLinesCJK(maxWidths)
        if not self.frags or any(hasattr(f, "cbDefn") for f in self.frags):
            return super().breakLinesCJK(maxWidths)
        self.height = 0
        return cjk_frag_split(self.frags, widths, getattr(self.style, "autoLeading", "") not in ("", "off"))

    def breakLines(self, width: Any) -> Any:  # noqa: N802 (reportlab API)
        lines = super().breakLines(width)
        if self._rtl_base is not None and lines.kind == 1:
            _visual_order(lines.lines, self._rtl_base)
        return lines

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts = super().split(available_width, available_height)
        for part in parts:  # the part continued on the next page is read and drawn the same way
            if part is not self and isinstance(part, _Paragraph):
                part._rtl_base, part._stroke = self._rtl_base, self._stroke
        return parts

    def draw(self) -> None:
        if not self._stroke:
            return super().draw()
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(self.style.textColor)
        canvas.setLineWidth(self._stroke)
        canvas._code.append("2 Tr")  # type: ignore[attr-defined]  # fill and stroke: simulated bold
        super().draw()
        canvas.restoreState()
        return None


_FK_TEXT = 0  # reportlab's kind of a text fragment (platypus.paragraph._FK_TEXT)


def _classify(frag: Any, ch: str) -> str:
    """The bidi class of a glyph of `frag`'s font: a shaped glyph without Unicode value by what it draws."""
    if "\ue000" <= ch <= "\uf8ff":
        name: Any = getattr(getFont(frag.fontName), "face", None)
        name = getattr(name, "name", "")
        face = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        drawn = _PRIVATE_TEXT.get((face, ord(ch)), "")
        return bidi.char_class(drawn[0]) if drawn else "ON"
    return bidi.char_class(ch)


def _visual_order(lines: list[Any], rtl: bool) -> None:
    """Put the fragments of each broken line (reportlab's FragLines, in typing order) in visual order."""
    before = ""  # the direction of the last strong letter of the lines before
    for line in lines:
        if getattr(line, "_un1540_visual", False):
            continue
        words = getattr(line, "words", None)
        if not words:
            continue
        texts = [f for f in words if getattr(f, "_fkind", _FK_TEXT) == _FK_TEXT and getattr(f, "text", "")]
        others = [f for f in words if not any(f is t for t in texts)]
        units = bidi.split_units([(f, f.text) for f in texts], _classify)
        bidi.resolve_levels(units, rtl, before)
        before = bidi.last_strong(units, before)
        ordered: list[Any] = []
        for unit in bidi.reorder(units):
            for source, piece in unit.parts:
                text = piece
                if unit.level % 2 and unit.cls != "R" and str(text) in bidi.MIRROR:
                    mirrored = bidi.MIRROR[str(text)]
                    shape = getattr(text, "__shapeData__", None)
                    text = ttfonts.ShapedStr(mirrored, shape) if shape is not None else mirrored
                if ordered and ordered[-1]._un1540_source is source:
                    ordered[-1].text = ordered[-1].text + text
                else:
                    frag = source.clone()
                    frag.text = text
                    frag._un1540_source = source
                    ordered.append(frag)
        line.words = ordered + others
        line._un1540_visual = True


class _Anchor(Flowable):
    """A named destination where it is drawn (a record's key), taking no space."""

    def __init__(self, names: tuple[str, ...]) -> None:
        super().__init__()
        self.names = names

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        for name in self.names:
            self.canv.bookmarkHorizontal(name, 0, 0)


class _Styles:
    def __init__(self, fonts: FontSet, rtl: bool, cjk: bool) -> None:
        self.fonts = fonts
        self.rtl = rtl
        start = TA_RIGHT if rtl else TA_LEFT
        self.start = start
        base: dict[str, Any] = dict(fontName=fonts.primary.name, wordWrap="CJK" if cjk else None, alignment=start)
        self.styles = {
            "title": ParagraphStyle("title", **{**base, "alignment": TA_CENTER}, fontSize=17, leading=23, spaceAfter=6),
            "subtitle": ParagraphStyle(
                "subtitle", **{**base, "alignment": TA_CENTER}, fontSize=12, leading=16, textColor=MUTED, spaceAfter=14
            ),
            "h1": ParagraphStyle("h1", **base, fontSize=14, leading=19, spaceBefore=8, spaceAfter=8),
            "h2": ParagraphStyle("h2", **base, fontSize=12, leading=16, spaceBefore=8, spaceAfter=5),
            "h3": ParagraphStyle("h3", **base, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=4),
            "body": ParagraphStyle("body", **base, fontSize=10, leading=14, spaceAfter=6),
            "note": ParagraphStyle("note", **base, fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=4),
            "cell": ParagraphStyle("cell", **base, fontSize=8, leading=10),
            "cell_center": ParagraphStyle("cell_center", **{**base, "alignment": TA_CENTER}, fontSize=8, leading=10),
            "head": ParagraphStyle("head", **{**base, "alignment": TA_CENTER}, fontSize=8, leading=10),
            "label": ParagraphStyle("label", **base, fontSize=9, leading=12),
            "value": ParagraphStyle("value", **base, fontSize=9.5, leading=12.5),
            "margin": ParagraphStyle("margin", **base, fontSize=7.5, leading=9, textColor=MUTED),
            "margin_center": ParagraphStyle(
                "margin_center", **{**base, "alignment": TA_CENTER}, fontSize=7.5, leading=9, textColor=MUTED
            ),
        }
        self._shaped: dict[str, ParagraphStyle] = {}
        self._primary_chars: set[str] = set(" ")

    def get(self, name: str, text: str) -> ParagraphStyle:
        """The style, with HarfBuzz shaping switched on when the text holds Arabic (joined letters)."""
        style = self.styles[name]
        if not _ARABIC.search(text):
            return style
        shaped = self._shaped.get(name)
        if shaped is None:
            shaped = self._shaped[name] = ParagraphStyle(f"{name}_shaped", parent=style, shaping=1)
        return shaped

    def plain(self, text: str) -> bool:
        """Whether `text` can be drawn as it is: no markup needed, one font, no shaping, no line break."""
        if "\n" in text or _ARABIC.search(text):
            return False
        unknown = set(text) - self._primary_chars
        if unknown:
            if any(self.fonts.face_for(ch) is not self.fonts.primary for ch in unknown):
                return False
            self._primary_chars.update(unknown)
        return True

    def markup(self, text: str, bold: bool) -> str:
        if not bold and self.plain(text.replace("\n", " ")):
            return xml_escape(text).replace("\n", "<br/>")  # the common case, without the per-run work
        return self.fonts.markup(text, bold=bold)

    def para(
        self, text: str, name: str = "body", *, bold: bool = False, anchors: tuple[str, ...] = (), prefix: str = ""
    ) -> Any:
        """A paragraph of `text` (escaped); with `anchors`, a list led by their named destinations."""
        markup = prefix + self.markup(text, bold)
        if bold:
            markup = f"<b>{markup}</b>"
        style = self.get(name, text)
        paragraph = _Paragraph(markup, style)
        if _ARABIC.search(text):
            paragraph._rtl_base = bidi.first_strong_rtl(text, default=self.rtl)
            if _ARABIC_SLASH.search(markup):
                widest = max(
                    stringWidth(word, self.fonts.primary.name, style.fontSize)
                    for word in text.split()
                    if _ARABIC_SLASH.search(word)
                )
                paragraph._slash_break = (widest, _ARABIC_SLASH.sub("/ ", markup))
        if bold and self.fake_bold(text):
            paragraph._stroke = style.fontSize * STROKE_BOLD
        return [_Anchor(anchors), paragraph] if anchors else paragraph

    def fake_bold(self, text: str) -> bool:
        """Whether bold `text` needs simulated bold: a character of it is in a face without a bold font."""
        for ch in set(text):
            if ch.isspace():
                continue
            face = self.fonts.face_for(ch)
            if face is not None and face.bold == face.name:
                return True
        return False


def _numbered_canvas(
    text: Text, styles: _Styles, doc: Document, pagesize: tuple[float, float]
) -> type[pdf_canvas.Canvas]:
    """A canvas that knows the page count when it finishes, to write "page X of Y" on each page."""

    class NumberedCanvas(pdf_canvas.Canvas):
        # reportlab's own attributes, which its stubs do not declare
        _doc: Any
        _destinations: dict[str, Any]
        _pageNumber: int
        _startPage: Callable[[], None]

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("initialFontName", styles.fonts.primary.name)
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            # Pages are kept until the count is known; the page counter still advances so that
            # destinations (outline, record keys) point at the page they are on.
            self._pages.append(dict(self.__dict__))
            self._doc.pageCounter += 1
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            self._doc.pageCounter -= total
            for state in self._pages:
                self.__dict__.update(state)
                self._margins(total)
                super().showPage()
            # Named destinations, one per record key: a reader (and the check after writing) finds them.
            self._doc.Catalog.Dests = pdfdoc.PDFDictionary(
                {name: self._doc.Reference(dest) for name, dest in self._destinations.items()}
            )
            self.showOutline()  # the reader opens with the bookmarks panel: the parts, a click away
            super().save()

        def _margins(self, total: int) -> None:
            width, height = pagesize
            inner = width - 2 * MARGIN
            header = styles.para(doc.header, "margin_center")
            _, h = header.wrap(inner, MARGIN)
            header.drawOn(self, MARGIN, height - MARGIN * 0.55 - h / 2)
            self.setStrokeColor(GRID)
            self.setLineWidth(0.4)
            self.line(MARGIN, height - MARGIN * 0.55 - h / 2 - 3, width - MARGIN, height - MARGIN * 0.55 - h / 2 - 3)
            page = styles.para(text("page_x_of_y", page=self._pageNumber, pages=total), "margin_center")
            page.wrap(inner, MARGIN)
            page.drawOn(self, MARGIN, MARGIN * 0.45)
            if doc.footer:
                footer = styles.para(doc.footer, "margin")
                footer.wrap(inner / 2, MARGIN)
                footer.drawOn(self, (width - MARGIN - inner / 2) if styles.rtl else MARGIN, MARGIN * 0.45)

    return NumberedCanvas


WATERMARK_GREY = colors.HexColor("#d6d6d6")  # light: the text drawn over it stays black and legible
WATERMARK_SHARE = 0.6  # of the page's diagonal, the word's length
WATERMARK_MAX_SIZE = 150  # points: a short word (草稿) is not blown up to the size of the page
FILL_NON_ZERO = 1  # reportlab.pdfgen.canvas.FILL_NON_ZERO (not in its stubs): glyph outlines fill by the non-zero rule


class _OutlinePen:
    """Glyph outlines from HarfBuzz (a fontTools-style pen) as a reportlab path, scaled and moved."""

    def __init__(self, path: Any, scale: float, dx: float, dy: float) -> None:
        self.path, self.scale, self.dx, self.dy = path, scale, dx, dy
        self.current = (0.0, 0.0)

    def _at(self, point: tuple[float, float]) -> tuple[float, float]:
        return self.dx + point[0] * self.scale, self.dy + point[1] * self.scale

    def moveTo(self, point: tuple[float, float]) -> None:  # noqa: N802 (the pen protocol's names)
        self.path.moveTo(*self._at(point))
        self.current = point

    def lineTo(self, point: tuple[float, float]) -> None:  # noqa: N802
        self.path.lineTo(*self._at(point))
        self.current = point

    def curveTo(self, *points: tuple[float, float]) -> None:  # noqa: N802
        (a, b, c) = points[-3:]
        self.path.curveTo(*self._at(a), *self._at(b), *self._at(c))
        self.current = c

    def qCurveTo(self, *points: tuple[float, float]) -> None:  # noqa: N802
        # Quadratic segments (TrueType) as cubic ones; consecutive control points imply the on-curve point between.
        *controls, end = points
        for index, control in enumerate(controls):
            last = index == len(controls) - 1
            to = end if last else ((control[0] + controls[index + 1][0]) / 2, (control[1] + controls[index + 1][1]) / 2)
            start = self.current
            one = (start[0] + 2 / 3 * (control[0] - start[0]), start[1] + 2 / 3 * (control[1] - start[1]))
            two = (to[0] + 2 / 3 * (control[0] - to[0]), to[1] + 2 / 3 * (control[1] - to[1]))
            self.path.curveTo(*self._at(one), *self._at(two), *self._at(to))
            self.current = to

    def closePath(self) -> None:  # noqa: N802
        self.path.close()


def _watermark(word: str, fonts: FontSet, pagesize: tuple[float, float]) -> Callable[[pdf_canvas.Canvas], None]:
    """What draws `word` ("DRAFT" in the document's language) large, light grey, along the page's diagonal.

    Drawn first on each page, so text and table fills cover it and nothing it crosses is hidden. The diagonal
    word is drawn as shapes (HarfBuzz shapes it: Arabic joined, right to left), and the same word is written
    as invisible text: text readers (pdftotext, search, copy) find it as one word, which diagonal letters are
    not (each letter on its own baseline, they come out as "DR AF T")."""
    import uharfbuzz  # type: ignore[import-untyped]  # reportlab shapes with it: always there

    width, height = pagesize
    angle = math.degrees(math.atan2(height, width))
    face = fonts.face_for(word[0]) or fonts.primary
    face.register()
    font: Any = getFont(face.bold)
    hb_font = uharfbuzz.Font(font.hbFace)
    upem = font.hbFace.upem
    buffer = uharfbuzz.Buffer()
    buffer.add_str(word)
    buffer.guess_segment_properties()
    uharfbuzz.shape(hb_font, buffer, {})
    advance = sum(p.x_advance for p in buffer.glyph_positions) or upem
    size = min(WATERMARK_MAX_SIZE, WATERMARK_SHARE * math.hypot(width, height) * upem / advance)
    scale = size / upem
    # The word as text, for readers: invisible (PDF text rendering mode 3) at the top of the page, above the running
    # header, so that it is read first on each page and never inside a paragraph or a table cell.
    style = ParagraphStyle("watermark", fontName=face.name, fontSize=8, leading=10, alignment=TA_CENTER, shaping=1)
    text = RLParagraph(fonts.markup(word), style)
    text.wrap(width, height)

    def draw(canvas: pdf_canvas.Canvas) -> None:
        canvas.saveState()
        canvas.addLiteral("3 Tr")
        text.drawOn(canvas, 0, height - MARGIN * 0.3)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(angle)
        path = canvas.beginPath()
        x = -advance * scale / 2
        for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
            pen = _OutlinePen(path, scale, x + position.x_offset * scale, -size * 0.35 + position.y_offset * scale)
            hb_font.draw_glyph_with_pen(info.codepoint, pen)
            x += position.x_advance * scale
        canvas.setFillColor(WATERMARK_GREY)
        canvas.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
        canvas.restoreState()

    return draw


class _Template(SimpleDocTemplate):
    def __init__(
        self,
        *args: Any,
        outline: list[Any],
        check: Callable[[], None] | None = None,
        watermark: Callable[[pdf_canvas.Canvas], None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._outline = outline
        self._check = check
        self._watermark = watermark

    def beforePage(self) -> None:  # noqa: N802 (reportlab API): a new page, before anything is drawn on it
        if self._watermark is not None:
            self._watermark(self.canv)  # first on the page: behind the text, tables and their fills

    def afterFlowable(self, flowable: Any) -> None:  # noqa: N802 (reportlab API); a heading carries _outline_*
        if self._check:
            self._check()
        level = getattr(flowable, "_outline_level", None)
        if level is not None:
            key = f"part{len(self._outline)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable._outline_text, key, level=level, closed=level > 0)
            self._outline.append(key)


def _table(
    table: Table, styles: _Styles, width: float, height: float = A4[1] - 2 * MARGIN - 2 * FRAME_PADDING, cont: str = ""
) -> list[LongTable]:
    """The table as flowables of at most TABLE_CHUNK_ROWS rows (app.exports.pdf_tables), exactly `width` wide; a
    row is split over pages only when taller than `height` (the frame), its continuation marked `cont`."""
    return table_flowables(table, styles, width, height, cont or Text(styles.fonts.lang)("table.continued"))


def _label_values(
    block: LabelValues, styles: _Styles, width: float, height: float = A4[1] - 2 * MARGIN - 2 * FRAME_PADDING
) -> list[LongTable]:
    return label_values_flowables(block, styles, width, height, Text(styles.fonts.lang)("table.continued"))


def _heading(text: str, level: int, styles: _Styles) -> RLParagraph:
    para: _Paragraph = styles.para(text, {1: "h1", 2: "h2"}.get(level, "h3"), bold=True)
    if level <= 2:
        para._outline_level = level - 1
        para._outline_text = text
    return para


def document_texts(doc: Document) -> list[str]:
    """Every piece of text the document will show (for the font check before writing)."""
    texts = [doc.title, doc.subtitle, doc.header, doc.footer, doc.watermark]
    for part in doc.parts:
        texts.append(part.title)
        for block in part.blocks:
            if isinstance(block, (Heading, Paragraph)):
                texts.append(block.text)
            elif isinstance(block, LabelValues):
                texts.extend(x for pair in block.pairs for x in pair)
            elif isinstance(block, Table):
                texts.extend(c.title for c in block.columns)
                texts.extend(t for t, _ in block.group_header)
                texts.extend(cell for row in block.rows for cell in row)
    return texts


def write_pdf(doc: Document, path: Path, *, check_cancel: Callable[[], None] | None = None) -> int:
    """Write `doc` to `path`; return the number of pages."""
    text = Text(doc.lang)
    fonts = font_set(doc.lang)
    styles = _Styles(fonts, text.rtl, doc.lang == "zh")
    pagesize = landscape(A4) if doc.landscape else A4
    outline: list[Any] = []
    template = _Template(
        str(path),
        pagesize=pagesize,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        # Who sends it and what it is, as a reader's Document Properties show it; Creator, a technical field
        # (the program that made the file, as "Microsoft Word" would be), names the software (app.exports.outgoing).
        title=doc.title,
        author=doc.author,
        subject=outgoing.subject(doc),
        keywords=outgoing.keywords(doc),
        creator=outgoing.SOFTWARE,
        lang=doc.lang,
        initialFontName=fonts.primary.name,
        outline=outline,
        check=check_cancel,
        watermark=_watermark(doc.watermark, fonts, pagesize) if doc.watermark else None,
    )
    width = pagesize[0] - 2 * MARGIN - 2 * FRAME_PADDING  # what the frame holds: a table as wide stays inside
    frame_height = pagesize[1] - 2 * MARGIN - 2 * FRAME_PADDING  # a table row taller than this is split
    story = [styles.para(doc.title, "title", bold=True)]
    if doc.subtitle:
        story.append(styles.para(doc.subtitle, "subtitle"))
    for index, part in enumerate(doc.parts):
        if part.new_page and index > 0:
            story.append(PageBreak())
        story.append(CondPageBreak(4 * cm))
        story.append(_heading(part.title, 1, styles))
        for block in part.blocks:
            if isinstance(block, Heading):
                story.append(CondPageBreak(3 * cm))
                story.append(_heading(block.text, block.level, styles))
            elif isinstance(block, Paragraph):
                prefix = ""
                if block.number is not None:
                    prefix = f"{block.number} -&nbsp;" if text.rtl else f"{block.number}.&nbsp;&nbsp;"
                style = {"note": "note"}.get(block.style, "body")
                story.append(styles.para(block.text, style, prefix=prefix, bold=block.style == "strong"))
            elif isinstance(block, LabelValues):
                story.extend(_label_values(block, styles, width, frame_height))
                story.append(Spacer(1, 8))
            elif isinstance(block, Table):
                story.extend(_table(block, styles, width, frame_height))
                story.append(Spacer(1, 8))
    counter = {}
    numbered_canvas: Any = _numbered_canvas(text, styles, doc, pagesize)

    class Canvas(numbered_canvas):  # type: ignore[misc]
        def save(self) -> None:
            counter["pages"] = len(self._pages)
            super().save()

    template.build(story, canvasmaker=Canvas)
    return counter.get("pages", 0)
