#!/usr/bin/env bash
# Smoke test of a built bundle and its Debian package, as a new user's laptop would run them: no Python, no project
# environment, no variables at all (`env -i`), a fresh home folder.
#
#   bash packaging/smoke.sh [dist/un1540/un1540]        # after packaging/build.sh; about 30 s
#
# Checks: --version (with the build) and --help; the training State; the national report exported as PDF in Arabic
# and Chinese (the text read back with pdftotext, the fonts embedded, the Chinese one the bundle's own); every other
# document as PDF and Excel, the handover, search, report-text, history; check; backup and restore of a package; an
# agency workbook written and imported (dry run); `un1540 FILE` with a package, a workbook and another file; the
# window started offscreen until painted (--exit-when-ready), in Arabic too and on the default database; the data
# written to the user's data folders and nothing into the bundle; the .deb's launcher, desktop entry, file type,
# icons and Depends, and its bundle run from the package's own files.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(realpath "${1:-dist/un1540/un1540}")
BUNDLE=$(dirname "$BIN")
WORK=$(mktemp -d /tmp/un1540-smoke.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
HOME_DIR=$WORK/home
mkdir -p "$HOME_DIR"
failures=0

pass() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
# The bundle with nothing from this shell: only a home folder (where the user's data folder is) and, for the window,
# Qt's offscreen platform. No PATH, no PYTHONPATH, no virtual environment, no locale.
run() { env -i HOME="$HOME_DIR" "$BIN" "$@"; }

[ -x "$BIN" ] || { echo "error: no bundle at $BIN (run packaging/build.sh first)" >&2; exit 1; }
find "$BUNDLE" -printf '%P %s %T@\n' | sort > "$WORK/bundle-before.txt"

out=$(run --version) && [[ "$out" == "1540 Focal Point "*"(built "*", commit "*")" ]] && pass "--version: $out" \
    || fail "--version does not name the build: $out"
run --help > "$WORK/help.txt" && grep -q "export" "$WORK/help.txt" && pass "--help lists the commands" \
    || fail "--help"

DATA=$HOME_DIR/.local/share/"1540 Focal Point"
DB=$DATA/un1540.sqlite3
mkdir -p "$DATA"
run demo --db "$DB" > "$WORK/demo.txt" && grep -q "Training State ready" "$WORK/demo.txt" \
    && pass "demo: $(head -c 120 "$WORK/demo.txt")" || fail "demo: $(cat "$WORK/demo.txt")"

for lang in ar zh; do
    pdf=$WORK/report-$lang.pdf
    if run export report --format pdf --lang "$lang" --db "$DB" --out "$pdf" > "$WORK/export-$lang.txt" 2>&1; then
        pass "export report $lang: $(cat "$WORK/export-$lang.txt")"
    else
        fail "export report $lang: $(cat "$WORK/export-$lang.txt")"
        continue
    fi
    # Arabic is extracted as the presentation forms of its shaped letters: compared in NFKC.
    text=$(pdftotext -enc UTF-8 "$pdf" - 2>/dev/null | python3 -c 'import sys, unicodedata; print(unicodedata.normalize("NFKC", sys.stdin.read()))')
    fonts=$(pdffonts "$pdf" 2>/dev/null)
    if grep -q "Type 1\|Type 3" <<< "$fonts" || ! grep -q "FiraGO" <<< "$fonts"; then
        fail "$lang: fonts not all embedded TrueType: $fonts"
    fi
    case $lang in
        ar) word="مجلس الأمن" ;;  # "Security Council", in the title
        zh) word="安全理事会" ;;
    esac
    if grep -q "$word" <<< "$text"; then pass "$lang PDF reads back '$word'"; else fail "$lang PDF lacks '$word'"; fi
    if [ "$lang" = zh ]; then
        grep -q "WenQuanYiMicroHei" <<< "$fonts" && pass "zh PDF embeds the bundle's WenQuanYi Micro Hei" \
            || fail "zh PDF does not embed the bundle's Chinese font: $fonts"
    fi
done

# Every other document and format once (a module left out of the bundle would fail here), and the other commands.
for doc in matrix nap "assistance --id 1"; do
    # shellcheck disable=SC2086 # "assistance --id 1": the document and its request
    run export $doc --format pdf --lang fr --db "$DB" --out "$WORK/${doc%% *}-fr.pdf" > "$WORK/doc.txt" 2>&1 \
        && pass "export $doc PDF (fr)" || fail "export $doc PDF: $(cat "$WORK/doc.txt")"
done
for doc in report matrix nap "assistance --id 1"; do
    # shellcheck disable=SC2086
    run export $doc --format xlsx --lang ru --db "$DB" --out "$WORK/${doc%% *}-ru.xlsx" > "$WORK/doc.txt" 2>&1 \
        && pass "export $doc Excel (ru)" || fail "export $doc Excel: $(cat "$WORK/doc.txt")"
done
run handover --db "$DB" --out "$WORK/handover" --lang es > "$WORK/doc.txt" 2>&1 \
    && pass "handover (es): $(ls "$WORK/handover" | tr '\n' ' ')" || fail "handover: $(cat "$WORK/doc.txt")"
run search "douanes" --db "$DB" > "$WORK/doc.txt" 2>&1 && grep -q "douanes" "$WORK/doc.txt" \
    && pass "search" || fail "search: $(cat "$WORK/doc.txt")"
run report-text --db "$DB" > "$WORK/doc.txt" 2>&1 && pass "report-text" || fail "report-text: $(cat "$WORK/doc.txt")"
run history --db "$DB" --limit 3 > "$WORK/doc.txt" 2>&1 && pass "history" || fail "history: $(cat "$WORK/doc.txt")"

