"""Settings › Exported documents: the check box that credits 1540 Focal Point in the footer of exported documents."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from app import formats, preferences
from app.exports.service import export_document


def _footer_text(pdf: Path) -> str:
    return " ".join(
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split()
    )


def test_the_credit_check_box_changes_the_preference_the_next_export_follows_it_and_it_is_kept(
    qtbot, qapp, demo_db, tmp_path, english
):
    from ui.application import Controller

    db = shutil.copy(demo_db, tmp_path / "training.sqlite3")
    controller = Controller(qapp, Path(db), exit_when_ready=False)
    try:
        assert controller.open_workspace()
        controller.show_window()
        qtbot.addWidget(controller.window)
        settings = controller.window.show_view("settings")
        box = settings.findChild(QCheckBox, "creditSoftware")
        text = settings.findChild(QLabel, "creditSoftwareText")
        assert text.text() == "Credit 1540 Focal Point in exported documents"
        assert not box.isChecked() and not preferences.load().credit_software, "off by default"

        qtbot.mouseClick(text, Qt.MouseButton.LeftButton)  # the user clicks the words, as on any check box
        assert box.isChecked()
        assert preferences.load().credit_software, "remembered at once"
        ws = controller.session.workspace
        request = ws.db.execute("SELECT min(id) FROM assistance_request WHERE status = 'matched'").fetchone()[0]
        pdf = export_document(ws, "assistance", "pdf", "en", tmp_path / "request.pdf", request_id=request).path
        assert "Prepared on 20 November 2026 with 1540 Focal Point" in _footer_text(pdf), "as the export view exports"

        controller.switch_digits(formats.LATIN)  # another choice in Settings saves the preferences again
        assert preferences.load().credit_software, "the credit is not lost when another setting is saved"
        rebuilt = controller.window.views["settings"].findChild(QCheckBox, "creditSoftware")
        assert rebuilt.isChecked(), "Settings shows the choice made"

        qtbot.mouseClick(rebuilt, Qt.MouseButton.LeftButton)
        assert not preferences.load().credit_software
        pdf = export_document(ws, "assistance", "pdf", "en", tmp_path / "plain.pdf", request_id=request).path
        assert "Focal Point" not in _footer_text(pdf)
    finally:
        controller.close()
