"""Write build/build_info.json: the version, commit and date a bundle shows in Help › About and `--version`.

Run by packaging/build.sh and the release workflow before PyInstaller, which puts the file into the bundle's
resources (app/build_info.py reads it). SOURCE_DATE_EPOCH, when set, is the build date (reproducible builds).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def git(*args: str) -> str:
    try:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else ROOT / "build" / "build_info.json")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch else dt.datetime.now(dt.UTC)
    info = {
        "version": version,
        "commit": git("rev-parse", "HEAD"),
        # Files changed since that commit: the bundle is not exactly the commit it names.
        "modified": bool(git("status", "--porcelain", "--untracked-files=no")),
        "date": when.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    print(
        f"build: {version}, commit {info['commit'][:12] or 'unknown'}{' (modified)' if info['modified'] else ''}, "
        f"{info['date']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
