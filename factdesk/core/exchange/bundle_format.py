"""The bundle file: a zip of JSONL records, attached files and a manifest with checksums.

Layout (format version 1)::

    manifest.json              format, version, desk id, created HLC, counts,
                               sha256 and size of every other member
    records/articles.jsonl     one JSON object per line (see validate.py)
    records/claims.jsonl
    records/sources.jsonl
    records/reviews.jsonl
    records/history.jsonl
    records/aliases.jsonl      ids other desks use for the same article or claim
    records/checks.jsonl       earlier fact-checks imported on the desk (optional; checks_records.py)
    records/comments.jsonl     the comment threads of the claims carried (optional; comments_records.py)
    files/<sha256>             attached source files, named by their content hash

A bundle is untrusted. `read_bundle` never extracts anything to disk: it
accepts only the member names above, reads each member into memory with a
size cap (total, per member, compression ratio), checks every checksum and
refuses anything else with one clear line (InputError). Nothing in a bundle
is ever executed or opened as a database.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from factdesk.core.errors import InputError

FORMAT = "factdesk-bundle"
VERSION = 1
KINDS: tuple[str, ...] = ("articles", "claims", "sources", "reviews", "history", "aliases", "checks", "comments")
# Members a bundle may leave out: bundles written before they existed are still read.
OPTIONAL_KINDS: tuple[str, ...] = ("checks", "comments")
MANIFEST = "manifest.json"
SQLITE_MAGIC = b"SQLite format 3\x00"
_FILE_MEMBER = re.compile(r"^files/([0-9a-f]{64})$")
_RECORD_MEMBERS = {f"records/{k}.jsonl": k for k in KINDS}


@dataclass(frozen=True, slots=True)
class Limits:
    """Size limits a bundle must respect (tests pass smaller ones)."""

    total_bytes: int = 1 << 30           # all members together, uncompressed
    member_bytes: int = 512 << 20        # one member, uncompressed
    manifest_bytes: int = 4 << 20
    record_bytes: int = 8 << 20          # one JSONL line (an article's text can be long)
    members: int = 100_000
    ratio: int = 200                     # uncompressed / compressed, for members past 64 KiB
    ratio_floor: int = 64 << 10


LIMITS = Limits()


@dataclass(slots=True)
class Bundle:
    """A bundle's contents in memory: manifest, records by kind, files by sha256."""

    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)


def sha256(data: bytes) -> str:
    """Hex sha256 of bytes."""
    return hashlib.sha256(data).hexdigest()


def _jsonl(records: Iterable[dict[str, Any]]) -> bytes:
    """Records as UTF-8 JSON lines (no NaN, no ASCII escaping)."""
    dump = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode
    return "".join(dump(r) + "\n" for r in records).encode("utf-8")


def write_bundle(path: Path | str, manifest: dict[str, Any], records: dict[str, list[dict[str, Any]]],
                 files: dict[str, bytes]) -> Path:
    """Write a bundle atomically (temp file, then rename); return its path.

    `manifest` holds the header fields (desk id, HLCs, …); format, version,
    counts and member checksums are filled in here.
    """
    path = Path(path)
    members: dict[str, bytes] = {}
    for kind in KINDS:
        if kind in OPTIONAL_KINDS and not records.get(kind):
            continue
        members[f"records/{kind}.jsonl"] = _jsonl(records.get(kind, []))
    for digest, data in sorted(files.items()):
        members[f"files/{digest}"] = data
    head = {"format": FORMAT, "version": VERSION, **manifest,
            "counts": {k: len(records.get(k, [])) for k in KINDS
                       if k not in OPTIONAL_KINDS or records.get(k)} | {"files": len(files)},
            "members": {name: {"sha256": sha256(data), "size": len(data)} for name, data in members.items()}}
    fd, tmp = tempfile.mkstemp(prefix=".bundle-", suffix=".tmp", dir=str(path.parent or "."))
    try:
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr(MANIFEST, json.dumps(head, ensure_ascii=False, indent=1, allow_nan=False))
            for name, data in members.items():
                # attached files are often compressed already (PDF, images): store them as they are
                method = zipfile.ZIP_STORED if name.startswith("files/") else zipfile.ZIP_DEFLATED
                zf.writestr(name, data, compress_type=method)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return path


