"""Start-up figures: building the training State, opening it, and the GUI painting its window, against a
bare PySide6 window painted in the same conditions.

Run: .venv/bin/python bench/startup.py [--runs N]   (prints figures; no pass/fail)

The last line is the ratio of the application's time to a painted, ready window (`main.py --exit-when-ready`
on the training State) to a bare PySide6 window's (QApplication + QMainWindow shown + first paint), both
medians of new processes started the same way. The target is at most 2.0x.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_RATIO = 2.0

# The floor any PySide6 application pays: the interpreter, the Qt modules, the platform plugin, one window painted.
BARE_WINDOW = """\
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class PaintWatcher(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: QApplication.exit(0))
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 780)
watcher = PaintWatcher()
window.installEventFilter(watcher)
window.show()
sys.exit(app.exec())
"""


def _median_seconds(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="new processes per GUI median (default 9)")
    parser.add_argument(
        "--compile-each-time",
        action="store_true",
        help="compile the application's sources at every start, as with PYTHONDONTWRITEBYTECODE=1 "
        "(by default they are compiled once, by the first start, as for an installed application)",
    )
    args = parser.parse_args(argv)

    from app.demo import build_demo
    from app.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "training.sqlite3"
        env = {
            **os.environ,
            "UN1540_DATA_DIR": folder,
            "UN1540_CONFIG_DIR": folder,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        if not args.compile_each_time:
            # As an installed application starts: its byte code compiled once (kept here, not in the source tree).
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")

        median, worst = _median_seconds(lambda: build_demo(db), 5)
        print(
            f"demo build (331 fields, 200 answers, audit entries): median {median * 1000:.0f} ms, max {worst * 1000:.0f} ms"
        )

        median, worst = _median_seconds(lambda: Workspace.open(db).close(), 20)
        print(
            f"open workspace (schema + template check):            median {median * 1000:.1f} ms, max {worst * 1000:.1f} ms"
        )

        def bare():
            subprocess.run(
                [sys.executable, "-c", BARE_WINDOW], env=env, cwd=folder, check=True, capture_output=True, timeout=60
            )

        def gui():
            subprocess.run(
                [sys.executable, str(ROOT / "main.py"), "--db", str(db), "--exit-when-ready"],
                env=env,
                check=True,
                capture_output=True,
                timeout=60,
            )

        bare()  # warm the file cache for both;
        gui()  # write the byte code and the preferences, which later starts do not do again (the daily backup
        # starts after the first paint, when --exit-when-ready quits)
        # Alternated, so that a busy moment of the machine weighs on both medians alike.
        bare_times, gui_times = [], []
        for _ in range(args.runs):
            bare_times.append(_median_seconds(bare, 1)[0])
            gui_times.append(_median_seconds(gui, 1)[0])
        bare_median, gui_median = statistics.median(bare_times), statistics.median(gui_times)
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(
            f"bare PySide6 window painted (new process):          median {bare_median * 1000:.0f} ms, "
            f"max {max(bare_times) * 1000:.0f} ms"
        )
        print(
            f"GUI start to painted, ready window (new process):   median {gui_median * 1000:.0f} ms, "
            f"max {max(gui_times) * 1000:.0f} ms"
        )
        print(f"peak memory of the GUI process:                      {peak_kib / 1024:.0f} MB")
        print(f"database size:                                       {db.stat().st_size / 1024:.0f} KiB")
        print(f"ratio to a bare PySide6 window: {gui_median / bare_median:.1f}x (target {TARGET_RATIO:.1f}x)")


if __name__ == "__main__":
    main()
