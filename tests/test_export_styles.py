"""A large workbook shares its cell styles (issue 14: the plan's timeline built a Font and an Alignment per cell)."""

from __future__ import annotations

from openpyxl import load_workbook

from app.exports import xlsx
from app.exports.document import Column, Document, Part, Table


def _timeline(actions: int, quarters: int) -> Document:
    table = Table(
        columns=[Column("Action", 3.0)]
        + [Column(f"2026 Q{q % 4 + 1}", 0.35, "center", wrap=False) for q in range(quarters)]
        + [Column("Status")],
        rows=[],
    )
    for n in range(actions):
        for col in range(1 + n % quarters, quarters + 1):
            table.fills[(n, col)] = "#e06666" if n % 5 == 0 else "#9fc5e8"
        table.rows.append([f"=Action {n}" if n == 3 else f"Action {n}"] + [""] * quarters + ["Planned"])
        table.keys.append("")
    doc = Document("nap", "en", "Plan", "", header="Plan")
    doc.parts.append(Part("Timeline", [table], sheet="Timeline"))
    return doc


def test_the_timeline_shares_its_fonts_alignments_and_fills(tmp_path, monkeypatch):
    built = {"Font": 0, "Alignment": 0, "PatternFill": 0}
    for name in built:
        real = getattr(xlsx, name)

        def counting(*args, _real=real, _name=name, **kwargs):
            built[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(xlsx, name, counting)
    for cached in ("_font", "_alignment", "_fill"):
        if hasattr(xlsx, cached):
            getattr(xlsx, cached).cache_clear()
    path = tmp_path / "timeline.xlsx"
    xlsx.write_xlsx(_timeline(actions=200, quarters=12), path)
    assert max(built.values()) < 10, built
    sheet = load_workbook(path)["Timeline"]
    cells = {(c.row, c.column): c for row in sheet.iter_rows() for c in row}
    first = next(r for r in range(1, 20) if cells.get((r, 2)) is not None and cells[(r, 2)].value == "Action 0")
    assert (
        cells[(first, 3)].fill.fgColor.rgb.upper().endswith("E06666") and cells[(first + 1, 3)].fill.fill_type is None
    )
    assert cells[(first + 1, 4)].fill.fgColor.rgb.upper().endswith("9FC5E8")
    assert cells[(first + 3, 2)].value == "=Action 3" and cells[(first + 3, 2)].quotePrefix
    assert not cells[(first + 4, 2)].quotePrefix and cells[(first, 2)].alignment.vertical == "top"
