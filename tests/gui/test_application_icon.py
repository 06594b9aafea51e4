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


def test_the_bundles_chinese_font_writes_the_window_on_a_computer_without_one(qapp, monkeypatch, tmp_path):
    from PySide6.QtGui import QFontDatabase

    from app import paths
    from app.exports.fonts import find_cjk_font
    from ui.application import add_shipped_fonts

    monkeypatch.setattr(paths, "shipped_fonts_dir", lambda: tmp_path / "none")
    assert add_shipped_fonts() == []  # a development copy: nothing to add
    found = find_cjk_font()
    system_font = found[0] if isinstance(found, tuple) else found
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / system_font.name).symlink_to(system_font)
    monkeypatch.setattr(paths, "shipped_fonts_dir", lambda: tmp_path / "fonts")
    assert add_shipped_fonts() == []  # the system has a Chinese font: it is the one used
    real_families = QFontDatabase.families
    monkeypatch.setattr(
        QFontDatabase,
        "families",
        lambda ws=QFontDatabase.WritingSystem.Any: (
            [] if ws == QFontDatabase.WritingSystem.SimplifiedChinese else real_families(ws)
        ),
    )
    added = add_shipped_fonts()
    assert added, "the shipped font was not added"
    assert set(added) <= set(real_families(QFontDatabase.WritingSystem.SimplifiedChinese))
