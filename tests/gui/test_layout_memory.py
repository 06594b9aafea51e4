"""The application remembers how it was left (ui/layout_memory.py): a restart finds the window, the panes, the columns,
the sort, the filters and the view as they were; View › Reset layout brings the defaults back at once."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication, QSplitter

from app import agencies
from app.workspace import Workspace
from ui.application import Controller
from ui.layout_memory import layout_path
from ui.main_window import NAVIGATION, MainWindow
from ui.models.record_table_model import ID_ROLE
from ui.session import Session


def _start(qapp, qtbot, db: Path) -> Controller:
    """The application as it starts (ui/application.py): the database opened, the window shown."""
    controller = Controller(qapp, db, exit_when_ready=False, language="en")
    assert controller.open_workspace()
    controller.show_window()
    qtbot.addWidget(controller.window)
    qtbot.waitExposed(controller.window)
    return controller


def _quit(controller: Controller) -> None:
    controller.window.close()  # as File › Quit does
    controller.close()


def _place_and_size() -> tuple[QPoint, QSize]:
    """A place and size the user chose, different from the default and well within the screen (the tests' screen is
    small: only the overview is built in the window, the widest views would not fit it)."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    return QPoint(area.x() + 37, area.y() + 61), QSize(area.width() * 3 // 4, area.height() * 2 // 3)


def test_a_restart_finds_the_window_where_it_was_left_as_large_and_maximised_or_not(qapp, qtbot, training_db, english):
    controller = _start(qapp, qtbot, training_db)
    window = controller.window
    place, size = _place_and_size()
    assert window.pos() != place and window.size() != size
    window.resize(size)
    window.move(place)
    qtbot.waitUntil(lambda: window.pos() == place and window.size() == size)
    _quit(controller)
    again = _start(qapp, qtbot, training_db)
    try:
        assert again.window.pos() == place and again.window.size() == size
        again.window.showMaximized()
        qtbot.waitUntil(again.window.isMaximized)
        _quit(again)
        third = _start(qapp, qtbot, training_db)
        assert third.window.isMaximized()
        third.window.showNormal()
        qtbot.waitUntil(lambda: not third.window.isMaximized())
        assert third.window.size() == size, "its size before it was maximised"
    finally:
        again.close()
        third.close()


def _agency_table(window):
    return window.views["agencies"].agency_panel.table


def _splitter(window, name: str) -> QSplitter:
    return window.findChild(QSplitter, name)


def _reset_action(window) -> QAction:
    [action] = [a for a in window.findChildren(QAction) if a.objectName() == "resetLayout"]
    return action


