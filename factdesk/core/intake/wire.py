"""Metadata carried by wire copy, read without changing the text.

A leading dateline names the place and the agency ("MINSK (dpa-AFX) - ...")
and, when it carries a full date ("Berlin, 5. März 2024 (dpa) - ...",
"LONDON, March 5, 2024 (Reuters) -"), the publication date, parsed with
dateparser in German or English; a date without a year is left alone rather
than guessed. Trailing agency codes ("/cht/DP/nas") name the agency when no
dateline did; a leading header line " date 2021-02 (...)" gives the
publication date.
"""

from __future__ import annotations

import re
from functools import cache

# Agencies whose name appears in a dateline's parentheses.
AGENCIES = {
    "dpa": "dpa", "dpa-afx": "dpa-AFX", "afx": "dpa-AFX", "afp": "AFP", "reuters": "Reuters",
    "rtr": "Reuters", "ap": "AP", "apa": "APA", "kna": "KNA", "epd": "epd", "sid": "SID",
    "dts": "dts", "ddp": "ddp", "upi": "UPI", "ans": "ANSA", "ansa": "ANSA", "efe": "EFE",
    "sda": "SDA", "ots": "OTS",
}
# The desk codes in the middle of a trailing "/xx/CODE/yy" signature.
AGENCY_CODES = {"DP": "dpa-AFX", "DPA": "dpa", "AFP": "AFP", "RTR": "Reuters", "APA": "APA"}

_DATE_HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)\b[^\n]*", re.IGNORECASE)
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÄÖÜ][\wÄÖÜäöüß.'’/-]*(?:[ \t][A-ZÄÖÜ][\wÄÖÜäöüß.'’/-]*){0,3})"
    r"(?:[ \t]*,[ \t]*(?P<date>[^()\n,]{3,30}(?:,[ \t]*\d{4})?))?"
    r"[ \t]*\((?P<agency>[^()\n]{2,30})\)[ \t]*[-–—:]")
_CODES = re.compile(r"(?:(?<=^)|(?<=[\s.!?\"“”»«)]))/?(?P<codes>[a-z]{2,5}(?:/[A-Za-z]{2,5}){1,5})[ \t]*\Z")


def _place(raw: str) -> str:
    """Title-case a capitalised place name ("MINSK" -> "Minsk"), leave others as written."""
    return raw.title() if raw.isupper() else raw


def wire_metadata(text: str) -> dict[str, str]:
    """Return published, place and outlet found in wire copy (only the keys found)."""
    meta: dict[str, str] = {}
    date = _DATE_HEADER.match(text)
    if date:
        meta["published"] = date.group(1)
    lines = [ln for ln in text.split("\n")[:12] if ln.strip()]
    start = 1 if date else 0
    for line in lines[start:start + 3]:
        m = _DATELINE.match(line)
        if not m:
            continue
        agency = AGENCIES.get(m.group("agency").strip().lower())
        if agency:
            meta["place"] = _place(m.group("place"))
            meta["outlet"] = agency
            day = dateline_date(m.group("date")) if m.group("date") and "published" not in meta else None
            if day:
                meta["published"] = day
            break
    if "outlet" not in meta:
        tail = text.rstrip()[-80:]
        m = _CODES.search(tail)
        if m:
            for code in m.group("codes").split("/"):
                if code.isupper() and code in AGENCY_CODES:
                    meta["outlet"] = AGENCY_CODES[code]
                    break
    return meta


def dateline_date(text: str) -> str | None:
    """The ISO date (YYYY-MM-DD) a dateline names ("5. März 2024", "March 5, 2024"), or None.

    Day, month and year must all be written: a dateline without a year gives no date.
    """
    if not re.search(r"\b\d{4}\b", text):
        return None
    found = _date_parser().get_date_data(text.strip())
    return found.date_obj.date().isoformat() if found and found.date_obj else None


@cache
def _date_parser():
    from dateparser.date import DateDataParser  # imported only for a dated dateline (~0.3 s)

    return DateDataParser(languages=["de", "en"], settings={
        "REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
        "DATE_ORDER": "DMY",  # 05.03.2024 is 5 March, as German and British wire copy write it
        "PREFER_DATES_FROM": "past"})
