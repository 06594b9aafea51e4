"""What searching everything (Ctrl+F, `search TEXT`) costs: on the training State and on one about ten times larger.

Run: .venv/bin/python bench/search.py [--scale 10]   (prints figures; no pass/fail).

The larger State is the training State plus, through `app/` calls, ten times its agencies, contacts, laws,
actions and requests (with remarks on every matrix field), built in a temporary folder. Each query is timed
cold (first search after opening) and warm (the next keystrokes: folded texts are cached), best of five.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = ("douanes", "nucleaire controle", "JORE", "الجمارك", "e", "qqxxzz")


def _grow(path: Path, scale: int) -> None:
    from app import action_plan, agencies, assistance, contacts, legal_instruments, matrix
    from app.workspace import Workspace

    with Workspace.open(path) as ws:
        keys = [row[0] for row in ws.db.execute("SELECT key FROM matrix_field").fetchall()]
        for n in range(12 * scale):
            agency = agencies.create_agency(ws, {"name": f"Agence {n} des contrôles", "email": f"a{n}@example.org"})
            contacts.create_contact(
                ws, {"name": f"Personne {n}", "title": "Chef de service", "agency_id": agency.value}
            )
            law = legal_instruments.create_legal_instrument(
                ws, {"title_original": f"Décret n° {n}/2020 sur l'exportation"}
            )
            matrix.add_citation(ws, keys[n % len(keys)], law.value, f"Art. {n}")
        for n in range(20 * scale):
            action_plan.create_action(
                ws, {"title": f"Action {n}: formation des agents", "description": "Atelier " * 20}
            )
        for n in range(3 * scale):
            assistance.create_request(
                ws, {"title": f"Demande {n}: équipement de détection", "need_description": "x " * 50}
            )
        for n, key in enumerate(keys):
            matrix.set_answer(
                ws, key, {"remarks": f"Observation {n}: texte de la loi consulté, voir le rapport national."}
            )


def _time(ws, text: str) -> tuple[float, float, int]:
    from app import search

    search._fold_cached.cache_clear()
    start = time.perf_counter()
    hits = search.search_everything(ws, text, "fr")
    cold = time.perf_counter() - start
    warm = min(_once(ws, text) for _ in range(5))
    return cold, warm, len(hits) + hits.more


def _once(ws, text: str) -> float:
    from app.search import search_everything

    start = time.perf_counter()
    search_everything(ws, text, "fr")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=10)
    args = parser.parse_args()
    from app.demo import build_demo
    from app.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.sqlite3"
        build_demo(demo)
        large = Path(folder) / "large.sqlite3"
        build_demo(large)
        _grow(large, args.scale)
        for name, path in (("training State", demo), (f"about {args.scale}x larger", large)):
            with Workspace.open(path) as ws:
                print(f"{name}:")
                for text in QUERIES:
                    cold, warm, found = _time(ws, text)
                    print(f"  {text!r:24} {found:6} found   cold {cold * 1000:7.1f} ms   warm {warm * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
