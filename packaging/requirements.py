"""Print the application's runtime dependencies (pyproject.toml's `dependencies`), one per line, for the build
environment: `python packaging/requirements.py > build/requirements.txt` (build.sh, the release workflow, and a
release manager on Windows or macOS)."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

if __name__ == "__main__":
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    print("\n".join(project["dependencies"]))
