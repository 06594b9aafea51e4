"""LibreOffice Calc in tests: a workbook opened and saved as an agency using Calc would."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def resave_with_libreoffice(path: Path, out_dir: Path) -> Path:
    """Open and save the workbook with LibreOffice Calc, as an agency using it would."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice Calc is needed for this test (Debian: libreoffice-calc-nogui; .ci/run installs it)")
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = (out_dir / "lo-profile").resolve().as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out_dir),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    saved = out_dir / path.name
    assert saved.exists(), "LibreOffice wrote no file"
    return saved
