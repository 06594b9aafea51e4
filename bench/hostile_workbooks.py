"""Refusing wrong, damaged and hostile workbooks: the time open_workbook takes for each file of the test corpus.

Run: .venv/bin/python bench/hostile_workbooks.py   (prints figures; no pass/fail).
Target: each file refused (or, for other_template.xlsx, opened) in under 5 s. Each file is measured three times;
the slowest run is shown. The corpus is built in a temporary folder (tests/hostile_files.py).
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def at_the_limits(folder: Path) -> dict[str, Path]:
    """Workbooks as large as the default Limits let through: cells, shared strings, cell formats."""
    from app.interchange.safe_workbook import Limits
    from tests.hostile_files import SHEET, sheet, with_parts, workbook_parts

    limits = Limits()
    rows = min((limits.max_cells - 100) // 10, (limits.max_elements - 5_000) // 21)
    files = {}
    numbers = b"".join(
        b"<row>" + b"".join(b"<c><v>%d</v></c>" % (r * 10 + c) for c in range(10)) + b"</row>" for r in range(rows)
    )
    files[f"{rows * 10:,} number cells"] = with_parts(folder / "limit_numbers.xlsx", {SHEET: sheet(numbers)})
    rows = min(rows, (limits.max_elements - 5_000) // 31)
    texts = b"".join(
        b"<row>" + b"".join(b'<c t="inlineStr"><is><t>w%d</t></is></c>' % (r * 10 + c) for c in range(10)) + b"</row>"
        for r in range(rows)
    )
    files[f"{rows * 10:,} text cells (inline)"] = with_parts(folder / "limit_texts.xlsx", {SHEET: sheet(texts)})
    base = workbook_parts()
    count = (limits.max_elements - 5_000) // 2
    content_types = base["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType='
        b'"application/vnd.openxmlformats-officedocument.spreadsheetml.'
        b'sharedStrings+xml"/></Types>',
    )
    relations = base["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.'
        b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        b'Target="sharedStrings.xml"/></Relationships>',
    )
    strings = (
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + b"".join(b"<si><t>s%d</t></si>" % i for i in range(count))
        + b"</sst>"
    )
    files[f"{count:,} shared strings"] = with_parts(
        folder / "limit_strings.xlsx",
        {
            "[Content_Types].xml": content_types,
            "xl/_rels/workbook.xml.rels": relations,
            "xl/sharedStrings.xml": strings,
            SHEET: sheet(b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
        },
        base,
    )
    count = (limits.max_elements - 5_000) // 2
    formats = b"".join(b'<xf numFmtId="%d"/>' % (i % 100) for i in range(count))
    styles = base["xl/styles.xml"].replace(b'<cellXfs count="1">', b'<cellXfs count="%d">' % (count + 1) + formats, 1)
    files[f"{count:,} cell formats (styles.xml)"] = with_parts(
        folder / "limit_styles.xlsx", {"xl/styles.xml": styles}, base
    )
    return files


def main() -> None:
    from app.interchange.safe_workbook import WorkbookRefused, check_workbook_file, open_workbook
    from tests.hostile_files import EXPECTED, build_corpus

    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        corpus = build_corpus(Path(folder))
        print(f"corpus of {len(corpus)} files built in {time.perf_counter() - start:.2f} s")
        print(f"  {'file':22} {'size':>10}  {'code':16} {'seconds':>7}")
        slowest = 0.0
        for name, path in corpus.items():
            times = []
            for _ in range(3):
                start = time.perf_counter()
                try:
                    open_workbook(path).close()
                    code = "(opened)"
                except WorkbookRefused as refused:
                    code = refused.code
                times.append(time.perf_counter() - start)
            slowest = max(slowest, max(times))
            mark = "" if code == (EXPECTED[name] or "(opened)") else f"  expected {EXPECTED[name] or '(opened)'}"
            print(f"  {name:22} {path.stat().st_size / 1024:7.0f} KiB  {code:16} {max(times):7.3f}{mark}")
        print(f"slowest: {slowest:.3f} s (target under 5 s)")
        print(
            "files just inside the limits (accepted; the time is the whole open_workbook, openpyxl's parsing included):"
        )
        for name, path in at_the_limits(Path(folder)).items():
            start = time.perf_counter()
            check_workbook_file(path)
            checked = time.perf_counter() - start
            start = time.perf_counter()
            open_workbook(path).close()
            print(
                f"  {name:40} {path.stat().st_size / 1024:7.0f} KiB  check {checked:6.3f} s, "
                f"open {time.perf_counter() - start:6.3f} s"
            )
    print(f"peak memory (max RSS of this process): {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
