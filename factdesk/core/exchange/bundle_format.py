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
accepts only the member names above, reads each member as a stream with a
size cap (total, per member, compression ratio; see `members`), checks every
checksum and refuses anything else with one clear line (InputError). Records
stay as their JSON lines and attached files stay in the bundle until used,
so reading costs at most about the records' size. Nothing in a bundle is
ever executed or opened as a database.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from factdesk.core import strict_json
from factdesk.core.errors import FactDeskError, InputError, RequestError
from factdesk.core.exchange import members as stream

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
    # one record member, and all record members together (records stay in memory as their lines,
    # so reading a bundle takes about this much, never twice as much)
    member_bytes: int = 256 << 20
    file_bytes: int = 64 << 20           # one attached file (FactDesk attaches files of at most 50 MB)
    manifest_bytes: int = 4 << 20
    record_bytes: int = 8 << 20          # one JSONL line (an article's text can be long)
    members: int = 100_000
    ratio: int = 200                     # uncompressed / compressed, for members past 64 KiB
    ratio_floor: int = 64 << 10


LIMITS = Limits()


@dataclass(slots=True)
class Bundle:
    """A bundle's contents: manifest, records by kind (parsed when used), files by sha256 (read when used)."""

    manifest: dict[str, Any]
    records: dict[str, Sequence[dict[str, Any]]] = field(default_factory=dict)
    files: Mapping[str, bytes] = field(default_factory=dict)

    def parsed(self) -> dict[str, list[dict[str, Any]]]:
        """Every record as a dict, in lists one may change (for tools and tests that rewrite a bundle)."""
        return {kind: list(recs) for kind, recs in self.records.items()}


def sha256(data: bytes) -> str:
    """Hex sha256 of bytes."""
    return hashlib.sha256(data).hexdigest()


def _jsonl(records: Iterable[dict[str, Any]]) -> bytes:
    """Records as UTF-8 JSON lines (strict: a number that is not finite travels as null)."""
    return "".join(strict_json.dumps(r, separators=(",", ":")) + "\n" for r in records).encode("utf-8")


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
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".bundle-", suffix=".tmp", dir=str(path.parent or "."))
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            zf.writestr(MANIFEST, strict_json.dumps(head, indent=1))
            for name, data in members.items():
                # attached files are often compressed already (PDF, images): store them as they are
                method = zipfile.ZIP_STORED if name.startswith("files/") else zipfile.ZIP_DEFLATED
                zf.writestr(name, data, compress_type=method)
        os.replace(tmp, path)
    except OSError as exc:
        _remove(tmp)
        raise _unwritable(path, exc) from None
    except BaseException:
        _remove(tmp)
        raise
    return path


def _remove(tmp: str | None) -> None:
    if tmp and os.path.exists(tmp):
        os.unlink(tmp)


def _unwritable(path: Path, exc: OSError) -> FactDeskError:
    """One line for a bundle that could not be written: a full disk, a read-only folder, …"""
    if exc.errno == errno.ENOSPC:
        why = "the disk is full; free some space and export again"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = f"the folder {path.parent} may not be written"
    else:
        why = exc.strerror or str(exc)
    return RequestError(f"{path}: the bundle could not be written ({why}); nothing was exported",
                        "disk_full" if exc.errno == errno.ENOSPC else "cannot_write", path=str(path))


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
        cap = _cap(name, limits)
        if info.file_size > cap:
            raise _fail(path, f"member '{name}' is too large ({info.file_size} bytes > {cap})")
        if info.file_size > limits.ratio_floor and info.file_size > limits.ratio * max(info.compress_size, 1):
            raise _fail(path, f"member '{name}' is compressed suspiciously well (a zip bomb?)")
        total += info.file_size
        if total > limits.total_bytes:
            raise _fail(path, f"too large when unpacked (> {limits.total_bytes} bytes)")
    if MANIFEST not in seen:
        raise _fail(path, "manifest.json is missing")


def _cap(name: str, limits: Limits) -> int:
    """The most a member of this name may unpack to."""
    if name == MANIFEST:
        return limits.manifest_bytes
    if name in _RECORD_MEMBERS:
        return limits.member_bytes
    return min(limits.file_bytes, limits.member_bytes)


