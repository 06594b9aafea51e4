"""Ten years of data: a State's database after a decade of use, and what backup, restore, exports, views and
daily backups cost on it.

Run: .venv/bin/python bench/decade.py --db FILE [--small | --scale X]   (prints figures; no pass/fail).

If FILE exists it is reused (building the full State takes several minutes); otherwise it is built through
`app/` calls: the training State, 2,000 contacts, a large action plan frozen several times, laws with
about 200 MB of attached documents (PDF- and JPEG-like incompressible files mixed with text), yearly
submissions, and ten years of edits whose history fills the audit log. The only raw SQL is a final
`PRAGMA wal_checkpoint` (no domain call checkpoints the journal) and read-only counts.
Targets: backup < 1.5 s, restore < 2.5 s, every export < 1.5 s, first show of any view < 60 ms,
14 daily backups on disk < 0.5 GB.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGETS = {"backup": 1.5, "restore": 2.5, "export": 1.5, "view": 0.060, "daily": 0.5e9}
WORDS = [
    "export",
    "control",
    "licensing",
    "border",
    "customs",
    "nuclear",
    "chemical",
    "biological",
    "enforcement",
    "penalty",
    "regulation",
    "inspection",
    "agency",
    "ministry",
    "transit",
    "brokering",
    "financing",
    "end-user",
    "dual-use",
    "list",
]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _document(rng: random.Random, folder: Path, index: int) -> Path:
    """A realistic attachment: mostly scanned PDFs and photos (incompressible), some text."""
    kind = rng.random()
    if kind < 0.45:
        path, size = folder / f"gazette-{index}.pdf", int(rng.lognormvariate(12.6, 0.6))  # ~300 KB median
        data = b"%PDF-1.7\n" + rng.randbytes(size)
    elif kind < 0.8:
        path, size = folder / f"photo-{index}.jpg", int(rng.lognormvariate(12.8, 0.5))
        data = b"\xff\xd8\xff\xe0" + rng.randbytes(size)
    else:
        path = folder / f"note-{index}.txt"
        data = (_text(rng, int(rng.lognormvariate(10.0, 0.6))) + f"\n{index}\n").encode()
    path.write_bytes(data)
    return path


def build(db: Path, scale: float) -> None:
    from app import action_plan, agencies, attachments, contacts, legal_instruments, matrix, submissions
    from app.demo import build_demo
    from app.exports.service import export_document
    from app.workspace import Workspace

    rng = random.Random(1540)
    started = time.perf_counter()
    build_demo(db)
    n = lambda count: max(1, int(count * scale))  # noqa: E731
    with Workspace.open(db) as ws, tempfile.TemporaryDirectory() as tmp:
        agency_ids = [a["id"] for a in agencies.list_agencies(ws)]
        for i in range(n(40)):
            agency_ids.append(agencies.create_agency(ws, {"name": f"Agency {i} of {_text(rng, 3)}"}).id)
        for i in range(n(2000)):
            contacts.create_contact(
                ws,
                {
                    "name": f"Contact {i:04d} {_text(rng, 2)}",
                    "agency_id": rng.choice(agency_ids),
                    "email": f"contact{i}@example.org",
                    "phone": f"+1 555 {i:04d}",
                },
            )
        print(f"  contacts: {time.perf_counter() - started:.0f} s", flush=True)
        laws = []
        for i in range(n(300)):
            laws.append(
                legal_instruments.create_legal_instrument(
                    ws, {"title_original": f"Law {i} on {_text(rng, 6)}", "number": f"{2015 + i % 10}/{i}"}
                ).id
            )
        total = 0
        index = 0
        while total < 200e6 * scale:
            path = _document(rng, Path(tmp), index)
            total += path.stat().st_size
            attachments.add(ws, "legal_instrument", rng.choice(laws), path)
            path.unlink()
            index += 1
        print(f"  {index} documents ({total / 1e6:.0f} MB): {time.perf_counter() - started:.0f} s", flush=True)
        priorities = [
            action_plan.create_priority(ws, {"title": f"Priority {p}: {_text(rng, 5)}"}).id for p in range(12)
        ]
        fields = [row[0] for row in ws.db.execute("SELECT key FROM matrix_field LIMIT 400").fetchall()]
        for i in range(n(900)):
            start = date(2016, 1, 1) + timedelta(days=rng.randrange(3000))
            action_plan.create_action(
                ws,
                {
                    "priority_id": rng.choice(priorities),
                    "title": f"Action {i}: {_text(rng, 8)}",
                    "description": _text(rng, 40),
                    "lead_agency_id": rng.choice(agency_ids),
                    "start_date": start.isoformat(),
                    "due_date": (start + timedelta(days=rng.randrange(60, 900))).isoformat(),
                    "status": rng.choice(("planned", "in_progress", "done", "delayed")),
                    "progress": rng.randrange(0, 101),
                },
                supporting=rng.sample(agency_ids, 2),
                fields=rng.sample(fields, 3),
            )
        for year in range(n(10)):
            action_plan.freeze_plan(ws, submitted_on=f"{2016 + year}-06-30", frozen_on=f"{2016 + year}-06-30")
        print(f"  action plan: {time.perf_counter() - started:.0f} s", flush=True)
        # Ten years of edits: remarks rewritten over and over (each step kept with its before and after).
        audit_target = 88e6 * scale
        step = 0
        while True:
            for _ in range(500):
                key = rng.choice(fields)
                matrix.set_answer(ws, key, {"value": rng.choice(("X", "?", "NA", "")), "remarks": _text(rng, 50)})
                step += 1
            size = (
                ws.db.execute("SELECT sum(length(coalesce(summary,'')) + length(changes)) FROM audit_log").fetchone()[0]
                or 0
            )
            if size >= audit_target:
                break
        print(f"  {step} edits, audit log {size / 1e6:.0f} MB: {time.perf_counter() - started:.0f} s", flush=True)
        report = Path(tmp) / "report.pdf"
        export_document(ws, "report", "pdf", "en", report)
        stored = 0
        day = date(2016, 3, 1)
        while stored < 30e6 * scale:
            submissions.mark_submitted(
                ws,
                report,
                kind="report",
                fmt="pdf",
                lang="en",
                submitted_on=day.isoformat(),
                reference=f"S/AC.44/{day.year}/{stored % 97}",
            )
            day += timedelta(days=60)
            stored = ws.db.execute("SELECT sum(length(document) + length(snapshot)) FROM submission").fetchone()[0]
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no domain call for it
    print(f"built {db} in {time.perf_counter() - started:.0f} s", flush=True)


def _line(name: str, seconds: float, target: float) -> None:
    print(
        f"{name:<34} {seconds * 1000 if target < 1 else seconds:8.{0 if target < 1 else 2}f} "
        f"{'ms' if target < 1 else 's '}   (target < {target * 1000 if target < 1 else target:g} "
        f"{'ms' if target < 1 else 's'})",
        flush=True,
    )


def _folder_bytes(folder: Path) -> int:
    seen, total = set(), 0
    for path in folder.rglob("*"):
        if path.is_file():
            info = path.stat()
            if (info.st_dev, info.st_ino) not in seen:
                seen.add((info.st_dev, info.st_ino))
                total += info.st_blocks * 512
    return total


def measure(db: Path, work: Path, skip_gui: bool) -> None:
    from app import attachments
    from app.exports.service import FORMATS, KINDS, export_document
    from app.package import restore_package, write_package
    from app.rolling_backups import backups_dir, daily_backup
    from app.workspace import Workspace

    size = db.stat().st_size
    with Workspace.open(db) as ws:
        audit = ws.db.execute("SELECT sum(length(coalesce(summary,'')) + length(changes)) FROM audit_log").fetchone()[0]
        subs = ws.db.execute("SELECT coalesce(sum(length(document) + length(snapshot)), 0) FROM submission").fetchone()[
            0
        ]
        docs = ws.db.execute("SELECT count(DISTINCT sha256), coalesce(sum(size), 0) FROM attachment").fetchone()
        n_contacts = ws.db.execute("SELECT count(*) FROM point_of_contact").fetchone()[0]
        n_actions = ws.db.execute("SELECT count(*) FROM plan_action").fetchone()[0]
    print(
        f"State: database {size / 1e6:.0f} MB (audit log ~{audit / 1e6:.0f} MB, submissions {subs / 1e6:.0f} MB), "
        f"{docs[0]} documents {docs[1] / 1e6:.0f} MB, {n_contacts} contacts, {n_actions} actions in all versions"
    )
    # A copy to restore over (the restore keeps the current data aside as a package, as it does for a user).
    target = work / "restored.sqlite3"
    shutil.copy2(db, target)
    shutil.copytree(attachments.documents_dir(db), attachments.documents_dir(target))
    with Workspace.open(db) as ws:
        package = work / "backup.un1540"
        start = time.perf_counter()
        write_package(ws, package)
        _line("backup (File > Back up)", time.perf_counter() - start, TARGETS["backup"])
        print(f"  package {package.stat().st_size / 1e6:.0f} MB")
    start = time.perf_counter()
    restore_package(package, target)
    _line("restore (over the current data)", time.perf_counter() - start, TARGETS["restore"])
    with Workspace.open(db) as ws:
        request = ws.db.execute("SELECT min(id) FROM assistance_request").fetchone()[0]
        out = work / "exports"
        out.mkdir()
        export_document(ws, "assistance", "pdf", "en", out / "warm.pdf", request_id=request)  # fonts loaded once
        for kind in KINDS:
            for fmt in FORMATS:
                start = time.perf_counter()
                export_document(ws, kind, fmt, "en", out / f"{kind}.{fmt}", request_id=request)
                _line(f"export {kind} {fmt}", time.perf_counter() - start, TARGETS["export"])
    if not skip_gui:
        _views(db)
    with Workspace.open(target) as ws:  # the restored copy: FILE stays as it was built, to be measured again
        rng = random.Random(14)
        laws = [row[0] for row in ws.db.execute("SELECT id FROM legal_instrument LIMIT 50").fetchall()]
        start = time.perf_counter()
        times = []
        for day in range(14):
            for index in range(3):  # a few documents change each day
                path = _document(rng, work, 100000 + day * 10 + index)
                attachments.add(ws, "legal_instrument", rng.choice(laws), path)
                path.unlink()
            begin = time.perf_counter()
            daily_backup(ws, keep=14, today=date(2026, 1, 1) + timedelta(days=day))
            times.append(time.perf_counter() - begin)
        folder = backups_dir(target)
        used = _folder_bytes(folder.parent)
        print(
            f"{'14 daily backups on disk':<34} {used / 1e9:8.2f} GB   (target < 0.5 GB); "
            f"each written in {min(times):.2f}-{max(times):.2f} s"
        )


def _views(db: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.workspace import Workspace
    from ui.i18n import install_language
    from ui.main_window import NAVIGATION, MainWindow
    from ui.session import Session

    app = QApplication.instance() or QApplication([])
    install_language(app, "en")
    ws = Workspace.open(db)
    try:
        start = time.perf_counter()
        window = MainWindow(Session(ws), "en")  # builds and shows the first view, the overview
        window.resize(1280, 720)
        window.show()
        app.processEvents()
        _line(f"first show of view {NAVIGATION[0]} (window)", time.perf_counter() - start, TARGETS["view"])
        for key in NAVIGATION[1:]:
            start = time.perf_counter()
            window.show_view(key)
            app.processEvents()
            _line(f"first show of view {key}", time.perf_counter() - start, TARGETS["view"])
        window.close()
        app.processEvents()
    finally:
        ws.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, help="the State to measure (built there if missing)")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the ten-year volume to build")
    parser.add_argument("--small", action="store_true", help="a quick run: --scale 0.1")
    parser.add_argument("--no-gui", action="store_true", help="leave out the first show of each view")
    args = parser.parse_args()
    db = args.db.expanduser().resolve()
    with tempfile.TemporaryDirectory(prefix="decade-") as folder:
        os.environ["UN1540_DATA_DIR"] = os.environ["UN1540_CONFIG_DIR"] = str(Path(folder) / "data")
        if not db.exists():
            build(db, 0.1 if args.small else args.scale)
        measure(db, Path(folder), args.no_gui)


if __name__ == "__main__":
    main()
