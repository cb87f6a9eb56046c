"""Wire copy: dateline, trailing agency codes and a date header fill metadata; the text stays."""

import pytest

from factdesk.core.intake.readers import from_text
from factdesk.core.intake.wire import wire_metadata


@pytest.mark.parametrize("text, meta", [
    ("RIGA (dpa-AFX) - Die Regierung tagte.", {"place": "Riga", "outlet": "dpa-AFX"}),
    ("Hamburg (dpa) - Der Senat beschloss 12 Punkte.", {"place": "Hamburg", "outlet": "dpa"}),
    ("Titelzeile\n\nNEW YORK (Reuters) — Stocks rose.", {"place": "New York", "outlet": "Reuters"}),
    ("Die Messe endete mit 900 Ausstellern./abc/DP/xyz\n", {"outlet": "dpa-AFX"}),
    (" date 2023-07 (neu: Zahlen)\n\n\nTALLINN (dpa-AFX) - Es regnete.",
     {"published": "2023-07", "place": "Tallinn", "outlet": "dpa-AFX"}),
    ("Graz (Steiermark) - Ein Fest.", {}),
    ("Ein Satz ohne Meldungskopf über 30 Menschen.", {}),
])
def test_wire_metadata(text, meta):
    assert wire_metadata(text) == meta


def test_wire_copy_stays_in_the_text():
    text = " date 2023-07 (neu)\n\nRIGA (dpa-AFX) - Die Regierung tagte./abc/DP/xyz\n"
    doc = from_text(text)
    assert doc.text == text
    assert (doc.outlet, doc.place, doc.published) == ("dpa-AFX", "Riga", "2023-07")
    assert doc.title == "RIGA (dpa-AFX) - Die Regierung tagte./abc/DP/xyz"