def test_a_restart_finds_the_panes_columns_sort_filters_and_view_as_they_were_left(qapp, qtbot, training_db, english):
    controller = _start(qapp, qtbot, training_db)
    window = controller.window
    matrix = window.show_view("matrix")
    matrix.weapon_filter.setCurrentIndex(matrix.weapon_filter.findData("CW"))
    matrix.without_reference.setChecked(True)
    matrix.tabs.setCurrentIndex(2)
    matrix.search_field.setText("export")  # a search text is not a layout: not remembered
    plan = window.show_view("action_plan")
    plan.group_by.setCurrentIndex(plan.group_by.findData("agency"))
    assistance = window.show_view("assistance")
    assistance.status_filter.setCurrentIndex(assistance.status_filter.findData("open"))
    assistance.tabs.setCurrentIndex(1)
    window.show_view("agencies")
    splitter = _splitter(window, "agenciesContactsSplitter")
    qtbot.waitUntil(lambda: sum(splitter.sizes()) > 300)
    total = sum(splitter.sizes())
    splitter.setSizes([total - 200, 200])
    panes = splitter.sizes()
    table = _agency_table(window)
    header = table.horizontalHeader()
    header.resizeSection(0, 177)
    header.moveSection(1, 3)  # the second column dragged to the fourth place
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    first_row = table.model().index(0, 0).data()
    _quit(controller)
    assert layout_path().exists()

    again = _start(qapp, qtbot, training_db)  # the application started again
    window = again.window
    try:
        assert window.stack.currentWidget() is window.views["agencies"], "the last view shown"
        assert NAVIGATION[window.navigation.currentRow()] == "agencies"
        assert _splitter(window, "agenciesContactsSplitter").sizes() == panes
        table = _agency_table(window)
        header = table.horizontalHeader()
        assert header.sectionSize(0) == 177
        assert header.visualIndex(1) == 3
        assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (2, Qt.SortOrder.DescendingOrder)
        assert table.model().index(0, 0).data() == first_row, "the rows sorted as they were"
        matrix = window.views["matrix"]
        assert matrix.weapon_filter.currentData() == "CW"
        assert matrix.without_reference.isChecked()
        assert matrix.tabs.currentIndex() == 2
        assert matrix.model.section["key"] == matrix.sections[2]["key"], "the section shown, not only its tab"
        assert matrix.search_field.text() == ""
        assert window.views["action_plan"].group_by.currentData() == "agency"
        agency_id = table.model().index(0, 0).data(ID_ROLE)
        again.session.run(agencies.update_agency, agency_id, {"name": "A much longer name " * 4})
        model = table.model()

        def shown() -> str:
            return " ".join(
                str(model.index(r, c).data()) for r in range(model.rowCount()) for c in range(header.count())
            )

        qtbot.waitUntil(lambda: "A much longer" in shown())  # the table read its data again and fitted its columns
        qtbot.waitUntil(lambda: header.sectionSize(0) == 177, timeout=2000)  # the widths left stay as the data changes
        assistance = window.views["assistance"]
        assert assistance.status_filter.currentData() == "open" and assistance.tabs.currentIndex() == 1

        _reset_action(window).trigger()  # View › Reset layout: at once, no restart
        assert not layout_path().exists(), "the saved layout is removed"
        assert window.navigation.currentRow() == 0, "the first view"
        assert header.sectionSize(0) != 177 and header.visualIndex(1) == 1
        assert header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        assert matrix.weapon_filter.currentData() is None and not matrix.without_reference.isChecked()
        assert matrix.tabs.currentIndex() == 0
        assert window.views["action_plan"].group_by.currentData() == "priority"
        assert assistance.status_filter.currentData() is None and assistance.tabs.currentIndex() == 0
        assert "layout was reset" in window.statusBar().currentMessage()
    finally:
        again.close()


def test_switching_the_language_keeps_the_panes_and_columns(qapp, qtbot, training_db, english):
    controller = _start(qapp, qtbot, training_db)
    try:
        window = controller.window
        window.show_view("agencies")
        _agency_table(window).horizontalHeader().resizeSection(0, 181)
        window.show_view("settings").language_chosen.emit("fr")  # the window is built again, in French
        qtbot.addWidget(controller.window)
        assert controller.window is not window
        assert _agency_table(controller.window).horizontalHeader().sectionSize(0) == 181
    finally:
        controller.close()


def test_an_empty_database_opens_on_its_first_page_whatever_was_left(qapp, qtbot, training_db, db_path, english):
    controller = _start(qapp, qtbot, training_db)
    controller.window.show_view("legislation")
    _quit(controller)
    with Workspace.open(db_path) as ws:  # a new, empty database
        window = MainWindow(Session(ws), "en")
        qtbot.addWidget(window)
        assert window.navigation.currentRow() == 0
    again = _start(qapp, qtbot, training_db)
    try:
        assert NAVIGATION[again.window.navigation.currentRow()] == "legislation", "the State's data: as left"
    finally:
        again.close()


def test_a_filter_naming_an_agency_deleted_since_is_left_at_all_agencies(qapp, qtbot, training_db, english):
    from app import agencies

    controller = _start(qapp, qtbot, training_db)
    matrix = controller.window.show_view("matrix")
    matrix.agency_filter.setCurrentIndex(1)
    matrix.value_filter.setCurrentIndex(matrix.value_filter.findData("?"))
    chosen = matrix.agency_filter.currentData()
    _quit(controller)
    with Workspace.open(training_db) as ws:
        agencies.delete_agency(ws, chosen)
    again = _start(qapp, qtbot, training_db)
    try:
        matrix = again.window.views["matrix"]
        assert matrix.value_filter.currentData() == "?", "the other filters are as left"
        assert matrix.agency_filter.currentData() is None
        assert matrix.agency_filter.findData(chosen) == -1
    finally:
        again.close()


