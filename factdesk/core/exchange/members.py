"""Reading a bundle's members as streams, so that memory stays bounded whatever a member holds.

A member is read in chunks of 1 MiB, hashed as it is read and counted
against its cap and the bundle's total; reading stops at the first byte
past either. A record member is split into lines while it is read: each
line must be one JSON object (no blank lines, none longer than a record may
be) and is kept as its bytes (`Records`), parsed again when it is used,
because a parsed record costs about five times its line; only the first
PARSED_BYTES of a bundle's lines are also kept parsed, so that ordinary
bundles are not parsed over and over. Attached files
are only hashed here; `Files` reads one again when the merge stores it and
checks its hash once more.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from array import array
from pathlib import Path
from typing import Any, Iterator, Mapping, Sequence

from factdesk.core.errors import InputError

CHUNK = 1 << 20
PARSED_BYTES = 160 << 20  # what the records kept parsed may cost (estimated by `_parsed_cost`)
SHORTEST = 16  # bytes: no record of any kind is shorter (it must hold all its fields)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


DECODER = json.JSONDecoder(parse_constant=_no_constant)


class Records(Sequence[dict[str, Any]]):
    """One record member's records, kept as their JSON lines; each access parses one record."""

    __slots__ = ("_data", "_ends", "_parsed")

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("I")  # 4 bytes a line: members are far below 4 GiB
        self._parsed: list[dict[str, Any]] | None = []

    def add(self, line: bytes, parsed: dict[str, Any] | None) -> None:
        """Keep one checked line (and its record, while `parsed` is given for every line)."""
        self._data += line
        self._ends.append(len(self._data))
        if self._parsed is not None:
            if parsed is None:
                self._parsed = None
            else:
                self._parsed.append(parsed)

    @property
    def nbytes(self) -> int:
        """What the kept lines take."""
        return len(self._data) + self._ends.itemsize * len(self._ends)

    def __len__(self) -> int:
        return len(self._ends)

    def _parse(self, i: int) -> dict[str, Any]:
        if self._parsed is not None:
            return self._parsed[i]
        start = self._ends[i - 1] if i else 0
        return DECODER.decode(self._data[start:self._ends[i]].decode("utf-8"))

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._parse(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._parse(index)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        if self._parsed is not None:
            yield from self._parsed
            return
        for i in range(len(self._ends)):
            yield self._parse(i)


class Budget:
    """What a bundle may still unpack in total, keep of its records, and keep parsed."""

    def __init__(self, total: int, records: int, parsed: int = PARSED_BYTES):
        self.total, self.records, self.parsed = total, records, parsed


def _parsed_cost(line: bytes) -> int:
    """A generous estimate of what a line's parsed record costs in memory."""
    return 6 * len(line) + 256


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, budget: Budget) -> Iterator[bytes]:
    """A member's bytes in chunks; InputError past `cap` or the bundle's total."""
    size = 0
    with zf.open(info) as fh:
        while chunk := fh.read(CHUNK):
            size += len(chunk)
            budget.total -= len(chunk)
            if size > cap or budget.total < 0:
                raise InputError(f"member '{info.filename}' unpacks to more than its declared size "
                                 f"or the bundle's limit")
            yield chunk


def read_records(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, record_cap: int,
                 budget: Budget) -> tuple[Records, str, int]:
    """A record member as `Records`, with its sha256 and size; InputError at the first bad line."""
    name, digest, size = info.filename, hashlib.sha256(), 0
    out, pending, number = Records(), bytearray(), 0

    def take(line: bytes) -> None:
        nonlocal number
        number += 1
        if len(line) > record_cap:
            raise InputError(f"{name} line {number}: record too large ({len(line)} bytes > {record_cap})")
        if not line.strip():
            raise InputError(f"{name} line {number}: a blank line (one JSON object per line)")
        if len(line) < SHORTEST:
            raise InputError(f"{name} line {number}: too short to be a record")
        try:
            obj = DECODER.decode(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise InputError(f"{name} line {number}: not valid JSON ({str(exc)[:80]})") from None
        if not isinstance(obj, dict):
            raise InputError(f"{name} line {number}: a record must be a JSON object")
        budget.records -= len(line)
        if budget.records < 0:
            raise InputError(f"the records are larger than a bundle may hold "
                             f"(more than {cap} bytes together)")
        budget.parsed -= _parsed_cost(line)
        out.add(line, obj if budget.parsed >= 0 else None)

    for chunk in _chunks(zf, info, cap, budget):
        digest.update(chunk)
        size += len(chunk)
        pending += chunk
        start = 0
        while (end := pending.find(b"\n", start)) >= 0:
            take(bytes(pending[start:end]))
            start = end + 1
        del pending[:start]
        if len(pending) > record_cap:
            raise InputError(f"{name} line {number + 1}: record too large (more than {record_cap} bytes)")
    if pending:
        take(bytes(pending))
    return out, digest.hexdigest(), size


def hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, budget: Budget) -> tuple[str, int, bytes]:
    """A member's sha256 and size, and its first bytes, without keeping it."""
    digest, size, head = hashlib.sha256(), 0, b""
    for chunk in _chunks(zf, info, cap, budget):
        if not head:
            head = chunk[:64]
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size, head


def read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int, budget: Budget) -> bytes:
    """A small member (the manifest) whole."""
    return b"".join(_chunks(zf, info, cap, budget))


class Files(Mapping[str, bytes]):
    """A bundle's attached files by sha256, read from the bundle one at a time when used."""

    def __init__(self, path: Path, names: dict[str, str], cap: int):
        self._path, self._names, self._cap = path, names, cap

    def __len__(self) -> int:
        return len(self._names)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __contains__(self, digest: object) -> bool:
        return digest in self._names

    def __getitem__(self, digest: str) -> bytes:
        name = self._names[digest]
        try:
            with zipfile.ZipFile(self._path) as zf:
                data = b"".join(_chunks(zf, zf.getinfo(name), self._cap, Budget(self._cap, 0)))
        except (OSError, KeyError, zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise InputError(f"{self._path.name}: attached file {digest[:12]}… can no longer be read "
                             f"({str(exc)[:60] or type(exc).__name__})") from None
        if hashlib.sha256(data).hexdigest() != digest:
            raise InputError(f"{self._path.name}: attached file {digest[:12]}… changed while it was imported")
        return data
