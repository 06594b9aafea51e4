"""First start: which language, which State is this, and who is its focal point?"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import LANGUAGES, state_profile
from app.errors import ValidationError
from ui.i18n import LANGUAGE_NAMES, install_language
from ui.labels import validation_message
from ui.session import Session
from ui.state_list import member_states_in_order
from ui.widgets.fit import fit_to_screen


def system_language(locale: QLocale | None = None) -> str:
    """The UN language of the system's locale (QLocale.system()), English when it is none of the six."""
    language = (locale or QLocale.system()).language()
    return _SYSTEM_LANGUAGES.get(language, "en")


_SYSTEM_LANGUAGES = {
    QLocale.Language.Arabic: "ar",
    QLocale.Language.Chinese: "zh",
    QLocale.Language.English: "en",
    QLocale.Language.French: "fr",
    QLocale.Language.Russian: "ru",
    QLocale.Language.Spanish: "es",
}


class FirstStartDialog(QDialog):
    """Asks for the State (one of the 193 Member States, searchable) and the focal point's name.

    With `ask_language` its first page asks the interface language (the six, each named in itself, starting on
    `language`); the language is installed (`install`) as soon as it is chosen, so the page itself, the State's
    page built after it and every later dialog are in that language. The State's page also offers the training
    State instead (`wants_training` is then True on acceptance)."""

    def __init__(
        self,
        session: Session,
        language: str,
        parent: QWidget | None = None,
        *,
        ask_language: bool = False,
        install: Callable[[str], None] | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.language = language
        self.wants_training = False
        self._install = install or (lambda code: install_language(QApplication.instance(), code))
        self.setObjectName("firstStartDialog")
        self.pages = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        fit_to_screen(self, 560, 300)
        if ask_language:
            self._build_language_page()
        else:
            self._build_state_page(language)

    # -- first page: the language ----------------------------------------------------------------------
    def _build_language_page(self) -> None:
        page = QWidget()
        page.setObjectName("languagePage")
        self.language_heading = QLabel()
        self.language_heading.setWordWrap(True)
        self.languages = QListWidget()
        self.languages.setObjectName("languageList")
        for code in LANGUAGES:
            item = QListWidgetItem(LANGUAGE_NAMES[code])
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.languages.addItem(item)
        self.languages.setCurrentRow(LANGUAGES.index(self.language) if self.language in LANGUAGES else 0)
        self.languages.currentRowChanged.connect(self._language_changed)
        self.languages.itemActivated.connect(lambda _item: self.next_button.click())
        self.language_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.next_button = self.language_buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.next_button.setObjectName("languageNext")
        self.language_buttons.accepted.connect(self.choose_language)
        self.language_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(self.language_heading)
        layout.addWidget(self.languages, 1)
        layout.addWidget(self.language_buttons)
        self.pages.addWidget(page)
        self._use(self.language)
        self._translate_language_page()

    def _translate_language_page(self) -> None:
        self.setWindowTitle(self.tr("Welcome to 1540 Focal Point"))
        self.language_heading.setText(
            self.tr("Choose the language of the interface. You can change it later in Settings.")
        )
        self.next_button.setText(self.tr("Next"))  # Cancel follows by itself (Qt's LanguageChange)

    def _language_changed(self, row: int) -> None:
        """Show the page in the language under the cursor at once: a reader finds their own language."""
        if 0 <= row < len(LANGUAGES) and LANGUAGES[row] != self.language:
            self.language = LANGUAGES[row]
            self._use(self.language)
            self._translate_language_page()

    def _use(self, language: str) -> None:
        """Install `language` and let every widget hear of it now, before the next page is built: heard later, the
        State page's button box would retranslate its buttons and turn "Start" back into "OK"."""
        self._install(language)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)

    def choose_language(self) -> None:
        """Go on to the State's page, built in the chosen language."""
        self._use(self.language)
        self._build_state_page(self.language)
        self.pages.setCurrentIndex(self.pages.count() - 1)

    # -- the State and its focal point -----------------------------------------------------------------
    def _build_state_page(self, language: str) -> None:
        page = QWidget()
        page.setObjectName("statePage")
        self.setWindowTitle(self.tr("Welcome to 1540 Focal Point"))
        intro = QLabel(
            self.tr(
                "This application keeps your State's implementation matrix, national action plan, "
                "assistance requests and reports under Security Council resolution 1540 (2004) on this "
                "computer. First, tell it which State you work for."
            )
        )
        intro.setWordWrap(True)

        self.state_combo = QComboBox()
        self.state_combo.setObjectName("stateCombo")
        self.state_combo.setEditable(True)
        self.state_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.state_combo.addItem("", None)
        for state in member_states_in_order(language):
            self.state_combo.addItem(state.name, state.code)
        completer = QCompleter(self.state_combo.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.state_combo.setCompleter(completer)
        self.state_combo.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. Kenya"))

        self.focal_point = QLineEdit()
        self.focal_point.setObjectName("focalPointName")
        self.focal_point_title = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("State"), self.state_combo)
        form.addRow(self.tr("Focal point (your name)"), self.focal_point)
        form.addRow(self.tr("Title or function"), self.focal_point_title)

        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        training = QPushButton(self.tr("Try the training State (Republic of Examplia) first"))
        training.setObjectName("tryTrainingState")
        training.setFlat(True)
        training.clicked.connect(self.open_training)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(training, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(buttons)
        self.pages.addWidget(page)

    def open_training(self) -> None:
        """Explore the training State rather than set up one's own now (asked again at the next start)."""
        self.wants_training = True
        self.accept()

    def chosen_code(self) -> str | None:
        text = self.state_combo.currentText().strip()
        index = self.state_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.state_combo.itemData(index) if index > 0 else None

    def save(self) -> None:
        code = self.chosen_code()
        if code is None:
            self.error_label.setText(self.tr("Choose your State from the list."))
            self.error_label.show()
            self.state_combo.setFocus()
            return
        values = {
            "state_code": code,
            "focal_point_name": self.focal_point.text(),
            "focal_point_title": self.focal_point_title.text(),
        }
        try:
            self.session.run(state_profile.save_profile, values)
        except ValidationError as exc:
            self.error_label.setText(validation_message(exc.code, exc.field))
            self.error_label.show()
            return
        self.accept()
