"""Source ops return the request that undoes them: remove ↔ attach again, with the kept file."""

from __future__ import annotations

from factdesk.core import ops


def test_remove_then_undo_attaches_the_same_source_and_file(desk, tmp_path):
    article_id = ops.import_text(desk, "Es kamen 3000 Menschen.\n", by="anna").article_id
    claim = desk.claims_for_article(article_id)[0]
    pdf = tmp_path / "bericht.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    added = ops.add_source(desk, claim.id, "bea", url="https://example.org/a", title="Bericht", file_path=pdf)
    removed = ops.remove_source(desk, added.source.id, "bea")
    assert desk.get_claim(claim.id).sources == []
    back = ops.apply(desk, removed.inverse, "bea").source
    assert (back.url, back.title, back.file_name, back.file_hash) == \
        ("https://example.org/a", "Bericht", "bericht.pdf", added.source.file_hash)
    assert desk.source_file(back.id).read_bytes() == b"%PDF-1.4 test"
    assert ops.apply(desk, ops.SourceRemove(back.id), "bea").source is None


def test_editing_a_source_is_undone_by_its_old_values(desk):
    article_id = ops.import_text(desk, "Es kamen 3000 Menschen.\n", by="anna").article_id
    claim = desk.claims_for_article(article_id)[0]
    source = ops.add_source(desk, claim.id, "bea", title="Alt").source
    edited = ops.update_source(desk, source.id, "bea", title="Neu")
    assert edited.source.title == "Neu" and edited.changes.claims == {claim.id}
    assert ops.apply(desk, edited.inverse, "bea").source.title == "Alt"
