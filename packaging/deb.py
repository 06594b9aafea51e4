"""Make the Debian package of a built bundle: `python packaging/deb.py dist/un1540 build/icons VERSION OUT.deb`.

Run by packaging/build.sh. The package holds the bundle under /opt/un1540, the launcher /usr/bin/un1540, the desktop
entry, the package file type (*.un1540) and the icons in the usual sizes. Depends names the Debian packages of the
system libraries the bundle still needs (prune.py wrote their names to system-libraries.txt beside the bundle), with
the C library's version floor read from the bundle's own symbol versions: only what a desktop has.
"""

from __future__ import annotations

import email.utils
import gzip
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MAINTAINER = "1540 Focal Point developers <un1540@localhost>"
MIME_ICON = "application-x-un1540-package"

# The system libraries the bundle may leave to the system (prune.py SYSTEM_LIBRARIES) and their Debian packages
# (Debian 12 names; Ubuntu 24.04's "t64" packages provide these names too).
PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libxcb.so.1": "libxcb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgmodule-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libpng16.so.16": "libpng16-16",
    "libexpat.so.1": "libexpat1",
    "libz.so.1": "zlib1g",
    "libbz2.so.1.0": "libbz2-1.0",
    "liblzma.so.5": "liblzma5",
    "libzstd.so.1": "libzstd1",
    "libffi.so.8": "libffi8",
    "libuuid.so.1": "libuuid1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libcups.so.2": "libcups2",
    "libssl.so.3": "libssl3",
    "libcrypto.so.3": "libssl3",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
}
GLIBC = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libutil.so.1",
    "ld-linux-x86-64.so.2",
    "libresolv.so.2",
}

DESCRIPTION = """\
Description: 1540 Focal Point: UN Security Council resolution 1540 national reporting
 A desktop application for national points of contact under resolution 1540
 (2004): the implementation matrix of the 1540 Committee, the national laws
 register, agencies and points of contact, the National Implementation Action
 Plan, assistance requests, and the national report exported as PDF and Excel
 in the six UN languages. Everything stays on the computer, in one SQLite
 file in the user's data folder; no network is used.
 .
 The package carries its own Python, Qt and fonts under /opt/un1540."""


def glibc_floor(bundle: Path) -> str:
    """The highest GLIBC_x.y symbol version any file of the bundle needs."""
    best = (2, 17)
    for path in [bundle / bundle.name, *bundle.rglob("*.so*")]:
        if not path.is_file() or path.is_symlink():
            continue
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=False).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            best = max(best, (int(major), int(minor)))
    return f"{best[0]}.{best[1]}"


def depends(bundle: Path) -> list[str]:
    needed = (bundle.parent / "system-libraries.txt").read_text(encoding="utf-8").split()
    unknown = [lib for lib in needed if lib not in PACKAGES and lib not in GLIBC]
    if unknown:
        raise SystemExit(
            "error: the bundle needs system libraries without a Debian package in packaging/deb.py PACKAGES: "
            + ", ".join(unknown)
        )
    packages = sorted({PACKAGES[lib] for lib in needed if lib in PACKAGES})
    return [f"libc6 (>= {glibc_floor(bundle)})", *packages]


def copy_tree(bundle: Path, target: Path) -> int:
    shutil.copytree(bundle, target, symlinks=True)
    return sum(p.stat().st_size for p in target.rglob("*") if p.is_file() and not p.is_symlink())


def install(src: Path, dest: Path, mode: int = 0o644) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def main(argv: list[str]) -> int:
    if len(argv) != 5:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    bundle, icons, version, out = Path(argv[1]), Path(argv[2]), argv[3], Path(argv[4])
    stage = out.parent / f"{out.stem}.root"
    if stage.exists():
        shutil.rmtree(stage)
    size = copy_tree(bundle, stage / "opt" / "un1540")
    install(LINUX / "un1540.sh", stage / "usr/bin/un1540", 0o755)
    install(LINUX / "un1540.desktop", stage / "usr/share/applications/un1540.desktop")
    install(LINUX / "un1540-mime.xml", stage / "usr/share/mime/packages/un1540.xml")
    svg = ROOT / "resources" / "icons" / "un1540.svg"
    install(svg, stage / "usr/share/icons/hicolor/scalable/apps/un1540.svg")
    install(svg, stage / f"usr/share/icons/hicolor/scalable/mimetypes/{MIME_ICON}.svg")
    for px in ICON_SIZES:
        png = icons / f"un1540-{px}.png"
        install(png, stage / f"usr/share/icons/hicolor/{px}x{px}/apps/un1540.png")
        install(png, stage / f"usr/share/icons/hicolor/{px}x{px}/mimetypes/{MIME_ICON}.png")
    doc = stage / "usr/share/doc/un1540"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Copyright: 2026 the 1540 Focal Point developers\n"
        "1540 Focal Point is free software under the MIT licence.\n"
        "The bundle under /opt/un1540 carries Python, Qt, PySide6 and other libraries and fonts under their own\n"
        "licences: /opt/un1540/_internal/resources/licenses/THIRD-PARTY.md lists each one, with the licence texts\n"
        "beside it (also shown in the application: Help > About).\n",
        encoding="utf-8",
    )
    launcher = stage / "opt" / "un1540" / "un1540"
    # The package's changelog (Debian policy): this version, built from the commit build_info.json names.
    with gzip.open(doc / "changelog.gz", "wt", encoding="utf-8", compresslevel=9) as log:
        log.write(
            f"un1540 ({version}) stable; urgency=medium\n\n"
            "  * 1540 Focal Point with Python, Qt and its fonts; see the README and git log.\n\n"
            f" -- {MAINTAINER}  {email.utils.formatdate(localtime=False)}\n"
        )
    for path in stage.rglob("*"):  # root-owned, world-readable: a user account runs it
        if path.is_symlink():
            continue
        # Programs and folders 0755; everything else 0644, shared libraries included (loaded, never run).
        executable = path.is_dir() or path == launcher or path.parent.name == "bin"
        path.chmod(0o755 if executable else 0o644)
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir(parents=True)
    control.write_text(
        f"Package: un1540\nVersion: {version}\nArchitecture: amd64\nSection: misc\nPriority: optional\n"
        f"Maintainer: {MAINTAINER}\nInstalled-Size: {size // 1024 + 64}\n"
        f"Depends: {', '.join(depends(bundle))}\n{DESCRIPTION}\n",
        encoding="utf-8",
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "--build", str(stage), str(out)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(stage)
    print(f"deb: {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
