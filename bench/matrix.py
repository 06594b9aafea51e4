"""Matrix figures on the training State: search, opening a section, the overview's data.

Run: .venv/bin/python bench/matrix.py   (prints figures; no pass/fail). Target: any search < 1 s.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def timed(fn, runs: int = 30) -> str:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return f"median {statistics.median(times) * 1000:6.1f} ms, max {max(times) * 1000:6.1f} ms"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["UN1540_DATA_DIR"] = os.environ["UN1540_CONFIG_DIR"] = folder
        from app import matrix
        from app.demo import build_demo
        from app.matrix_search import MatrixQuery, search
        from app.overview import overview
        from app.workspace import Workspace

        db = Path(folder) / "training.sqlite3"
        build_demo(db)
        with Workspace.open(db) as ws:
            queries = {
                "text 'export' (Latin)": MatrixQuery(text="export"),
                "text '核材料' (Chinese)": MatrixQuery(text="核材料"),
                "text 'الجمارك' (Arabic)": MatrixQuery(text="الجمارك"),
                "filters: D, CW, value ?": MatrixQuery(section="D", weapon="CW", values={"?"}),
                "without legal reference": MatrixQuery(without_reference=True),
            }
            for name, query in queries.items():
                found = len(search(ws, query))
                print(f"search {name:<28} {found:4d} found   {timed(lambda q=query: search(ws, q))}")
            print(f"section D grid (25 rows x 6 fields)            {timed(lambda: matrix.section_grid(ws, 'D'))}")
            print(f"overview data (coverage, heat map, changes)    {timed(lambda: overview(ws), 10)}")


if __name__ == "__main__":
    main()
