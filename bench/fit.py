"""Minimum and opening sizes of every view and dialog, per language: does the application fit a 1280×720 screen?

    QT_QPA_PLATFORM=offscreen python bench/fit.py [LANG ...]            (default: en fr ar zh ru es)
    UN1540_PSEUDO=long QT_SCALE_FACTOR=1.5 python bench/fit.py en

Prints, per language, the main window's minimum size on each view, and each dialog's minimum and opening size,
marking with "!" what exceeds 1280×660 (minimum) or the screen's available geometry (opening). With
QT_SCALE_FACTOR the sizes are in logical pixels, as the screen's available geometry is."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LIMIT = (1280, 660)


def main(langs: list[str]) -> int:
    work = Path(tempfile.mkdtemp(prefix="un1540-fit-"))
    os.environ.setdefault("UN1540_DATA_DIR", str(work / "data"))
    os.environ.setdefault("UN1540_CONFIG_DIR", str(work / "config"))
    from PySide6.QtWidgets import QApplication, QDialog

    app = QApplication.instance() or QApplication([])
    from app.demo import build_demo
    from app.workspace import Workspace
    from tests.gui.dialogs import open_every_dialog
    from ui.i18n import install_language
    from ui.main_window import NAVIGATION, MainWindow
    from ui.session import Session
    from ui.style import STYLE_SHEET, application_style

    app.setStyle(application_style())
    app.setStyleSheet(STYLE_SHEET)
    screen = app.primaryScreen().availableGeometry()
    print(f"screen {screen.width()}x{screen.height()} (logical), scale {app.primaryScreen().devicePixelRatio()}")
    over = 0
    for lang in langs:
        db = work / f"{lang}.sqlite3"
        build_demo(db)
        install_language(app, lang)
        ws = Workspace.open(db)
        session = Session(ws)
        window = MainWindow(session, lang)
        window.show()
        print(f"{lang:3s}   navigation {window.navigation.width()} px wide")
        for key in NAVIGATION:
            window.show_view(key)
            app.processEvents()
            size = window.minimumSizeHint().expandedTo(window.minimumSize())
            bad = size.width() > LIMIT[0] or size.height() > LIMIT[1]
            over += bad
            print(f"{lang:3s} {'!' if bad else ' '} view   {key:24s} min {size.width()}x{size.height()}")

        def look(dialog: QDialog, lang: str = lang) -> int:
            nonlocal over
            dialog.show()
            app.processEvents()
            size = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
            bad = size.width() > LIMIT[0] or size.height() > LIMIT[1]
            big = dialog.width() > screen.width() or dialog.height() > screen.height()
            over += bad or big
            name = f"{type(dialog).__name__}/{dialog.objectName()}"
            print(
                f"{lang:3s} {'!' if bad or big else ' '} dialog {name:40s} min {size.width()}x{size.height()}"
                f"  opens {dialog.width()}x{dialog.height()}"
            )
            dialog.hide()
            return int(QDialog.DialogCode.Rejected)

        QDialog.exec = look  # type: ignore[method-assign]
        open_every_dialog(session, lang, window)
        window.close()
        window.deleteLater()
        app.processEvents()
        ws.close()
    print(f"{over} size(s) over the limits")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["en", "fr", "ar", "zh", "ru", "es"]))
