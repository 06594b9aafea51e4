"""The application's icon: every window carries it, drawn from resources/icons/un1540.svg at any size."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ui.application import set_application_icon


def test_every_window_gets_the_application_icon_at_desktop_sizes(qapp):
    QApplication.setWindowIcon(QApplication.style().standardIcon(QApplication.style().StandardPixmap.SP_FileIcon))
    before = QApplication.windowIcon().pixmap(48).toImage()
    set_application_icon(qapp)
    icon = QApplication.windowIcon()
    for size in (16, 32, 48, 256):
        image = icon.pixmap(size).toImage()
        assert image.width() == size
        # The icon's blue, not a placeholder: the centre of its top edge is the blue background.
        colour = image.pixelColor(size // 2, max(1, size // 10))
        assert colour.blue() > 120 and colour.red() < 90, (size, colour.name())
    assert icon.pixmap(48).toImage() != before
    assert qapp.desktopFileName() == "un1540"
