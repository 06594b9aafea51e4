"""Export figures on the training State: each document in each format, checked as in the application.

Run: .venv/bin/python bench/exports.py   (prints figures; no pass/fail).
Targets: the full report as PDF under 1.5 s; all four documents in both formats under 5 s; peak
memory under 300 MB. Each export is measured in a fresh process state except for fonts, which the
application also loads once per session ("first" shows the cost including loading them).
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LANGS = ("en", "fr", "es", "ru", "ar", "zh")


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["UN1540_DATA_DIR"] = os.environ["UN1540_CONFIG_DIR"] = folder
        from app.demo import build_demo
        from app.exports.service import FORMATS, KINDS, export_document
        from app.workspace import Workspace

        db = Path(folder) / "training.sqlite3"
        build_demo(db)
        out = Path(folder) / "out"
        out.mkdir()
        with Workspace.open(db) as ws:
            request = ws.db.execute("SELECT min(id) FROM assistance_request WHERE status = 'matched'").fetchone()[0]

            def run(kind, fmt, lang):
                start = time.perf_counter()
                result = export_document(ws, kind, fmt, lang, out / f"{kind}-{lang}.{fmt}", request_id=request)
                return time.perf_counter() - start, result

            first, result = run("report", "pdf", "en")
            times = [run("report", "pdf", "en")[0] for _ in range(5)]
            print(
                f"full report, PDF, en: first {first:.2f} s (fonts loaded), then median {statistics.median(times):.2f} s, "
                f"max {max(times):.2f} s; {result.pages} pages, {result.path.stat().st_size // 1024} KiB"
            )
            for lang in LANGS:
                elapsed, result = run("report", "pdf", lang)
                print(f"  report PDF {lang}: {elapsed:.2f} s, {result.pages} pages")
            start = time.perf_counter()
            rows = []
            for kind in KINDS:
                for fmt in FORMATS:
                    elapsed, result = run(kind, fmt, "en")
                    rows.append(
                        f"  {kind:10} {fmt:4} {elapsed:5.2f} s  {result.path.stat().st_size // 1024:5} KiB  "
                        f"checked {result.counts}"
                    )
            total = time.perf_counter() - start
            print(f"all four documents in both formats, en: {total:.2f} s")
            print("\n".join(rows))
        print(f"peak memory (max RSS of this process): {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
