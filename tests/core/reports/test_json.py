"""The JSON report: full fidelity, valid against the documented schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from factdesk.core.reports import json_writer
from factdesk.resources import resource_path

from .conftest import LONG, RTL, SCRIPT


@pytest.fixture(scope="module")
def schema():
    data = json.loads(resource_path("schemas", "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def test_output_validates_against_schema(report, schema):
    data = json.loads(json_writer.render(report))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)


def test_empty_report_validates(report, schema):
    report.articles = []
    jsonschema.validate(json.loads(json_writer.render(report)), schema)


def test_full_fidelity_round_trip(report):
    data = json.loads(json_writer.render(report))
    claim = data["articles"][0]["claims"][0]
    original = report.articles[0].claims[0]
    assert claim["value"] == 34.5 and claim["unit"] == "percent"
    assert claim["sources"][0]["url"] == "https://wahlen.example/ergebnis"
    assert claim["reviews"][0]["comment"] == "ok"
    assert claim["checker"] == original.checker and claim["reviewer"] == "lea"
    assert data["articles"][1]["text"] == report.articles[1].article.text
    assert data["summary"]["verdicts"]["true"] == 2


def test_hostile_text_kept_verbatim_as_data(report):
    text = json_writer.render(report)
    data = json.loads(text)
    claims = data["articles"][1]["claims"]
    assert claims[0]["text"] == SCRIPT and claims[1]["rationale"] == LONG
    assert claims[2]["speaker"] == RTL
    assert "👍🏽" in text  # UTF-8, not \\u escapes
