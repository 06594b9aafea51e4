"""The daily backup finds the database damaged: a clear warning instead of a status-bar line, and the restore offered."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from app import clock
from app.check import check_report
from app.rolling_backups import backups_dir, daily_backup, list_backups
from app.workspace import Workspace
from tests.damage import damage_one_page
from ui.application import Controller


def test_a_damaged_database_is_told_at_the_daily_backup_and_the_newest_good_backup_restores(
    qtbot, qapp, training_db, monkeypatch, answer_dialog
):
    with Workspace.open(training_db) as ws:
        good = daily_backup(ws, today=date(2020, 1, 1))
    controller = Controller(qapp, training_db, exit_when_ready=False)
    assert controller.open_workspace()
    controller.show_window()
    qtbot.addWidget(controller.window)
    try:
        qtbot.waitUntil(lambda: "Today's backup" in controller.window.statusBar().currentMessage(), timeout=60_000)
        controller.wait_for_daily_backup()
        (backups_dir(training_db) / f"{clock.today_iso()}.un1540").unlink()
        controller.session.workspace.close()  # reopened on the next read
        damage_one_page(training_db, "matrix_answer")  # a page the window has already read
        monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
        monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: None))
        seen = {}

        def read_and_restore(box):
            seen["text"], seen["details"] = box.text(), box.informativeText()
            seen["status"] = controller.window.statusBar().currentMessage()
            [restore] = [b for b in box.buttons() if b.text() == "Restore from a backup…"]
            restore.click()

        def pick_the_good_one(dialog):
            table = dialog.table
            seen["rows"] = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
            dialog.restore_button.click()

        answer_dialog(read_and_restore, "damagedDatabaseWarning")
        answer_dialog(pick_the_good_one, "restoreDialog")
        controller.start_daily_backup(training_db)
        qtbot.waitUntil(lambda: "rows" in seen, timeout=20_000)
        assert "The database is damaged" in seen["text"]
        assert "no backup was written" in seen["details"] and str(good) in seen["details"]
        assert "damaged" in seen["status"], "told in the status bar too while the warning shows"
        assert controller.window.statusBar().currentMessage() == "The backup was restored.", "and no longer after"
        assert [e.path for e in list_backups(training_db)] == [good], "no package of the damaged data was written"
        assert seen["rows"] == [
            ["1 January 2020", seen["rows"][0][1], "Republic of Examplia", "Sound (integrity checked)"]
        ]
        qtbot.waitUntil(lambda: check_report(training_db).problems == [], timeout=20_000)
        [kept] = training_db.parent.glob("training.damaged-*.sqlite3")
        assert kept.stat().st_size > 0
    finally:
        controller.close()
