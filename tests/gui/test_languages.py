"""Interface languages: six complete translations with plural forms, the language switch, right to left,
pseudo-translation."""

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

from app import LANGUAGES, preferences
from ui.application import Controller
from ui.i18n import PLURAL_FORMS_COUNT, PseudoTranslator, bundled_ts, install_language, read_ts

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
PLACEHOLDER = re.compile(r"%\d|%n")


def _messages(ts_text: str) -> list[tuple[str, str, str, ET.Element, bool]]:
    root = ET.fromstring(ts_text)
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment") or "",
            message.find("translation"),
            message.get("numerus") == "yes",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _accelerators(text: str) -> int:
    """How many keyboard accelerators ("&File") a text has: "&&" is a literal ampersand, "&amp;"-style
    entities are already decoded by the XML parser."""
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders_plural_forms_and_accelerator(lang):
    text = bundled_ts(lang)
    assert text is not None, f"there is no interface translation for {lang}"
    messages = _messages(text)
    assert len(messages) > 900
    for context, source, _, translation, numerus in messages:
        where = f"{lang} {context}: {source!r}"
        assert translation is not None and translation.get("type") is None, f"{where} is not finished"
        forms = [form.text or "" for form in translation.findall("numerusform")]
        if numerus:
            assert len(forms) == PLURAL_FORMS_COUNT[lang], f"{where} needs {PLURAL_FORMS_COUNT[lang]} plural forms"
        texts = forms or [translation.text or ""]
        for i, text in enumerate(texts):
            assert text.strip(), f"{where} has no translation"
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            if numerus and i < len(texts) - 1 and "%n" not in text:
                wanted = [p for p in wanted if p != "%n"]  # "one field", Arabic "two fields": in words, not digits
            assert sorted(set(PLACEHOLDER.findall(text))) == wanted, f"{where}: placeholders in {text!r}"
            assert _accelerators(text) == _accelerators(source), f"{where}: accelerator in {text!r}"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is installed with PySide6-Essentials")
def test_every_string_of_the_interface_has_a_translation_in_every_language(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    extracted = tmp_path / "current.ts"
    subprocess.run([str(LUPDATE), *sources, "-ts", str(extracted)], check=True, capture_output=True, timeout=120)
    messages = _messages(extracted.read_text(encoding="utf-8"))
    wanted = {(context, source, comment) for context, source, comment, _, _ in messages}
    counts = {(context, source, comment) for context, source, comment, _, numerus in messages if numerus}
    assert len(wanted) > 900 and len(counts) > 20
    for lang in TRANSLATED:
        missing = wanted - set(read_ts(bundled_ts(lang) or "<TS/>").table)
        assert not missing, f"{len(missing)} interface string(s) without {lang}: {sorted(missing)[:5]}"
    missing = counts - set(read_ts(bundled_ts("en") or "<TS/>").numerus)
    assert not missing, f"{len(missing)} count(s) without English singular and plural: {sorted(missing)[:5]}"


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


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_handover_pack_names_the_menus_as_the_interface_shows_them(qapp, lang):
    """A successor follows the pack's steps in the window: the menu and button names must be the ones they see."""
    from app.exports.text import Text

    def shown(context: str, source: str) -> str:
        return re.sub(r"\(&\w\)|&(?=\w)", "", QCoreApplication.translate(context, source))

    install_language(qapp, lang)
    try:
        file_menu, restore = shown("MainWindow", "&File"), shown("MainWindow", "&Restore from a backup…")
        back_up = shown("MainWindow", "&Back up (export the project package)…")
        overview, profile = shown("MainWindow", "Overview"), shown("OverviewView", "Edit profile…")
    finally:
        install_language(qapp, "en")
    t = Text(lang)
    steps = {n: t(f"handover.step{n}", file="x.un1540") for n in (2, 3, 4, 6)}
    assert file_menu in steps[2] and restore in steps[2]
    assert overview in steps[3] and overview in steps[4] and profile in steps[4]
    assert file_menu in steps[6] and back_up in steps[6]
    if lang != "en":
        assert not any(re.search(r"\b(File|Back up|Overview|Edit profile)\b", s) for s in steps.values()), steps


# One rendering per core term, the UN's (../shared/reference/un-terminology.md, the glossaries beside the .ts):
# the interface says what the exported documents say, and never the renderings a reviser struck out.
CHOSEN = {
    "ar": ["لجنة القرار 1540", "مصفوفة", "جهة اتصال", "طلب مساعدة", "المذكرة الشفوية"],
    "zh": ["1540委员会", "矩阵", "联络点", "援助请求", "普通照会"],
    "ru": ["Комитета 1540", "матриц", "контактн", "просьб", "вербальн"],
    "es": ["Comité 1540", "matriz", "punto de contacto", "solicitud", "coordinador", "nota verbal"],
    "fr": ["Comité 1540", "matrice", "point de contact", "demande d’assistance", "point focal", "note verbale"],
}
STRUCK_OUT = {
    "ar": ["لجنة 1540", "نقطة اتصال", "نقطة الاتصال", "طلب للمساعدة"],
    "zh": ["协调中心", "联系点", "援助申请"],
    "ru": ["координационный центр", "запрос о помощи", "ё"],
    "es": ["punto focal", "puntos focales", "recibo recibido"],
    "fr": ["Point de contact (votre nom)", "Point de contact :"],
}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_interface_uses_the_un_s_one_rendering_of_each_core_term(lang):
    translations = " ".join(read_ts(bundled_ts(lang) or "<TS/>").table.values()).replace("\u00a0", " ")
    missing = [term for term in CHOSEN[lang] if term.lower() not in translations.lower()]
    struck = [term for term in STRUCK_OUT[lang] if term in translations]
    assert not missing and not struck, (missing, struck)
