"""Keyboard use without a mouse: where the focus goes, which keys act, how Tab leaves a table.

The main window calls `prepare_view` once for each view it builds and `focus_view` when a view is reached by its
Go shortcut (Ctrl+1 … Ctrl+9), so the user can act at once without a mouse:

- Tab and Shift+Tab move from control to control in the order they are read (the order of the layouts: a
  filter put beside a search box after the box was built comes right after it, not after the table), and never
  stay inside a table or tree: the arrow keys move between cells (item views do not take Tab for their cells),
  so no view traps the focus.
- The matrix: X, ?, N and Delete set the value of the current cell, Enter opens its details; in the details,
  Alt+L goes to the law to cite, Enter in the article cites it, Ctrl+Enter applies the text typed, and Escape
  comes back to the table, on the same cell.
- The action plan: Enter on an action or priority opens it; Alt+A adds an action.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLayout,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

# The control a view's Go shortcut puts the focus on (by object name); another view: its first control.
HOME = {
    "matrix": "matrixTable",
    "action_plan": "actionTree",
    "reports": "exportDocument",
}


def prepare_view(key: str, view: QWidget) -> None:
    """Make `view` usable from the keyboard alone (see the module's text)."""
    for item_view in view.findChildren(QAbstractItemView):
        item_view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move between its cells
    follow_reading_order(view)
    if key == "matrix":
        _prepare_matrix(view)
    elif key == "action_plan":
        _prepare_action_plan(view)


def focus_view(key: str, view: QWidget) -> QWidget | None:
    """Put the focus where the user starts in `view`: its main table, or its first control."""
    target = view.findChild(QWidget, HOME[key]) if key in HOME else None
    if target is None or not _takes_tab(target, view):
        target = first_control(view)
    if target is None:
        return None
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if isinstance(target, QAbstractItemView) and not target.currentIndex().isValid() and target.model() is not None:
        first = target.model().index(0, 0)
        if first.isValid():
            target.setCurrentIndex(first)
    return target


def follow_reading_order(root: QWidget) -> None:
    """Tab goes through `root`'s controls in the order its layouts show them (left to right, or right to left,
    then top to bottom; a splitter's panes one after the other)."""
    controls = [w for w in _layout_order(root) if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None]
    for first, second in pairwise(controls):
        QWidget.setTabOrder(first, second)


def _layout_order(widget: QWidget) -> list[QWidget]:
    found: list[QWidget] = []

    def walk_layout(layout: QLayout) -> None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            if item.widget() is not None:
                walk(item.widget())
            elif item.layout() is not None:
                walk_layout(item.layout())

    def walk(w: QWidget) -> None:
        found.append(w)
        if isinstance(w, QTabWidget):
            found.append(w.tabBar())
            for i in range(w.count()):
                walk(w.widget(i))
        elif isinstance(w, (QSplitter, QStackedWidget)):
            for i in range(w.count()):
                walk(w.widget(i))
        elif isinstance(w, QScrollArea):
            if w.widget() is not None:
                walk(w.widget())
        elif w.layout() is not None:
            walk_layout(w.layout())

    walk(widget)
    return found[1:]


def first_control(root: QWidget) -> QWidget | None:
    """The first control Tab reaches inside `root`, or None."""
    chain = tab_chain(root)
    return chain[0] if chain else None


def tab_chain(root: QWidget) -> list[QWidget]:
    """Every control inside `root` that Tab reaches, in the order it reaches them."""
    chain, widget = [], root.nextInFocusChain()
    while widget is not None and widget is not root:
        if _takes_tab(widget, root) and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def _takes_tab(widget: QWidget, root: QWidget) -> bool:
    return (
        root.isAncestorOf(widget)
        and widget.isVisibleTo(root)
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def _shortcut(keys: str, owner: QWidget, slot, context=Qt.ShortcutContext.WidgetShortcut) -> QShortcut:
    shortcut = QShortcut(QKeySequence(keys), owner)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


def _prepare_matrix(view) -> None:
    detail = view.detail
    label = None
    for row in range(detail.form.rowCount()):
        item = detail.form.itemAt(row, detail.form.ItemRole.FieldRole)
        if item is not None and item.layout() is not None and item.layout().indexOf(detail.law) >= 0:
            found = detail.form.itemAt(row, detail.form.ItemRole.LabelRole)
            label = found.widget() if found is not None else None
    if isinstance(label, QLabel):
        label.setBuddy(detail.law)  # its mnemonic (Alt+L in English) goes to the law to cite
    detail.article.returnPressed.connect(detail.cite)  # Enter in the article cites the law chosen
    detail.cite_button.setAutoDefault(False)
    for scroll in view.findChildren(QScrollArea):
        if scroll.widget() is detail:
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the table straight to the field's value

    def back_to_table() -> None:
        view.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    _shortcut("Escape", detail, back_to_table, Qt.ShortcutContext.WidgetWithChildrenShortcut)


def _prepare_action_plan(view) -> None:
    for keys in ("Return", "Enter"):
        _shortcut(keys, view.tree, view.edit_selected)
