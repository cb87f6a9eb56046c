"""Sources: URL and date checks, attached files kept inside the desk with their hash."""

import hashlib

import pytest

from factdesk.core.errors import InputError
from factdesk.core import ops


@pytest.mark.parametrize("fields", [
    {"url": "example.org/wahl"},
    {"url": "javascript:alert(1)"},
    {"url": "https://example.org/a", "published": "5. März 2024"},
    {"url": "https://example.org/a", "accessed": "2024-13-40"},
    {},
])
def test_malformed_sources_are_refused(desk, article, fields):
    claim = desk.claims_for_article(article)[0]
    with pytest.raises(InputError):
        ops.add_source(desk, claim.id, by="bea", **fields)
    assert desk.get_claim(claim.id).sources == []


def test_attached_file_is_kept_in_the_desk(desk, article, tmp_path):
    claim = desk.claims_for_article(article)[0]
    pdf = tmp_path / "bericht.pdf"
    pdf.write_bytes(b"%PDF-1.4 Bericht der Wahlkommission")
    source = ops.add_source(desk, claim.id, by="bea", title="Bericht", file_path=pdf).source
    pdf.unlink()
    assert source.file_hash == hashlib.sha256(b"%PDF-1.4 Bericht der Wahlkommission").hexdigest()
    assert desk.source_file(source.id).read_bytes().startswith(b"%PDF-1.4 Bericht")


def test_update_and_remove_a_source(desk, article):
    claim = desk.claims_for_article(article)[0]
    source = ops.add_source(desk, claim.id, by="bea", url="https://example.org/a", published="2024-03").source
    assert ops.update_source(desk, source.id, by="bea", title="Neu").source.title == "Neu"
    ops.remove_source(desk, source.id, by="bea")
    assert desk.get_claim(claim.id).sources == []
    assert any(h.field == "removed" for h in desk.history(claim.id))


@pytest.mark.parametrize("name", ["../../../../.bashrc", "/etc/cron.d/evil", "..\\..\\evil.bat", "..", "a\nb"])
def test_an_attachment_opens_inside_its_own_folder_whatever_its_name(desk, article, tmp_path, name):
    """A desk may hold a name an older bundle brought in; opening the file never writes outside the cache."""
    claim = desk.claims_for_article(article)[0]
    pdf = tmp_path / "bericht.pdf"
    pdf.write_bytes(b"%PDF-1.4 x")
    source = ops.add_source(desk, claim.id, by="bea", title="Bericht", file_path=pdf).source
    desk.db.execute("UPDATE sources SET file_name = ? WHERE id = ?", [name, source.id])
    path = desk.source_file(source.id)
    folder = path.parent
    assert folder.name == source.file_hash and path.read_bytes() == b"%PDF-1.4 x"
    assert "\n" not in path.name and ".." not in path.parts
