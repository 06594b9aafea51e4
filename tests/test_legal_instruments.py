"""The national laws register: citations, repealed laws, deletion rules."""

from __future__ import annotations

import pytest

from app import legal_instruments, matrix
from app.errors import ValidationError


def _law(ws, **values):
    return legal_instruments.create_legal_instrument(ws, {"title_original": "Loi n° 1/2020", **values}).value


def test_register_counts_the_fields_citing_each_law(workspace):
    cited = _law(workspace, title_original="Loi sur l'énergie nucléaire")
    _law(workspace, title_original="Code civil")
    matrix.add_citation(workspace, "OP2.NW.acquire.legal", cited, "Art. 3")
    matrix.add_citation(workspace, "OP2.NW.acquire.legal", cited, "Art. 9")
    matrix.add_citation(workspace, "OP2.NW.possess.legal", cited, "Art. 3")
    counts = {law["title_original"]: law["cited_by"] for law in legal_instruments.list_legal_instruments(workspace)}
    assert counts == {"Code civil": 0, "Loi sur l'énergie nucléaire": 2}


def test_where_a_law_is_cited_in_the_users_language(workspace):
    law = _law(workspace)
    matrix.set_answer(workspace, "OP3cd.CW.border_controls.enforcement", {"value": "?"})
    matrix.add_citation(workspace, "OP3cd.CW.border_controls.enforcement", law, "Art. 12(3)")
    [entry] = legal_instruments.citing_fields(workspace, law, "fr")
    assert (entry["section_key"], entry["number"], entry["article"], entry["value"]) == ("D", 1, "Art. 12(3)", "?")
    assert entry["row_label"] == "Contrôles aux frontières"
    assert entry["weapon_label"] == "Armes chimiques (AC)"
    assert entry["aspect_label"] == "Application : sanctions civiles / pénales"


def test_repealing_a_law_flags_every_field_that_cites_it(workspace):
    law = _law(workspace)
    for key in ("OP2.BW.use.legal", "OP2.BW.use.enforcement"):
        matrix.add_citation(workspace, key, law, "Art. 1")
    assert legal_instruments.fields_citing_repealed_laws(workspace) == []
    legal_instruments.update_legal_instrument(workspace, law, {"status": "repealed"})
    assert legal_instruments.fields_citing_repealed_laws(workspace) == ["OP2.BW.use.enforcement", "OP2.BW.use.legal"]


def test_a_cited_law_cannot_be_deleted_but_an_uncited_one_can(workspace):
    cited, spare = _law(workspace), _law(workspace, title_original="Projet de loi")
    matrix.add_citation(workspace, "OP1.cwc", cited, "")
    with pytest.raises(ValidationError) as refused:
        legal_instruments.delete_legal_instrument(workspace, cited)
    assert refused.value.code == "in_use" and "1 matrix field" in str(refused.value)
    legal_instruments.delete_legal_instrument(workspace, spare)
    assert [law["id"] for law in legal_instruments.list_legal_instruments(workspace)] == [cited]


def test_training_state_has_a_field_citing_its_repealed_law(demo_db):
    from app.workspace import Workspace

    with Workspace.open(demo_db) as ws:
        assert legal_instruments.fields_citing_repealed_laws(ws) == ["OP3ab.NW.account_storage.legal"]


def test_the_matrix_flags_exactly_the_fields_citing_a_repealed_law_with_one_check(workspace):
    """One definition of "cites a repealed law" (legal_instruments.fields_citing_repealed_laws): the matrix grid's
    warning uses it, and no other module of app/ asks SQL for repealed laws itself."""
    import re
    from pathlib import Path

    law = _law(workspace)
    matrix.add_citation(workspace, "OP2.BW.use.legal", law, "art. 4")

    def flagged() -> list[str]:
        return sorted(
            f["key"]
            for row in matrix.section_grid(workspace, "B")
            for f in row["fields"].values()
            if f["cites_repealed"]
        )

    assert flagged() == [] == legal_instruments.fields_citing_repealed_laws(workspace)
    legal_instruments.update_legal_instrument(workspace, law, {"status": "repealed"})
    assert flagged() == ["OP2.BW.use.legal"] == legal_instruments.fields_citing_repealed_laws(workspace)
    app_dir = Path(__file__).resolve().parents[1] / "app"
    asking = sorted(
        str(p.relative_to(app_dir))
        for p in app_dir.rglob("*.py")
        if re.search(r"status\s*=\s*'repealed'", p.read_text(encoding="utf-8"))
    )
    assert asking == ["legal_instruments.py"]
