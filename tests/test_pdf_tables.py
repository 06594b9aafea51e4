"""A long table in a PDF is laid out in chunks (issue 14: the action plan PDF grew with the square of its actions)."""

from __future__ import annotations

from app.exports.document import Column, Table
from app.exports.fonts import font_set
from app.exports.pdf import TABLE_CHUNK_ROWS, _Styles, _table


def _plan_table(groups: int, per_group: int) -> Table:
    table = Table(columns=[Column("No.", 0.5, "center"), Column("Action", 3.0), Column("Status", 1.0)], rows=[])
    number = 0
    for group in range(groups):
        table.emphasis.add(len(table.rows))
        table.rows.append([f"Priority {group + 1}", "", ""])
        table.keys.append("")
        for _ in range(per_group):
            number += 1
            if number % 7 == 0:
                table.fills[(len(table.rows), 2)] = "#f4cccc"
            table.rows.append([str(number), f"Action {number}", "Overdue" if number % 7 == 0 else "Planned"])
            table.keys.append(f"action:{number}")
    return table


def _body(flowable) -> list[list]:
    return flowable._cellvalues[flowable.repeatRows :]


def test_a_long_table_is_laid_out_in_chunks_each_with_its_header_and_its_own_styles():
    styles = _Styles(font_set("en"), rtl=False, cjk=False)
    table = _plan_table(groups=3, per_group=100)
    flowables = _table(table, styles, 700)
    assert len(flowables) > 3 and all(len(_body(f)) <= TABLE_CHUNK_ROWS for f in flowables)
    rows = [row for f in flowables for row in _body(f)]
    assert len(rows) == len(table.rows), "every row once, in order"
    assert [row[1] for row in rows if row[1]] == [row[1] for row in table.rows if row[1]]
    firsts = [_body(f)[0][0] for f in flowables]
    assert sum("Priority" in getattr(first, "text", str(first)) for first in firsts) == 3, (
        "each priority starts a table of its own"
    )
    for f in flowables:
        assert f.repeatRows == 1 and len(f._cellvalues) <= TABLE_CHUNK_ROWS + 1
        styled_rows = {cmd[1][1] for cmd in f._bkgrndcmds if cmd[1][1] == cmd[2][1] and cmd[1][1] > 0}
        assert all(row <= TABLE_CHUNK_ROWS for row in styled_rows), "a chunk's styles are its own rows only"
