"""Numbered schema migrations (sqlite-utils `Migrations`), with a backup before upgrading.

A desk written by an older FactDesk is copied with SQLite's backup API to
`<desk>.bak-<version>-<timestamp>` before any pending migration runs. A desk
written by a newer FactDesk (migrations this build does not know) is refused.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from factdesk.core.errors import RequestError
from factdesk.core.store import (schema, schema_comments, schema_matching, schema_review, schema_search,
                                 schema_shelf)
from factdesk.core.store.connection import is_read_only, why_read_only, write_transaction

migrations = Migrations("factdesk")


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    """Tables for articles, claims, sources, files, reviews, settings and the append-only history."""
    for statement in _statements(schema.INITIAL):
        db.execute(statement)
    desk_id = str(uuid.uuid4())
    db.execute("INSERT INTO settings(key, value) VALUES ('desk_id', ?), ('rating_scale', 'default'), "
               "('hlc', '')", [desk_id])


@migrations(name="0002_search")
def m0002_search(db: Database) -> None:
    """FTS5 indexes over articles, claims (text, rationale) and sources, kept in sync by triggers."""
    for statement in _statements(schema.SEARCH):
        db.execute(statement)


@migrations(name="0003_list_indexes")
def m0003_list_indexes(db: Database) -> None:
    """Indexes that keep filtered claim lists fast on large desks."""
    for statement in _statements(schema.LIST_INDEXES):
        db.execute(statement)


@migrations(name="0004_filter_indexes")
def m0004_filter_indexes(db: Database) -> None:
    """Indexes for status+verdict and assignee lists (counts stay inside the index)."""
    for statement in _statements(schema.FILTER_INDEXES):
        db.execute(statement)


@migrations(name="0005_bulk_fts")
def m0005_bulk_fts(db: Database) -> None:
    """Article and claim FTS insert triggers that a bulk import's transaction can stand aside."""
    for statement in _statements(schema.BULK_FTS):
        db.execute(statement)


@migrations(name="0006_datasette_fts")
def m0006_datasette_fts(db: Database) -> None:
    """Declare the FTS tables' content table in double quotes, so Datasette's search uses them.

    Desks made before 0006 wrote content='claims'; Datasette does not recognise
    that form and its search silently returned every row. The FTS tables are
    declared anew and rebuilt from their content tables; the triggers refer to
    them by name and keep working.
    """
    for fts, (table, columns) in schema.FTS_TABLES.items():
        row = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [fts]).fetchone()
        if row is not None and f'content="{table}"' in row[0]:
            continue
        db.execute(f"DROP TABLE IF EXISTS {fts}")
        db.execute(schema.FTS_DECLARATION.format(fts=fts, table=table, columns=columns))
        db.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


@migrations(name="0007_already_checked")
def m0007_already_checked(db: Database) -> None:
    """Earlier fact-checks with their FTS index, claim clusters, article signatures and links."""
    for statement in _statements(schema_matching.PRIOR_CHECKS):
        db.execute(statement)


@migrations(name="0008_cluster_terms")
def m0008_cluster_terms(db: Database) -> None:
    """Clustered claims keep their sentence's match terms."""
    for statement in _statements(schema_matching.CLUSTER_TERMS):
        db.execute(statement)


@migrations(name="0009_review_withdraw")
def m0009_review_withdraw(db: Database) -> None:
    """Reviews can be withdrawn (an undo is a review of its own) and carry a four-eyes override reason."""
    for statement in _statements(schema_review.REVIEWS_WITHDRAW):
        db.execute(statement)


@migrations(name="0010_comments")
def m0010_comments(db: Database) -> None:
    """A comment thread per claim between checker and lead."""
    for statement in _statements(schema_comments.COMMENTS):
        db.execute(statement)


@migrations(name="0011_shelf")
def m0011_shelf(db: Database) -> None:
    """Articles and claims can be archived or deleted (and restored): a `shelf` field."""
    for statement in _statements(schema_shelf.SHELF):
        db.execute(statement)


@migrations(name="0012_search_speakers")
def m0012_search_speakers(db: Database) -> None:
    """Search finds claims by their speaker and by their normalized value."""
    for statement in _statements(schema_search.SPEAKERS):
        db.execute(statement)


def _statements(sql: str) -> list[str]:
    """Split a schema script into statements, keeping trigger bodies whole."""
    out, buf = [], []
    for line in sql.splitlines():
        if not line.strip() or line.strip().startswith("--"):
            continue
        buf.append(line)
        joined = "\n".join(buf)
        if sqlite3.complete_statement(joined):
            out.append(joined)
            buf = []
    return out


def known_names() -> list[str]:
    """Names of the migrations this build knows, in order."""
    return [m.name for m in migrations._migrations]


def version(db: Database) -> str:
    """The newest applied migration's number ("0000" for an empty file)."""
    applied = migrations.applied(db)
    return applied[-1].name.split("_")[0] if applied else "0000"


def _open_copy(target: Path) -> sqlite3.Connection:
    """The connection the backup is written through."""
    return sqlite3.connect(str(target))


def backup(db: Database, path: Path) -> Path:
    """Copy the desk with SQLite's backup API beside it; return the copy's path.

    When the copy cannot be written whole (no room on the disk, a read-only
    folder), what was written of it is removed and the upgrade is refused
    with one line: a desk is never migrated without its backup.
    """
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = path.with_name(f"{path.name}.bak-{version(db)}-{stamp}")
    try:
        dest = _open_copy(target)
        try:
            db.conn.backup(dest)
        finally:
            dest.close()
    except (sqlite3.Error, OSError) as exc:
        for leftover in (target, Path(f"{target}-journal")):
            leftover.unlink(missing_ok=True)
        size = path.stat().st_size if path.exists() else 0
        reason = "the disk is full" if "full" in str(exc).lower() or getattr(exc, "errno", None) == 28 \
            else " ".join(str(exc).split())[:80]
        raise RequestError(f"{path}: this desk must be upgraded, but its backup copy could not be written "
                           f"beside it ({reason}; it needs about {max(size // (1024 * 1024), 1)} MB); "
                           f"nothing was changed", "disk_full" if "full" in reason else "backup_failed",
                           path=str(path)) from None
    return target


def migrate(db: Database, path: Path) -> Path | None:
    """Bring the desk up to date; return the backup's path when an older desk was upgraded."""
    applied = {m.name for m in migrations.applied(db)}
    unknown = applied - set(known_names())
    if unknown:
        raise RequestError(f"{path}: this desk was written by a newer FactDesk "
                           f"(schema {sorted(unknown)[-1]}); please update FactDesk")
    if not migrations.pending(db):
        return None
    if is_read_only(db):
        raise RequestError(f"{path}: this desk was written by an older FactDesk and must be upgraded, but it "
                           f"is read-only ({'its folder' if why_read_only(path) == 'folder' else 'the file'}); "
                           f"make it writable and open it once", "read_only", path=str(path))
    copy = backup(db, path) if applied else None
    # One write transaction: a second process opening the same new desk waits,
    # then finds nothing pending.
    with write_transaction(db):
        migrations.apply(db)
    return copy
