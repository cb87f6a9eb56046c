"""`factdesk review` with the four-eyes rule, --override and --undo; `factdesk leads`."""

from __future__ import annotations

import json

from tests.cli.test_desk_cli import run


def _ready(path, cid, capsys, source=True):
    if source:
        run(capsys, "sources", "add", cid, "--url", "https://example.org/wahl", "--by", "bea", "--db", path)
    code, _, err = run(capsys, "claims", "set", cid, "--verdict", "true", "--rationale", "Amtlich.",
                       "--status", "ready_for_review", "--by", "bea", "--db", path)
    assert code == 0, err


def test_approving_your_own_verdict_is_refused_with_the_way_out(db, capsys):
    path, ids = db
    _ready(path, ids[0], capsys)
    code, out, err = run(capsys, "review", ids[0], "--approve", "--by", "bea", "--db", path)
    assert code == 1 and out == "" and "bea set its verdict" in err and "--override" in err
    assert len(err.splitlines()) == 1
    code, out, _ = run(capsys, "review", ids[0], "--approve", "--override", "Urlaubsvertretung",
                       "--by", "bea", "--db", path)
    assert code == 0 and out.startswith("approve:")
    history = json.loads(run(capsys, "history", ids[0], "--db", path, "--format", "json")[1])
    assert any(h["field"] == "override" and h["new"] == "Urlaubsvertretung" for h in history)


def test_approval_without_a_source_is_refused(db, capsys):
    path, ids = db
    _ready(path, ids[0], capsys, source=False)
    code, _, err = run(capsys, "review", ids[0], "--approve", "--by", "lena", "--db", path)
    assert code == 1 and "no source" in err


def test_undo_withdraws_your_own_latest_review(db, capsys):
    path, ids = db
    _ready(path, ids[0], capsys)
    assert run(capsys, "review", ids[0], "--approve", "--by", "lena", "--db", path)[0] == 0
    code, _, err = run(capsys, "review", ids[0], "--undo", "--by", "bea", "--db", path)
    assert code == 1 and "bea has no review" in err
    code, out, _ = run(capsys, "review", ids[0], "--undo", "--by", "lena", "--db", path)
    assert code == 0 and out.startswith("withdrew approve:")
    claim = json.loads(run(capsys, "claims", "list", "--db", path, "--format", "json")[1])[0]
    assert claim["status"] == "ready_for_review"


def test_leads_are_listed_added_and_guarded(db, capsys):
    path, ids = db
    assert json.loads(run(capsys, "leads", "list", "--db", path, "--format", "json")[1]) == \
        {"version": 1, "leads": [], "four_eyes": True}
    assert run(capsys, "leads", "add", "lena", "--by", "lena", "--db", path)[0] == 0
    code, _, err = run(capsys, "leads", "add", "bea", "--by", "bea", "--db", path)
    assert code == 1 and "only a lead" in err and "lena" in err
    assert run(capsys, "leads", "four-eyes", "off", "--by", "lena", "--db", path)[0] == 0
    _ready(path, ids[0], capsys, source=False)
    code, _, err = run(capsys, "review", ids[0], "--approve", "--by", "bea", "--db", path)
    assert code == 1 and "bea is not one" in err
    assert run(capsys, "review", ids[0], "--approve", "--by", "lena", "--db", path)[0] == 0


def test_articles_and_claims_are_archived_deleted_and_restored(db, capsys):
    path, ids = db
    articles = json.loads(run(capsys, "articles", "list", "--db", path, "--format", "json")[1])
    aid = articles[0]["id"]
    code, out, _ = run(capsys, "articles", "delete", aid[:8], "--by", "bea", "--db", path)
    assert code == 0 and out == f"deleted article {aid}\n"
    assert json.loads(run(capsys, "articles", "list", "--db", path, "--format", "json")[1]) == []
    assert json.loads(run(capsys, "claims", "list", "--db", path, "--format", "json")[1]) == []
    binned = json.loads(run(capsys, "articles", "list", "--shelf", "deleted", "--db", path, "--format", "json")[1])
    assert [a["id"] for a in binned] == [aid]
    assert run(capsys, "articles", "restore", aid, "--by", "bea", "--db", path)[0] == 0
    assert run(capsys, "claims", "archive", ids[0], "--by", "bea", "--db", path)[0] == 0
    listed = json.loads(run(capsys, "claims", "list", "--db", path, "--format", "json")[1])
    assert [c["id"] for c in listed] == ids[1:]
    code, _, err = run(capsys, "claims", "archive", "feedfeed", "--by", "bea", "--db", path)
    assert code == 1 and err.startswith("factdesk: ")


def test_the_comment_thread_from_the_command_line(db, capsys):
    path, ids = db
    assert run(capsys, "comments", "add", ids[0], "--text", "Quelle?", "--by", "lena", "--db", path)[0] == 0
    assert run(capsys, "comments", "add", ids[0], "--text", "Kommt.", "--by", "bea", "--db", path)[0] == 0
    thread = json.loads(run(capsys, "comments", "list", ids[0], "--db", path, "--format", "json")[1])
    assert [(c["author"], c["body"]) for c in thread] == [("lena", "Quelle?"), ("bea", "Kommt.")]
    code, _, err = run(capsys, "comments", "add", ids[0], "--text", "  ", "--by", "bea", "--db", path)
    assert code == 2 and err.startswith("factdesk: ")
