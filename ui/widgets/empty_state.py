"""What to do next, over an empty list: a message and the button to do it.

`EmptyState` sits on a table's or tree's viewport, under its last row (over the whole of it when it has none), and is
hidden as soon as there is something to show. What it says is asked each time the list changes: "No agency yet…"
with the view's own "Add…" (its button is clicked, so the same slot runs and nothing is duplicated), or, when a
filter hides every row, "No … matches the filter" with "Clear the filter". `guide(key, view)` puts one on every list
of a view of the main window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Guidance:
    message: str
    button_text: str = ""  # no button when empty
    act: Callable[[], object] | None = None


class EmptyState(QWidget):
    """The guidance shown over `view` while `guidance()` gives some (None: the list has rows, nothing shown)."""

    def __init__(
        self,
        view: QAbstractItemView,
        guidance: Callable[[], Guidance | None],
        name: str,
        watch: tuple[QWidget, ...] = (),
    ):
        """`watch`: widgets whose showing, hiding or enabling changes the guidance (the button it offers)."""
        super().__init__(view.viewport())
        self.setObjectName(name)
        self.view, self.guidance = view, guidance
        self.current: Guidance | None = None
        self.label = QLabel()
        self.label.setObjectName("emptyStateMessage")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #44515e; font-size: 14px;")
        self.button = QPushButton()
        self.button.setObjectName("emptyStateButton")
        self.button.clicked.connect(self._act)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addStretch(2)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.refresh_soon)
        view.viewport().installEventFilter(self)
        self.watched = watch
        for widget in watch:
            widget.installEventFilter(self)
        self.refresh()

    def refresh_soon(self, *_) -> None:
        """Now, and once more when the view has finished what it was doing (its buttons enabled or not)."""
        self.refresh()
        self._later.start()

    def refresh(self) -> None:
        self.current = self.guidance()
        if self.current is None:
            self.hide()
            return
        self.label.setText(self.current.message)
        self.label.setVisible(bool(self.current.message))
        self.button.setText(self.current.button_text)
        self.button.setVisible(bool(self.current.button_text) and self.current.act is not None)
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        """Under the last row (a tree's priorities without actions stay visible), else over the whole viewport."""
        viewport = self.view.viewport()
        top = 0
        model = self.view.model()
        if model.rowCount() > 0:
            last = model.index(model.rowCount() - 1, 0)
            while self.view.isExpanded(last) if hasattr(self.view, "isExpanded") else False:
                children = model.rowCount(last)
                if not children:
                    break
                last = model.index(children - 1, 0, last)
            top = max(0, self.view.visualRect(last).bottom() + 1)
        self.setGeometry(0, top, viewport.width(), max(0, viewport.height() - top))

    def eventFilter(self, obj, event):  # noqa: N802 (Qt API)
        kind = event.type()
        if obj in self.watched:
            if kind in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.EnabledChange):
                self.refresh_soon()
        elif kind == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def _act(self) -> None:
        if self.current is not None and self.current.act is not None:
            self.current.act()


def _click(button: QAbstractButton) -> Callable[[], None]:
    return button.click


def _reset(*controls: QWidget) -> Callable[[], None]:
    """Clear a filter: empty the search fields, the first entry of the combo boxes ("All …"), untick the boxes."""

    def clear() -> None:
        for control in controls:
            if isinstance(control, QComboBox):
                control.setCurrentIndex(0)
            elif isinstance(control, QAbstractButton):
                control.setChecked(False)
            else:
                control.clear()  # type: ignore[attr-defined]

    return clear


def _filtering(*controls: QWidget) -> bool:
    for control in controls:
        if isinstance(control, QComboBox):
            if control.currentIndex() > 0:
                return True
        elif isinstance(control, QAbstractButton):
            if control.isChecked():
                return True
        elif control.text():  # type: ignore[attr-defined]
            return True
    return False


