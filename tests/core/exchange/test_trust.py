"""The bundle trust model (docs/bundle-trust.md): a bundle changes only what it carries.

Each test forges a bundle the way an attacker would (consistent checksums,
plausible records) and checks that the receiving desk refuses it and stays
exactly as it was, or, where the bundle is legitimate but late, that the
receiving desk's locks and scale hold.
"""

from __future__ import annotations

import time
import uuid

import pytest

from factdesk.core import ops
from factdesk.core.errors import InputError
from factdesk.core.exchange import bundle_format
from factdesk.core.store import clock
from factdesk.core.exchange.export import export_bundle
from factdesk.core.exchange.merge import import_bundle

from .helpers import ARTICLES, dump, history_count

VICTIM_TEXT = "Der Stadtrat beschloss 14 neue Kitas und 230 Stellen für 2025.\n"


# --- the desk actions the scenarios need (one place to adapt when the API moves) ---

def _import(desk, text, by):
    return ops.import_text(desk, text, by=by).article_id


def _edit(desk, claim_id, by, **fields):
    return ops.edit_claim(desk, claim_id, by, **fields)


def _source(desk, claim_id, by, **fields):
    return ops.add_source(desk, claim_id, by, **fields)


def _review(desk, claim_id, decision, by, comment=None):
    return ops.review_claim(desk, claim_id, decision, by, comment)


def _approve(desk, claim_id, verdict="true"):
    _edit(desk, claim_id, "vera", verdict=verdict, rationale="checked")
    ops.add_source(desk, claim_id, "vera", url="https://example.org/checked")  # the four-eyes rule needs one
    _edit(desk, claim_id, "vera", status="ready_for_review")
    _review(desk, claim_id, "approve", "lena")


# --- forging --------------------------------------------------------------------

def _forge(good, out, edit, manifest=None):
    """A bundle with consistent checksums whose records (and manifest) were changed by the attacker."""
    b = bundle_format.read_bundle(good)
    records = b.parsed()
    edit(records)
    head = {k: v for k, v in b.manifest.items() if k not in ("format", "version", "counts", "members")}
    stamps = [head["created_hlc"], *(h["hlc"] for h in records["history"] if h["desk_id"] == head["desk_id"])]
    head["created_hlc"] = max(stamps, key=clock.key)   # a forger keeps the bundle newer than what it holds
    if manifest:
        manifest(head)
    return bundle_format.write_bundle(out, head, records, dict(b.files))


def _state(desk):
    return dump(desk), history_count(desk), desk.db.execute("SELECT value FROM settings WHERE key='hlc'").fetchone()


def _refused(desk, path, match):
    before = _state(desk)
    with pytest.raises(InputError, match=match) as info:
        import_bundle(desk, path, "ben")
    assert _state(desk) == before
    assert "\n" not in info.value.message
    return info.value.message


def _later(stamp, desk_id, ms=1):
    """An HLC `ms` after `stamp`, in the name of `desk_id`."""
    t = clock.parse(stamp)
    return str(clock.HLC(t.physical + ms, 0, desk_id))


@pytest.fixture
def scene(desks, tmp_path):
    """Anna's desk with an article and a bundle of it; Ben's desk with an approved claim and a source."""
    anna, ben = desks("anna"), desks("ben")
    aid = _import(anna, ARTICLES[0], "anna")
    first = anna.claims_for_article(aid)[0].id
    _edit(anna, first, "anna", verdict="false", rationale="wrong")
    vid = _import(ben, VICTIM_TEXT, "ben")
    victim, other = ben.claims_for_article(vid)[:2]
    _source(ben, victim.id, "ben", url="https://example.org/kitas", title="Stadtrat")
    _approve(ben, victim.id)
    good = tmp_path / "good.zip"
    export_bundle(anna, good, "anna")
    src = ben.db.execute("SELECT id FROM sources WHERE claim_id = ?", [victim.id]).fetchone()[0]
    return {"anna": anna, "ben": ben, "good": good, "article": aid, "claim": first, "victim": victim.id,
            "other": other.id, "victim_article": vid, "victim_source": src, "tmp": tmp_path}


def _row(records, **kw):
    """A history row copied from the bundle's own verdict edit and changed by `kw`."""
    base = next(h for h in records["history"] if h["entity"] == "claim" and h["field"] == "verdict")
    return {**base, **kw}


# --- point 1: a bundle changes only what it carries -----------------------------

