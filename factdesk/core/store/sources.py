"""Sources attached to claims, and their files kept inside the desk (the `files` blob table).

URLs must be absolute http(s) addresses; dates are ISO (YYYY, YYYY-MM or
YYYY-MM-DD, optionally with a time). A file is stored once by its sha256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tempfile
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlite_utils import Database

from factdesk.core.errors import InputError, RequestError
from factdesk.core.model import Source
from factdesk.core.store import rows
from factdesk.core.store.history import Action

MAX_FILE_BYTES = 50 * 1024 * 1024
FIELDS = ("url", "title", "publisher", "published", "accessed", "excerpt")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$")


def check_url(url: str | None) -> str | None:
    """An absolute http(s) URL, or None; InputError for anything else."""
    if url is None or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in url:
        raise InputError(f"not a web address: '{url}' (expected http://… or https://…)")
    return url


def check_date(value: str | None, what: str) -> str | None:
    """An ISO date (YYYY, YYYY-MM, YYYY-MM-DD, optional time), or None; InputError otherwise."""
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    if not _DATE.match(value):
        raise InputError(f"{what} must be a date like 2024-03-05, not '{value}'")
    try:
        if len(value) >= 10:
            dt.date.fromisoformat(value[:10])
        elif len(value) == 7:
            dt.date.fromisoformat(value + "-01")
    except ValueError:
        raise InputError(f"{what} is not a real date: '{value}'") from None
    return value


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in fields.items():
        if key not in FIELDS:
            raise InputError(f"sources have no field '{key}'")
        if key == "url":
            value = check_url(value)
        elif key in ("published", "accessed"):
            value = check_date(value, key)
        elif isinstance(value, str):
            value = value.strip() or None
        out[key] = value
    return out


def load_file(file_path: Path | str) -> tuple[str, bytes]:
    """Read a file to attach (before any transaction); InputError when it cannot be."""
    p = Path(file_path)
    try:
        if not p.is_file():
            raise InputError(f"{p}: no such file")
        if p.stat().st_size > MAX_FILE_BYTES:
            raise InputError(f"{p}: too large to attach (limit {MAX_FILE_BYTES // 2**20} MB)")
        return p.name, p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None


def store_file(db: Database, name: str, data: bytes) -> tuple[str, str]:
    """Keep a file's bytes in the desk (once per content); return (file name, sha256)."""
    digest = hashlib.sha256(data).hexdigest()
    db.execute("INSERT OR IGNORE INTO files(sha256, size, data) VALUES (?, ?, ?)", [digest, len(data), data])
    return name, digest


def prepare(fields: dict[str, Any], has_file: object = None) -> dict[str, Any]:
    """Validate a new source's fields before any write; InputError when one is malformed.

    `has_file` is anything but None when a file comes with the source.
    """
    clean = _clean(fields)
    if not any(clean.get(k) for k in ("url", "title", "excerpt")) and has_file is None:
        raise InputError("a source needs at least a URL, a title, an excerpt or a file")
    if clean.get("url") and not clean.get("accessed"):
        clean["accessed"] = dt.date.today().isoformat()
    return clean


def add(db: Database, act: Action, claim_id: str, article_id: str, clean: dict[str, Any],
        file: tuple[str, bytes] | None, kept_file: tuple[str, str] | None = None) -> str:
    """Insert a validated source for a claim and record it; return the source id.

    `file` is a loaded file to keep; `kept_file` (name, sha256) one the desk keeps already
    (a removed source attached again).
    """
    source_id = str(uuid.uuid4())
    if file is not None:
        clean["file_name"], clean["file_hash"] = store_file(db, *file)
    elif kept_file is not None:
        clean["file_name"], clean["file_hash"] = kept_file
    row = {"id": source_id, "claim_id": claim_id, **clean, "created_at": act.at,
           "created_by": act.by, "updated_hlc": act.hlc}
    cols = ", ".join(row)
    db.execute(f"INSERT INTO sources({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
    for key, value in clean.items():
        if value is not None:
            act.record("source", source_id, key, None, value, article_id, claim_id)
    return source_id


def get(db: Database, source_id: str) -> Source:
    """The source with this id; RequestError when unknown."""
    row = db.execute(f"SELECT {rows.select_list(rows.SOURCE_COLUMNS)} FROM sources WHERE id = ?",
                     [source_id]).fetchone()
    if row is None:
        raise RequestError(f"no source with id '{source_id}' on this desk", "not_found", id=source_id)
    return rows.source(row)


def for_claims(db: Database, claim_ids: list[str]) -> dict[str, list[Source]]:
    """Sources of several claims, by claim id, oldest first."""
    out: dict[str, list[Source]] = {cid: [] for cid in claim_ids}
    for chunk in rows.chunks(claim_ids):
        sql = (f"SELECT {rows.select_list(rows.SOURCE_COLUMNS)} FROM sources "
               f"WHERE claim_id IN ({rows.marks(len(chunk))}) ORDER BY rid")
        for r in db.execute(sql, chunk).fetchall():
            s = rows.source(r)
            out[s.claim_id].append(s)
    return out


def update(db: Database, act: Action, source_id: str, article_id: str, fields: dict[str, Any]) -> Source:
    """Edit a source's fields and record each change."""
    old = get(db, source_id)
    clean = _clean(fields)
    changed = {k: v for k, v in clean.items() if getattr(old, k) != v}
    if changed:
        sets = ", ".join(f"{k} = ?" for k in changed)
        db.execute(f"UPDATE sources SET {sets}, updated_hlc = ? WHERE id = ?",
                   [*changed.values(), act.hlc, source_id])
        for k, v in changed.items():
            act.record("source", source_id, k, getattr(old, k), v, article_id, old.claim_id)
    return get(db, source_id)


def remove(db: Database, act: Action, source_id: str, article_id: str) -> None:
    """Delete a source; its history stays."""
    old = get(db, source_id)
    db.execute("DELETE FROM sources WHERE id = ?", [source_id])
    act.record("source", source_id, "removed", None, True, article_id, old.claim_id)


def file_path(db: Database, source_id: str) -> Path:
    """Write the source's attached file to a cache folder and return its path."""
    src = get(db, source_id)
    if not src.file_hash:
        raise RequestError(f"source '{source_id}' has no attached file")
    row = db.execute("SELECT data FROM files WHERE sha256 = ?", [src.file_hash]).fetchone()
    if row is None:
        raise RequestError(f"the file of source '{source_id}' is missing from the desk")
    folder = Path(tempfile.gettempdir()) / "factdesk-files" / src.file_hash
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / plain_file_name(src.file_name)
    if not target.exists() or target.stat().st_size != len(row[0]):
        target.write_bytes(row[0])
    return target


_NOT_IN_NAMES = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|]")


def plain_file_name(name: str | None) -> str:
    """A name that stays inside the folder it is joined to: no folders, no control or reserved characters."""
    base = _NOT_IN_NAMES.sub("_", (name or "").replace("\\", "/").rsplit("/", 1)[-1]).strip(". ")
    return base[:200] or "attachment"