class EmptyGuidance(QObject):
    """The guidance of each list of the main window's views (the messages of this class are translated)."""

    def __init__(self, view: QWidget):
        super().__init__(view)
        self.view = view
        self.states: dict[str, EmptyState] = {}

    def panel(self, panel, no_match: str, message: str, button_text: str, filters: tuple[QWidget, ...] = ()) -> None:
        """A RecordPanel: its table, its Add button, its search field and the view's other filters."""
        controls = (panel.search, *filters)

        def guidance() -> Guidance | None:
            if panel.proxy.rowCount() > 0:
                return None
            if _filtering(*controls):
                return Guidance(no_match, self.tr("Clear the filter"), _reset(*controls))
            if not panel.add_button.isEnabled():
                return Guidance(message)
            return Guidance(message, button_text, _click(panel.add_button))

        self.states[panel.table.objectName()] = EmptyState(panel.table, guidance, f"{panel.table.objectName()}Empty")

    def action_tree(self, view) -> None:
        filters = (view.status_filter, view.agency_filter)

        def guidance() -> Guidance | None:
            model = view.model
            if model.actions:
                return None
            if _filtering(*filters):
                return Guidance(self.tr("No action matches the filter."), self.tr("Clear the filter"), _reset(*filters))
            if not view.add_priority_button.isEnabled():  # a frozen version
                return Guidance(self.tr("This version of the plan has no action."))
            if model.rowCount() == 0:
                return Guidance(
                    self.tr("The plan has no priority yet. Add the first priority, then its actions."),
                    self.tr("Add a priority…"),
                    _click(view.add_priority_button),
                )
            return Guidance(
                self.tr("No action yet. Add the actions that will close the gaps of the matrix."),
                self.tr("Add an action…"),
                _click(view.add_action_button),
            )

        self.states["actionTree"] = EmptyState(view.tree, guidance, "actionTreeEmpty")

    def workbooks(self, view) -> None:
        # The view says already, above the table, that no workbook was sent and what to press: the button only.
        def guidance() -> Guidance | None:
            if view.model.rowCount() > 0:
                return None
            return Guidance("", view.new_button.text(), _click(view.new_button))

        self.states["workbookTable"] = EmptyState(view.table, guidance, "workbookTableEmpty")

    def submissions(self, view) -> None:
        # Reports: the view says already that nothing was marked as submitted and how; the button to do it next:
        # "Mark as submitted…" once a document was exported, else "Export…" with the choices made above.
        def guidance() -> Guidance | None:
            if view.history_model.rowCount() > 0:
                return None
            marking = view.mark_button.isEnabled() and view.result_details.isVisibleTo(view)
            button = view.mark_button if marking else view.export_button
            return Guidance("", button.text(), _click(button))

        self.states["submissionHistory"] = EmptyState(
            view.history, guidance, "submissionHistoryEmpty", watch=(view.mark_button, view.result_details)
        )

    def install(self, key: str) -> bool:
        """Put the guidance on every list of the view of the main window's navigation `key`; False if it has none."""
        view = self.view
        if key == "agencies":
            self.panel(
                view.agency_panel,
                self.tr("No agency matches the filter."),
                self.tr("No national agency yet. Add the agencies that take part in implementing resolution 1540."),
                self.tr("Add an agency…"),
            )
            self.panel(
                view.contact_panel,
                self.tr("No point of contact matches the filter."),
                self.tr("No point of contact yet. Add the people the Committee and other States can reach."),
                self.tr("Add a point of contact…"),
                (view.only_selected,),
            )
        elif key == "legislation":
            self.panel(
                view.panel,
                self.tr("No law matches the filter."),
                self.tr("No law in the register yet. Add the laws that give effect to resolution 1540."),
                self.tr("Add a law…"),
                (view.status_filter,),
            )
        elif key == "assistance":
            self.panel(
                view.request_panel,
                self.tr("No request matches the filter."),
                self.tr("No assistance request yet. Prepare one on the Committee's template."),
                self.tr("New request…"),
                (view.status_filter,),
            )
            self.panel(
                view.provider_panel,
                self.tr("No provider matches the filter."),
                self.tr("No assistance provider yet. Add the States and organizations that offer assistance."),
                self.tr("Add a provider…"),
            )
            self.panel(
                view.offer_panel,
                self.tr("No offer matches the filter."),
                self.tr("No published offer yet. Add the offers of assistance that providers have published."),
                self.tr("Add an offer…"),
                (view.only_selected,),
            )
        elif key == "action_plan":
            self.action_tree(view)
        elif key == "workbooks":
            self.workbooks(view)
        elif key == "reports":
            self.submissions(view)
        else:
            return False
        return True


def guide(key: str, view: QWidget) -> EmptyGuidance | None:
    """Put the guidance on every list of the view of the main window's navigation `key`."""
    guidance = EmptyGuidance(view)
    if not guidance.install(key):
        guidance.deleteLater()
        return None
    view.empty_guidance = guidance  # type: ignore[attr-defined]
    return guidance