def test_a_history_row_cannot_reach_a_claim_in_an_article_the_bundle_does_not_carry(scene):
    s = scene

    def edit(r):
        r["history"].append(_row(r, entity_id=s["victim"], claim_id=s["victim"], old="true", new="false",
                                 hlc=_later(r["history"][-1]["hlc"], s["anna"].desk_id)))

    bad = _forge(s["good"], s["tmp"] / "flip.zip", edit)
    assert "does not carry" in _refused(s["ben"], bad, "claim")
    assert s["ben"].get_claim(s["victim"]).verdict == "true"


def test_a_claim_cannot_be_approved_without_its_review(scene):
    s = scene

    def edit(r):
        r["history"].append(_row(r, field="status", old="new", new="approved",
                                 hlc=_later(r["history"][-1]["hlc"], s["anna"].desk_id)))

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "approve.zip", edit), "review")


def test_a_claim_record_cannot_arrive_approved_without_a_review(scene):
    s = scene

    def edit(r):
        r["claims"][1].update(status="approved", verdict=None)

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "approved.zip", edit), "approved")


def test_a_review_needs_the_status_change_it_made(scene):
    s = scene

    def edit(r):
        c = r["claims"][0]
        r["reviews"].append({"id": str(uuid.uuid4()), "claim_id": c["id"], "decision": "approve",
                             "reviewer": "lena", "comment": None, "created_at": r["history"][-1]["at"],
                             "hlc": _later(r["history"][-1]["hlc"], s["anna"].desk_id)})

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "review.zip", edit), "review")


@pytest.mark.parametrize("what", ["victim_source", "victim", "other"])
def test_a_removal_cannot_reach_what_the_bundle_does_not_carry(scene, what):
    s = scene
    entity = "source" if what == "victim_source" else "claim"

    def edit(r):
        r["history"].append(_row(r, entity=entity, entity_id=s[what],
                                 claim_id=s["victim"] if entity == "source" else s[what],
                                 field="removed", old=None, new=1,
                                 hlc=_later(r["history"][-1]["hlc"], s["anna"].desk_id)))

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "rm.zip", edit), "does not carry")
    assert s["ben"].get_claim(s["other"])


def test_a_bundle_cannot_speak_in_the_receiving_desks_name(scene):
    s = scene
    ben_id = s["ben"].desk_id

    def edit(r):
        r["history"].append(_row(r, new="true", desk_id=ben_id, hlc=_later(r["history"][-1]["hlc"], ben_id)))

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "mine.zip", edit), "this desk")


def test_a_source_record_cannot_move_a_source_of_this_desk(scene):
    s = scene

    def edit(r):
        r["sources"].append({"id": s["victim_source"], "claim_id": r["claims"][0]["id"],
                             "url": "https://example.org/x", "title": None, "publisher": None,
                             "published": None, "accessed": None, "excerpt": None, "file_name": None,
                             "file_hash": None, "created_at": r["history"][-1]["at"], "created_by": "mallory"})

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "src.zip", edit), "source")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd", "smb://host/share"])
def test_source_addresses_follow_the_desks_own_rules(scene, url):
    s = scene

    def edit(r):
        r["sources"].append({"id": str(uuid.uuid4()), "claim_id": r["claims"][0]["id"], "url": url,
                             "title": "t", "publisher": None, "published": None, "accessed": None,
                             "excerpt": None, "file_name": None, "file_hash": None,
                             "created_at": r["history"][-1]["at"], "created_by": "mallory"})

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "url.zip", edit), "web address")


@pytest.mark.parametrize("name", ["../../../.bashrc", "/etc/cron.d/x", "a\\..\\b", "..", "x\x00y", "a\nb"])
def test_attached_file_names_are_plain_names(scene, name):
    s = scene
    data = b"#!/bin/sh\necho pwned\n"
    digest = bundle_format.sha256(data)
    b = bundle_format.read_bundle(s["good"])
    records = b.parsed()
    records["sources"].append({"id": str(uuid.uuid4()), "claim_id": records["claims"][0]["id"],
                                 "url": None, "title": "t", "publisher": None, "published": None,
                                 "accessed": None, "excerpt": None, "file_name": name, "file_hash": digest,
                                 "created_at": records["history"][-1]["at"], "created_by": "mallory"})
    head = {k: v for k, v in b.manifest.items() if k not in ("format", "version", "counts", "members")}
    bad = bundle_format.write_bundle(s["tmp"] / "name.zip", head, records, {**b.files, digest: data})
    _refused(s["ben"], bad, "file_name")


