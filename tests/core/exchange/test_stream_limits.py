"""Reading a hostile bundle costs bounded memory: members are streams, records stay lines, files stay put.

Each bundle here is small on disk and large when unpacked; the tests measure
the Python memory `read_bundle`/`import_bundle` allocate while refusing or
reading it (tracemalloc), against limits scaled down so the suite stays fast.
"""

from __future__ import annotations

import json
import tracemalloc
import zipfile

import pytest

from factdesk.core import ops
from factdesk.core.errors import InputError
from factdesk.core.exchange import bundle_format
from factdesk.core.exchange.export import export_bundle
from factdesk.core.exchange.merge import import_bundle

from .helpers import ARTICLES, dump

MB = 1 << 20


@pytest.fixture
def good(desks, tmp_path):
    a = desks("a")
    ops.import_text(a, ARTICLES[0], by="anna")
    path = tmp_path / "good.zip"
    export_bundle(a, path, "anna")
    return path


def _with_member(good, out, name, data, lie=False):
    """The good bundle plus (or with a replaced) member whose manifest entry is consistent."""
    with zipfile.ZipFile(good) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    members[name] = data
    manifest["members"][name] = {"sha256": bundle_format.sha256(data), "size": len(data)}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for n, d in members.items():
            zf.writestr(n, d)
    if lie:  # say the member is tiny in the zip's own directory (the stream is cut off regardless)
        raw = bytearray(out.read_bytes())
        size = len(data).to_bytes(4, "little")
        raw[:] = raw.replace(size, (100).to_bytes(4, "little"))
        out.write_bytes(bytes(raw))
    return out


def _peak(fn):
    tracemalloc.start()
    try:
        fn()
    except InputError as exc:
        message = exc.message
    else:
        message = None
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak, message


def test_a_member_of_newlines_is_refused_at_its_first_line(good, tmp_path):
    bad = _with_member(good, tmp_path / "nl.zip", "records/history.jsonl", b"\n" * (60 * MB))
    limits = bundle_format.Limits(member_bytes=64 * MB, ratio=10_000)  # past the zip-bomb rule
    peak, message = _peak(lambda: bundle_format.read_bundle(bad, limits))
    assert "blank line" in message
    assert peak < 4 * MB


def test_a_member_past_its_cap_is_refused_by_its_declared_size(good, tmp_path):
    bad = _with_member(good, tmp_path / "big.zip", "records/history.jsonl", b"\n" * (60 * MB))
    peak, message = _peak(lambda: bundle_format.read_bundle(bad, bundle_format.Limits(member_bytes=32 * MB)))
    assert "too large" in message
    assert peak < 2 * MB


def test_a_lying_size_is_cut_off_at_the_cap(good, tmp_path):
    line = b'{"alias":"' + b"x" * 90 + b'"}\n'
    data = line * (40 * MB // len(line))
    bad = _with_member(good, tmp_path / "liar.zip", "records/aliases.jsonl", data, lie=True)
    limits = bundle_format.Limits(member_bytes=8 * MB, ratio=10_000)
    peak, message = _peak(lambda: bundle_format.read_bundle(bad, limits))
    assert message and ("more than" in message or "damaged" in message)
    assert peak < 2 * 8 * MB


def test_records_cost_about_their_lines_not_five_times_that(good, tmp_path):
    """Valid-looking records up to the cap: memory stays below twice the largest allowed member."""
    line = b'{"alias":"00000000-0000-4000-8000-000000000000","entity":"claim","id":"x"}\n'
    cap = 8 * MB
    data = line * ((cap - 64 * 1024) // len(line))
    bad = _with_member(good, tmp_path / "many.zip", "records/aliases.jsonl", data)
    limits = bundle_format.Limits(member_bytes=cap, ratio=10_000)
    peak, message = _peak(lambda: bundle_format.read_bundle(bad, limits))
    assert message and "counts" in message   # read whole, then refused: the manifest counts differ
    assert peak < 2 * cap


def test_attached_files_are_not_held_in_memory(desks, good, tmp_path):
    b = bundle_format.read_bundle(good)
    files = {bundle_format.sha256(bytes([i]) * (4 * MB)): bytes([i]) * (4 * MB) for i in range(8)}
    head = {k: v for k, v in b.manifest.items() if k not in ("format", "version", "counts", "members")}
    path = bundle_format.write_bundle(tmp_path / "files.zip", head, b.parsed(), files)
    peak, message = _peak(lambda: bundle_format.read_bundle(path))
    assert message is None
    assert peak < 8 * MB                      # 32 MB of attachments were hashed, not kept
    again = bundle_format.read_bundle(path)
    digest = next(iter(files))
    assert again.files[digest] == files[digest]


def test_a_refused_stream_changes_nothing(desks, good, tmp_path):
    target = desks("t")
    before = dump(target)
    bad = _with_member(good, tmp_path / "nl.zip", "records/claims.jsonl", b"\n" * MB)
    with pytest.raises(InputError, match="blank line|zip bomb"):
        import_bundle(target, bad, "tom")
    assert dump(target) == before
