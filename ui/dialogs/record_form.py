"""One form dialog for editing a record (agency, point of contact, State profile, ...).

The form is described by a list of `FormField`s. What the user types is saved as a draft while they
type (see app.drafts), so a crash loses nothing; Save runs the domain operation, and a validation
error keeps the dialog open with the faulty field focused and the reason shown in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import LANGUAGES, drafts
from app.errors import DatabaseError, UserError, ValidationError
from ui import formats, labels
from ui.labels import validation_message
from ui.session import Session
from ui.widgets.fit import fit_to_screen

DRAFT_DELAY_MS = 700


LABEL_WIDTH = 220  # the widest a form's label column grows before its labels wrap


@dataclass
class FormField:
    name: str
    label: str
    kind: str = "line"  # line | text | choice | date | languages | codes | checklist | number | flag
    choices: list[tuple[object, str]] = field(default_factory=list)
    required: bool = False
    placeholder: str = ""


class CheckList(QWidget):
    """A list of checkable choices with a filter box (supporting agencies, matrix fields)."""

    def __init__(self, choices: list[tuple[object, str]], parent=None):
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.list = QListWidget()
        self.list.setMinimumHeight(110)
        for value, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.filter.textChanged.connect(self._filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def checked(self) -> list:
        return [
            self.list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.list.count())
            if self.list.item(r).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, values) -> None:
        wanted = set(values)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setCheckState(
                Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted else Qt.CheckState.Unchecked
            )


class RecordFormDialog(QDialog):
    def __init__(
        self,
        session: Session,
        title: str,
        fields: list[FormField],
        values: dict,
        draft_key: str,
        on_save: Callable[[dict], object],
        parent: QWidget | None = None,
        checker: Callable[[dict], list[tuple[str, str]]] | None = None,
        focus: str | None = None,
    ):
        """`checker`, if given, lists what the values still lack as (field name, message); the list
        shows under the form and follows the typing. `focus` names the field to start in."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("recordForm")
        self.session = session
        self.fields = fields
        self.draft_key = draft_key
        self.on_save = on_save
        self.saved_result: object = None
        self._initial: dict = {}
        self.widgets: dict[str, QWidget] = {}
        self._draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._save_draft)

        form_host = QWidget()
        self.form = QFormLayout(form_host)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in fields:
            widget = self._make_widget(spec)
            self.widgets[spec.name] = widget
            label = QLabel(spec.label + (" *" if spec.required else ""))
            label.setBuddy(widget)
            label.setWordWrap(True)
            # On one line up to LABEL_WIDTH pixels: a wrapped label is otherwise made narrow, on two lines cut at the top.
            label.setMinimumWidth(min(label.fontMetrics().horizontalAdvance(label.text()) + 4, LABEL_WIDTH))
            self.form.addRow(label, self._with_written_date(widget) if spec.kind == "date" else widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(form_host)

        self.error_label = QLabel()
        self.error_label.setObjectName("formError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error_label.hide()

        self.checker = checker
        self.completeness = QListWidget()
        self.completeness.setObjectName("completenessList")
        self.completeness.setWordWrap(True)
        self.completeness.setMaximumHeight(130)
        self.completeness.setMinimumHeight(36)
        self.completeness.itemActivated.connect(self._go_to_gap)
        self.completeness.itemClicked.connect(self._go_to_gap)
        self.completeness_box = QGroupBox(self.tr("Still to complete"))
        QVBoxLayout(self.completeness_box).addWidget(self.completeness)
        self.completeness_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.completeness_box.setVisible(checker is not None)
        self._check_timer = QTimer(self, singleShot=True, interval=300)
        self._check_timer.timeout.connect(self.refresh_completeness)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.completeness_box)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        # As wide as the form's widest row (rows of check boxes with long labels), so that it does not scroll sideways.
        margins = layout.contentsMargins().left() + layout.contentsMargins().right()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wide = form_host.minimumSizeHint().width() + margins + bar + 4
        fit_to_screen(self, max(640, wide), min(640, 140 + 44 * len(fields)))

        self.set_values(values)
        self._initial = self.values()
        self._offer_draft()
        for widget in self.widgets.values():
            self._watch(widget)
        self.refresh_completeness()
        if focus in self.widgets:
            QTimer.singleShot(0, lambda: self.focus_field(focus))

    # -- widgets ---------------------------------------------------------------------------
    def _make_widget(self, spec: FormField) -> QWidget:
        if spec.kind == "text":
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(72)
            widget.setPlaceholderText(spec.placeholder)
            return widget
        if spec.kind == "choice":
            widget = QComboBox()
            for code, label in spec.choices:
                widget.addItem(label, code)
            return widget
        if spec.kind in ("languages", "codes"):
            host = QWidget()
            host.setProperty("kind", "codes")
            grid = QGridLayout(host)
            grid.setContentsMargins(0, 0, 0, 0)
            choices = (
                [(code, labels.language(code)) for code in LANGUAGES] if spec.kind == "languages" else spec.choices
            )
            longest = max((len(label) for _, label in choices), default=0)
            # Long lists wrap onto rows of three, of two or one when their labels are long (the areas of a request
            # in Arabic or Russian), so that the form does not scroll sideways.
            total = sum(len(label) for _, label in choices)
            wrapped = 1 if longest > 45 else 2 if longest > 28 else 3
            per_row = len(choices) if len(choices) <= 6 and total <= 60 else wrapped
            for position, (code, label) in enumerate(choices):
                box = QCheckBox(label)
                box.setObjectName(f"{spec.name}_{code}")
                box.setProperty("code", code)
                grid.addWidget(box, position // per_row, position % per_row)
            grid.setColumnStretch(per_row, 1)
            return host
        if spec.kind == "checklist":
            return CheckList(spec.choices)
        if spec.kind == "number":
            widget = QSpinBox()
            widget.setRange(0, 100)
            widget.setSuffix(formats.percent_suffix())
            return widget
        if spec.kind == "flag":
            return QCheckBox()
        widget = QLineEdit()
        if spec.kind == "date":
            widget.setPlaceholderText(self.tr("YYYY-MM-DD"))
            widget.setMaxLength(10)
        else:
            widget.setPlaceholderText(spec.placeholder)
        return widget

    def _with_written_date(self, edit: QLineEdit) -> QWidget:
        """A date is typed as YYYY-MM-DD (one unambiguous way on every keyboard); beside it, the date as the
        interface and the documents write it in the language ("5 ноября 2019 года"), so that what is typed is
        read back in the one date format of the language."""
        host = QWidget()
        row = QHBoxLayout(host)
        row.setContentsMargins(0, 0, 0, 0)
        written = QLabel()
        written.setObjectName(f"{edit.objectName() or 'date'}Written")
        written.setStyleSheet("color: #5b6773;")
        metrics = edit.fontMetrics()
        edit.setMaximumWidth(max(metrics.horizontalAdvance(t) for t in ("0000-00-00", edit.placeholderText())) + 24)
        row.addWidget(edit)
        row.addWidget(written, 1)

        def show(text: str) -> None:
            text = text.strip()
            shown = formats.day(text) if len(text) == 10 else ""
            written.setText(shown if shown and shown != text else "")

        edit.textChanged.connect(show)
        edit.setProperty("written", written)
        return host

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, CheckList):
            widget.list.itemChanged.connect(self._changed)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self._changed)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._changed)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(self._changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._changed)
        else:
            for box in widget.findChildren(QCheckBox):
                box.toggled.connect(self._changed)

    def _changed(self, *_):
        self.error_label.hide()
        self._draft_timer.start()
        if self.checker is not None:
            self._check_timer.start()

    # -- completeness ----------------------------------------------------------------------
    def refresh_completeness(self) -> None:
        if self.checker is None:
            return
        self.completeness.clear()
        for name, message in self.checker(self.values()):
            item = QListWidgetItem("• " + message)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.completeness.addItem(item)
        if not self.completeness.count():
            done = QListWidgetItem("✓ " + self.tr("Nothing missing: the request can be marked ready and sent."))
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.completeness.addItem(done)
        # As tall as its lines (up to 130 pixels): the form above keeps the room a single line does not need.
        rows = sum(self.completeness.sizeHintForRow(row) for row in range(self.completeness.count()))
        self.completeness.setMaximumHeight(max(self.completeness.minimumHeight(), min(130, rows + 8)))

    def gaps(self) -> list[str]:
        """The field names the completeness list currently points to."""
        return [
            self.completeness.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.completeness.count())
            if self.completeness.item(r).data(Qt.ItemDataRole.UserRole)
        ]

    def _go_to_gap(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if name:
            self.focus_field(name)

    def focus_field(self, name: str) -> None:
        """Put the cursor in a field, scrolled into view."""
        widget = self.widgets.get(name)
        if widget is None:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll = self.findChild(QScrollArea)
        if scroll is not None:
            scroll.ensureWidgetVisible(widget)

    # -- values ----------------------------------------------------------------------------
    def values(self) -> dict:
        out: dict = {}
        for spec in self.fields:
            widget = self.widgets[spec.name]
            if isinstance(widget, CheckList):
                out[spec.name] = widget.checked()
            elif isinstance(widget, QSpinBox):
                out[spec.name] = widget.value()
            elif isinstance(widget, QCheckBox):
                out[spec.name] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                out[spec.name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[spec.name] = widget.text()
            elif isinstance(widget, QComboBox):
                out[spec.name] = widget.currentData()
            else:
                out[spec.name] = ",".join(b.property("code") for b in widget.findChildren(QCheckBox) if b.isChecked())
        return out

    def set_values(self, values: dict) -> None:
        for spec in self.fields:
            if spec.name not in values:
                continue
            value = values[spec.name]
            widget = self.widgets[spec.name]
            if isinstance(widget, CheckList):
                widget.set_checked(value or [])
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
            else:
                chosen = set((value or "").split(","))
                for box in widget.findChildren(QCheckBox):
                    box.setChecked(box.property("code") in chosen)

    def is_modified(self) -> bool:
        return self.values() != self._initial

    # -- drafts ----------------------------------------------------------------------------
    def _save_draft(self) -> None:
        try:
            if self.is_modified():
                drafts.save_draft(self.session.workspace, self.draft_key, self.values())
            else:
                drafts.discard_draft(self.session.workspace, self.draft_key)
        except (DatabaseError, OSError):
            pass  # a draft is a safety net: failing to write one must not interrupt typing

    def _offer_draft(self) -> None:
        found = drafts.load_draft(self.session.workspace, self.draft_key)
        if found is None:
            return
        data, saved_at = found
        if data == self._initial:
            drafts.discard_draft(self.session.workspace, self.draft_key)
            return
        when = formats.utc_moment(saved_at)  # in words and local time, as every date on screen
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved text found"),
            self.tr("This form was being edited on %1 and was not saved. Restore that text?").replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.set_values(data)
        else:
            drafts.discard_draft(self.session.workspace, self.draft_key)

    # -- save / cancel ---------------------------------------------------------------------
    def save(self) -> None:
        self._draft_timer.stop()
        try:
            self.saved_result = self.on_save(self.values())
        except ValidationError as exc:
            self.show_error(exc)
            return
        except (UserError, DatabaseError, OSError) as exc:
            # Disk full, file locked, record deleted meanwhile: nothing was written; the typed text
            # stays in the form (and in its draft, if the disk allows) so the user can try again.
            self._draft_timer.start()
            QMessageBox.critical(
                self,
                self.tr("Not saved"),
                self.tr(
                    "Your changes could not be saved: %1\n\nNothing was changed, and what you typed is still "
                    "in the form."
                ).replace("%1", str(exc)),
            )
            return
        drafts.discard_draft(self.session.workspace, self.draft_key)
        self.accept()

    def show_error(self, exc: ValidationError) -> None:
        spec = next((f for f in self.fields if f.name == exc.field), None)
        label = spec.label if spec else exc.field
        self.error_label.setText(validation_message(exc.code, label))
        self.error_label.show()
        if spec:
            self.widgets[spec.name].setFocus(Qt.FocusReason.OtherFocusReason)
        self._save_draft()

    def reject(self) -> None:
        self._draft_timer.stop()
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("You have typed changes that are not saved. Discard them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                self._draft_timer.start()
                return
        drafts.discard_draft(self.session.workspace, self.draft_key)
        super().reject()
