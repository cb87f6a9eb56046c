"""Imported fact-checks travel in bundles: converge, update by the newer HLC, refuse hostile records."""

from __future__ import annotations

import zipfile

import pytest

from factdesk.core.errors import InputError
from factdesk.core.exchange import bundle_format
from factdesk.core.exchange.export import export_bundle
from factdesk.core.exchange.merge import import_bundle
from factdesk.core.ops.checks import import_checks
from factdesk.core.store import prior_checks
from factdesk.core import ops

CHECKS = ("id\tclaim\trating\turl\tdate\n"
          "k1\tThe city has 5000 new flats.\tFalse\thttps://checks.example/k1\t2024-01-02\n"
          "k2\tThe mayor earns 9000 euros a month.\tTrue\thttps://checks.example/k2\t2024-02-03\n")


def collection(desk) -> dict[str, tuple]:
    return {r["id"]: (r["claim"], r["rating"], r["url"], r["published"], r["source"])
            for r in prior_checks.rows(desk.db)}


@pytest.fixture
def exported(desks, tmp_path):
    a = desks("a")
    src = tmp_path / "checks.tsv"
    src.write_text(CHECKS, encoding="utf-8")
    import_checks(a, [src], "anna", source="City checks")
    path = export_bundle(a, tmp_path / "a.zip", "anna").path
    return a, src, path


def test_checks_travel_and_a_second_import_adds_nothing(desks, exported):
    a, _, path = exported
    b = desks("b")
    report = import_bundle(b, path, "ben")
    assert report.new_checks == 2 and "2 earlier fact-checks" in report.summary()
    assert collection(b) == collection(a)
    assert prior_checks.get(b.db, "k1")["terms"]  # the receiving desk indexed them itself
    assert import_bundle(b, path, "ben").new_checks == 0


def test_a_newer_rating_wins_on_every_desk(desks, exported, tmp_path):
    a, src, path = exported
    b = desks("b")
    import_bundle(b, path, "ben")
    src.write_text(CHECKS.replace("\tFalse\t", "\tMostly false\t"), encoding="utf-8")
    import_checks(a, [src], "anna", source="City checks")
    newer = export_bundle(a, tmp_path / "a2.zip", "anna", everything=True).path
    import_bundle(b, newer, "ben")
    assert prior_checks.get(b.db, "k1")["rating"] == "Mostly false"
    import_bundle(b, path, "ben")  # the older bundle again: nothing goes back
    assert prior_checks.get(b.db, "k1")["rating"] == "Mostly false"


def test_bundle_without_checks_member_is_still_read(desks, tmp_path):
    a = desks("a")
    ops.import_text(a, "Es kamen 300 Leute.\n", by="anna")
    path = export_bundle(a, tmp_path / "plain.zip", "anna").path
    with zipfile.ZipFile(path) as zf:
        assert "records/checks.jsonl" not in zf.namelist()
    assert import_bundle(desks("b"), path, "ben").new_checks == 0


def _rewrite(good, out, edit):
    b = bundle_format.read_bundle(good)
    records = b.parsed()  # (hostile: records are parsed when used since bundles are read as streams)
    edit(records["checks"])
    head = {k: v for k, v in b.manifest.items() if k not in ("format", "version", "counts", "members")}
    return bundle_format.write_bundle(out, head, records, dict(b.files))


@pytest.mark.parametrize("edit, message", [
    (lambda rs: rs[0].update(url="javascript:alert(1)"), "field 'url' has an invalid value"),
    (lambda rs: rs[0].update(extra=1), "unknown field 'extra'"),
    (lambda rs: rs[0].pop("claim"), "field 'claim' is missing"),
    (lambda rs: rs[0].update(claim="   "), "field 'claim' has an invalid value"),
    (lambda rs: rs[0].update(rating_value=True), "field 'rating_value' has the wrong type"),
    (lambda rs: rs[0].update(rating_value=1e300), "field 'rating_value' has an invalid value"),
    (lambda rs: rs[0].update(published="2024-13-45"), "not a date"),
    (lambda rs: rs[0].update(appearances=["file:///etc/passwd"]), "field 'appearances' holds an invalid entry"),
    (lambda rs: rs[0].update(updated_hlc="yesterday"), "field 'updated_hlc' has an invalid value"),
    (lambda rs: rs[0].update(claim="x" * 10_001), "field 'claim' is too long"),
    (lambda rs: rs.append(dict(rs[0])), "records/checks.jsonl record 3: duplicate id"),
])
def test_hostile_check_records_are_refused_and_change_nothing(desks, exported, tmp_path, edit, message):
    _, _, path = exported
    b = desks("b")
    before = collection(b)
    bad = _rewrite(path, tmp_path / "bad.zip", edit)
    with pytest.raises(InputError, match=message) as info:
        import_bundle(b, bad, "ben")
    assert "\n" not in info.value.message
    assert collection(b) == before


def test_a_check_stamped_far_in_the_future_is_refused(desks, exported, tmp_path):
    _, _, path = exported
    b = desks("b")
    stamp = prior_checks.rows(exported[0].db)[0]["updated_hlc"]
    far = "9999999999999" + stamp[13:]  # the same desk and counter, thousands of years ahead
    bad = _rewrite(path, tmp_path / "future.zip", lambda rs: rs[0].update(updated_hlc=far))
    with pytest.raises(InputError, match="future"):
        import_bundle(b, bad, "ben")
    assert collection(b) == {}


def test_the_receiving_desk_analyses_the_checks_with_the_detector_in_place(desks, exported):
    from factdesk.core import detector
    from tests import fake_detector as fake

    asked: list[str] = []

    def detect_many(texts, lang="auto", n_process=1):
        texts = list(texts)
        asked.extend(texts)
        return fake.detect_many(texts, lang=lang, n_process=n_process)

    b = desks("b")
    previous = detector.use(detector.Detector(fake.detect, detect_many))
    try:
        assert import_bundle(b, exported[2], "ben").new_checks == 2
    finally:
        detector.use(previous)
    assert sorted(asked) == ["The city has 5000 new flats.", "The mayor earns 9000 euros a month."]
    assert (prior_checks.get(b.db, "k1")["type"], prior_checks.get(b.db, "k1")["value"]) == ("statistic", 5000)
