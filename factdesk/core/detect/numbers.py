"""Number normalization for German and English news text.

Turns the surface forms of numbers into floats: digit groups with either
language's separators ("30 000", "30.000", "30,000", "80,1", "1.5"), scale
words ("2,5 Millionen", "1.5bn", "65 lakh"), number words ("sechs",
"dreißigtausend", "twenty-five", "a dozen", "ein halbes Dutzend"), ordinals
("sechste", "third", "6.", "3rd") and fractions ("die Hälfte", "a third").
text2num handles the compound words; small tables cover what it lacks.
"""

from __future__ import annotations

import re
from functools import lru_cache

from text_to_num import text2num

from factdesk.core.model import MAX_CLAIM_VALUE, plausible_value

_SPACES = "\u00a0\u202f\u2009 "
# The largest value a claim can mean, and the test for it, live with the claim (core/model.py).
MAX_VALUE = MAX_CLAIM_VALUE
plausible = plausible_value

# Regex source for a number written with digits, including either language's
# thousands separators; the parser below decides what the separators mean.
DIGITS = r"(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+|\d+)(?:[.,’']\d+)*"
# DIGITS without its first digit (the same matches once a digit has been read)
DIGITS_AFTER_FIRST = r"(?:\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3}(?!\d))+|\d*)(?:[.,’']\d+)*"

DE_UNITS = {
    "null": 0, "ein": 1, "eins": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
}
EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
EN_MULTIPLIERS = {"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12}

# German cardinal word parts; a candidate is any run of them, validated by text2num.
DE_CARDINAL_PARTS = ["ein", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf",
                     "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn",
                     "zwanzig", "dreißig", "dreissig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig",
                     "hundert", "tausend", "und"]
DE_ORDINALS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "siebent": 7, "acht": 8,
    "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15,
    "zwanzigst": 20, "dreißigst": 30, "hundertst": 100,
}
EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100,
}
DE_ORDINAL = r"(?:" + "|".join(sorted(DE_ORDINALS, key=len, reverse=True)) + r")e[nmrs]?"
EN_ORDINAL = r"(?:" + "|".join(sorted(EN_ORDINALS, key=len, reverse=True)) + r")"

FRACTIONS = {
    "hälfte": 0.5, "halb": 0.5, "halbe": 0.5, "halben": 0.5, "halbes": 0.5, "halber": 0.5, "drittel": 1 / 3,
    "viertel": 0.25, "fünftel": 0.2, "zehntel": 0.1,
    "half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fifth": 0.2, "fifths": 0.2,
    "tenth": 0.1,
}


def parse_digits(text: str, lang: str) -> float | None:
    """Return the value of a digit string such as "30 000", "30.000", "30,000", "80,1" or "1.5".

    German uses "." (or a space) between thousands and "," before decimals;
    English the other way round. A separator followed by anything but three
    digits can only be a decimal point, whatever the language.
    """
    s = "".join(ch for ch in text if ch not in _SPACES).replace("’", "").replace("'", "")
    if not s:
        return None
    thousands, decimal = (".", ",") if lang == "de" else (",", ".")
    if thousands in s:
        groups = s.split(thousands)
        tail = groups[-1].split(decimal)[0]
        if all(len(g) == 3 for g in groups[1:-1]) and len(tail) == 3 and 1 <= len(groups[0]) <= 3:
            s = "".join(groups)
        elif s.count(thousands) == 1 and decimal not in s:
            s = s.replace(thousands, decimal)  # "2.5" in German text, "2,5" in English text
        else:
            return None
    s = s.replace(decimal, ".")
    if s.count(".") > 1:
        return None
    try:
        return float(s)
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def word_value(words: str, lang: str) -> float | None:
    """Return the value of a cardinal number written in words ("sechs", "dreißigtausend", "twenty-five")."""
    w = words.strip().lower().replace("ss", "ß") if lang == "de" else words.strip().lower()
    if not w:
        return None
    if lang == "de":
        if w in DE_UNITS:
            return float(DE_UNITS[w])
        if w in ("und", "hundert", "tausend"):
            return 100.0 if w == "hundert" else 1000.0 if w == "tausend" else None
        try:
            return float(text2num(w, "de"))
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    w = re.sub(r"[\s-]+", " ", w).replace(" and ", " ")
    if w in EN_UNITS:
        return float(EN_UNITS[w])
    return _en_words(w.split())


def _en_words(parts: list[str]) -> float | None:
    """Combine English number words: "two hundred thousand" -> 200000."""
    total = current = 0.0
    seen = False
    for p in parts:
        if p in EN_UNITS:
            current += EN_UNITS[p]
        elif p == "hundred":
            current = (current or 1) * 100
        elif p in EN_MULTIPLIERS:
            total += (current or 1) * EN_MULTIPLIERS[p]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_ORD_DIGITS = re.compile(r"(\d+)(?:\.|st|nd|rd|th|te[nmrs]?)")
_DE_ORDINAL_RX = re.compile(DE_ORDINAL)
_DE_ORD_END = re.compile(r"e[nmrs]?$")


def ordinal_value(word: str, lang: str) -> int | None:
    """Return the value of an ordinal ("sechste", "third", "3rd", "6."), or None."""
    w = word.strip().lower()
    m = _ORD_DIGITS.fullmatch(w)
    if m:
        return int(m.group(1))
    if lang == "de":
        m = _DE_ORDINAL_RX.fullmatch(w)
        if m:
            return DE_ORDINALS[_DE_ORD_END.sub("", w)]
        return None
    w = w.rstrip("-")
    return EN_ORDINALS.get(w)


def scale_value(word: str, scales: dict[str, float]) -> float | None:
    """Return the multiplier of a scale word ("Millionen", "Mrd.", "bn", "lakh"), or None."""
    return scales.get(word.lower())


def duration_years(value: float, unit_years: float) -> float:
    """Convert a time span to years, rounding away float noise: 18 Monate -> 1.5."""
    years = value * unit_years
    if abs(unit_years - 1 / 12) < 1e-9:
        years = value / 12
    return round(years, 6)
