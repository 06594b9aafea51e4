"""Columns are sized from the rows on screen and a sample around them, never by reading every row (issue 14:
sizing the columns of 2,000 contacts took 388 ms)."""

from __future__ import annotations

from app import contacts
from ui.widgets.fit import SIZE_SAMPLE_ROWS


def test_contacts_columns_are_sized_from_a_sample_of_rows(qtbot, session):
    ws = session.workspace
    count = SIZE_SAMPLE_ROWS * 5
    for number in range(count):
        contacts.create_contact(ws, {"name": f"Contact {number:04d}"})
    contacts.create_contact(ws, {"name": "Zz " + "very long name of a contact far down the list " * 3})
    from ui.views.agencies_contacts import AgenciesContactsView

    view = AgenciesContactsView(session)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    table = view.contact_panel.table
    name_column = next(
        c
        for c in range(table.model().columnCount())
        if table.model().headerData(c, table.horizontalHeader().orientation()) == "Name"
    )
    table.sortByColumn(name_column, table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    view.contact_panel.reload()
    assert table.horizontalHeader().resizeContentsPrecision() == SIZE_SAMPLE_ROWS
    short = table.fontMetrics().horizontalAdvance("Contact 0000")
    assert table.columnWidth(name_column) < 3 * short, "the long name far down the list was not read to size the column"


def test_a_click_on_a_column_header_sorts_the_contacts_and_the_selection_follows(qtbot, session):
    """The rows are sorted in the model (a key per row, not a call per comparison): ascending and descending
    by a clicked column, numbers as numbers, the search still filtering, the selected contact still selected."""
    ws = session.workspace
    for name in ("delta", "Alpha", "charlie", "Bravo"):
        contacts.create_contact(ws, {"name": f"Zulu {name}"})
    from PySide6.QtCore import Qt

    from ui.views.agencies_contacts import AgenciesContactsView

    view = AgenciesContactsView(session)
    qtbot.addWidget(view)
    view.show()
    panel = view.contact_panel
    table = panel.table
    name_column = next(
        c
        for c in range(table.model().columnCount())
        if table.model().headerData(c, Qt.Orientation.Horizontal) == "Name"
    )
    panel.search.setText("Zulu")
    shown = lambda: [table.model().index(r, name_column).data() for r in range(table.model().rowCount())]  # noqa: E731
    table.sortByColumn(name_column, Qt.SortOrder.AscendingOrder)
    assert shown() == ["Zulu Alpha", "Zulu Bravo", "Zulu charlie", "Zulu delta"]
    charlie = next(c["id"] for c in contacts.list_contacts(ws) if c["name"] == "Zulu charlie")
    panel.select_id(charlie)
    table.sortByColumn(name_column, Qt.SortOrder.DescendingOrder)
    assert shown() == ["Zulu delta", "Zulu charlie", "Zulu Bravo", "Zulu Alpha"]
    assert panel.selected_id() == charlie
    panel.reload()  # a reload keeps the order chosen
    assert shown() == ["Zulu delta", "Zulu charlie", "Zulu Bravo", "Zulu Alpha"]
