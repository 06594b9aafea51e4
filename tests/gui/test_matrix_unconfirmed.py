"""Rows of the matrix template whose wording is not yet confirmed against the Committee's text carry a small †
in the matrix view, and its tooltip says why, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.i18n import install_language
from ui.views.matrix import MatrixView


def test_unconfirmed_rows_carry_a_dagger_and_say_why(qtbot, session):
    view = MatrixView(session, "en")
    qtbot.addWidget(view)
    model = view.model  # section A: rows 1-10 confirmed, 11-25 not yet
    assert [model.rows[r]["confirmed"] for r in (0, 9, 10)] == [True, True, False]
    assert model.index(0, 0).data() == "1. Nuclear Non-Proliferation Treaty (NPT)", "a confirmed row is unmarked"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Nuclear Non-Proliferation Treaty (NPT)"
    unconfirmed = model.index(10, 0)
    assert unconfirmed.data().startswith("11. ") and unconfirmed.data().endswith(" †")
    tip = unconfirmed.data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith("† Wording not yet confirmed against the Committee's matrix."), tip
    view.tabs.setCurrentIndex(3)  # section D: every row still to be confirmed
    assert all(view.model.index(r, 0).data().endswith(" †") for r in range(view.model.rowCount()))


def test_the_tooltip_is_in_the_interface_language(qtbot, qapp, session):
    install_language(qapp, "fr")
    try:
        view = MatrixView(session, "fr")
        qtbot.addWidget(view)
        tip = view.model.index(10, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.endswith("† Libellé non encore vérifié par rapport à la matrice du Comité."), tip
    finally:
        install_language(qapp, "en")
