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
    ("Berlin, 5. März 2024 (dpa) - Die Polizei nahm 300 Menschen fest.",
     {"place": "Berlin", "outlet": "dpa", "published": "2024-03-05"}),
    ("LONDON, March 5, 2024 (Reuters) - Prices rose.", {"place": "London", "outlet": "Reuters",
                                                          "published": "2024-03-05"}),
    ("Wien, 05.03.2024 (APA) - Der Nationalrat tagte.", {"place": "Wien", "outlet": "APA",
                                                          "published": "2024-03-05"}),
    ("BERLIN, 5. März (dpa) - Ohne Jahr kein Datum.", {"place": "Berlin", "outlet": "dpa"}),
    ("Berlin, am Montag (dpa) - Kein Datum.", {"place": "Berlin", "outlet": "dpa"}),
    (" date 2023-07 (x)\nBerlin, 5. März 2024 (dpa) - Der Kopf gewinnt.",
     {"published": "2023-07", "place": "Berlin", "outlet": "dpa"}),
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
