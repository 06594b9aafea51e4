"""Showing why something was found: the words searched for, highlighted where they occur in a cell.

The text shown is data (typed by users, imported from workbooks): it is escaped before being marked up, so a
"<b>" in a remark is shown as it is typed. The words are matched as the search does (app.matrix_search.match_spans:
without case, accents or width differences), and the text is laid out by Qt's text engine in the cell's
direction, so right-to-left text keeps its order with the highlight on the right letters.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.matrix_search import match_spans

MARK_STYLE = "background-color: #ffe58f; color: #000000; font-weight: 600;"  # bold too: colour is not the only sign


def highlighted_html(text: str, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> str:
    """`text` as HTML, escaped, with each span marked (bold on a yellow background)."""
    out, at = [], 0
    for start, end in spans:
        if start < at or end <= start:
            continue
        out.append(html.escape(text[at:start]))
        out.append(f'<span style="{MARK_STYLE}">{html.escape(text[start:end])}</span>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out).replace("\n", "<br>")


class HighlightDelegate(QStyledItemDelegate):
    """Paints a cell's text with the words of `query` highlighted (when a query is set), in the cell's direction.

    `wrap`: the text wraps within the cell's width (result lists), else it stays on one line, cut at the cell's
    edge (tables)."""

    def __init__(self, parent=None, wrap: bool = False):
        super().__init__(parent)
        self.query = ""
        self.wrap = wrap

    def set_query(self, query: str) -> None:
        self.query = query

    def html(self, index: QModelIndex) -> str:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        return highlighted_html(text, match_spans(text, self.query) if self.query.strip() else [])

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, width: float) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(2)
        document.setDefaultFont(option.font)
        text_option = QTextOption()
        # Each text in its own direction (a French remark in the Arabic interface reads left to right), placed on the
        # cell's leading side.
        side = (
            Qt.AlignmentFlag.AlignRight
            if option.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        text_option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if option.direction == Qt.LayoutDirection.RightToLeft and any("\u0590" <= ch <= "\u08ff" for ch in text):
            text_option.setTextDirection(Qt.LayoutDirection.RightToLeft)  # "C.2 <Arabic label>" reads from the right
        text_option.setWrapMode(
            QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if self.wrap else QTextOption.WrapMode.NoWrap
        )
        document.setDefaultTextOption(text_option)
        document.setHtml(self.html(index))
        document.setTextWidth(width)
        return document

    def paint(self, painter, option, index):  # Qt API
        if not self.query.strip():
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text_rect = opt.rect.adjusted(3, 0, -3, 0)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(opt, index, text_rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        group = (
            QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        role = (
            QPalette.ColorRole.HighlightedText
            if opt.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(group, role))
        painter.save()
        top = text_rect.top() + max(0, (text_rect.height() - document.size().height()) / 2)
        # A line longer than the cell: its start stays visible (on the right for a right-to-left text), cut at the end.
        overflow = max(0.0, document.size().width() - text_rect.width())
        right_to_left = document.firstBlock().textDirection() == Qt.LayoutDirection.RightToLeft
        shift = -overflow if right_to_left else 0.0
        painter.translate(QPointF(text_rect.left() + shift, top))
        context.clip = QRectF(-shift, 0, text_rect.width(), text_rect.height())
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index):  # noqa: N802 (Qt API)
        base = super().sizeHint(option, index)
        if not self.wrap:
            return base
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = opt.rect.width() if opt.rect.width() > 0 else 400
        document = self._document(opt, index, max(100, width - 6))
        return QSize(base.width(), max(base.height(), int(document.size().height()) + 2))
