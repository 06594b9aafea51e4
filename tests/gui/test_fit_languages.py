# ruff: noqa: RUF001  (the Russian heading is Cyrillic on purpose)
"""Long words of some languages: a form that does not scroll sideways, a column heading that is not cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QScrollArea

from ui.i18n import install_language
from ui.models.matrix_table_model import two_lines


def test_a_long_heading_is_broken_at_its_middle_space_and_a_chinese_one_is_left_whole():
    assert two_lines("Signature, ratification, entry into force") == "Signature, ratification,\nentry into force"
    assert two_lines("Подписание, ратификация, вступление в силу") == "Подписание, ратификация,\nвступление в силу"
    assert (
        two_lines("签署、批准、生效签署、批准、生效签署、批准、生效")
        == "签署、批准、生效签署、批准、生效签署、批准、生效"
    )
    assert two_lines("Remarks") == "Remarks"


@pytest.mark.parametrize("lang", ["ar", "ru", "es", "fr"])
def test_the_request_form_does_not_scroll_sideways(qtbot, qapp, demo_session, monkeypatch, lang):
    from app import assistance
    from ui.dialogs import forms

    seen: dict[str, int] = {}

    def look(dialog: QDialog) -> int:
        dialog.resize(784, 700)
        dialog.show()
        qtbot.wait(10)
        scroll = dialog.findChild(QScrollArea)
        seen["sideways"] = scroll.horizontalScrollBar().maximum()
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look)
    install_language(qapp, lang)
    try:
        forms.edit_request(demo_session, None, lang, assistance.list_requests(demo_session.workspace)[0]["id"])
    finally:
        install_language(qapp, "en")
    assert seen["sideways"] == 0, f"the {lang} request form scrolls {seen['sideways']} px sideways"
