"""Tests for `factdesk detect` (factdesk.cli.detect_cmd), in-process and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factdesk.cli import main

REPO = Path(__file__).resolve().parents[2]
KEYS = ["start", "end", "text", "type", "value", "unit", "qualifier", "speaker",
        "sentence_start", "sentence_end", "score"]

ENGLISH = ('Police said more than 1,200 people were detained during the protests in Lakeport.\r\n'
           '"We will not back down," said opposition leader Mara Quinn.\n')
GERMAN = ("Bei der Wahl erhielt die Partei 42,5 Prozent der Stimmen.\n"
          "„Das ist ein klarer Auftrag“, sagte Parteichefin Ilse Brandt.\n")
CP1252 = "Die Stadt zahlt 3 Millionen Euro für die Brücke über die Saale, sagte Bürgermeisterin Jörg Süß."


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {
        "en": tmp_path / "en.txt", "de": tmp_path / "de.txt", "cp1252": tmp_path / "legacy.txt",
        "binary": tmp_path / "image.txt", "empty": tmp_path / "empty.txt", "big": tmp_path / "big.txt",
    }
    paths["en"].write_bytes(ENGLISH.encode("utf-8"))
    paths["de"].write_bytes(b"\xef\xbb\xbf" + GERMAN.encode("utf-8"))  # with a BOM
    paths["cp1252"].write_bytes(CP1252.encode("cp1252"))
    paths["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    paths["empty"].write_bytes(b"")
    with open(paths["big"], "wb") as f:
        f.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    return paths


def run_main(capsys, *argv: str) -> tuple[int, dict | str, str]:
    code = main(["detect", *argv])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--format" not in argv or "json" in argv else out), err


def check_document(doc: dict, text: str) -> None:
    assert list(doc) == ["path", "language", "claims"]
    starts = [c["start"] for c in doc["claims"]]
    assert starts == sorted(starts)
    for c in doc["claims"]:
        assert list(c) == KEYS
        assert text[c["start"]:c["end"]] == c["text"]
        assert c["sentence_start"] <= c["start"] < c["end"] <= c["sentence_end"]
        assert 0 <= c["score"] <= 1


def test_json_shape_and_offsets(files, capsys):
    code, data, err = run_main(capsys, str(files["en"]), str(files["de"]))
    assert code == 0 and err == ""
    assert list(data) == ["version", "documents"] and data["version"] == 1
    en, de = data["documents"]
    assert en["path"] == str(files["en"]) and en["language"] == "en"
    assert de["language"] == "de"
    check_document(en, ENGLISH.replace("\r\n", "\n"))
    check_document(de, GERMAN)
    quote = next(c for c in en["claims"] if c["type"] == "quote")
    assert quote["text"] == "We will not back down" and quote["speaker"] == "Mara Quinn"
    vote = next(c for c in de["claims"] if c["type"] == "vote_share")
    assert vote["value"] == 42.5 and vote["unit"] == "percent"


def test_lang_option_overrides_detection(files, capsys):
    code, data, _ = run_main(capsys, "--lang", "de", str(files["en"]))
    assert code == 0 and data["documents"][0]["language"] == "de"


def test_directory_input_recurses_into_text_files(tmp_path, capsys):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.md").write_text(GERMAN, encoding="utf-8")
    (tmp_path / "ignored.png").write_bytes(b"\x00\x01")
    code, data, err = run_main(capsys, str(tmp_path))
    assert code == 0 and err == ""
    assert [d["path"] for d in data["documents"]] == [str(tmp_path / "b.md"), str(tmp_path / "sub" / "a.txt")]


def test_cp1252_file_is_decoded(files, capsys):
    code, data, err = run_main(capsys, str(files["cp1252"]))
    assert code == 0 and err == ""
    check_document(data["documents"][0], CP1252)
    assert any(c["type"] == "money" for c in data["documents"][0]["claims"])


def test_empty_file_is_an_empty_document(files, capsys):
    code, data, err = run_main(capsys, str(files["empty"]))
    assert code == 0 and err == ""
    assert data["documents"][0]["claims"] == []


@pytest.mark.parametrize("bad", ["missing", "binary", "big"])
def test_bad_input_is_one_line_and_others_still_come_out(files, tmp_path, capsys, bad):
    path = tmp_path / "missing.txt" if bad == "missing" else files[bad]
    code, data, err = run_main(capsys, str(files["en"]), str(path), str(files["cp1252"]))
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "Traceback" not in err
    assert [d["path"] for d in data["documents"]] == [str(files["en"]), str(files["cp1252"])]


def test_text_format_lists_claims_with_marks(files, capsys):
    code = main(["detect", "--format", "text", str(files["en"])])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert f"{files['en']} (en)" in out
    assert "more than 1,200 people" in out
    assert "said by Mara Quinn" in out
    assert "[[We will not back down]]" in out


def test_db_option_is_accepted_and_ignored(files, tmp_path, capsys):
    code, data, _ = run_main(capsys, "--db", str(tmp_path / "desk.sqlite"), str(files["en"]))
    assert code == 0 and not (tmp_path / "desk.sqlite").exists()


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "factdesk", "detect", *args], input=stdin,
                          capture_output=True, cwd=REPO, env=env, timeout=120)


def test_subprocess_stdin_and_bad_file(files, tmp_path):
    missing = tmp_path / "nope.txt"
    proc = _cli("-", str(missing), stdin=GERMAN.encode("utf-8"))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and str(missing) in err and "Traceback" not in err
    data = json.loads(proc.stdout)
    assert data["documents"][0]["path"] == "-" and data["documents"][0]["language"] == "de"
    check_document(data["documents"][0], GERMAN)


def test_subprocess_binary_file(files):
    proc = _cli(str(files["binary"]), str(files["de"]))
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and str(files["binary"]) in err
    assert [d["path"] for d in json.loads(proc.stdout)["documents"]] == [str(files["de"])]


@pytest.mark.parametrize("text", [ENGLISH.replace("\r\n", "\n"), GERMAN, CP1252])
def test_cli_claims_equal_the_spacy_pipeline(text):
    from factdesk.cli.detect_cmd import detect_text
    from factdesk.core.detect import detect

    language, claims = detect_text(text)
    assert claims == detect(text, language).claims


def test_html_is_read_like_import_not_as_markup(tmp_path, capsys):
    from factdesk.core.intake.readers import read_article

    page = tmp_path / "page.html"
    page.write_text('<html><head><script>var t = "Police detained 900 people"; var n = 42;</script></head>'
                    f'<body><article><p>{ENGLISH.splitlines()[0]}</p></article></body></html>', encoding="utf-8")
    code, data, err = run_main(capsys, str(page))
    assert code == 0 and err == ""
    doc = data["documents"][0]
    check_document(doc, read_article(page).text)  # offsets refer to the extracted text
    assert [c["value"] for c in doc["claims"] if c["type"] == "arrests"] == [1200]


def test_docx_is_read_like_import(tmp_path, capsys):
    import docx

    path = tmp_path / "article.docx"
    d = docx.Document()
    for line in GERMAN.splitlines():
        d.add_paragraph(line)
    d.save(str(path))
    code, data, err = run_main(capsys, str(path))
    assert code == 0 and err == ""
    doc = data["documents"][0]
    assert doc["language"] == "de"
    assert any(c["type"] == "vote_share" and c["value"] == 42.5 for c in doc["claims"])



def test_only_a_detect_process_of_its_own_skips_the_last_collection(files, monkeypatch, capsys):
    """main([...]) in a test or the app never changes how the interpreter exits; `factdesk detect` run
    as its own process lets it skip the last full garbage collection (a faster exit, the same output)."""
    import atexit
    import gc

    registered: list = []
    monkeypatch.setattr(atexit, "register", registered.append)
    assert main(["detect", str(files["de"])]) == 0
    in_process = capsys.readouterr().out
    assert registered == []
    monkeypatch.setattr(sys, "argv", ["factdesk", "detect", str(files["de"])])
    assert main() == 0
    assert registered == [gc.freeze]
    assert capsys.readouterr().out == in_process