run check --db "$DB" > "$WORK/check.txt" && pass "check: $(head -c 100 "$WORK/check.txt")" || fail "check: $(cat "$WORK/check.txt")"

PKG=$WORK/training.un1540
run backup --db "$DB" --out "$PKG" > "$WORK/backup.txt" && [ -s "$PKG" ] && pass "backup: $(head -c 100 "$WORK/backup.txt")" \
    || fail "backup: $(cat "$WORK/backup.txt")"
OTHER=$WORK/restored.sqlite3
if run restore "$PKG" --db "$OTHER" > "$WORK/restore.txt" 2>&1 && run check --db "$OTHER" > /dev/null; then
    pass "restore into a new database: $(head -c 100 "$WORK/restore.txt")"
else
    fail "restore: $(cat "$WORK/restore.txt")"
fi

for lang in en ar; do
    if env -i HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen "$BIN" --db "$DB" --lang "$lang" --exit-when-ready \
        > "$WORK/gui.txt" 2>&1; then
        pass "window painted offscreen ($lang)"
    else
        fail "window ($lang): $(cat "$WORK/gui.txt")"
    fi
done
if env -i HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen "$BIN" --exit-when-ready > "$WORK/gui.txt" 2>&1; then
    pass "window on the default database in the user's data folder"
else
    fail "window on the default database: $(cat "$WORK/gui.txt")"
fi
[ -f "$DB" ] && [ -f "$HOME_DIR/.config/1540 Focal Point/preferences.json" ] \
    && pass "database in the data folder, preferences in the settings folder" \
    || fail "no database in $DATA or no preferences in the settings folder"

# `un1540 FILE` (a double-click): recognised by content; with --exit-when-ready nothing is asked, exit 0 once painted.
WORKBOOK=$WORK/agency.xlsx
run agency-workbook --db "$DB" --agency DGD --out "$WORKBOOK" > "$WORK/workbook.txt" 2>&1 \
    && pass "agency workbook for the customs (DGD)" || fail "agency-workbook: $(cat "$WORK/workbook.txt")"
run import "$WORKBOOK" --db "$DB" --dry-run > "$WORK/import.txt" 2>&1 && pass "import the agency workbook (dry run)" \
    || fail "import: $(cat "$WORK/import.txt")"
for file in "$PKG" "$WORKBOOK"; do
    if [ -f "$file" ] && env -i HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen "$BIN" "$file" --exit-when-ready \
        > "$WORK/file.txt" 2>&1; then
        pass "un1540 $(basename "$file"): recognised, window painted"
    else
        fail "un1540 $(basename "$file"): $(cat "$WORK/file.txt" 2>/dev/null)"
    fi
done
echo "minutes of the meeting" > "$WORK/minutes.txt"
if env -i HOME="$HOME_DIR" QT_QPA_PLATFORM=offscreen "$BIN" "$WORK/minutes.txt" --exit-when-ready > "$WORK/file.txt" 2>&1; then
    fail "un1540 minutes.txt was taken for a file the application opens"
else
    grep -q "not a file this application opens" "$WORK/file.txt" && pass "un1540 minutes.txt: told it is not a file it opens" \
        || fail "un1540 minutes.txt: $(cat "$WORK/file.txt")"
fi

find "$BUNDLE" -printf '%P %s %T@\n' | sort > "$WORK/bundle-after.txt"
if diff -q "$WORK/bundle-before.txt" "$WORK/bundle-after.txt" > /dev/null; then
    pass "nothing written into the bundle"
else
    fail "the bundle changed: $(diff "$WORK/bundle-before.txt" "$WORK/bundle-after.txt" | head -5)"
fi

DEB=$(ls "$(dirname "$BUNDLE")"/un1540_*_amd64.deb 2>/dev/null | head -1 || true)
if [ -n "$DEB" ]; then
    dpkg-deb --contents "$DEB" | awk '{print $6}' > "$WORK/deb.txt"
    for path in ./usr/bin/un1540 ./opt/un1540/un1540 ./usr/share/applications/un1540.desktop \
        ./usr/share/mime/packages/un1540.xml ./usr/share/icons/hicolor/scalable/apps/un1540.svg \
        ./usr/share/icons/hicolor/48x48/apps/un1540.png ./usr/share/icons/hicolor/256x256/apps/un1540.png; do
        grep -qx "$path" "$WORK/deb.txt" && pass ".deb holds $path" || fail ".deb lacks $path"
    done
    depends=$(dpkg-deb --field "$DEB" Depends)
    pass ".deb Depends: $depends"
    mkdir -p "$WORK/deb"
    dpkg-deb -x "$DEB" "$WORK/deb"
    if command -v desktop-file-validate > /dev/null; then
        desktop-file-validate "$WORK/deb/usr/share/applications/un1540.desktop" && pass "desktop entry valid" \
            || fail "desktop entry invalid"
    fi
    grep -q "^MimeType=application/x-un1540-package;" "$WORK/deb/usr/share/applications/un1540.desktop" \
        && pass "desktop entry opens packages (%f)" || fail "desktop entry lacks the package type"
    out=$(env -i HOME="$HOME_DIR" "$WORK/deb/opt/un1540/un1540" --version) && pass ".deb's bundle runs: $out" \
        || fail ".deb's bundle: $out"
fi

if [ "$failures" -gt 0 ]; then
    echo "smoke test: $failures FAILED" >&2
    exit 1
fi
echo "smoke test: all passed"
