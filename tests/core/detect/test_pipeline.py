"""The spaCy pipeline, the Doc extension and the detect()/detect_many() API."""

import subprocess
import sys

from factdesk.core.detect import detect, detect_many
from factdesk.core.detect.pipeline import get_pipeline
from factdesk.core.model import Detection

DE = "Bei den Protesten gab es mehr als 300 Festnahmen. Die Regierung zahlt 5 Millionen Euro."
EN = "Police arrested 40 people on Sunday. The city will spend $3 billion on the new line."


def test_pipeline_order_and_cache():
    nlp = get_pipeline("de")
    assert nlp.pipe_names == ["factdesk_claim_types", "factdesk_quotes", "factdesk_score"]
    assert get_pipeline("de") is nlp


def test_doc_extension_holds_claims():
    doc = get_pipeline("en")(EN)
    assert [c.type for c in doc._.claims if c.type != "quote"] == ["arrests", "money"]


def test_detect_auto_language():
    det = detect(DE)
    assert isinstance(det, Detection) and det.language == "de"
    assert [(c.type, c.value) for c in det.claims] == [("arrests", 300), ("money", 5e6)]
    assert detect(EN).language == "en"


def test_detect_many_equals_detect():
    # detect_many scores the sentences of a whole batch of documents at once; each claim's
    # score must still be the one detect() gives the document alone
    texts = [DE, EN, "", DE + " " + DE, "  \n", "Heute gibt es nichts zu zählen.",
             EN + ' "We counted 12,000 marchers," the organisers said.', DE.replace("300", "drei")]
    assert list(detect_many(texts)) == [detect(t) for t in texts]
    assert list(detect_many(texts, batch_size=1)) == [detect(t) for t in texts]


def test_detect_many_in_two_processes():
    texts = [DE, EN] * 3
    assert list(detect_many(texts, n_process=2, batch_size=2)) == [detect(t) for t in texts]


def test_importing_the_package_does_not_load_spacy():
    code = "import sys, factdesk.core.detect; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_empty_and_whitespace_text():
    assert detect("", "de").claims == []
    assert detect(" \n\n ", "en").claims == []


def test_pipeline_components_are_the_steps_of_run():
    from factdesk.core.detect.run import STEPS

    assert get_pipeline("de").pipe_names == [step.component for step in STEPS]


def test_there_is_one_detection_path():
    import factdesk.core.detect.run as run

    assert not hasattr(run, "claims_for_text") and not hasattr(run, "detect_text")


def test_cli_start_does_not_load_spacy():
    code = "import sys, factdesk.cli, factdesk.cli.detect_cmd; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
