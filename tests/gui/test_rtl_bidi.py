"""Right to left: names, titles and paths inserted into sentences are isolated (FSI/LRI…PDI) so that their dots,
parentheses and ellipses stay where they belong; the window title reads from the right; combo boxes and table cells
show the beginning of a Latin text, with the ellipsis at its end, not "…Export" or "((Biosûreté…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QProxyStyle, QStyle, QStyleFactory, QTableView

from ui.i18n import FSI, PDI, RLM, install_language, isolate, window_title
from ui.style import BidiStyle

TITLE = "Convention on the Physical Protection of Nuclear Material and Nuclear Facilities (CPPNM/A)"


@pytest.fixture(params=["ar", "pseudo-rtl"])
def right_to_left(request, qapp, english, monkeypatch):
    if request.param == "pseudo-rtl":
        monkeypatch.setenv("UN1540_PSEUDO", "rtl")
        install_language(qapp, "en")
    else:
        install_language(qapp, "ar")
    yield request.param
    monkeypatch.delenv("UN1540_PSEUDO", raising=False)
    install_language(qapp, "en")


def test_what_is_put_into_a_sentence_is_isolated(right_to_left):
    template = QCoreApplication.translate("Controller", "The backup was not restored: %1")
    shown = template.replace("%1", "Loi n° 05/2004 (Code des douanes).")
    assert FSI + "Loi n° 05/2004 (Code des douanes)." + PDI in shown
    assert isolate("Biosûreté (2014)…", auto=True) == FSI + "Biosûreté (2014)…" + PDI


def test_left_to_right_sentences_are_left_as_they_are(english):
    template = QCoreApplication.translate("Controller", "The backup was not restored: %1")
    assert template == "The backup was not restored: %1"
    assert isolate("Biosûreté (2014)…", auto=True) == "Biosûreté (2014)…"
    assert window_title("Republic of Examplia", "1540 Focal Point") == "Republic of Examplia — 1540 Focal Point"


def test_the_window_title_reads_from_the_right_whatever_the_first_word(qtbot, demo_session, right_to_left):
    from ui.main_window import MainWindow

    window = MainWindow(demo_session, "ar")
    qtbot.addWidget(window)
    title = window.windowTitle()
    assert title.startswith(RLM + FSI), "a right-to-left paragraph, even when the State's name were Latin"
    assert title.endswith(FSI + "1540 Focal Point" + PDI)


class _Recorder(QProxyStyle):
    """Fusion, remembering the text it was asked to draw."""

    def __init__(self):
        super().__init__(QStyleFactory.create("Fusion"))
        self.texts: list[str] = []

    def drawControl(self, element, option, painter, widget=None):  # noqa: N802 (Qt API)
        if element == QStyle.ControlElement.CE_ComboBoxLabel:
            self.texts.append(option.currentText)
        elif element == QStyle.ControlElement.CE_ItemViewItem:
            self.texts.append(option.text)
        super().drawControl(element, option, painter, widget)


def _long_combo(qtbot) -> tuple[QComboBox, _Recorder]:
    """A combo box 220 px wide holding TITLE, drawn by BidiStyle over a style that records what it draws."""
    recorder = _Recorder()
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setStyle(BidiStyle(recorder))
    combo.addItem(TITLE)
    combo.setFixedWidth(220)
    return combo, recorder


def test_a_combo_box_shows_the_beginning_of_a_long_latin_name(qtbot, right_to_left):
    combo, recorder = _long_combo(qtbot)
    assert combo.layoutDirection() == Qt.LayoutDirection.RightToLeft
    combo.grab()
    drawn = recorder.texts[-1]
    assert drawn.startswith(FSI + "Convention on"), "its beginning, laid out left to right"
    assert drawn.endswith("…" + PDI) and len(drawn) < len(TITLE), "elided at its own end, inside the isolate"
    assert combo.fontMetrics().horizontalAdvance(drawn) <= 220


def test_a_table_cell_keeps_its_numbering_and_parentheses(qtbot, right_to_left):
    recorder = _Recorder()
    style = BidiStyle(recorder)
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("1. Nuclear Non-Proliferation Treaty (NPT)"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setStyle(style)
    view.setModel(model)
    view.grab()
    assert FSI + "1. Nuclear Non-Proliferation Treaty (NPT)" + PDI in recorder.texts


def test_in_left_to_right_a_long_combo_text_is_elided_too_and_cells_are_untouched(qtbot, english):
    combo, recorder = _long_combo(qtbot)
    combo.grab()
    assert recorder.texts[-1].startswith("Convention on") and recorder.texts[-1].endswith("…")
    assert FSI not in recorder.texts[-1]


def test_names_and_titles_in_the_overview_lines_are_isolated(qtbot, demo_session, right_to_left):
    from app import agencies
    from ui.views.overview import OverviewView

    view = OverviewView(demo_session, "ar")
    qtbot.addWidget(view)
    demo_session.run(agencies.create_agency, {"name": "Biosûreté (ANB)…"})
    newest = view.recent_changes.text().splitlines()[0]
    assert FSI + "Aminata Desrosiers-Kane" + PDI in newest, "the person who made the change"
    assert FSI + "Biosûreté (ANB)…" + PDI in newest, "the record's name, its parentheses and ellipsis kept with it"
    assert FSI + "Aminata Desrosiers-Kane" + PDI in view.focal_label.text()


def test_the_timeline_keeps_the_parentheses_and_ellipsis_of_latin_titles(
    qtbot, demo_session, right_to_left, monkeypatch
):
    from PySide6.QtGui import QPainter

    from ui.views.action_plan import ActionPlanView

    view = ActionPlanView(demo_session, "ar")
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    drawn: list[str] = []
    monkeypatch.setattr(QPainter, "drawText", lambda painter, *args: drawn.append(args[-1]))
    view.timeline.grab()
    titles = [text for text in drawn if "Biosûreté" in text or "courtage" in text]
    assert FSI + "Biosûreté et biosécurité (paragraphe 3 a) et b))" + PDI in titles
    assert any(text.startswith(FSI + "Projet de loi sur le courtage") and text.endswith("…" + PDI) for text in titles)


def test_an_english_label_not_translated_yet_keeps_its_ellipsis_at_its_end(qapp, english):
    install_language(qapp, "ar")
    try:
        text = QCoreApplication.translate("RecordPanel", "An English label not translated yet…")
        assert text == "\u2066An English label not translated yet…" + PDI, "“…Export” no more"
        assert QCoreApplication.translate("Nowhere", "A plain label") == "A plain label", "others left as they are"
    finally:
        install_language(qapp, "en")


def test_the_plan_header_is_right_aligned_line_by_line_under_a_latin_title(qtbot, demo_session, right_to_left):
    """The plan's title (French in the training State) first: a plain-text label is one bidi paragraph, and the
    Latin title turned the Arabic period line around ("2027" alone on its left). Each line is its own right-to-left
    paragraph, the title isolated left to right inside it, and what was typed is escaped, never markup."""
    from app import action_plan
    from ui.views.action_plan import ActionPlanView

    view = ActionPlanView(demo_session, "ar")
    qtbot.addWidget(view)
    html = view.header.text()
    assert view.header.textFormat() == Qt.TextFormat.RichText
    paragraphs = html.split("</p>")[:-1]
    assert len(paragraphs) >= 3 and all(p.startswith('<p dir="rtl"') for p in paragraphs)
    title = "Plan d&#x27;action national de mise en œuvre de la résolution 1540 (2004), 2024-2027"
    assert paragraphs[0].endswith(FSI + title + PDI)
    demo_session.run(action_plan.update_plan, {"title": "<b>Plan</b> & co"})
    assert "&lt;b&gt;Plan&lt;/b&gt; &amp; co" in view.header.text()


def test_the_plan_header_has_no_marks_left_to_right(qtbot, demo_session):
    from ui.views.action_plan import ActionPlanView

    view = ActionPlanView(demo_session, "en")
    qtbot.addWidget(view)
    assert view.header.text().startswith("Plan d'action national") and RLM not in view.header.text()
