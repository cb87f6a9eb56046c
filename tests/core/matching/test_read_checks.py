"""Reading fact-check files: every format of prior-checks.md, stable ids, bad records one line each."""

from __future__ import annotations

import json

import pytest

from factdesk.core.errors import InputError
from factdesk.core.matching.read_checks import Problem, read
from factdesk.core.matching.records import PriorCheck

from .conftest import claim_review, dump


def checks(path) -> tuple[list[PriorCheck], list[Problem]]:
    items = list(read(path))
    return [i for i in items if isinstance(i, PriorCheck)], [i for i in items if isinstance(i, Problem)]


@pytest.mark.parametrize("wrap", [
    lambda r: r,                                   # one object
    lambda r: [r],                                 # a list
    lambda r: {"@context": "https://schema.org", "@graph": [r]},
    lambda r: {"@type": "DataFeed", "dataFeedElement": [{"@type": "DataFeedItem", "item": [r]}]},
])
def test_claimreview_shapes(tmp_path, wrap):
    path = tmp_path / "review.json"
    item = {"@type": "Claim", "author": {"name": "Max Muster"}, "appearance": [{"url": "https://news.example/1"}]}
    review = claim_review("https://checks.example/a", "Die Stadt hat 5000 Einwohner.", inLanguage="de-DE",
                          itemReviewed=item)
    path.write_text(dump(wrap(review)), encoding="utf-8")
    (check,), problems = checks(path)
    assert problems == []
    assert (check.id, check.claim, check.rating, check.rating_value) == (
        "https://checks.example/a", "Die Stadt hat 5000 Einwohner.", "False", 1.0)
    assert (check.lang, check.author, check.speaker, check.published) == ("de", "Checkers", "Max Muster", "2021-05-06")
    assert check.appearances == ["https://news.example/1"]


def test_html_page_embedding_json_ld(tmp_path):
    review = claim_review("https://checks.example/b", "The bridge cost 3 billion dollars.")
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>x</title><script type=\"application/ld+json\">{dump(review)}</script>"
                    "</head><body><p>Text</p></body></html>", encoding="utf-8")
    (check,), _ = checks(path)
    assert check.claim == "The bridge cost 3 billion dollars."


def test_html_without_claimreview_is_refused(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><body>nothing here</body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="embeds no ClaimReview"):
        list(read(path))


def test_json_lines_with_bad_lines_reported_and_skipped(tmp_path):
    google = {"text": "Zwei Drittel der Bäume sind krank.", "claimant": "Ein Verband",
              "claimReview": [{"publisher": {"name": "Prüfer"}, "url": "https://checks.example/g",
                               "title": "Bäume", "reviewDate": "2022-01-02T10:00:00Z",
                               "textualRating": "Falsch", "languageCode": "de"}]}
    lines = [dump(claim_review("https://checks.example/1", "One claim.")), "{not json",
             dump({"@type": "ClaimReview", "url": "https://checks.example/2"}), dump(google), ""]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    found, problems = checks(path)
    assert [c.id for c in found] == ["https://checks.example/1", "https://checks.example/g"]
    assert found[1].rating == "Falsch" and found[1].speaker == "Ein Verband" and found[1].published == "2022-01-02"
    assert [p.where for p in problems] == ["feed.jsonl line 2", "feed.jsonl line 3"]
    assert problems[0].why.startswith("not valid JSON") and problems[1].why == "it has no claim text"


def test_tsv_and_csv_columns(tmp_path):
    tsv = tmp_path / "a.tsv"
    tsv.write_text("id\tclaim\trating\tdate\nx1\tThe tax rose by 3 percent.\tFalse\t03.04.2021\n", encoding="utf-8")
    csv_ = tmp_path / "b.csv"
    csv_.write_text('claim,id,url\n"Unemployment fell to 5 percent, the minister said.",,https://c.example/u\n',
                    encoding="utf-8")
    (a,), _ = checks(tsv)
    (b,), _ = checks(csv_)
    assert (a.id, a.rating, a.published) == ("x1", "False", "2021-04-03")
    assert b.id == "https://c.example/u"  # no id: the review's url
    assert b.claim == "Unemployment fell to 5 percent, the minister said."


def test_id_falls_back_to_a_hash_of_claim_and_author(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("id,claim,author\n,Claim one.,Org A\n,Claim one.,Org B\n,Claim  one.,Org A\n", encoding="utf-8")
    found, _ = checks(path)
    assert found[0].id.startswith("sha256:") and found[0].id != found[1].id
    assert found[0].id == found[2].id  # whitespace does not make a new fact-check


def test_table_without_required_columns_is_refused(tmp_path):
    path = tmp_path / "a.tsv"
    path.write_text("name\ttext\nx\ty\n", encoding="utf-8")
    with pytest.raises(InputError, match="lacks the columns id, claim"):
        list(read(path))


@pytest.mark.parametrize("field, value, why", [
    ("url", "javascript:alert(1)", "'url' is not a web address"),
    ("datePublished", "last Tuesday", "'date' is not a date"),
    ("claimReviewed", "x" * 10_001, "'claim' is too long"),
    ("claimReviewed", {"nested": 1}, "'claim' is not text"),
])
def test_bad_fields_make_a_bad_record(tmp_path, field, value, why):
    review = claim_review("https://checks.example/ok", "Fine claim.")
    bad = {**claim_review("https://checks.example/bad", "Another claim."), field: value}
    path = tmp_path / "r.json"
    path.write_text(json.dumps([review, bad]), encoding="utf-8")
    found, (problem,) = checks(path)
    assert [c.id for c in found] == ["https://checks.example/ok"]
    assert problem.where == "r.json record 2" and problem.why.startswith(why)


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "x.json"
    path.write_bytes(b"\x00\x01\x02PK")
    with pytest.raises(InputError, match="binary"):
        list(read(path))
