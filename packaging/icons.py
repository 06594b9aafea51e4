"""The application icon in every size a desktop asks for, from its SVG source (resources/icons/un1540.svg).

Run by packaging/build.sh (and the release workflow on Windows and macOS) with the build environment's Python:
`python packaging/icons.py OUT` writes OUT/un1540-<size>.png for 16-512 px, OUT/un1540.ico (Windows: 16-256 px) and
OUT/un1540.icns (macOS), drawn by Qt's SVG renderer, packed by Pillow. Nothing generated is committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "un1540.svg"


def render(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"error: {SOURCE} is not a valid SVG")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"un1540-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"error: could not write {path}")
        written.append(path)
    del app
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "build/icons")
    out.mkdir(parents=True, exist_ok=True)
    pngs = render(out)
    from PIL import Image

    largest = Image.open(pngs[-1])
    largest.save(out / "un1540.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    largest.save(out / "un1540.icns")
    print(f"icons: {len(pngs)} PNG sizes, un1540.ico, un1540.icns in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
