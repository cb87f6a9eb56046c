"""The exchange tables, as their own numbered migration set ("factdesk_exchange").

Kept apart from the desk's main set so that a desk which has exchanged
bundles still opens in every part of FactDesk, and so that the store's
migrations and these can grow independently. `ensure(db)` applies what is
pending; the exchange code calls it before reading or writing these tables.

- exchange_peers: per other desk id, what that desk said it holds (a vector
  of the newest HLC it has from each desk), so exports send only the rest.
- exchange_aliases: ids another desk uses for an article or claim that this
  desk holds under its own id (same content hash, same span and type).
- conflicts: concurrent edits of one field; the kept and the other value.
- exchange_log: one line per export or import, for people.
- exchange_settled: for an article or claim created independently on several
  desks, the id of the creation whose unedited values this desk holds (the
  smallest id seen wins everywhere); absent means its own id.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from factdesk.core.store.connection import write_transaction

migrations = Migrations("factdesk_exchange")

EXCHANGE = """
CREATE TABLE exchange_peers (
    desk_id TEXT PRIMARY KEY,
    knowledge TEXT NOT NULL,
    last_bundle_hlc TEXT,
    last_import_at TEXT,
    last_import_by TEXT
);
CREATE TABLE exchange_aliases (
    alias TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    local_id TEXT NOT NULL
);
CREATE INDEX exchange_aliases_local ON exchange_aliases(local_id);
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    article_id TEXT,
    claim_id TEXT,
    field TEXT NOT NULL,
    kept_value,
    kept_hlc TEXT NOT NULL,
    kept_by TEXT,
    other_value,
    other_hlc TEXT NOT NULL,
    other_by TEXT,
    found_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    UNIQUE (entity_id, field, kept_hlc, other_hlc)
);
CREATE INDEX conflicts_open ON conflicts(resolved_at, id);
CREATE TABLE exchange_log (
    id INTEGER PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
    peer_desk_id TEXT,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    bundle_hlc TEXT,
    summary TEXT
);
"""


@migrations(name="0001_exchange")
def m0001_exchange(db: Database) -> None:
    """Peers, aliases, conflicts and the exchange log."""
    for statement in EXCHANGE.split(";"):
        if statement.strip():
            db.execute(statement)


@migrations(name="0002_settled")
def m0002_settled(db: Database) -> None:
    """Which creation's values a matched article or claim holds."""
    db.execute("CREATE TABLE exchange_settled (local_id TEXT PRIMARY KEY, values_from TEXT NOT NULL)")


def ensure(db: Database) -> None:
    """Create the exchange tables if this desk has not got them yet."""
    if migrations.pending(db):
        with write_transaction(db):
            if migrations.pending(db):
                migrations.apply(db)