def _fail(path: Path, why: str) -> InputError:
    return InputError(f"{path.name}: not a usable bundle: {why}")


def _check_names(path: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    """Refuse unknown, duplicate, encrypted or oversized members before reading any."""
    if len(infos) > limits.members:
        raise _fail(path, f"too many members ({len(infos)} > {limits.members})")
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        if name in seen:
            raise _fail(path, f"member '{name[:80]}' appears twice")
        seen.add(name)
        if name != MANIFEST and name not in _RECORD_MEMBERS and not _FILE_MEMBER.match(name):
            raise _fail(path, f"unexpected member '{name[:80]}' (only manifest.json, records/*.jsonl, "
                              f"files/<sha256> are allowed)")
        if info.flag_bits & 0x1:
            raise _fail(path, f"member '{name}' is encrypted")
        cap = limits.manifest_bytes if name == MANIFEST else limits.member_bytes
        if info.file_size > cap:
            raise _fail(path, f"member '{name}' is too large ({info.file_size} bytes > {cap})")
        if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise _fail(path, f"member '{name}' is compressed suspiciously well (a zip bomb?)")
        total += info.file_size
        if total > limits.total_bytes:
            raise _fail(path, f"too large when unpacked (> {limits.total_bytes} bytes)")
    if MANIFEST not in seen:
        raise _fail(path, "manifest.json is missing")


def _precheck_directory(path: Path, limits: Limits) -> None:
    """Refuse a zip whose central directory announces too many members, before parsing it."""
    try:
        with path.open("rb") as fh:
            end = zipfile._EndRecData(fh)  # the end record only: cheap, and zipfile's own reader
    except (AttributeError, OSError):  # pragma: no cover - a Python without the helper
        return
    if end is None:
        raise _fail(path, "the zip is truncated or damaged (no end of central directory)")
    if end[zipfile._ECD_ENTRIES_TOTAL] > limits.members:
        raise _fail(path, f"too many members ({end[zipfile._ECD_ENTRIES_TOTAL]} > {limits.members})")
    if end[zipfile._ECD_SIZE] > limits.manifest_bytes * 16:
        raise _fail(path, "the zip's directory is too large")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, budget: list[int]) -> bytes:
    """Read one member into memory, never more than `cap` bytes nor the remaining total budget."""
    chunks, size = [], 0
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            size += len(chunk)
            budget[0] -= len(chunk)
            if size > cap or budget[0] < 0:
                raise InputError(f"member '{info.filename}' unpacks to more than its declared size")
            chunks.append(chunk)
    return b"".join(chunks)


