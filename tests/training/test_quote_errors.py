"""The quote step's error analysis (python -m factdesk.training.quotes errors) on a corpus written for the test."""

from __future__ import annotations

import json

from factdesk.training.quotes.__main__ import main
from factdesk.training.quotes.corpus import same_speaker
from factdesk.training.quotes.errors import report

ARTICLE = (
    'Mayor Ida Holm opened the bridge on Monday. "It will carry 9,000 cars a day," Mr Holm said.\n\n'
    'Critics called it a "vanity project". "We were never asked," said resident Tom Berg.\n'
    'A sign read "Closed".'
)
GOLD = {"language": "en", "claims": [
    {"type": "quote", "anchor": "It will carry 9,000 cars a day", "speaker": "Mr Holm"},
    {"type": "quote", "anchor": "We were never asked", "speaker": "Tom Berg"},
    {"type": "quote", "anchor": "Closed", "speaker": "a sign"},
]}


def write_corpus(folder):
    en = folder / "en"
    en.mkdir()
    (en / "tst_001.txt").write_text(ARTICLE, encoding="utf-8")
    (en / "tst_001.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return folder


def test_report_counts_per_prefix_and_names_each_cause(tmp_path):
    out = report(write_corpus(tmp_path), show=True)
    assert "tst         2    0    1  0.800  2/2" in out
    assert "missed: not a clause 1" in out
    assert "'Closed'" in out


def test_speaker_rule_follows_claims_md():
    assert same_speaker("Dmitri Peskow", "Peskow")
    assert same_speaker("Peskow", "Kremlsprecher Peskow")
    assert not same_speaker("Mr Blair", "Tony Blair")
    assert not same_speaker("Peskow", None)


def test_command_refuses_a_missing_folder(tmp_path, capsys):
    assert main(["errors", str(tmp_path / "nowhere")]) == 2
    assert "no corpus folder" in capsys.readouterr().err
