"""Articles: inserting imported articles, reading them, and the article list's rows."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from sqlite_utils import Database

from factdesk.core.errors import InputError, RequestError
from factdesk.core.model import Article
from factdesk.core.store import rows, schema_shelf
from factdesk.core.store.history import Action
from factdesk.core.store.search import fts_query

SORTS = {"imported_at": "a.imported_at", "title": "a.title COLLATE NOCASE", "published": "a.published",
         "outlet": "a.outlet COLLATE NOCASE", "language": "a.language"}
META = ("title", "outlet", "url", "published", "author", "place", "source_path")


@dataclass(slots=True)
class ArticleRow:
    """One line of the article list: the article and how far its claims are."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    language: str | None
    n_claims: int
    n_open: int
    n_decided: int
    imported_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The row as `articles list --format json` prints it."""
        return asdict(self)


def find_hashes(db: Database, hashes: list[str]) -> dict[str, str]:
    """Map each content hash already on the desk to its article id."""
    found: dict[str, str] = {}
    for chunk in rows.chunks(hashes):
        sql = f"SELECT content_hash, id FROM articles WHERE content_hash IN ({rows.marks(len(chunk))})"
        found.update(dict(db.execute(sql, chunk).fetchall()))
    return found


def insert(db: Database, act: Action, text: str, content_hash: str, language: str | None,
           meta: dict[str, Any]) -> str:
    """Insert an article and record its creation; return its new id."""
    article_id = str(uuid.uuid4())
    values = {k: meta.get(k) for k in META}
    db.execute(
        "INSERT INTO articles(id, text, title, outlet, url, published, author, place, source_path, "
        "language, content_hash, imported_at, imported_by, detected_at, updated_hlc) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [article_id, text, *(values[k] for k in META), language, content_hash,
         act.at, act.by, act.at, act.hlc])
    record = {k: v for k, v in values.items() if v is not None}
    record.update(language=language, content_hash=content_hash)
    act.record("article", article_id, None, None, json.dumps(record, ensure_ascii=False), article_id)
    return article_id


def titles(db: Database, article_ids: list[str]) -> dict[str, str | None]:
    """Map each of these article ids that is on the desk to its title."""
    found: dict[str, str | None] = {}
    for chunk in rows.chunks(article_ids):
        sql = f"SELECT id, title FROM articles WHERE id IN ({rows.marks(len(chunk))})"
        found.update(dict(db.execute(sql, chunk).fetchall()))
    return found


def get(db: Database, article_id: str) -> Article:
    """The article with this id; RequestError when unknown."""
    row = db.execute(f"SELECT {rows.select_list(rows.ARTICLE_COLUMNS)} FROM articles WHERE id = ?",
                     [article_id]).fetchone()
    if row is None:
        raise RequestError(f"no article with id '{article_id}' on this desk", "not_found", id=article_id)
    return rows.article(row)


def by_ids(db: Database, article_ids: list[str]) -> dict[str, Article]:
    """The articles with these ids (unknown ids left out), one statement per 500."""
    out: dict[str, Article] = {}
    for chunk in rows.chunks(article_ids):
        sql = (f"SELECT {rows.select_list(rows.ARTICLE_COLUMNS)} FROM articles "
               f"WHERE id IN ({rows.marks(len(chunk))})")
        for row in db.execute(sql, chunk).fetchall():
            article = rows.article(row)
            out[article.id] = article
    return out


def _where(text: str | None, shelf: str | None = None) -> tuple[str, list[Any]]:
    parts, params = [schema_shelf.ARTICLE_IN_USE if shelf is None else "a.shelf = ?"], []
    if shelf is not None:
        params.append(shelf)
    if text:
        parts.append("a.rid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
        params.append(fts_query(text))
    return " WHERE " + " AND ".join(parts), params


def count(db: Database, text: str | None = None, shelf: str | None = None) -> int:
    """How many articles are in use (or on `shelf`), matching `text` when given."""
    where, params = _where(text, shelf)
    return db.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]


def page(db: Database, offset: int, limit: int, sort: str = "imported_at", descending: bool = True,
         text: str | None = None, shelf: str | None = None) -> list[ArticleRow]:
    """One page of the article list (in use, or on `shelf`) with claim counts."""
    if sort not in SORTS:
        raise InputError(f"unknown sort '{sort}' (known: {', '.join(SORTS)})")
    where, params = _where(text, shelf)
    order = f"{SORTS[sort]} {'DESC' if descending else 'ASC'}, a.rid {'DESC' if descending else 'ASC'}"
    sql = f"""
        SELECT a.id, a.title, a.outlet, a.published, a.language,
          (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.status != 'dismissed'
             AND c.shelf IS NULL),
          (SELECT count(*) FROM claims c WHERE c.article_id = a.id
             AND c.status NOT IN ('dismissed', 'approved') AND c.shelf IS NULL),
          (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.status = 'approved' AND c.shelf IS NULL),
          a.imported_at
        FROM articles a{where} ORDER BY {order} LIMIT ? OFFSET ?"""
    return [ArticleRow(*r) for r in db.execute(sql, params + [limit, offset]).fetchall()]


def resolve_id(db: Database, article_id: str) -> str:
    """The full id of an article given its id or a unique prefix of at least 8 characters."""
    key = (article_id or "").strip().lower()
    if db.execute("SELECT 1 FROM articles WHERE id = ?", [key]).fetchone():
        return key
    if len(key) >= 8:
        found = [r[0] for r in db.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2", [key, key + "\U0010ffff"])]
        if len(found) == 1:
            return found[0]
    raise RequestError(f"no article with id '{article_id}' on this desk", "not_found", id=article_id)