def test_values_from_must_be_one_of_the_records_own_ids(scene):
    s = scene

    def edit(r):
        r["claims"][0]["values_from"] = "00000000-0000-4000-8000-000000000000"

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "vf.zip", edit), "values_from")


def test_a_desk_never_sends_a_values_from_that_is_none_of_the_records_ids(scene):
    """Seen once in a long three-desk run: a desk held a claim's values as those of a twin whose id it
    files under another claim, and every desk refused its bundles."""
    s = scene
    anna, ben = s["anna"], s["ben"]
    first, second = [c.id for c in anna.claims_for_article(s["article"])][:2]
    twin = "00000000-0000-4000-8000-00000000000a"
    with anna.transaction():
        anna.exchange.add_alias("claim", twin, first)
        anna.exchange.set_values_from(second, twin)
    path = s["tmp"] / "twin.zip"
    export_bundle(anna, path, "anna", everything=True)
    import_bundle(ben, path, "ben")   # was refused: "its values_from is none of its own ids"
    assert second in {c.id for c in ben.claims_for_article(s["article"])}


def test_an_alias_cannot_tie_a_claim_of_this_desk_to_another_claim(scene):
    s = scene

    def edit(r):
        r["aliases"].append({"alias": s["victim"], "entity": "claim", "id": r["claims"][0]["id"]})

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "alias.zip", edit), "alias")


def test_an_alias_inside_a_record_cannot_claim_a_claim_of_this_desk(scene):
    s = scene

    def edit(r):
        r["claims"][0]["aliases"] = [s["victim"]]

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "alias2.zip", edit), "alias|another")


def test_an_article_must_match_its_content_hash(scene):
    s = scene
    victim_hash = s["ben"].db.execute("SELECT content_hash FROM articles WHERE id = ?",
                                      [s["victim_article"]]).fetchone()[0]

    def edit(r):
        r["articles"][0]["content_hash"] = victim_hash

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "hash.zip", edit), "content hash")


def test_a_history_row_must_name_its_own_article(scene):
    s = scene

    def edit(r):
        r["history"].append(_row(r, article_id=None, hlc=_later(r["history"][-1]["hlc"], s["anna"].desk_id)))

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "noart.zip", edit), "article")


def test_a_history_time_must_carry_its_desk_id(scene):
    s = scene
    other = str(uuid.uuid4())

    def edit(r):
        r["history"].append(_row(r, new="true", hlc=_later(r["history"][-1]["hlc"], other)))

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "stamp.zip", edit), "desk")


# --- an approval locks a claim on every desk ---------------------------------------

def test_an_edit_made_elsewhere_after_an_approval_loses_and_is_listed(desks, tmp_path):
    anna, ben = desks("anna"), desks("ben")
    aid = _import(anna, ARTICLES[0], "anna")
    cid = anna.claims_for_article(aid)[0].id
    export_bundle(anna, tmp_path / "1.zip", "anna")
    import_bundle(ben, tmp_path / "1.zip", "ben")
    _approve(anna, cid, verdict="true")
    time.sleep(0.005)                                # later by the clocks, not only in the test's order
    _edit(ben, cid, "ben", verdict="false")          # Ben has not seen the approval yet
    export_bundle(anna, tmp_path / "a.zip", "anna", everything=True)
    export_bundle(ben, tmp_path / "b.zip", "ben", everything=True)
    report = import_bundle(anna, tmp_path / "b.zip", "anna")
    import_bundle(ben, tmp_path / "a.zip", "ben")
    for desk in (anna, ben):
        claim = desk.get_claim(cid)
        assert (claim.status, claim.verdict) == ("approved", "true")
    assert any(c["field"] == "verdict" and c["other_value"] == "false" for c in report.conflicts)
    assert dump(anna) == dump(ben)


# --- point 3: verdicts on the receiving desk's scale --------------------------------

def test_a_verdict_outside_the_receiving_scale_is_refused(scene):
    s = scene

    def edit(r):
        r["claims"][0]["verdict"] = "no_such_verdict"
        for h in r["history"]:
            if h["field"] == "verdict":
                h["new"] = "no_such_verdict"

    message = _refused(s["ben"], _forge(s["good"], s["tmp"] / "scale.zip", edit), "no_such_verdict")
    assert "rating scale" in message