_ZIP: Any = zipfile  # its end-of-directory helpers are private, so typeshed leaves them out


def _precheck_directory(path: Path, limits: Limits) -> None:
    """Refuse a zip whose central directory announces too many members, before parsing it."""
    try:
        with path.open("rb") as fh:
            end = _ZIP._EndRecData(fh)  # the end record only: cheap, and zipfile's own reader
    except (AttributeError, OSError):  # pragma: no cover - a Python without the helper
        return
    if end is None:
        raise _fail(path, "the zip is truncated or damaged (no end of central directory)")
    if end[_ZIP._ECD_ENTRIES_TOTAL] > limits.members:
        raise _fail(path, f"too many members ({end[_ZIP._ECD_ENTRIES_TOTAL]} > {limits.members})")
    if end[_ZIP._ECD_SIZE] > limits.manifest_bytes * 16:
        raise _fail(path, "the zip's directory is too large")


def read_bundle(path: Path | str, limits: Limits = LIMITS) -> Bundle:
    """Read and check a bundle file as streams; InputError with one line when it is unusable.

    Checks: zip structure, member names and sizes, compression ratios, CRCs,
    the manifest's format and version, sha256 and size of every member, one
    JSON object per record line. Record contents are checked by
    `validate.validate_bundle`.
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
            # records parsed and kept: at most half the record budget, so lines + records < 2 members
            budget = stream.Budget(limits.total_bytes, limits.member_bytes,
                                   min(stream.PARSED_BYTES, limits.member_bytes // 2))
            by_name = {info.filename: info for info in infos}
            manifest = _parse_manifest(path, stream.read_small(zf, by_name.pop(MANIFEST),
                                                                 limits.manifest_bytes, budget))
            _check_listed(path, manifest, set(by_name))
            bundle = Bundle(manifest=manifest)
            names = {}
            for name, info in by_name.items():
                kind = _RECORD_MEMBERS.get(name)
                if kind:
                    bundle.records[kind], digest, size = stream.read_records(
                        zf, info, limits.member_bytes, limits.record_bytes, budget)
                    head = b""
                else:
                    digest, size, head = stream.hash_member(zf, info, _cap(name, limits), budget)
                    names[name.split("/", 1)[1]] = name
                meta = manifest["members"][name]
                if meta["size"] != size or meta["sha256"] != digest:
                    raise _fail(path, f"checksum mismatch for '{name}' (damaged or altered bundle)")
                if head.startswith(SQLITE_MAGIC):
                    raise _fail(path, f"member '{name}' is an SQLite database; bundles never carry databases")
    except InputError as exc:
        raise (_fail(path, exc.message) if not exc.message.startswith(path.name) else exc) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, OSError,
            NotImplementedError, ValueError) as exc:
        raise _fail(path, f"the zip is truncated or damaged ({str(exc)[:80] or type(exc).__name__})") from None
    bundle.files = stream.Files(path, names, min(limits.file_bytes, limits.member_bytes))
    for kind in KINDS:
        bundle.records.setdefault(kind, stream.Records())
        counted = manifest["counts"].get(kind, 0 if kind in OPTIONAL_KINDS else None)
        if counted != len(bundle.records[kind]) or isinstance(counted, bool):
            raise _fail(path, f"the manifest counts {manifest['counts'].get(kind)} {kind}, "
                              f"the bundle holds {len(bundle.records[kind])}")
    for digest, name in names.items():
        if manifest["members"][name]["sha256"] != digest:
            raise _fail(path, f"attached file {digest[:12]}… does not match its name's checksum")
    return bundle


def _parse_manifest(path: Path, data: bytes) -> dict[str, Any]:
    """The manifest as a dict, with format and version checked."""
    try:
        manifest = stream.DECODER.decode(data.decode("utf-8"))
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


def _check_listed(path: Path, manifest: dict[str, Any], present: set[str]) -> None:
    """Every member listed in the manifest is present, and nothing else is."""
    listed = manifest["members"]
    missing = set(listed) - present
    extra = present - set(listed)
    if missing:
        raise _fail(path, f"member '{sorted(missing)[0][:80]}' is listed but missing (truncated bundle?)")
    if extra:
        raise _fail(path, f"member '{sorted(extra)[0][:80]}' is not listed in the manifest")
