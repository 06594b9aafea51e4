"""The bundle against the development environment: start to a painted window, and `--version`.

Run: python bench/bundle.py dist/un1540/un1540 [--runs N] [--python PY]   (packaging/build.sh runs it; prints figures)

Both start new processes the same way (offscreen, a fresh data and settings folder, the training State built by the
bundle): the bundle's executable, and PY (default: this interpreter) running main.py from the source tree. Targets
(issue 18): the bundle's start at most 1.1 times the development start; `--version` under 0.2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START_RATIO_TARGET = 1.1
VERSION_TARGET = 0.2


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"error: {' '.join(cmd)} exited {result.returncode}: {result.stderr.strip()[-400:]}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle's executable (dist/un1540/un1540)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--python", default=sys.executable, help="the development environment's Python")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="un1540-bench-") as tmp:
        base = {
            "PATH": "/usr/bin:/bin",
            "HOME": tmp,
            "LC_CTYPE": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "UN1540_DATA_DIR": str(Path(tmp) / "data"),
            "UN1540_CONFIG_DIR": str(Path(tmp) / "config"),
            # The development run keeps its compiled modules (as a developer's does), outside the source tree.
            "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"),
        }
        db = Path(tmp) / "training.sqlite3"
        subprocess.run([str(args.bundle), "demo", "--db", str(db)], env=base, check=True, capture_output=True)
        bundle_cmd = [str(args.bundle), "--db", str(db), "--exit-when-ready"]
        dev_cmd = [args.python, str(ROOT / "main.py"), "--db", str(db), "--exit-when-ready"]
        for cmd in (bundle_cmd, dev_cmd):  # one start each first: files in the page cache, the day's backup written
            timed(cmd, base)
        bundle_times, dev_times = [], []
        for _ in range(args.runs):  # alternated, so that a busy moment of the machine weighs on both
            bundle_times.append(timed(bundle_cmd, base))
            dev_times.append(timed(dev_cmd, base))
        version_times = [timed([str(args.bundle), "--version"], base) for _ in range(max(args.runs, 11))]
    bundle_s, dev_s = statistics.median(bundle_times), statistics.median(dev_times)
    ratio = bundle_s / dev_s
    version_s = statistics.median(version_times)
    print(
        f"start to painted window (median of {args.runs}, offscreen, training State): bundle {bundle_s * 1000:.0f} ms, "
        f"development environment {dev_s * 1000:.0f} ms: {ratio:.2f}x (target at most {START_RATIO_TARGET}x)"
    )
    print(f"--version from the bundle: {version_s * 1000:.0f} ms median (target under {VERSION_TARGET * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