def test_a_desk_on_another_scale_is_told_which(desks, tmp_path):
    anna, ben = desks("anna"), desks("ben")
    anna.set_rating_scale("correctiv", "anna")
    aid = _import(anna, ARTICLES[0], "anna")
    _edit(anna, anna.claims_for_article(aid)[0].id, "anna", verdict="richtig")
    export_bundle(anna, tmp_path / "c.zip", "anna")
    message = _refused(ben, tmp_path / "c.zip", "richtig")
    assert "correctiv" in message and "default" in message


# --- point 2: clocks ----------------------------------------------------------------

def test_a_bundle_from_a_clock_a_year_ahead_is_refused(scene):
    s = scene
    year = 366 * 24 * 3600 * 1000 - 60_000

    def ahead(stamp):
        return _later(stamp, clock.parse(stamp).desk_id, year)

    def edit(r):
        for h in r["history"]:
            h["hlc"] = ahead(h["hlc"])

    def manifest(m):
        m["created_hlc"] = ahead(m["created_hlc"])

    message = _refused(s["ben"], _forge(s["good"], s["tmp"] / "year.zip", edit, manifest), "ahead|future")
    assert "clock" in message


def test_a_record_newer_than_its_bundle_is_refused(scene):
    s = scene

    created = bundle_format.read_bundle(s["good"]).manifest["created_hlc"]

    def edit(r):
        r["history"][-1]["hlc"] = _later(r["history"][-1]["hlc"], s["anna"].desk_id, 60_000)

    bad = _forge(s["good"], s["tmp"] / "newer.zip", edit, lambda m: m.update(created_hlc=created))
    _refused(s["ben"], bad, "newer than the bundle")


def test_knowledge_newer_than_the_bundle_is_refused(scene):
    s = scene

    def manifest(m):
        m["knowledge"] = {**m["knowledge"], s["ben"].desk_id: _later(m["created_hlc"], s["ben"].desk_id, 10**9)}

    _refused(s["ben"], _forge(s["good"], s["tmp"] / "know.zip", lambda r: None, manifest), "newer than the bundle")


def test_a_bundle_a_few_seconds_ahead_is_taken_and_the_clock_moves_at_most_that(scene):
    s = scene
    ahead = 20_000

    def edit(r):
        for h in r["history"]:
            h["hlc"] = _later(h["hlc"], clock.parse(h["hlc"]).desk_id, ahead)

    def manifest(m):
        m["created_hlc"] = _later(m["created_hlc"], s["anna"].desk_id, ahead)

    bundle = _forge(s["good"], s["tmp"] / "skew.zip", edit, manifest)
    import_bundle(s["ben"], bundle, "ben")
    stamp = s["ben"].db.execute("SELECT value FROM settings WHERE key='hlc'").fetchone()[0]
    assert clock.parse(stamp).physical <= clock.wall_ms() + clock.MAX_SKEW_MS


# --- point 11: text that is not text --------------------------------------------------

def _tables(desk):
    return {r[0] for r in desk.db.execute("SELECT name FROM sqlite_master")}


@pytest.mark.parametrize("where", ["articles", "history"])
def test_a_lone_surrogate_is_refused_before_the_desk_changes(scene, where):
    s = scene
    tables = _tables(s["ben"])
    assert "exchange_peers" not in tables

    def edit(r):
        if where == "articles":
            r["articles"][0]["title"] = "Wahl \ud800 2025"
        else:
            r["history"][-1]["by"] = "anna\udc80"

    members = _forge_raw(s["good"], s["tmp"] / "sur.zip", edit)
    _refused(s["ben"], members, "not valid text")
    assert _tables(s["ben"]) == tables


def _forge_raw(good, out, edit):
    """Like _forge, but writes JSON escapes for lone surrogates (which UTF-8 cannot hold)."""
    import json
    import zipfile

    b = bundle_format.read_bundle(good)
    records = b.parsed()
    edit(records)
    head = {k: v for k, v in b.manifest.items() if k not in ("format", "version", "counts", "members")}
    members = {f"records/{k}.jsonl": "".join(json.dumps(r) + "\n" for r in records[k]).encode()
               for k in bundle_format.KINDS}
    head.update(format=bundle_format.FORMAT, version=bundle_format.VERSION,
                counts={k: len(records[k]) for k in bundle_format.KINDS} | {"files": 0},
                members={n: {"sha256": bundle_format.sha256(d), "size": len(d)} for n, d in members.items()})
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(head))
        for n, d in members.items():
            zf.writestr(n, d)
    return out
