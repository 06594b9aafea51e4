"""A removed legal reference can be put back in its place; its id may change and nothing relies on it."""

from __future__ import annotations

from app import legal_instruments, matrix

FIELD = "OP2.NW.acquire.legal"


def test_a_removed_citation_goes_back_in_its_place_under_a_new_id(workspace):
    law = legal_instruments.create_legal_instrument(workspace, {"title_original": "Atomic Energy Act"}).value
    first, second, third = (matrix.add_citation(workspace, FIELD, law, a).value for a in ("s. 1", "s. 2", "s. 3"))
    removed = matrix.remove_citation(workspace, first).value
    assert removed == {"field_key": FIELD, "legal_instrument_id": law, "article": "s. 1", "ordinal": 1}
    matrix.add_citation(workspace, "OP2.CW.acquire.legal", law, "s. 9")  # any id may be taken meanwhile

    again = matrix.add_citation(workspace, **removed).value
    assert [c["article"] for c in matrix.citations(workspace, FIELD)] == ["s. 1", "s. 2", "s. 3"]
    assert again not in (second, third)
    assert [c["id"] for c in matrix.citations(workspace, FIELD)] == [again, second, third]
