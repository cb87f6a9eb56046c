"""Read-only look-ups from other processes: does the desk already hold this content?

Import workers read and hash files; before detecting one they ask the desk
file, on a read-only connection of their own, whether its content is there
already. Light to import (sqlite3 only): the workers load nothing else of the store.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

_connections: dict[str, sqlite3.Connection] = {}


def known_article(db_path: str | None, content_hash: str) -> str | None:
    """The id of the article at `db_path` with this content hash, or None (also when it cannot be read).

    Only spares detecting known content: the writer checks again in its
    transaction, so any failure here just means "not known".
    """
    if not db_path:
        return None
    try:
        con = _connections.get(db_path)
        if con is None:
            con = _connections[db_path] = sqlite3.connect(f"{Path(db_path).as_uri()}?mode=ro", uri=True)
        row = con.execute("SELECT id FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
    except (sqlite3.Error, ValueError):
        return None
    return row[0] if row else None
