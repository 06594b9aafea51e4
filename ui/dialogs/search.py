"""Search everything (Edit › Search everything…, Ctrl+F from any view): one field, the results grouped by kind with
the words highlighted and the part that matched, Up/Down to choose, Enter to open the item in its view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.search import Hit, Hits, search_everything
from ui import labels
from ui.i18n import isolate
from ui.session import Session
from ui.widgets.fit import fit_to_screen
from ui.widgets.highlight import HighlightDelegate

if TYPE_CHECKING:
    from ui.main_window import MainWindow

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150


class SearchDialog(QDialog):
    """The search popup: Enter (or a double-click) closes it and shows the chosen item in its view."""

    def __init__(self, session: Session, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("globalSearch")
        self.setWindowTitle(self.tr("Search everything"))
        self.session, self.language = session, language
        self.hits: Hits = Hits()
        self.chosen: Hit | None = None  # what Enter opened
        self.field = QLineEdit()
        self.field.setObjectName("globalSearchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(self.tr("Words to find in the matrix, laws, actions, requests, contacts…"))
        self.results = QListWidget()
        self.results.setObjectName("globalSearchResults")
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.delegate = HighlightDelegate(self.results, wrap=True)
        self.results.setItemDelegate(self.delegate)
        self.summary = QLabel()
        self.summary.setObjectName("globalSearchSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        hint = QLabel(self.tr("↑ ↓ to choose, Enter to open, Esc to close."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        layout.addWidget(hint)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self.open_current)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.setMinimumSize(360, 280)
        fit_to_screen(self, 760, 560)
        self.run()

    # -- searching --------------------------------------------------------------------------------
    def kind_heading(self, kind: str, count: int) -> str:
        headings = {
            "field": lambda: self.tr("%n matrix field(s)", "", count),
            "law": lambda: self.tr("%n law(s)", "", count),
            "priority": lambda: self.tr("%n priority(ies) of the action plan", "", count),
            "action": lambda: self.tr("%n action(s) of the action plan", "", count),
            "request": lambda: self.tr("%n assistance request(s)", "", count),
            "provider": lambda: self.tr("%n assistance provider(s)", "", count),
            "offer": lambda: self.tr("%n assistance offer(s)", "", count),
            "agency": lambda: self.tr("%n agency(ies)", "", count),
            "contact": lambda: self.tr("%n point(s) of contact", "", count),
        }
        return headings[kind]()

    def hit_text(self, hit: Hit) -> str:
        """What a result shows: its title, then the part that matched (unless it is the title itself)."""
        title = hit.title
        if hit.kind == "field" and hit.weapon:  # the weapon and column in the interface's words, as the matrix
            title += f" — {labels.weapon_abbreviation(hit.weapon, self.language)} — {labels.aspect(hit.aspect)}"
        elif hit.kind == "offer" and hit.detail:  # the provider
            title += f" — {hit.detail}"
        if hit.in_title and hit.part in ("title", "label", "name"):
            return title
        matched = (
            self.tr("Matched in %1: %2")
            .replace("%1", labels.search_part(hit.part))
            .replace("%2", isolate(hit.snippet, auto=True))
        )
        return f"{title}\n{matched}"

    def run(self) -> None:
        self._timer.stop()
        text = self.field.text()
        self.delegate.set_query(text)
        self.results.clear()
        self.hits = self.session.read(search_everything, text, self.language) if text.strip() else Hits()
        if not text.strip():
            self.summary.setText(self.tr("Type a word: every part of the database is searched."))
            return
        if not self.hits:
            self.summary.setText(self.tr("Nothing holds “%1”.").replace("%1", isolate(text.strip(), auto=True)))
            return
        total = sum(self.hits.counts.values())
        summary = self.tr("%n result(s)", "", total)
        if self.hits.more:
            summary += " " + self.tr("(%n not shown: type more words to narrow the search)", "", self.hits.more)
        self.summary.setText(summary)
        bold = QFont(self.results.font())
        bold.setBold(True)
        for kind in dict.fromkeys(hit.kind for hit in self.hits):  # the group of the best result first
            kind_hits = [hit for hit in self.hits if hit.kind == kind]
            if not kind_hits:
                continue
            heading = QListWidgetItem(self.kind_heading(kind, self.hits.counts[kind]))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # not selectable: Up and Down go from result to result
            heading.setFont(bold)
            heading.setData(Qt.ItemDataRole.AccessibleTextRole, heading.text())
            self.results.addItem(heading)
            for hit in kind_hits:
                item = QListWidgetItem(self.hit_text(hit))
                item.setData(HIT_ROLE, hit)
                self.results.addItem(item)
        self._select(self._hit_rows()[0])

    def _hit_rows(self) -> list[int]:
        return [row for row in range(self.results.count()) if self.results.item(row).data(HIT_ROLE) is not None]

    def _select(self, row: int) -> None:
        self.results.setCurrentRow(row)
        self.results.scrollToItem(self.results.item(row))

    def current_hit(self) -> Hit | None:
        item = self.results.currentItem()
        return item.data(HIT_ROLE) if item is not None else None

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        """Up and Down in the field move through the results, so that the hands never leave the keyboard."""
        if (
            obj is self.field
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            rows = self._hit_rows()
            if rows:
                current = self.results.currentRow()
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                later = [r for r in rows if (r - current) * step > 0]
                self._select(min(later, key=lambda r: abs(r - current)) if later else current)
            return True
        return super().eventFilter(obj, event)

    # -- opening ----------------------------------------------------------------------------------
    def open_current(self) -> None:
        if self._timer.isActive():
            self.run()  # Enter typed before the search ran: search first
        hit = self.current_hit()
        if hit is None:
            return
        self.chosen = hit
        self.accept()
        window = self.parentWidget()
        if window is not None and hasattr(window, "show_view"):
            open_hit(window, hit)


def open_hit(window: MainWindow, hit: Hit) -> bool:
    """Show `hit` in its view, selected; False when it is no longer there (deleted meanwhile)."""
    if hit.kind in ("field", "law", "action", "request"):
        return window.open_item(hit.kind, hit.id)
    if hit.kind == "priority":
        return bool(window.show_view("action_plan").select_record(hit.id, "priority"))
    if hit.kind in ("provider", "offer"):
        view: Any = window.show_view("assistance")
        view.tabs.setCurrentIndex(1)
        if hit.kind == "provider":
            return bool(view.provider_panel.reveal(hit.id))
        return bool(view.offer_panel.reveal(hit.id, (lambda: view.only_selected.setChecked(False),)))
    view = window.show_view("agencies")
    if hit.kind == "agency":
        return bool(view.agency_panel.reveal(hit.id))
    return bool(view.contact_panel.reveal(hit.id, (lambda: view.only_selected.setChecked(False),)))