def test_a_damaged_layout_file_is_ignored_and_rewritten(qapp, qtbot, training_db, english):
    layout_path().parent.mkdir(parents=True, exist_ok=True)
    layout_path().write_bytes(b"\x00\xff[window\ngeometry=@ByteArray(\x01\x02)\nviews={not json\n")
    controller = _start(qapp, qtbot, training_db)
    window = controller.window
    assert window.navigation.currentRow() == 0
    window.show_view("agencies")
    _quit(controller)
    settings = QSettings(str(layout_path()), QSettings.Format.IniFormat)
    assert settings.status() == QSettings.Status.NoError
    assert settings.value("window/view") == "agencies", "written afresh at the close"
    assert "agencies" in json.loads(settings.value("views"))


def test_columns_remembered_for_another_number_of_columns_are_not_applied(qapp, qtbot, training_db, english):
    controller = _start(qapp, qtbot, training_db)
    window = controller.window
    window.show_view("agencies")
    default = _agency_table(window).horizontalHeader().sectionSize(0)
    _agency_table(window).horizontalHeader().resizeSection(0, default + 55)
    _quit(controller)
    settings = QSettings(str(layout_path()), QSettings.Format.IniFormat)
    views = json.loads(settings.value("views"))
    headers = views["agencies"]["headers"]
    [key] = [k for k in headers if k.split("@")[0].endswith("agencyTable")]
    count = int(key.split("@")[1])
    headers[f"{key.split('@')[0]}@{count - 1}"] = headers.pop(key)  # as an older version, one column fewer, left it
    settings.setValue("views", json.dumps(views))
    settings.sync()
    again = _start(qapp, qtbot, training_db)
    try:
        header = _agency_table(again.window).horizontalHeader()
        assert header.count() == count
        assert header.sectionSize(0) == default, "the table starts from its defaults"
        assert not any(header.isSectionHidden(i) for i in range(count)), "no column is hidden"
    finally:
        again.close()


def test_a_window_left_on_a_screen_unplugged_since_comes_back_on_screen_as_large_as_it_fits(
    qapp, qtbot, training_db, english
):
    controller = _start(qapp, qtbot, training_db)
    window = controller.window
    area = QGuiApplication.primaryScreen().availableGeometry()
    _place, size = _place_and_size()
    window.resize(size)
    window.move(area.right() + 900, area.bottom() + 700)  # on a second monitor, right of and below this one
    qtbot.waitUntil(lambda: window.size() == size)
    _quit(controller)
    again = _start(qapp, qtbot, training_db)
    try:
        frame = again.window.frameGeometry()
        assert area.contains(frame), f"{frame} is on the screen {area}"
        assert again.window.size() == size, "as large as it was left"
    finally:
        again.close()


def _drag(widget, start: QPoint, end: QPoint) -> None:
    """Drag with the left button, as a user does with the mouse."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, at, button, buttons in (
        (QEvent.Type.MouseButtonPress, start, left, left),
        (QEvent.Type.MouseMove, end, none, left),
        (QEvent.Type.MouseButtonRelease, end, left, none),
    ):
        point = QPointF(at)
        event = QMouseEvent(kind, point, widget.mapToGlobal(point), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)


def test_a_column_widened_with_the_mouse_keeps_its_width_when_the_data_changes(qapp, qtbot, training_db, english):
    controller = _start(qapp, qtbot, training_db)
    try:
        window = controller.window
        window.show_view("agencies")
        table = _agency_table(window)
        header = table.horizontalHeader()
        qtbot.waitUntil(lambda: header.sectionSize(0) > 40)
        width = header.sectionSize(0)
        edge = header.sectionViewportPosition(0) + width - 1
        middle = header.height() // 2
        _drag(header.viewport(), QPoint(edge, middle), QPoint(edge + 61, middle))
        assert header.sectionSize(0) == width + 61
        agency_id = table.model().index(0, 0).data(ID_ROLE)
        controller.session.run(agencies.update_agency, agency_id, {"name": "A much longer name " * 4})
        qtbot.waitUntil(lambda: header.sectionSize(0) != width + 61, timeout=1000)  # fitted to the new contents
        qtbot.waitUntil(lambda: header.sectionSize(0) == width + 61, timeout=2000)  # and as the user left it
    finally:
        controller.close()
