"""Tooltips: every tool button and icon-only button has one, and the controls whose label does not say enough
(abbreviations, filters, check boxes, buttons that cannot be taken back, date fields, the navigation's
entries) have one in the interface language, never left in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QTabBar, QToolButton, QWidget

from ui.help import LANGUAGES
from ui.i18n import install_language
from ui.main_window import NAVIGATION, MainWindow
from ui.tooltips import Tooltips

# (view, path of attributes from the view to the control) for the controls a new focal point cannot guess
EXPECTED = [
    ("matrix", "value_filter"),
    ("matrix", "section_filter"),
    ("matrix", "weapon_filter"),
    ("matrix", "agency_filter"),
    ("matrix", "changed_since"),
    ("matrix", "without_reference"),
    ("matrix", "search_field"),
    ("matrix", "propose_button"),
    ("matrix", "detail.value"),
    ("matrix", "detail.law"),
    ("matrix", "detail.article"),
    ("matrix", "detail.cite_button"),
    ("matrix", "detail.uncite_button"),
    ("matrix", "detail.source"),
    ("matrix", "detail.reviewed_on"),
    ("matrix", "detail.signature_date"),
    ("matrix", "detail.apply_button"),
    ("action_plan", "freeze_button"),
    ("action_plan", "version"),
    ("action_plan", "accept_button"),
    ("action_plan", "request_button"),
    ("action_plan", "status_filter"),
    ("action_plan", "agency_filter"),
    ("action_plan", "group_by"),
    ("assistance", "link_button"),
    ("assistance", "status_button"),
    ("assistance", "from_action_button"),
    ("assistance", "status_filter"),
    ("assistance", "only_selected"),
    ("legislation", "status_filter"),
    ("agencies", "only_selected"),
    ("workbooks", "new_button"),
    ("workbooks", "import_button"),
    ("workbooks", "committee_button"),
    ("reports", "document_combo"),
    ("reports", "mark_button"),
    ("reports", "export_button"),
]


def _control(view: QWidget, path: str) -> QWidget:
    for name in path.split("."):
        view = getattr(view, name)
    return view


def _english_tooltips() -> set[str]:
    tips = Tooltips()
    texts = {tips.date(), *tips.values().values(), *tips.weapons().values(), *tips.navigation().values()}
    for by_attr in tips.by_class().values():
        texts.update(by_attr.values())
    return texts


def _unexplained_buttons(root: QWidget) -> list[str]:
    missing = []
    for button in root.findChildren(QToolButton) + root.findChildren(QPushButton):
        if isinstance(button.parent(), QTabBar):
            continue  # Qt's own scroll arrows of a tab bar
        icon_only = isinstance(button, QToolButton) or (not button.text().strip() and not button.icon().isNull())
        if icon_only and button.isVisibleTo(root) and not button.toolTip().strip():
            missing.append(f"{type(root).__name__}: {button.objectName() or button.text() or type(button).__name__}")
    return missing


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_view_explains_its_non_obvious_controls_in_the_interface_language(qtbot, qapp, demo_session, lang):
    english = _english_tooltips() if lang != "en" else set()
    install_language(qapp, lang)
    try:
        window = MainWindow(demo_session, lang)
        qtbot.addWidget(window)
        window.show()
        missing: list[str] = []
        for key in NAVIGATION:
            view = window.show_view(key)
            missing += _unexplained_buttons(view)
        for key, path in EXPECTED:
            tip = _control(window.views[key], path).toolTip()
            if not tip.strip():
                missing.append(f"{key}.{path}: no tooltip")
            elif tip in english:
                missing.append(f"{key}.{path}: English tooltip {tip!r}")
        for row in range(window.navigation.count()):
            tip = window.navigation.item(row).toolTip()
            if not tip or tip in english:
                missing.append(f"navigation {row}: {tip!r}")
        # the matrix's codes are spelled out on the items of the value and weapon lists
        matrix = window.views["matrix"]
        for combo, code in ((matrix.value_filter, "NA"), (matrix.weapon_filter, "CW"), (matrix.detail.value, "?")):
            tip = combo.itemData(combo.findData(code), Qt.ItemDataRole.ToolTipRole)
            if not tip or tip in english:
                missing.append(f"{combo.objectName()} item {code}: {tip!r}")
    finally:
        install_language(qapp, "en")
    assert not missing, "\n".join(missing)


def test_a_control_keeps_the_tooltip_it_sets_itself(qtbot, main_window):
    matrix = main_window.show_view("matrix")
    assert matrix.propose_button.toolTip().startswith("Select blank or ? cells")  # the view's own, not replaced


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_the_main_dialogs_explain_their_dates_and_check_boxes(qtbot, qapp, demo_session, monkeypatch, lang):
    from tests.gui.dialogs import open_every_dialog_in
    from ui.help import ShortcutSheet

    english = _english_tooltips() if lang != "en" else set()
    seen: dict[str, QDialog] = {}
    missing: list[str] = []

    def look(dialog: QDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        if isinstance(dialog, ShortcutSheet):  # the help's own sheet: no help of its own to wire
            dialog.hide()
            return int(QDialog.DialogCode.Rejected)
        qtbot.waitUntil(lambda: bool(dialog.property("helpReady")))  # set when the dialog takes focus
        seen[type(dialog).__name__ + ":" + str(getattr(dialog, "draft_key", ""))] = dialog
        missing.extend(_unexplained_buttons(dialog))
        if type(dialog).__name__ == "NewWorkbookDialog":
            for control in (dialog.reply_check, dialog.reply_date):
                if not control.toolTip() or control.toolTip() in english:
                    missing.append(f"NewWorkbookDialog: {control.toolTip()!r}")
        for name, widget in getattr(dialog, "widgets", {}).items():
            spec = next(s for s in dialog.fields if s.name == name)
            if spec.kind == "date" and (not widget.toolTip() or widget.toolTip() in english):
                missing.append(f"{dialog.draft_key} {name}: {widget.toolTip()!r}")
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", look)
    open_every_dialog_in(qtbot, qapp, demo_session, lang)
    assert "NewWorkbookDialog:" in seen and "RecordFormDialog:action_plan" in seen, sorted(seen)
    plan = seen["RecordFormDialog:action_plan"]
    assert plan.widgets["period_start"].toolTip()
    assert not missing, "\n".join(missing)
