"""Documents attached to a record as evidence (the text of a law, a note verbale, a report page)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import attachments
from app.changes import Changes
from app.errors import UserError
from app.outputs import check_output_path, copy_file
from app.paths import data_dir
from ui import formats
from ui.i18n import isolate
from ui.session import Session
from ui.widgets.flow import FlowLayout
from ui.widgets.record_panel import confirm


class DocumentsPanel(QWidget):
    """The documents of one record: attach, open (a copy under its own name), save a copy, remove."""

    count_changed = Signal(int)
    SHOWS = frozenset({"attachment"})

    def __init__(self, session: Session, entity: str, parent=None):
        super().__init__(parent)
        self.setObjectName(f"documents_{entity}")
        self.session = session
        self.entity = entity
        self.owner_id = None
        self.list = QListWidget()
        self.list.setObjectName("documentList")
        self.list.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.empty = QLabel(
            self.tr(
                "No document is attached. Attach the text of the law, the gazette page or any "
                "document that proves the answer: it is kept with the data and in every backup."
            )
        )
        self.empty.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Attach a document…"))
        self.open_button = QPushButton(self.tr("Open"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        bar = FlowLayout()  # on two lines rather than widening the window (French, Arabic)
        for button in (self.attach_button, self.open_button, self.save_button, self.remove_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addLayout(bar)
        self.attach_button.clicked.connect(self.attach)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_copy)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.currentRowChanged.connect(lambda *_: self._update_buttons())
        session.changed.connect(self._on_changed)
        self.set_owner(None)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(self.SHOWS):
            self.reload()

    def set_owner(self, owner_id) -> None:
        self.owner_id = owner_id
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        rows = [] if self.owner_id is None else self.session.read(attachments.list_for, self.entity, self.owner_id)
        for row in rows:
            name, added = isolate(row["file_name"], auto=True), formats.utc_day(row["added_at"])
            text = f"{name}  ·  {formats.size(row['size'])}  ·  {added}"
            if row["description"]:
                text += f"  ·  {row['description']}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setToolTip(row["file_name"])
            self.list.addItem(item)
        self.empty.setVisible(self.owner_id is not None and not rows)
        self.attach_button.setEnabled(self.owner_id is not None)
        self._update_buttons()
        self.count_changed.emit(len(rows))

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (self.open_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def attach(self) -> None:
        if self.owner_id is None:
            return
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach documents"), str(Path.home()), self.tr("All files (*)")
        )
        for path in chosen:
            try:
                self.session.run(attachments.add, self.entity, self.owner_id, path)
            except (UserError, OSError) as exc:
                QMessageBox.warning(
                    self,
                    self.tr("Attach a document"),
                    self.tr("“%1” was not attached: %2").replace("%1", Path(path).name).replace("%2", str(exc)),
                )

    def _stored(self) -> tuple[dict, Path] | None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return None
        try:
            row = self.session.read(attachments.get, attachment_id)
            return row, self.session.read(attachments.path_of, attachment_id)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Documents"), str(exc))
            return None

    def open_selected(self) -> Path | None:
        """Open a copy under the document's own name (the stored file is named by its content)."""
        found = self._stored()
        if found is None:
            return None
        row, path = found
        name = Path(str(row["file_name"]).replace("\\", "/")).name or "document"  # a name, never a path
        # A copy in the data folder's tmp/ (private to the user; stale copies are swept at start).
        scratch = data_dir() / "tmp"
        scratch.mkdir(parents=True, exist_ok=True)
        copy = Path(tempfile.mkdtemp(prefix="un1540-document-", dir=scratch)) / name
        shutil.copyfile(path, copy)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def save_copy(self) -> Path | None:
        found = self._stored()
        if found is None:
            return None
        row, path = found
        name = Path(str(row["file_name"]).replace("\\", "/")).name or "document"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(Path.home() / name))
        if not target:
            return None
        try:  # never over the database or a file the application keeps; written whole or not at all
            return copy_file(path, check_output_path(target, self.session.workspace.path))
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Save a copy"), str(exc))
            return None

    def remove_selected(self) -> None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return
        row = self.session.read(attachments.get, attachment_id)
        if confirm(
            self,
            self.tr("Remove"),
            self.tr("Remove “%1” from this record? Backups made before keep it.").replace("%1", row["file_name"]),
        ):
            self.session.run(attachments.remove, attachment_id)
