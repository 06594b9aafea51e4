"""Tables of a PDF: columns measured from their content, rows kept whole across pages.

Widths: each column is at least as wide as its longest word (hyphenated by the language, at most in two
lines; header words whole when there is room, so "Enforcement" is never cut), at most as wide as its
longest line, and the frame's width is shared by the columns' relative widths (`Column.width`) between
those bounds: the table is exactly as wide as the frame, and short columns (No., X, dates) take no more
than they need.

Pages: a table is laid out in chunks of at most TABLE_CHUNK_ROWS rows (reportlab re-lays out the rest
of a table at each page split: one long table costs the square of its length), each with the header.
A row, or a record of several rows (a matrix row with one line per weapon: the lines after the first have
empty No. and Item), moves whole to the next page when it does not fit at the end of one. Only a record
taller than a page is split, and its continuation repeats the record's identity cells (No., Item) followed
by "(cont.)". A group row (a priority) stays with the row after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, TableStyle

from app.exports import hyphenate
from app.exports.document import LabelValues, Table

CELL_SIZE = 8
CELL_LEADING = 10
GRID = colors.HexColor("#9a9a9a")
HEADER_BG = colors.HexColor("#d9e2f3")
GROUP_BG = colors.HexColor("#ededed")
LABEL_BG = colors.HexColor("#f3f3f3")
TABLE_CHUNK_ROWS = 40  # rows per table flowable: a page split re-lays out and re-styles what remains of a table
PAD_X = 3  # left and right padding of a cell
MIN_PIECE_LINES = 3  # the least of a row split over two pages that is left at the foot of a page
_LONG_TEXT = 400  # a cell text longer than this is wider than any frame: its natural width is not measured
_CJK_WORD = re.compile(r"[\u3040-\u9fff\uf900-\ufaff]+")
_CELL_STYLES = ("cell", "cell_center", "head", "label", "value")

# Test hook: when a list, every page split of a table appends what it did (see _Chunk.split).
SPLITS: list[dict[str, Any]] | None = None


# -- column widths ---------------------------------------------------------------------------------------------------
@dataclass
class ColumnText:
    """What one column holds, for measuring: its header and body texts, its relative width."""

    header: str
    texts: list[str]
    hint: float
    center: bool = False
    extra_min: float = 0.0  # a word the column must hold whole too ("(cont.)")
    font: str = ""  # the body's font and size ("" for the table's)
    size: float = CELL_SIZE
    whole: bool = False  # its words are never hyphenated (dates: "31 Decem-ber" reads badly)


def _allocate(
    total: float, mins: list[float], naturals: list[float], hints: list[float], grow: list[bool]
) -> list[float]:
    """Share `total` by `hints`, no column under its minimum nor over its natural width; what the natural widths
    leave goes to the `grow` columns (text), by hint."""
    n = len(mins)
    naturals = [max(a, b) for a, b in zip(naturals, mins, strict=True)]
    if sum(mins) >= total:
        scale = total / (sum(mins) or 1)
        return [m * scale for m in mins]
    widths: list[float | None] = [None] * n
    while True:
        free = [j for j in range(n) if widths[j] is None]
        if not free:
            break
        room = total - sum(w for w in widths if w is not None)
        weight = sum(hints[j] for j in free) or 1.0
        share = {j: room * hints[j] / weight for j in free}
        low = [j for j in free if share[j] < mins[j]]
        if low:
            for j in low:
                widths[j] = mins[j]
            continue
        high = [j for j in free if share[j] > naturals[j]]
        if high:
            for j in high:
                widths[j] = naturals[j]
            continue
        for j in free:
            widths[j] = share[j]
    result = [w or 0.0 for w in widths]
    left = total - sum(result)
    if left > 0.01:
        takers = [j for j in range(n) if grow[j]] or list(range(n))
        weight = sum(hints[j] for j in takers) or 1.0
        for j in takers:
            result[j] += left * hints[j] / weight
    return result


def column_widths(columns: list[ColumnText], total: float, font: str, bold: str, lang: str) -> list[float]:
    """The widths (points) of `columns` summing to `total`, measured from their content (see the module)."""
    cjk = lang == "zh"
    pad = 2 * PAD_X + 1.0

    def head_width(s: str) -> float:
        return float(stringWidth(s, bold, CELL_SIZE))

    mins, soft, naturals, hints, grow = [], [], [], [], []
    for col in columns:

        def body_width(s: str, col: ColumnText = col) -> float:
            return float(stringWidth(s, col.font or font, col.size))

        words: set[str] = set()
        natural = area = 0.0
        for text in col.texts:
            if not text:
                continue
            words.update(hyphenate.tokens(text, cjk))
            if len(text) > _LONG_TEXT:
                natural = total
                area += len(text) * col.size * (0.9 if cjk else 0.5)
            else:
                line_widths = [body_width(line) for line in text.split("\n")]
                natural = max(natural, max(line_widths))
                area += sum(line_widths)
        longest = 0.0
        measured = sorted(((body_width(w), w) for w in words), reverse=True)
        for width, word in measured:
            if width <= longest:
                break  # no shorter word can need more
            longest = max(longest, width if col.whole else hyphenate.narrowest(word, lang, body_width))
        # the longest word whole, when it is not one as long as an address
        unbroken = max((w for w, _ in measured if w <= total * 0.2), default=0.0)
        head_words = hyphenate.tokens(col.header, cjk)
        whole = max((head_width(w) for w in head_words), default=0.0)
        if cjk:  # a Chinese header of a few characters ("法律框架") is kept on one line when there is room
            whole = max([whole] + [head_width(w) for w in _CJK_WORD.findall(col.header) if len(w) <= 6])
        broken = max((hyphenate.narrowest(w, lang, head_width) for w in head_words), default=0.0)
        base = max(longest, col.extra_min)
        mins.append(min(max(base, broken) + pad, total * 0.45))
        soft.append(min(max(base, whole, unbroken) + pad, total * 0.45))
        naturals.append(min(max(natural, whole) + pad, total))
        # Columns share the width by the builder's relative width times the fourth root of their text's area:
        # a column holding more text gets more (fewer lines in all), short ones stop at their natural width.
        hints.append(max(col.hint, 0.01) * max(area, 1.0) ** 0.25)
        grow.append(not col.center and natural + pad > total * 0.12)
    # Words whole (header words never hyphenated) unless that leaves the text columns under half of the width.
    short = sum(s for s, g in zip(soft, grow, strict=True) if not g)
    chosen = soft if short <= total * 0.55 and sum(soft) <= total else mins
    if sum(chosen) > total:
        chosen = mins
    return _allocate(total, chosen, naturals, hints, grow)


# -- rows and chunks ---------------------------------------------------------------------------------------------
@dataclass
class _Row:
    cells: list[Any]  # in the order drawn (reversed in Arabic)
    own: list[tuple[Any, ...]]  # style commands of this row: (name, first column, last column, *values)
    starts: bool = True  # the first row of a record (not a weapon line after it)
    group: bool = False  # a group (priority) row spanning the table
    identity: list[tuple[int, str]] = field(default_factory=list)  # (position, text) of the record's identity cells
    height: float | None = None


@dataclass
class _Layout:
    """What every chunk of one table shares."""

    head: list[list[Any]]
    commands: list[Any]
    widths: list[float]
    frame_height: float
    min_piece: float
    padding: tuple[float, float]  # top, bottom
    continued: Callable[[_Row], list[Any]]  # the cells of a record's continuation: identity cells + "(cont.)"
    rtl: bool
    head_height: float = 0.0


def _cell_height(value: Any, width: float) -> float:
    if value is None or isinstance(value, str):
        return CELL_LEADING * len(str(value or "").split("\n")) if value else 0.0
    total = 0.0
    for flowable in value if isinstance(value, (list, tuple)) else [value]:
        total += flowable.wrap(width, 1e9)[1]
    return total


def _row_height(row: _Row, layout: _Layout) -> float:
    if row.height is None:
        top, bottom = layout.padding
        if row.group:
            content = _cell_height(row.cells[0], sum(layout.widths) - 2 * PAD_X)
        else:
            content = max(
                (_cell_height(v, w - 2 * PAD_X) for v, w in zip(row.cells, layout.widths, strict=True)), default=0.0
            )
        row.height = content + top + bottom
    return row.height


def _split_cell(value: Any, width: float, height: float) -> tuple[Any, Any]:
    """The part of a cell that fits in `height` and the rest ("" when none)."""
    if value is None or isinstance(value, str):
        return value, ""
    flowables = list(value) if isinstance(value, (list, tuple)) else [value]
    first: list[Any] = []
    used = 0.0
    for index, flowable in enumerate(flowables):
        h = flowable.wrap(width, height - used)[1]
        if used + h <= height:
            first.append(flowable)
            used += h
            continue
        parts = flowable.split(width, height - used) if height - used > 0 else []
        if len(parts) >= 2:
            first.append(parts[0])
            rest = list(parts[1:]) + flowables[index + 1 :]
        else:
            rest = flowables[index:]
        return (first or ""), rest
    return first, ""


def _records(rows: list[_Row]) -> list[tuple[int, int]]:
    """(start, end) of each record: a row with its continuation lines."""
    found: list[tuple[int, int]] = []
    for index, row in enumerate(rows):
        if row.starts or not found:
            found.append((index, index + 1))
        else:
            found[-1] = (found[-1][0], index + 1)
    return found


class _Chunk(LongTable):
    """Some rows of a table, with its header, split over pages between records only (see the module)."""

    def __init__(self, layout: _Layout, rows: list[_Row]) -> None:
        self._layout = layout
        self._rows = rows
        head_rows = len(layout.head)
        commands = list(layout.commands)
        for y, row in enumerate(rows, head_rows):
            for name, first, last, *value in row.own:
                commands.append((name, (first, y), (last, y), *value))
        super().__init__(
            list(layout.head) + [row.cells for row in rows],
            colWidths=layout.widths,
            repeatRows=head_rows,
            splitInRow=0,
            hAlign="RIGHT" if layout.rtl else "LEFT",
        )
        self.setStyle(TableStyle(commands))

    def _log(self, kind: str, **facts: Any) -> None:
        if SPLITS is not None:
            SPLITS.append({"kind": kind, "frame_height": self._layout.frame_height, **facts})

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        layout, rows = self._layout, self._rows
        self._calc(availWidth, availHeight)  # type: ignore[attr-defined]  # reportlab's, not in its stubs
        head_rows = len(layout.head)
        known: list[float | None] = self._rowHeights  # type: ignore[attr-defined]
        layout.head_height = float(sum(h or 0.0 for h in known[:head_rows]))
        for index, row in enumerate(rows, head_rows):
            if index >= len(known) or known[index] is None:
                break
            row.height = known[index]
        room = availHeight - layout.head_height
        page_room = layout.frame_height - layout.head_height
        used = 0.0
        for start, end in _records(rows):
            height = sum(_row_height(r, layout) for r in rows[start:end])
            if used + height <= room + 0.01:
                used += height
                continue
            cut = start
            if cut > 0 and rows[cut - 1].group:
                cut -= 1  # a group row stays with the row after it
            if height <= page_room + 0.01 or room - used < layout.min_piece:
                self._log("between", rows_before=cut, record_height=height, room=room - used, page_room=page_room)
                return [] if cut == 0 else [_Chunk(layout, rows[:cut]), _Chunk(layout, rows[cut:])]
            first, rest = self._split_record(rows[start:end], room - used, page_room)
            if not first:
                return [] if cut == 0 else [_Chunk(layout, rows[:cut]), _Chunk(layout, rows[cut:])]
            self._log(
                "inside",
                rows_before=start,
                record_height=height,
                room=room - used,
                page_room=page_room,
                first_height=sum(_row_height(r, layout) for r in first),
            )
            return [_Chunk(layout, rows[:start] + first), _Chunk(layout, rest + rows[end:])]
        # Everything fits by these heights but not by reportlab's: leave the last record for the next page.
        last = _records(rows)[-1][0]
        return [] if last == 0 else [_Chunk(layout, rows[:last]), _Chunk(layout, rows[last:])]

    def _split_record(self, record: list[_Row], room: float, page_room: float) -> tuple[list[_Row], list[_Row]]:
        """A record taller than a page: the rows (and part of a row) that fit in `room`, and its continuation."""
        layout = self._layout
        top, bottom = layout.padding
        first: list[_Row] = []
        used = 0.0
        for index, row in enumerate(record):
            height = _row_height(row, layout)
            if used + height <= room:
                first.append(row)
                used += height
                continue
            left = room - used - top - bottom - 0.5
            rest_row = row
            if left + top + bottom >= layout.min_piece and height > page_room + 0.01:  # only a row taller than a page
                widths = [sum(layout.widths)] if row.group else layout.widths
                cut = [_split_cell(v, w - 2 * PAD_X, left) for v, w in zip(row.cells, widths, strict=False)]
                if row.group:
                    cut += [(v, v) for v in row.cells[1:]]
                if any(a not in ("", None, []) and not isinstance(a, str) for a, _ in cut):
                    first.append(_Row([a for a, _ in cut], row.own, row.starts, row.group, row.identity))
                    rest_row = _Row([b for _, b in cut], row.own, False, row.group, row.identity)
            continued = _Row(list(rest_row.cells), rest_row.own, True, rest_row.group, rest_row.identity)
            for (position, _), cell in zip(row.identity, layout.continued(row), strict=True):
                replaced = continued.cells[position]
                anchors = [f for f in replaced if hasattr(f, "names")] if isinstance(replaced, list) else []
                continued.cells[position] = [*anchors, cell] if anchors else cell  # a record's key stays
            return first, [continued, *record[index + 1 :]]
        return first, []


def _identity_cells(
    styles: Any, label: str, style: str, last_narrow: Callable[[str], bool]
) -> Callable[[_Row], list[Any]]:
    def continued(row: _Row) -> list[Any]:
        cells = []
        for index, (_, text) in enumerate(row.identity):
            if index == len(row.identity) - 1:
                text = f"{text}\n{label}" if (not text or last_narrow(text)) else f"{text} {label}"
            cells.append(styles.para(text.strip("\n"), style))
        return cells

    return continued


def prepare_styles(styles: Any, lang: str) -> None:
    """Table cells hyphenate by the document's language (pyphen), and break at a word's own hyphens."""
    for name in ("cell", "cell_center"):  # the same without hyphenation, for dates
        if f"{name}_whole" not in styles.styles:
            styles.styles[f"{name}_whole"] = ParagraphStyle(f"{name}_whole", parent=styles.styles[name])
    hyphenator = hyphenate.hyphenator(lang)
    if hyphenator is None:
        return  # Arabic is not hyphenated (its columns hold their longest word); Chinese breaks in cjk_frag_split
    for name in _CELL_STYLES:
        style = styles.styles[name]
        if style.hyphenationLang:
            continue
        style.hyphenationLang = hyphenator
        style.hyphenationMinWordLength = hyphenate.MIN_WORD
        style.embeddedHyphenation = 2  # 2: a word that cannot be hyphenated where it starts goes to the next line
        # Arabic words in the cell (shaped by HarfBuzz): not hyphenated; reportlab cannot measure their pieces.
        styles._shaped[name] = ParagraphStyle(
            f"{name}_shaped", parent=style, shaping=1, hyphenationLang="", embeddedHyphenation=0, uriWasteReduce=0
        )


def _lang(styles: Any) -> str:
    return str(getattr(styles.fonts, "lang", "en"))


# -- the two kinds of tables ---------------------------------------------------------------------------------------
def table_flowables(table: Table, styles: Any, width: float, frame_height: float, continued: str) -> list[LongTable]:
    """The table as flowables of at most TABLE_CHUNK_ROWS rows, each a new one at a group (emphasis) row, each
    with the header rows, exactly `width` wide."""
    lang = _lang(styles)
    prepare_styles(styles, lang)
    rtl = styles.rtl
    n_cols = len(table.columns)
    identity = list(range(min(max(table.identity_columns, 0), n_cols)))
    body_rows = [cells for r, cells in enumerate(table.rows) if r not in table.emphasis]
    font, bold = styles.fonts.primary.name, styles.fonts.primary.bold
    measured = [
        ColumnText(
            column.title,
            [cells[c] for cells in body_rows if c < len(cells)],
            column.width,
            column.align == "center",
            whole=column.kind == "date",
        )
        for c, column in enumerate(table.columns)
    ]
    col_widths = column_widths(measured, width, font, bold, lang)
    order = list(range(n_cols))
    if rtl:
        order.reverse()
    widths = [col_widths[i] for i in order]
    position_of = {c: p for p, c in enumerate(order)}

    head: list[list[Any]] = []
    commands: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), font),  # empty cells too: no stray Helvetica
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("ALIGN", (0, 0), (-1, -1), "RIGHT" if rtl else "LEFT"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if table.group_header:
        row: list[Any] = []
        spans, col = [], 0
        for title, span in table.group_header:
            spans.append((col, col + span - 1))
            row.extend([styles.para(title, "head", bold=True)] + [""] * (span - 1))
            col += span
        if rtl:  # groups mirrored, each title kept in the first cell of its span: the one reportlab draws
            row = [cell for a, b in reversed(spans) for cell in row[a : b + 1]]
            spans = [(len(order) - 1 - b, len(order) - 1 - a) for a, b in spans]
        for a, b in spans:
            if b > a:
                commands.append(("SPAN", (a, 0), (b, 0)))
        head.append(row)
    head.append([styles.para(table.columns[i].title, "head", bold=True) for i in order])
    commands.append(("BACKGROUND", (0, 0), (-1, len(head) - 1), HEADER_BG))

    body: list[_Row] = []
    record_identity: list[tuple[int, str]] = []
    for r_index, cells in enumerate(table.rows):
        key = table.keys[r_index] if r_index < len(table.keys) else ""
        anchors = tuple(key.split()) if key else ()
        if r_index in table.emphasis:
            body.append(
                _Row(
                    [styles.para(cells[0], "cell", bold=True, anchors=anchors)] + [""] * (n_cols - 1),
                    [("SPAN", 0, -1), ("BACKGROUND", 0, -1, GROUP_BG)],
                    starts=True,
                    group=True,
                    identity=[(0, cells[0])],
                )
            )
            continue
        starts = not identity or any(cells[c] for c in identity) or not body or body[-1].group
        if starts:
            record_identity = [(position_of[c], cells[c]) for c in identity]
        row = []
        own: list[Any] = []
        for position, c_index in enumerate(order):
            text = cells[c_index]
            center = table.columns[c_index].align == "center"
            cell_anchors = anchors if c_index == 0 else ()
            if not cell_anchors and (
                not text
                or (
                    len(text) < 60
                    and styles.plain(text)
                    and stringWidth(text, font, CELL_SIZE) <= widths[position] - 2 * PAD_X - 1
                )
            ):
                # Short text drawn directly: a Paragraph per cell is most of the layout time.
                row.append(text)
                if center and text:
                    own.append(("ALIGN", position, position, "CENTER"))
            else:
                name = "cell_center" if center else "cell"
                if table.columns[c_index].kind == "date":
                    name += "_whole"  # a date's words are not hyphenated
                row.append(styles.para(text, name, anchors=cell_anchors))
            fill = table.fills.get((r_index, c_index))
            if fill:
                own.append(("BACKGROUND", position, position, colors.HexColor(fill)))
        body.append(_Row(row, own, starts=starts, identity=list(record_identity)))

    last_identity = position_of[identity[-1]] if identity else 0

    def narrow(text: str) -> bool:
        need = stringWidth(f"{text} {continued}", font, CELL_SIZE) + 2 * PAD_X + 1
        return need > widths[last_identity]

    layout = _Layout(
        head=head,
        commands=commands,
        widths=widths,
        frame_height=frame_height,
        min_piece=MIN_PIECE_LINES * CELL_LEADING + 5,
        padding=(2, 3),
        continued=_identity_cells(styles, continued, "cell", narrow),
        rtl=rtl,
    )
    chunks: list[list[_Row]] = [[]]
    for item in body:
        if chunks[-1] and (item.group or (item.starts and len(chunks[-1]) >= TABLE_CHUNK_ROWS)):
            chunks.append([])
        chunks[-1].append(item)
    return [_Chunk(layout, chunk) for chunk in chunks if chunk]


def label_values_flowables(
    block: LabelValues, styles: Any, width: float, frame_height: float, continued: str
) -> list[LongTable]:
    """Label and value pairs as a two-column table, labels measured, a pair split only when taller than a page."""
    lang = _lang(styles)
    prepare_styles(styles, lang)
    rtl = styles.rtl
    font, bold = styles.fonts.primary.name, styles.fonts.primary.bold
    labels = [label for label, _ in block.pairs]
    values = [value for _, value in block.pairs]
    label_size, value_size = styles.styles["label"].fontSize, styles.styles["value"].fontSize
    widths = column_widths(
        [
            ColumnText("", labels, 0.3, extra_min=stringWidth(continued, bold, label_size), font=bold, size=label_size),
            ColumnText("", values, 0.7, size=value_size),
        ],
        width,
        font,
        bold,
        lang,
    )
    if widths[0] < width * 0.3:  # the form's labels line up from one list to the next: 30 % unless a word needs more
        widths = [width * 0.3, width * 0.7]
    label_pos = 0
    if rtl:
        widths.reverse()
        label_pos = 1
    rows = []
    for p_index, (label, value) in enumerate(block.pairs):
        key = block.keys[p_index] if p_index < len(block.keys) else ""
        cells = [
            styles.para(label, "label", bold=True, anchors=tuple(key.split()) if key else ()),
            styles.para(value, "value"),
        ]
        rows.append(_Row(cells[::-1] if rtl else cells, [], identity=[(label_pos, label)]))

    def continued_label(row: _Row) -> list[Any]:
        return [styles.para(f"{row.identity[0][1]}\n{continued}", "label", bold=True)]

    layout = _Layout(
        head=[],
        commands=[
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (label_pos, 0), (label_pos, -1), LABEL_BG),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ],
        widths=widths,
        frame_height=frame_height,
        min_piece=MIN_PIECE_LINES * 12.5 + 7,
        padding=(3, 4),
        continued=continued_label,
        rtl=rtl,
    )
    chunks = [rows[i : i + TABLE_CHUNK_ROWS] for i in range(0, len(rows), TABLE_CHUNK_ROWS)]
    return [_Chunk(layout, chunk) for chunk in chunks if chunk]
