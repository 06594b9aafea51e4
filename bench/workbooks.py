"""Agency workbooks and project packages on the training State: how long each step takes.

    python bench/workbooks.py

Prints the median and maximum of a few runs for: writing a workbook of all 331 fields, reading and
checking it back, applying 50 changes in one transaction, and writing and restoring a project package
(plain and encrypted), and restoring it over the database itself. Measurements, not tests.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import openpyxl

from app.demo import build_demo
from app.interchange import agency_workbook as aw
from app.interchange import importing
from app.package import restore_package, write_package
from app.workspace import Workspace

RUNS = 5


def timed(fn, runs: int = RUNS) -> tuple[float, float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), max(times), result


def report(label: str, median: float, worst: float, extra: str = "") -> None:
    print(f"{label:<52} median {median:6.3f} s, max {worst:6.3f} s {extra}")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        db = folder / "training.sqlite3"
        build_demo(db)
        with Workspace.open(db, source="bench") as ws:
            agency_id = ws.db.execute("SELECT id FROM agency ORDER BY id").fetchone()[0]
            keys = aw.field_keys_for(ws)
            counter = iter(range(1000))
            med, worst, info = timed(
                lambda: (
                    aw.export_agency_workbook(
                        ws, agency_id, keys, folder / f"agency-{next(counter)}.xlsx", lang="fr"
                    ).value
                )
            )
            report(
                f"write an agency workbook ({len(keys)} fields)",
                med,
                worst,
                f"{info.path.stat().st_size / 1024:.0f} KB",
            )
            med, worst, preview = timed(lambda: importing.read_workbook(ws, info.path))
            report("read and check it back (no change)", med, worst)
            wb = openpyxl.load_workbook(info.path)
            sheet = wb.worksheets[1]
            for row in range(aw.FIRST_ROW, aw.FIRST_ROW + 50):
                cell = sheet.cell(row=row, column=aw.COLUMN_OF["remarks"])
                cell.value = f"Checked by the agency, row {row}"
                cell.data_type = "s"
            wb.save(folder / "returned.xlsx")
            med, worst, preview = timed(lambda: importing.read_workbook(ws, folder / "returned.xlsx"))
            report("read a returned workbook with 50 changes", med, worst)
            start = time.perf_counter()
            result = importing.apply(ws, preview).value
            report(
                "apply the 50 changes (one transaction)",
                time.perf_counter() - start,
                time.perf_counter() - start,
                f"{result.applied} applied",
            )
            for passphrase, label in ((None, "plain"), ("a long passphrase", "encrypted")):
                med, worst, package = timed(
                    lambda label=label, passphrase=passphrase: write_package(ws, folder / f"{label}.un1540", passphrase)
                )
                report(f"write the project package ({label})", med, worst, f"{package.size / 1024:.0f} KB")
                target = iter(range(1000))
                med, worst, _ = timed(
                    lambda package=package, label=label, target=target, passphrase=passphrase: restore_package(
                        package.path, folder / f"restored-{label}-{next(target)}.sqlite3", passphrase
                    )
                )
                report(f"restore it into a new file ({label})", med, worst)
        # Over the training State itself: its data is kept aside as a package first, under the restore's lock.
        med, worst, _ = timed(lambda: restore_package(folder / "plain.un1540", db))
        report("restore over the database (current data kept aside)", med, worst)


if __name__ == "__main__":
    main()
