"""Start-up figures: building the training State, opening it, and the GUI painting its window.

Run: .venv/bin/python bench/startup.py   (prints figures; no pass/fail)
"""

from __future__ import annotations

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


def _median_seconds(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times)


def main() -> None:
    from app.demo import build_demo
    from app.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "training.sqlite3"
        env = {**os.environ, "UN1540_DATA_DIR": folder, "UN1540_CONFIG_DIR": folder,
               "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}

        median, worst = _median_seconds(lambda: build_demo(db), 5)
        print(f"demo build (331 fields, 200 answers, audit entries): median {median * 1000:.0f} ms, max {worst * 1000:.0f} ms")

        median, worst = _median_seconds(lambda: Workspace.open(db).close(), 20)
        print(f"open workspace (schema + template check):            median {median * 1000:.1f} ms, max {worst * 1000:.1f} ms")

        def gui():
            subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), "--exit-when-ready"],
                           env=env, check=True, capture_output=True, timeout=60)

        median, worst = _median_seconds(gui, 5)
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(f"GUI start to painted window (new process):          median {median * 1000:.0f} ms, max {worst * 1000:.0f} ms")
        print(f"peak memory of the GUI process:                      {peak_kib / 1024:.0f} MB")
        print(f"database size:                                       {db.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
