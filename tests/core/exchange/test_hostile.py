"""Hostile and broken bundles are refused with one clear line, and the desk stays as it was."""

from __future__ import annotations

import json
import secrets
import sqlite3
import zipfile
from pathlib import Path

import pytest

from factdesk.core.errors import InputError
from factdesk.core.exchange import bundle_format
from factdesk.core.exchange.export import export_bundle
from factdesk.core.exchange.merge import import_bundle
from factdesk.core import ops

from .helpers import ARTICLES, dump, history_count


@pytest.fixture
def setup(desks, tmp_path):
    """A source desk with work, a good bundle of it, and a target desk with work of its own."""
    a, b = desks("a"), desks("b")
    aid = ops.import_text(a, ARTICLES[0], by="anna").article_id
    cid = a.claims_for_article(aid)[0].id
    ops.edit_claim(a, cid, "anna", verdict="true", rationale="ok")
    ops.import_text(b, ARTICLES[1], by="ben")
    good = tmp_path / "good.zip"
    export_bundle(a, good, "anna")
    return a, b, good


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _rezip(path: Path, members: dict[str, bytes], compress=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compress) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def _rewrite(good: Path, out: Path, edit) -> Path:
    """A bundle with consistent checksums whose records were changed by `edit(records)`."""
    b = bundle_format.read_bundle(good)
    records = b.parsed()
    edit(records)
    head = {k: v for k, v in b.manifest.items() if k not in ("format", "version", "counts", "members")}
    return bundle_format.write_bundle(out, head, records, dict(b.files))


def _refused(desk, path: Path, match: str, limits=bundle_format.LIMITS) -> str:
    before = (dump(desk), history_count(desk))
    with pytest.raises(InputError, match=match) as info:
        import_bundle(desk, path, "ben", limits=limits)
    assert (dump(desk), history_count(desk)) == before
    message = info.value.message
    assert "\n" not in message and len(message) < 300
    return message


def test_the_good_bundle_imports(setup):
    a, b, good = setup
    assert import_bundle(b, good, "ben").new_claims


@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "records/../../x.jsonl",
                                  "files/../../../tmp/evil", "C:\\windows\\evil.dll", "records/claims.jsonl/../x"])
def test_traversal_member_names(setup, tmp_path, name):
    a, b, good = setup
    members = _members(good)
    members[name] = b"root:x:0:0"
    _refused(b, _rezip(tmp_path / "evil.zip", members), "unexpected member")
    assert not (tmp_path.parent / "etc").exists()


def test_truncated_zip(setup, tmp_path):
    a, b, good = setup
    data = good.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    _refused(b, cut, "truncated or damaged")


def test_wrong_checksum(setup, tmp_path):
    a, b, good = setup
    members = _members(good)
    members["records/claims.jsonl"] = members["records/claims.jsonl"].replace(b'"true"', b'"false"')
    _refused(b, _rezip(tmp_path / "tampered.zip", members), "checksum mismatch")


def test_missing_member(setup, tmp_path):
    a, b, good = setup
    members = _members(good)
    del members["records/history.jsonl"]
    _refused(b, _rezip(tmp_path / "short.zip", members), "listed but missing")


def test_unknown_format_version(setup, tmp_path):
    a, b, good = setup
    members = _members(good)
    manifest = json.loads(members["manifest.json"])
    manifest["version"] = 99
    members["manifest.json"] = json.dumps(manifest).encode()
    assert "version 99 is not supported" in _refused(b, _rezip(tmp_path / "v99.zip", members), "update FactDesk")


def test_oversized_record(setup, tmp_path):
    a, b, good = setup
    small = bundle_format.Limits(record_bytes=200)
    _refused(b, good, "record too large", limits=small)


def test_oversized_member(setup, tmp_path):
    a, b, good = setup
    _refused(b, good, "too large", limits=bundle_format.Limits(member_bytes=100))


def test_zip_bomb(setup, tmp_path):
    a, b, good = setup
    members = _members(good)
    members["files/" + "0" * 64] = b"\0" * (60 << 20)   # 60 MB of zeros: ~60 KB compressed
    _refused(b, _rezip(tmp_path / "bomb.zip", members), "zip bomb")


def test_bomb_with_a_lying_header_is_cut_off(setup, tmp_path):
    """Even when the declared size is small, reading stops at the cap."""
    a, b, good = setup
    members = _members(good)
    members["files/" + "1" * 64] = b"\0" * (5 << 20)
    path = _rezip(tmp_path / "liar.zip", members)
    _refused(b, path, "too large|zip bomb|more than", limits=bundle_format.Limits(member_bytes=1 << 20))


@pytest.mark.parametrize("field, value, match", [
    ("start", "3", "wrong type"),
    ("start", True, "wrong type"),
    ("type", "gossip", "invalid value"),
    ("status", "done", "invalid value"),
    ("end", 10_000, "outside the article"),
    ("id", "not-a-uuid", "invalid value"),
    ("rationale", secrets.token_hex(100_001), "too long"),
    ("value", 1e300, "invalid value"),     # finite, but no claim can mean it (written as 1e+300)
    ("value", -2e18, "invalid value"),
])
def test_bad_claim_records(setup, tmp_path, field, value, match):
    a, b, good = setup

    def edit(records):
        records["claims"][0][field] = value

    _refused(b, _rewrite(good, tmp_path / "bad.zip", edit), match)


@pytest.mark.parametrize("number, match", [(b"Infinity", "not valid JSON"), (b"NaN", "not valid JSON"),
                                           (b"1e999", "not a finite number"), (b"-1e400", "not a finite number")])
