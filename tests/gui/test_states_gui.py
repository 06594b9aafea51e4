"""State names in the interface: the first-start list in the language's own order, the UN's names in the
window title and the overview, for a profile written before the names changed."""

from __future__ import annotations

import sqlite3

import pytest

from app import state_profile
from app.workspace import Workspace
from ui.dialogs.first_start import FirstStartDialog
from ui.main_window import MainWindow
from ui.session import Session


def _names(dialog: FirstStartDialog) -> list[str]:
    return [dialog.state_combo.itemText(i) for i in range(1, dialog.state_combo.count())]


@pytest.mark.parametrize(
    "lang, first, last, before",
    [
        # pinyin: 阿 (a) … 中 (zhong); by code point 中国 would come first and 阿富汗 late
        ("zh", "阿尔巴尼亚", "中国", [("阿富汗", "巴西"), ("俄罗斯联邦", "法国"), ("美利坚合众国", "日本")]),
        ("ru", "Австралия", "Япония", [("Российская Федерация", "Руанда"), ("Чехия", "Швеция")]),
        ("ar", "آيرلندا", "هولندا (مملكة -)", [("الاتحاد الروسي", "الأردن"), ("تركيا", "فرنسا")]),
        ("fr", "Afghanistan", "Zimbabwe", [("Égypte", "El Salvador"), ("Fédération de Russie", "Fidji")]),
        ("es", "Afganistán", "Zimbabwe", [("Federación de Rusia", "Fiji"), ("Perú", "Polonia")]),
    ],
)
def test_first_start_lists_the_un_s_names_in_the_language_s_order(qtbot, session, lang, first, last, before):
    dialog = FirstStartDialog(session, lang)
    qtbot.addWidget(dialog)
    names = _names(dialog)
    assert len(names) == 193 and (names[0], names[-1]) == (first, last)
    for earlier, later in before:
        assert names.index(earlier) < names.index(later), (earlier, later)
    assert not [name for name in names if ", " in name]  # no ISO inverted form ("Russie, Fédération de")


def test_choosing_a_state_by_its_un_name_stores_its_code(qtbot, session):
    dialog = FirstStartDialog(session, "zh")
    qtbot.addWidget(dialog)
    dialog.state_combo.setCurrentIndex(dialog.state_combo.findText("俄罗斯联邦"))
    dialog.save()
    assert state_profile.get_profile(session.workspace)["state_code"] == "RUS"


def test_a_profile_written_before_shows_the_un_s_name_in_title_and_overview(qtbot, db_path, english):
    with Workspace.open(db_path) as ws:
        state_profile.save_profile(ws, {"state_code": "USA", "focal_point_name": "Focal point"})
    conn = sqlite3.connect(db_path)
    with conn:  # a code left in lower case by an earlier version or by hand
        conn.execute("UPDATE state_profile SET state_code = 'usa' WHERE id = 1")
    conn.close()
    ws = Workspace.open(db_path)
    try:
        window = MainWindow(Session(ws), "ru")
        qtbot.addWidget(window)
        assert window.windowTitle().startswith("Соединенные Штаты Америки — ")
        assert window.views["overview"].state_label.text() == "Соединенные Штаты Америки"
    finally:
        ws.close()
