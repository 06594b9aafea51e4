"""The main window, the first start, the overview, the language switch, start-up from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from app import agencies, state_profile
from ui.dialogs.first_start import FirstStartDialog
from ui.main_window import NAVIGATION, MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_first_start_asks_for_the_state_and_refuses_an_empty_choice(qtbot, session):
    dialog = FirstStartDialog(session, "en")
    qtbot.addWidget(dialog)
    assert dialog.state_combo.count() == 193 + 1  # the Member States and the empty choice
    dialog.save()
    assert dialog.error_label.isVisibleTo(dialog) and state_profile.get_profile(session.workspace) is None

    dialog.state_combo.setCurrentIndex(dialog.state_combo.findData("KEN"))
    qtbot.keyClicks(dialog.focal_point, "Wanjiru Kamau")
    dialog.save()
    profile = state_profile.get_profile(session.workspace)
    assert (profile["state_code"], profile["focal_point_name"]) == ("KEN", "Wanjiru Kamau")


def test_first_start_lists_state_names_in_the_chosen_language(qtbot, session):
    dialog = FirstStartDialog(session, "fr")
    qtbot.addWidget(dialog)
    names = [dialog.state_combo.itemText(i) for i in range(dialog.state_combo.count())]
    assert "Allemagne" in names and "Germany" not in names


def test_main_window_shows_the_state_and_every_part_of_the_work(qtbot, demo_session):
    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle().startswith("Republic of Examplia")
    assert window.navigation.count() == len(NAVIGATION) == 9
    texts = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert texts == [
        "Overview",
        "Implementation matrix",
        "Action plan",
        "Assistance",
        "Legislation",
        "Agencies and contacts",
        "Agency workbooks",
        "Reports and exports",
        "Settings",
    ]
    for row, key in enumerate(NAVIGATION):
        window.navigation.setCurrentRow(row)
        assert window.stack.currentWidget() is window.views[key]


def test_overview_shows_profile_and_coverage_and_follows_edits(qtbot, demo_session):
    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    overview = window.views["overview"]
    assert overview.state_label.text() == "Republic of Examplia"
    assert overview.training_label.isVisibleTo(overview)
    assert overview.figures["answered"].text() == "200 of 331"
    assert overview.figures["agencies"].text() == "12"
    section_texts = [row[0].text() for row in overview.coverage_rows]
    assert section_texts[0].startswith("Section A: OP 1") and len(section_texts) == 4 + 3
    assert section_texts[4:] == [
        "All sections B-D: Nuclear weapons (NW)",
        "All sections B-D: Chemical weapons (CW)",
        "All sections B-D: Biological weapons (BW)",
    ]
    assert overview.coverage_rows[6][2].text() == "X 29 · ? 9 · NA 0 · blank 64 (37% answered)"

    demo_session.run(state_profile.save_profile, {"focal_point_name": "Nadia Haddad"})
    assert "Nadia Haddad" in overview.focal_label.text()


def test_arabic_interface_is_right_to_left(qtbot, qapp, demo_session):
    from ui.i18n import install_language

    install_language(qapp, "ar")
    try:
        window = MainWindow(demo_session, "ar")
        qtbot.addWidget(window)
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.views["overview"].state_label.text() == "جمهورية إكزامبليا"
    finally:
        install_language(qapp, "en")


def test_exit_when_ready_starts_the_gui_and_exits_0(training_db, tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "UN1540_DATA_DIR": str(tmp_path / "data"),
        "UN1540_CONFIG_DIR": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "main.py", "--db", str(training_db), "--exit-when-ready"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_exit_when_ready_on_a_damaged_file_says_why_and_exits_1(tmp_path):
    bad = tmp_path / "state.sqlite3"
    bad.write_bytes(b"PK\x03\x04 this is a zip, not a database")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "UN1540_DATA_DIR": str(tmp_path / "data"),
        "UN1540_CONFIG_DIR": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "main.py", "--db", str(bad), "--exit-when-ready"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "not a SQLite file" in done.stderr and "Traceback" not in done.stderr
    assert bad.read_bytes() == b"PK\x03\x04 this is a zip, not a database"


def test_heat_map_shows_every_field_and_a_click_opens_it_in_the_matrix(qtbot, demo_session):
    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    window.show()
    heat_map = window.views["overview"].heat_map
    assert len(heat_map.squares) == 331
    colours = {field["value"] for _rect, _s, _r, field in heat_map.squares}
    assert colours == {"X", "?", "NA", ""}
    rect, _section, _row, _field = next(sq for sq in heat_map.squares if sq[3]["key"] == "OP2.CW.acquire.legal")
    qtbot.mouseClick(heat_map, Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.views["matrix"]
    assert window.views["matrix"].detail.field_key == "OP2.CW.acquire.legal"


def test_fields_changed_since_the_last_report(qtbot, session):
    from app import matrix

    state_profile.save_profile(session.workspace, {"state_code": "CHL", "first_report_date": "2005-03-01"})
    window = MainWindow(session, "en")
    qtbot.addWidget(window)
    overview = window.views["overview"]
    assert overview.figures["changed"].text() == "0"
    session.run(matrix.set_answer, "OP1.npt", {"value": "X"})
    assert overview.figures["changed"].text() == "1"
    assert "since the last report" in overview.changed_caption.text() and "2005" in overview.changed_caption.text()


def test_views_are_built_when_first_shown_and_show_current_data(qtbot, demo_session):
    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    assert set(dict(window.views)) == {"overview"}, "start-up builds only the first view"
    demo_session.run(agencies.create_agency, {"name": "Autorité nationale CIAC"})
    window.navigation.setCurrentRow(NAVIGATION.index("agencies"))
    view = window.stack.currentWidget()
    assert view is window.views["agencies"] and view.agency_panel.model.rowCount() == 13
    assert window.stack.count() == len(NAVIGATION)


def test_the_handover_pack_is_written_from_the_file_menu(qtbot, demo_session, answer_dialog, tmp_path):
    import subprocess as sp

    from PySide6.QtWidgets import QMessageBox

    from app.package import read_manifest

    window = MainWindow(demo_session, "en")
    qtbot.addWidget(window)
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if "Handover" in a.text())
    folder = tmp_path / "for-my-successor"
    folder.mkdir()
    told = {}

    def choose(dialog):
        dialog.folder_edit.setText(str(folder))
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()

    def read(box):
        told["text"] = box.text()
        box.button(QMessageBox.StandardButton.Close).click()

    answer_dialog(choose, "handoverDialog")
    answer_dialog(read, "handoverDone")
    action.trigger()
    pdf = next(folder.glob("*-handover-*-fr.pdf"))
    package = next(folder.glob("*.un1540"))
    assert pdf.name in told["text"] and package.name in told["text"]
    text = sp.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Examplia" in text
    assert package.name in text, "the PDF says which package holds the data"
    assert read_manifest(package)["state_code"] == "XEX"


def test_python_garbage_is_collected_only_in_the_gui_thread(qapp, qtbot, monkeypatch):
    """Qt objects left in reference cycles are destroyed by the GUI thread's timer, never by a worker's allocation."""
    import gc
    import threading

    from PySide6.QtCore import QObject

    from ui import application

    destroyed_in: list[str] = []

    class Cycle(QObject):
        def __init__(self):
            super().__init__()
            self.me = self  # a reference cycle: only the cyclic collector frees it

        def __del__(self):
            destroyed_in.append(threading.current_thread().name)

    monkeypatch.setattr(application, "GARBAGE_COLLECTION_MS", 50)
    collector = application.collect_garbage_in_gui_thread(qapp)
    try:
        assert not gc.isenabled()
        Cycle()
        worker = threading.Thread(target=lambda: [[object()] for _ in range(100_000)], name="worker")
        worker.start()
        worker.join()  # enough allocations to trigger an automatic collection, were it on
        assert destroyed_in == []
        qtbot.waitUntil(lambda: destroyed_in == [threading.main_thread().name], timeout=30_000)
    finally:
        collector.stop()
        gc.enable()
