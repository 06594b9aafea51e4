"""Interface languages: French complete, language switch from Settings, right-to-left, pseudo-translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton

from app import preferences
from ui.application import Controller
from ui.i18n import PseudoTranslator, bundled_ts, install_language, parse_ts

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _messages(ts_text: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.fromstring(ts_text)
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_french_message_is_translated_with_the_same_placeholders():
    messages = _messages(bundled_ts("fr"))
    assert len(messages) > 100
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") is None, f"{context}: {source!r} is not finished"
        forms = [form.text or "" for form in translation.findall("numerusform")]  # a count: singular and plural
        for text in forms or [translation.text or ""]:
            assert text.strip(), f"{context}: {source!r} has no translation"
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", text)), source
            assert ("%n" in source) == ("%n" in text), source
        assert not forms or len(forms) == 2, f"{context}: {source!r} needs a singular and a plural form"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is installed with PySide6-Essentials")
def test_every_string_of_the_interface_has_a_french_translation(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    extracted = tmp_path / "current.ts"
    subprocess.run([str(LUPDATE), *sources, "-ts", str(extracted)], check=True, capture_output=True, timeout=120)
    wanted = {(context, source) for context, source, _ in _messages(extracted.read_text(encoding="utf-8"))}
    assert len(wanted) > 100
    missing = wanted - set(parse_ts(bundled_ts("fr")))
    assert not missing, f"{len(missing)} interface string(s) without French: {sorted(missing)[:5]}"


def test_choosing_french_in_settings_rebuilds_the_window_in_french_and_is_remembered(qtbot, qapp, demo_db, tmp_path):
    db = shutil.copy(demo_db, tmp_path / "training.sqlite3")
    controller = Controller(qapp, Path(db), exit_when_ready=False)
    install_language(qapp, "en")
    try:
        assert controller.open_workspace()
        controller.show_window()
        qtbot.addWidget(controller.window)
        settings = controller.window.show_view("settings")
        settings.language_combo.setCurrentIndex(settings.language_combo.findData("fr"))
        qtbot.mouseClick(settings.findChild(QPushButton, "applyLanguage"), Qt.MouseButton.LeftButton)
        window = controller.window
        qtbot.addWidget(window)
        texts = [window.navigation.item(i).text() for i in range(window.navigation.count())]
        assert texts[0] == QCoreApplication.translate("MainWindow", "Overview") != "Overview"
        assert texts[0] == "Vue d’ensemble"
        assert window.stack.currentWidget() is window.views["settings"], "the user stays where they were"
        assert window.views["overview"].state_label.text() == "République d'Examplia"
        assert preferences.load().language == "fr"
    finally:
        install_language(qapp, "en")
        controller.close()


def test_pseudo_translation_lengthens_and_mirrors_strings():
    longer = PseudoTranslator("long").translate("MainWindow", "Overview")
    assert longer.startswith("Overview") and len(longer) > len("Overview") * 1.3
    assert PseudoTranslator("rtl").translate("MainWindow", "Overview") == "\u202eOverview\u202c"


def test_no_literal_string_hides_from_translation_extraction():
    """lupdate only sees tr(), translate() and QT_TRANSLATE_NOOP(); a literal passed to a home-made
    wrapper would never reach the translators and would show in English in every language."""
    import ast

    extractable = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            literal = isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            if (
                literal
                and (name.startswith("_t") or name in ("_h", "tr_label", "tr_matrix"))
                and name not in extractable
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}({node.args[0].value!r})")
    assert not offenders, offenders