def test_numbers_that_are_not_finite_are_refused(setup, tmp_path, number, match):
    """FactDesk writes them as null; a bundle written by hand with them is refused (checksums consistent)."""
    a, b, good = setup
    members = _members(good)
    manifest = json.loads(members["manifest.json"])
    claims = members["records/claims.jsonl"]
    start = claims.index(b'"value":') + len(b'"value":')
    end = claims.index(b",", start)
    claims = claims[:start] + number + claims[end:]
    members["records/claims.jsonl"] = claims
    manifest["members"]["records/claims.jsonl"] = {"sha256": bundle_format.sha256(claims), "size": len(claims)}
    members["manifest.json"] = json.dumps(manifest).encode()
    _refused(b, _rezip(tmp_path / "inf.zip", members), match)


def test_a_desk_holding_infinity_exports_it_as_no_value(setup, tmp_path):
    a, b, good = setup
    cid = a.db.execute("SELECT id FROM claims ORDER BY rid LIMIT 1").fetchone()[0]
    a.db.execute("UPDATE claims SET value = ? WHERE id = ?", [float("inf"), cid])  # as an old desk may hold
    path = tmp_path / "inf-desk.zip"
    export_bundle(a, path, "anna", everything=True)
    assert b"Infinity" not in _members(path)["records/claims.jsonl"]
    import_bundle(b, path, "ben")
    assert b.get_claim(cid).value is None


def test_claim_text_must_match_the_article(setup, tmp_path):
    a, b, good = setup
    bad = _rewrite(good, tmp_path / "bad.zip", lambda r: r["claims"][0].update(text="999"))
    _refused(b, bad, "does not match the article")


def test_unknown_field_is_refused(setup, tmp_path):
    a, b, good = setup
    bad = _rewrite(good, tmp_path / "bad.zip", lambda r: r["claims"][0].update(sql="DROP TABLE claims"))
    _refused(b, bad, "unknown field 'sql'")


def test_history_with_a_bad_clock(setup, tmp_path):
    a, b, good = setup
    bad = _rewrite(good, tmp_path / "bad.zip", lambda r: r["history"][0].update(hlc="tomorrow"))
    _refused(b, bad, "invalid value")


def test_far_future_history_is_refused(setup, tmp_path):
    a, b, good = setup
    desk = a.desk_id
    bad = _rewrite(good, tmp_path / "bad.zip",
                   lambda r: r["history"][-1].update(hlc=f"9999999999999-0000-{desk}"))
    _refused(b, bad, "future")


def test_sqlite_file_instead_of_a_bundle(setup, tmp_path):
    a, b, good = setup
    foreign = tmp_path / "foreign.zip"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE x(y)")
    con.commit()
    con.close()
    _refused(b, foreign, "SQLite database")


def test_sqlite_file_inside_a_bundle(setup, tmp_path):
    a, b, good = setup
    members = _members(good)
    members["desk.sqlite"] = bundle_format.SQLITE_MAGIC + b"\0" * 100
    _refused(b, _rezip(tmp_path / "db1.zip", members), "unexpected member")


def test_sqlite_file_as_an_attachment(setup, tmp_path):
    a, b, good = setup
    data = bundle_format.SQLITE_MAGIC + b"\0" * 100
    digest = bundle_format.sha256(data)

    def edit(records):
        pass

    bundle = bundle_format.read_bundle(good)
    head = {k: v for k, v in bundle.manifest.items() if k not in ("format", "version", "counts", "members")}
    path = bundle_format.write_bundle(tmp_path / "db2.zip", head, bundle.parsed(), {digest: data})
    _refused(b, path, "SQLite database")


def test_not_a_zip(setup, tmp_path):
    a, b, good = setup
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"hello")
    _refused(b, junk, "truncated or damaged")


def test_duplicate_member_names(setup, tmp_path):
    a, b, good = setup
    members = _members(good)
    path = tmp_path / "dup.zip"
    with pytest.warns(UserWarning):
        with zipfile.ZipFile(path, "w") as zf:
            for name, data in members.items():
                zf.writestr(name, data)
            zf.writestr("records/claims.jsonl", b"")
    _refused(b, path, "appears twice")


@pytest.mark.parametrize("field, value", [("status", "pwned"), ("type", "gossip"), ("verdict", 5),
                                          ("sentence_start", "zero"), ("status", None)])
def test_history_values_are_checked_before_they_are_applied(setup, tmp_path, field, value):
    a, b, good = setup

    def edit(records):
        h = next(h for h in records["history"] if h["entity"] == "claim" and h["field"] == "verdict")
        h.update(field=field, new=value)

    _refused(b, _rewrite(good, tmp_path / "bad.zip", edit), "invalid new value|must not be null")


def test_too_many_members_refused_before_parsing(setup, tmp_path):
    a, b, good = setup
    members = _members(good)
    for i in range(30):
        members[f"files/{i:064x}"] = b"x"
    path = _rezip(tmp_path / "many.zip", members)
    _refused(b, path, "too many members", limits=bundle_format.Limits(members=20))


def test_history_sentence_offsets_must_lie_in_the_article(setup, tmp_path):
    a, b, good = setup

    def edit(records):
        h = next(h for h in records["history"] if h["entity"] == "claim" and h["field"] == "verdict")
        h.update(field="sentence_end", new=10_000)

    _refused(b, _rewrite(good, tmp_path / "bad.zip", edit), "sentence offset outside the article")
