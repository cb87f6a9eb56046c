"""`datasette desk.sqlite`: Datasette's full-text search finds rows through the desk's FTS tables.

Runs Datasette itself (its ASGI app, in-process) over a desk and asks its JSON
API for `?_search=`. Datasette only uses an FTS table whose declaration names
its content table in double quotes; before migration 0006 a search silently
returned every row.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from factdesk.core.store import Desk, connection, migrations
from factdesk.core import ops

datasette_app = pytest.importorskip("datasette.app")


def datasette_rows(path: Path, table: str, search: str) -> list[dict]:
    """The rows Datasette's table view returns for `?_search=search`."""
    ds = datasette_app.Datasette([str(path)])

    async def fetch():
        response = await ds.client.get(f"/{path.stem}/{table}.json?_search={search}&_shape=array")
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(fetch())


def fill(desk: Desk) -> dict[str, str]:
    """Two articles and a source; returns {name: article id}."""
    first = ops.import_text(desk, "Die Wahlbeteiligung lag bei 61 Prozent. Es kamen 3000 Gäste.\n", by="anna",
                                title="Landtagswahl").article_id
    second = ops.import_text(desk, "Die Brücke kostete 12 Millionen Euro.\n", by="anna", title="Brückenbau").article_id
    claim = desk.claims_for_article(second)[0]
    ops.add_source(desk, claim.id, "anna", url="https://amt.example/bau", title="Baubericht", publisher="Bauamt")
    return {"wahl": first, "bruecke": second}


def test_datasette_searches_claims_articles_and_sources(tmp_path, fake_detector):
    path = tmp_path / "desk.sqlite"
    with Desk.open(path) as desk:
        ids = fill(desk)
        wanted_claim = [c for c in desk.claims_for_article(ids["wahl"]) if "61" in c.text][0]
    claims = datasette_rows(path, "claims", "Prozent")
    assert [row["id"] for row in claims] == [wanted_claim.id]
    articles = datasette_rows(path, "articles", "Brücke")
    assert [row["id"] for row in articles] == [ids["bruecke"]]
    assert [row["publisher"] for row in datasette_rows(path, "sources", "Bauamt")] == ["Bauamt"]
    assert datasette_rows(path, "claims", "Nirgendwo") == []


def test_an_older_desk_is_migrated_so_datasette_search_filters(tmp_path, fake_detector):
    path = tmp_path / "desk.sqlite"
    db = connection.connect(path)
    migrations.migrations.apply(db, stop_before="0006_datasette_fts")
    db.close()
    with Desk.open(path) as desk:  # the store of this build migrates first, so fill through it and go back
        fill(desk)
    db = connection.connect(path)
    db.execute("DROP TABLE claims_fts")
    db.execute("CREATE VIRTUAL TABLE claims_fts USING fts5(text, rationale, content='claims', "
               "content_rowid='rid', tokenize='unicode61 remove_diacritics 2')")
    db.execute("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_datasette_fts'")
    db.conn.commit()
    db.close()
    assert len(datasette_rows(path, "claims", "Prozent")) == 3  # the old declaration: every row
    with Desk.open(path) as desk:
        assert desk.backup_path is not None
        assert {h.kind for h in desk.search("Prozent")} == {"article", "claim"}  # our own search still works
    assert [row["text"] for row in datasette_rows(path, "claims", "Prozent")] == ["61 Prozent"]
