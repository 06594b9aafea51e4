"""Where to write a package, whether to encrypt it, and its passphrase: one widget for the backup and handover dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from ui.dialogs.backups import BackupDialog
from ui.dialogs.handover import HandoverDialog
from ui.main_window import MainWindow
from ui.widgets.package_target import PackageTarget

PASSPHRASE = "correct horse battery staple"


def test_both_dialogs_use_the_same_widget_and_browse_the_right_way(qtbot, tmp_path, monkeypatch):
    backup, handover = BackupDialog(tmp_path / "state.un1540"), HandoverDialog(tmp_path, "en")
    qtbot.addWidget(backup)
    qtbot.addWidget(handover)
    assert isinstance(backup.destination, PackageTarget) and isinstance(handover.destination, PackageTarget)
    asked = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a: asked.append(("file", a[1], a[3])) or (str(tmp_path / "usb.un1540"), "")),
    )
    monkeypatch.setattr(
        QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda *a: asked.append(("folder", a[1])) or str(tmp_path / "usb")),
    )
    backup.destination.browse_button.click()
    handover.destination.browse_button.click()
    assert asked == [
        ("file", "Back up the database", "Project packages (*.un1540)"),
        ("folder", "Folder for the handover pack"),
    ]
    assert backup.typed() == tmp_path / "usb.un1540" and handover.folder() == tmp_path / "usb"

    backup.destination.path_edit.setText("  ~/state  ")
    assert backup.typed() == Path.home() / "state" and backup.target() == Path.home() / "state.un1540"
    assert (backup.encrypt(), handover.encrypt()) == (False, False)
    assert backup.destination.passphrase() == (True, None), "no passphrase is asked when not encrypting"


def test_the_passphrase_is_asked_twice_and_cancelling_it_writes_no_handover_pack(
    qtbot, demo_session, tmp_path, answer_dialog
):
    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    folder = tmp_path / "for-my-successor"
    folder.mkdir()

    def choose(dialog):
        dialog.destination.path_edit.setText(str(folder))
        dialog.destination.encrypt_box.setChecked(True)
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    seen = {}

    def cancel_passphrase(dialog):
        seen["twice"] = dialog.confirmation is not None
        dialog.reject()

    answer_dialog(choose, "handoverDialog")
    answer_dialog(cancel_passphrase, "passphraseDialog")
    assert window.hand_over() is None
    assert seen["twice"] and list(folder.iterdir()) == []

    dialog = BackupDialog(tmp_path / "state.un1540")
    qtbot.addWidget(dialog)
    dialog.destination.encrypt_box.setChecked(True)

    def type_twice(ask):
        ask.passphrase.setText(PASSPHRASE)
        ask.confirmation.setText(PASSPHRASE)
        ask.buttons.button(ask.buttons.StandardButton.Ok).click()

    answer_dialog(type_twice, "passphraseDialog")
    assert dialog.destination.passphrase(dialog) == (True, PASSPHRASE)
