"""Escape sequences in an article never reach a terminal: lists, search, JSON, CSV, reports and messages.

The article below retitles the terminal (OSC 0), clears the screen (CSI 2J),
colours text (CSI 31m) and hides a C1 CSI (U+009B) and a right-to-left
override, as an attacker's article or bundle can.
"""

from __future__ import annotations

import json

import pytest

from factdesk.cli import main as cli_main
from factdesk.core.printable import escape_json, one_line, printable

HOSTILE = ("Wahl\x1b]0;pwned\x07 in Berlin\x1b[2J\n\nDie Partei erhielt 41,5 Prozent\x1b[31m der Stimmen. "
           "Es kamen 3000 Menschen\u009b6n zur \u202eKundgebung.\n")
RAW = ("\x1b", "\x07", "\u009b", "\u202e")


def main(argv):
    try:
        return cli_main(argv)
    except SystemExit as exc:
        return exc.code


@pytest.fixture
def desk_file(tmp_path, desk_path, capsys):
    article = tmp_path / "wahl.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    assert main(["import", str(article), "--db", str(desk_path), "--by", "anna"]) == 0
    capsys.readouterr()
    return desk_path


def _clean(text):
    return not any(ch in text for ch in RAW)


@pytest.mark.parametrize("argv", [
    ["articles", "list"], ["articles", "list", "--format", "json"],
    ["claims", "list"], ["claims", "list", "--format", "json"], ["claims", "list", "--format", "csv"],
    ["search", "Partei"], ["search", "Partei", "--format", "json"],
])
def test_lists_and_search_show_no_control_characters(desk_file, capsys, argv):
    assert main([*argv, "--db", str(desk_file)]) == 0
    out, err = capsys.readouterr()
    assert _clean(out) and _clean(err)
    if "json" in argv and argv[0] != "claims":   # the escapes are still there, as JSON escapes: same data
        assert any("\x1b" in text for text in _strings(json.loads(out)))


def _strings(data):
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for v in data.values():
            yield from _strings(v)
    elif isinstance(data, list):
        for v in data:
            yield from _strings(v)


def test_the_table_shows_where_the_escape_was(desk_file, capsys):
    main(["articles", "list", "--db", str(desk_file)])
    assert "␛]0;pwned␇ in Berlin␛[2J" in capsys.readouterr().out


@pytest.mark.parametrize("fmt, suffix", [("md", ".md"), ("csv", ".csv"), ("html", ".html"), ("json", ".json")])
def test_reports_show_no_control_characters(desk_file, tmp_path, capsys, fmt, suffix):
    out = tmp_path / f"report{suffix}"
    assert main(["export", "--format", fmt, "--status", "any", "-o", str(out), "--db", str(desk_file)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert _clean(text)
    assert "pwned" in text


def test_a_newline_in_a_file_name_cannot_forge_a_second_line(tmp_path, desk_path, capsys):
    name = tmp_path / "bad\nfactdesk: imported 1000 articles.txt"
    name.write_bytes(b"\xff\xfe\x00binary")
    main(["import", str(name), "--db", str(desk_path), "--by", "anna"])
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line]
    assert len(lines) == 1 and "bad␤factdesk: imported" in lines[0]


def test_an_error_message_with_escapes_is_one_printable_line(tmp_path, desk_path, capsys):
    assert main(["claims", "set", "\x1b[2Jnope\nx", "--status", "new", "--by", "a", "--db", str(desk_path)]) != 0
    err = capsys.readouterr().err
    assert _clean(err) and err.count("\n") == 1


def test_printable_keeps_offsets_and_newlines():
    assert len(printable(HOSTILE)) == len(HOSTILE)
    assert printable("a\nb\tc") == "a\nb\tc"
    assert one_line("a\nb") == "a␤b"
    assert printable("x\ud800y") == "x\ufffdy"


def test_escaped_json_reads_back_the_same():
    text = json.dumps({"t": HOSTILE}, ensure_ascii=False)
    assert json.loads(escape_json(text)) == {"t": HOSTILE}
    assert _clean(escape_json(text))


# --- strict JSON everywhere (point 8 outside the detector): a desk that already holds infinity -----------

def _strict(text):
    def refuse(name):
        raise ValueError(f"{name} is not JSON")
    return json.loads(text, parse_constant=refuse)


@pytest.fixture
def infinite_desk(desk_file):
    from factdesk.core.store import Desk

    with Desk.open(desk_file) as desk:   # as a desk made before detection refused 309-digit numbers
        desk.db.execute("UPDATE claims SET value = ? WHERE rid = (SELECT min(rid) FROM claims)", [float("inf")])
    return desk_file


@pytest.mark.parametrize("argv", [["claims", "list", "--format", "json"], ["claims", "list"],
                                  ["claims", "list", "--format", "csv"]])
def test_lists_of_a_desk_holding_infinity_stay_strict(infinite_desk, capsys, argv):
    assert main([*argv, "--db", str(infinite_desk)]) == 0
    out = capsys.readouterr().out
    assert "Infinity" not in out and "inf" not in out.replace("info", "")
    if "json" in argv:
        assert any(c["value"] is None for c in _strict(out))


@pytest.mark.parametrize("fmt", ["json", "claimreview", "csv", "md", "html"])
def test_reports_of_a_desk_holding_infinity_stay_strict(infinite_desk, tmp_path, capsys, fmt):
    from factdesk.core.store import Desk

    with Desk.open(infinite_desk) as desk:
        desk.set_setting("report_base_url", "https://example.org/checks", "anna")
    out = tmp_path / f"r.{fmt}"
    assert main(["export", "--format", fmt, "--status", "any", "-o", str(out), "--db", str(infinite_desk)]) == 0
    text = out.read_text(encoding="utf-8-sig")
    assert "Infinity" not in text
    if fmt in ("json", "claimreview"):
        _strict(text)


def test_a_desk_holding_infinity_exports_a_bundle(infinite_desk, tmp_path, capsys):
    out = tmp_path / "b.fdbundle"
    assert main(["bundle", "export", "-o", str(out), "--by", "anna", "--db", str(infinite_desk)]) == 0
