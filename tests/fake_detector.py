"""The one stand-in for the claim detector in tests that are not about detection.

Installed through the public seam `factdesk.core.detector.use` by the
`fake_detector` fixture (tests/conftest.py). What it finds is predictable:

- the phrases of `PHRASES` (the GUI's test article), with exactly the type,
  value, unit and qualifier given there;
- every other number: "41,5 Prozent" / "12 percent" is a vote_share in
  percent, any other number a statistic; values are read with a decimal comma
  or point ("41,5" is 41.5, "30 000" is two numbers);
- `EXTRA["quote"]`, when a test sets it and the text holds it: a quote by "X"
  (a test pretending the rules improved, for re-detection).

Each claim's sentence runs from the last ". " or line break before it to the next ".".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from factdesk.core.model import DetectedClaim, Detection
from factdesk.core.detector import Detector

# phrase -> (type, value, unit, qualifier)
PHRASES: dict[str, tuple[str, float | None, str | None, str | None]] = {
    "26 Jahren an der Macht": ("duration_in_power", 26, "years", "exact"),
    "80,1 Prozent der Stimmen": ("vote_share", 80.1, "percent", "exact"),
    "mehr als 30 000 Menschen festgenommen": ("arrests", 30000, "people", "more_than"),
    "1,5 Milliarden Dollar": ("money", 1.5e9, "USD", "exact"),
    "„Wir geben nicht auf“": ("quote", None, None, None),
}
EXTRA: dict[str, str | None] = {"quote": None}
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:\s(?:Prozent|percent))?")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    stop = text.rfind(". ", 0, start)
    s0 = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, start) + 1)
    s1 = text.find(".", end)
    return s0, len(text) if s1 < 0 else s1 + 1


def detect(text: str, lang: str = "auto") -> Detection:
    """The claims of `text` as described above, sorted by start."""
    claims: list[DetectedClaim] = []
    taken: list[tuple[int, int]] = []
    for phrase, (kind, value, unit, qualifier) in PHRASES.items():
        for m in re.finditer(re.escape(phrase), text):
            claims.append(DetectedClaim(m.start(), m.end(), phrase, kind, value, unit, qualifier,
                                        "Lukaschenko" if kind == "quote" else None,
                                        *_sentence(text, m.start(), m.end()), 0.5 + 0.1 * len(claims)))
            taken.append((m.start(), m.end()))
    for m in _NUMBER.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        percent = m.group().endswith(("Prozent", "percent"))
        value = float(m.group().split()[0].replace(",", "."))
        claims.append(DetectedClaim(m.start(), m.end(), m.group(), "vote_share" if percent else "statistic",
                                    value, "percent" if percent else None, "exact", None,
                                    *_sentence(text, m.start(), m.end()), 0.5))
    extra = EXTRA["quote"]
    if extra and extra in text:
        i = text.index(extra)
        claims.append(DetectedClaim(i, i + len(extra), extra, "quote", None, None, None, "X",
                                    *_sentence(text, i, i + len(extra)), 0.9))
    claims.sort(key=lambda c: (c.start, c.end))
    return Detection("de" if lang in ("auto", None, "") else lang, claims)


def detect_many(texts: Iterable[str], lang: str = "auto", n_process: int = 1) -> Iterator[Detection]:
    """Each text in order."""
    for text in texts:
        yield detect(text, lang)


FAKE = Detector(detect, detect_many)