def _parse_lines(path: Path, name: str, data: bytes, limits: Limits) -> list[dict[str, Any]]:
    """Parse a JSONL member into dicts, refusing oversized lines and non-objects."""
    out = []
    for number, line in enumerate(data.split(b"\n"), 1):
        if not line.strip():
            continue
        if len(line) > limits.record_bytes:
            raise _fail(path, f"{name} line {number}: record too large ({len(line)} bytes > {limits.record_bytes})")
        try:
            obj = _DECODER.decode(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise _fail(path, f"{name} line {number}: not valid JSON ({str(exc)[:80]})") from None
        if not isinstance(obj, dict):
            raise _fail(path, f"{name} line {number}: a record must be a JSON object")
        out.append(obj)
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


_DECODER = json.JSONDecoder(parse_constant=_no_constant)


def read_bundle(path: Path | str, limits: Limits = LIMITS) -> Bundle:
    """Read and check a bundle file entirely in memory; InputError with one line when it is unusable.

    Checks: zip structure, member names and sizes, compression ratios, CRCs,
    the manifest's format and version, sha256 and size of every member. Record
    contents are checked by `validate.validate_bundle`.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such bundle file")
    if path.stat().st_size > limits.total_bytes:
        raise _fail(path, f"the file is larger than {limits.total_bytes} bytes")
    with path.open("rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC:
            raise _fail(path, "this is an SQLite database, not a bundle; FactDesk never opens foreign desks")
    try:
        _precheck_directory(path, limits)
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_names(path, infos, limits)
            budget = [limits.total_bytes]
            raw = {}
            for info in infos:
                cap = limits.manifest_bytes if info.filename == MANIFEST else limits.member_bytes
                raw[info.filename] = _read_member(zf, info, cap, budget)
    except InputError as exc:
        raise _fail(path, exc.message) if not exc.message.startswith(path.name) else exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, OSError,
            NotImplementedError, ValueError) as exc:
        raise _fail(path, f"the zip is truncated or damaged ({str(exc)[:80] or type(exc).__name__})") from None
    manifest = _parse_manifest(path, raw.pop(MANIFEST))
    _check_members(path, manifest, raw)
    bundle = Bundle(manifest=manifest)
    for name, data in raw.items():
        if data.startswith(SQLITE_MAGIC):
            raise _fail(path, f"member '{name}' is an SQLite database; bundles never carry databases")
        kind = _RECORD_MEMBERS.get(name)
        if kind:
            bundle.records[kind] = _parse_lines(path, name, data, limits)
        else:
            bundle.files[name.split("/", 1)[1]] = data
    for kind in KINDS:
        bundle.records.setdefault(kind, [])
        counted = manifest["counts"].get(kind, 0 if kind in OPTIONAL_KINDS else None)
        if counted != len(bundle.records[kind]) or isinstance(counted, bool):
            raise _fail(path, f"the manifest counts {manifest['counts'].get(kind)} {kind}, "
                              f"the bundle holds {len(bundle.records[kind])}")
    for digest, data in bundle.files.items():
        if sha256(data) != digest:
            raise _fail(path, f"attached file {digest[:12]}… does not match its name's checksum")
    return bundle


def _parse_manifest(path: Path, data: bytes) -> dict[str, Any]:
    """The manifest as a dict, with format and version checked."""
    try:
        manifest = json.loads(data.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _fail(path, "manifest.json is not valid JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _fail(path, "manifest.json does not describe a FactDesk bundle")
    version = manifest.get("version")
    if version != VERSION or isinstance(version, bool):
        raise _fail(path, f"bundle format version {str(version)[:20]!s} is not supported "
                          f"(this FactDesk reads version {VERSION}); update FactDesk")
    members, counts = manifest.get("members"), manifest.get("counts")
    if not isinstance(members, dict) or not isinstance(counts, dict):
        raise _fail(path, "manifest.json lacks its member list or counts")
    for name, meta in members.items():
        if not (isinstance(meta, dict) and isinstance(meta.get("sha256"), str)
                and isinstance(meta.get("size"), int) and not isinstance(meta.get("size"), bool)):
            raise _fail(path, f"manifest.json: bad entry for member '{str(name)[:80]}'")
    return manifest


def _check_members(path: Path, manifest: dict[str, Any], raw: dict[str, bytes]) -> None:
    """Every member listed in the manifest, present, with the listed size and sha256."""
    listed = manifest["members"]
    missing = set(listed) - set(raw)
    extra = set(raw) - set(listed)
    if missing:
        raise _fail(path, f"member '{sorted(missing)[0][:80]}' is listed but missing (truncated bundle?)")
    if extra:
        raise _fail(path, f"member '{sorted(extra)[0][:80]}' is not listed in the manifest")
    for name, data in raw.items():
        meta = listed[name]
        if meta["size"] != len(data) or meta["sha256"] != sha256(data):
            raise _fail(path, f"checksum mismatch for '{name}' (damaged or altered bundle)")
