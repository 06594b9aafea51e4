"""Searching everything (app/search.py): every kind of record, any script, every word, ranked, capped, literal."""

from __future__ import annotations

import pytest

from app import agencies, contacts, legal_instruments, matrix
from app.search import KINDS, search_everything
from app.workspace import Workspace
from tests.copies import backup_file


@pytest.fixture
def demo(tmp_path, demo_db):
    ws = Workspace.open(backup_file(demo_db, tmp_path / "demo.sqlite3"))
    try:
        yield ws
    finally:
        ws.close()


FIRST_OF_KIND = {
    "law": "SELECT id, title_original FROM legal_instrument ORDER BY id DESC LIMIT 1",
    "priority": "SELECT id, title FROM plan_priority ORDER BY id DESC LIMIT 1",
    "action": "SELECT id, title FROM plan_action ORDER BY id DESC LIMIT 1",
    "request": "SELECT id, title FROM assistance_request ORDER BY id DESC LIMIT 1",
    "provider": "SELECT id, name FROM assistance_provider ORDER BY id DESC LIMIT 1",
    "offer": "SELECT id, title FROM assistance_offer ORDER BY id DESC LIMIT 1",
    "agency": "SELECT id, name FROM agency ORDER BY id DESC LIMIT 1",
    "contact": "SELECT id, name FROM point_of_contact ORDER BY id DESC LIMIT 1",
}


@pytest.mark.parametrize("kind", sorted(FIRST_OF_KIND))
def test_each_kind_of_record_is_found_by_its_title(demo, kind):
    record_id, title = demo.db.execute(FIRST_OF_KIND[kind]).fetchone()
    hits = search_everything(demo, title, "fr", limit=1000)
    [hit] = [h for h in hits if (h.kind, h.id) == (kind, record_id)]
    assert hit.title == title
    assert hit.in_title and hit.snippet[hit.start : hit.end]
    assert hits.counts[kind] >= 1


def test_a_matrix_field_is_found_by_its_remarks_and_says_so(workspace):
    matrix.set_answer(
        workspace, "OP3cd.CW.border_controls.enforcement", {"value": "X", "remarks": "Checked by the Zebra unit"}
    )
    [hit] = search_everything(workspace, "zebra", "fr")
    assert (hit.kind, hit.id, hit.part) == ("field", "OP3cd.CW.border_controls.enforcement", "remarks")
    assert hit.title == "D.1 Contrôles aux frontières"  # in the interface language
    assert hit.snippet[hit.start : hit.end] == "Zebra"
    assert not hit.in_title


def test_a_matrix_field_is_found_by_the_law_it_cites_the_article_and_its_agency(workspace):
    law = legal_instruments.create_legal_instrument(workspace, {"title_original": "Loi sur les Quokkas"}).value
    agency = agencies.create_agency(workspace, {"name": "Office of Wombats"}).value
    key = "OP2.NW.acquire.legal"
    matrix.set_answer(workspace, key, {"value": "X", "responsible_agency_id": agency, "source": "Gazette Numbat"})
    matrix.add_citation(workspace, key, law, "Art. 77-Q")
    parts = {}
    for text in ("quokkas", "77-q", "wombats", "numbat"):
        parts[text] = {(h.kind, h.part) for h in search_everything(workspace, text) if h.id == key}
    assert parts == {
        "quokkas": {("field", "citation")},
        "77-q": {("field", "citation")},
        "wombats": {("field", "agency")},
        "numbat": {("field", "source")},
    }
    # The law itself is found too, by its title.
    assert ("law", law, "title") in {(h.kind, h.id, h.part) for h in search_everything(workspace, "quokkas")}


def test_contacts_are_found_by_email_phone_and_job_title(workspace):
    contact = contacts.create_contact(
        workspace, {"name": "Ana Pérez", "title": "Jefa de aduanas", "email": "ana@example.org", "phone": "+34 91 555"}
    ).value
    for text in ("ana@example", "+34 91", "JEFA DE ADUANAS", "perez"):
        hits = search_everything(workspace, text)
        assert [(h.kind, h.id) for h in hits] == [("contact", contact)], text


def test_accents_case_and_width_do_not_matter_and_the_span_is_the_original_text(demo):
    hits = search_everything(
        demo, "".join(chr(0xFF21 + ord(c) - 65) for c in "NUCLEAIRE"), "fr"
    )  # full width, no accent
    law = next(h for h in hits if h.kind == "law")
    assert law.snippet[law.start : law.end] == "nucléaire"


def test_arabic_without_article_and_with_a_prefix(demo):
    hits = search_everything(demo, "الجمارك", "ar")
    remarks = [h for h in hits if h.part == "remarks"]
    assert remarks and "للجمارك" in remarks[0].snippet
    assert remarks[0].snippet[remarks[0].start : remarks[0].end] == "جمارك"


@pytest.mark.parametrize(("lang", "part"), [("zh", "label"), ("en", "label_other")])
def test_chinese_one_word_finds_the_labels_in_any_interface_language(demo, lang, part):
    hits = search_everything(demo, "边境管制", lang)
    keys = {h.id for h in hits if h.kind == "field" and h.part == part}
    assert "OP3cd.CW.border_controls.legal" in keys
    if lang == "en":
        assert next(h for h in hits if h.id == "OP3cd.CW.border_controls.legal").title.endswith("Border controls")


def test_every_word_must_match(demo):
    both = search_everything(demo, "formation douanes", "fr", limit=1000)
    one = search_everything(demo, "douanes", "fr", limit=1000)
    assert 0 < len(both) < len(one)
    assert "Code des douanes" not in [h.title for h in both]
    assert all("formation" in h.title.lower() or h.part != "title" for h in both)


def test_records_named_by_the_words_come_first(demo):
    hits = search_everything(demo, "douanes", "fr", limit=1000)
    flags = [h.in_title for h in hits]
    assert True in flags and False in flags
    assert flags == sorted(flags, reverse=True)  # every title match before every other match
    kinds = [KINDS.index(h.kind) for h in hits if h.in_title]
    assert kinds == sorted(kinds)


def test_results_are_capped_with_the_count_of_the_rest(demo):
    everything = search_everything(demo, "e", "fr", limit=100000)
    capped = search_everything(demo, "e", "fr", limit=5)
    assert len(everything) > 5
    assert capped == everything[:5]
    assert capped.more == len(everything) - 5
    assert sum(capped.counts.values()) == len(everything)


def test_empty_text_finds_nothing(demo):
    assert search_everything(demo, "   ", "fr") == []


@pytest.mark.parametrize(
    "hostile",
    ["%", "_", "'; DROP TABLE agency; --", '"quoted"', "100% sûr", "a_b", "\\", "*", "(", "[x]"],
)
def test_hostile_text_is_searched_literally(workspace, hostile):
    plain = agencies.create_agency(workspace, {"name": "Plain Agency"}).value
    odd = agencies.create_agency(workspace, {"name": f"Agency {hostile} here"}).value
    hits = search_everything(workspace, hostile)
    assert [(h.kind, h.id) for h in hits if h.kind == "agency"] == [("agency", odd)]
    assert plain not in [h.id for h in hits if h.kind == "agency"]
    hit = next(h for h in hits if h.kind == "agency")
    assert hit.snippet[hit.start : hit.end].casefold() == hostile.split()[0].casefold()
    assert workspace.db.execute("SELECT count(*) FROM agency").fetchone()[0] == 2  # nothing was run
