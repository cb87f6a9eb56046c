"""Reading earlier fact-checks from files: ClaimReview JSON-LD, HTML embedding it, JSON Lines, TSV/CSV.

The formats of prior-checks.md:
- schema.org ClaimReview JSON-LD: one object, a list, an `@graph` (also a
  Data Commons `DataFeed` whose items are ClaimReviews);
- HTML pages with the JSON-LD in `<script type="application/ld+json">`;
- JSON Lines, one object per line: a ClaimReview, or a claim as Google's Fact
  Check Tools export it (`text`, `claimant`, `claimReview: [...]`);
- TSV or CSV with a header row: `id`, `claim`, optionally `title`, `rating`,
  `url`, `date`, `lang`, `author`.

`read(path)` yields each usable check, and a `Problem` (where, why) for each
record that cannot be kept, so the caller reports it in one line and goes on.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from factdesk.core.errors import InputError
from factdesk.core.intake.decode import decode_bytes, looks_binary, read_bytes
from factdesk.core.matching.records import BadRecord, PriorCheck, build

# A fact-check feed can be large (a Data Commons feed is some hundred MB).
MAX_FEED_BYTES = 1 << 30
TABLE_COLUMNS = ("id", "claim", "title", "rating", "url", "date", "lang", "author")
MAX_DEPTH = 40


@dataclass(frozen=True, slots=True)
class Problem:
    """A record that was skipped: where it was (file, line or record number) and why."""

    where: str
    why: str

    def __str__(self) -> str:
        return f"{self.where}: {self.why}"


def _text(path: Path) -> str:
    raw = read_bytes(path, MAX_FEED_BYTES)
    if looks_binary(raw):
        raise InputError(f"{path}: not a text file (binary data)")
    try:
        return raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        return decode_bytes(raw, str(path))


def read(path: Path | str, source: str | None = None) -> Iterator[PriorCheck | Problem]:
    """The checks in one file (format from the extension, else from the content); InputError if unreadable."""
    path = Path(path)
    text = _text(path)
    name = source or path.name
    suffix = path.suffix.lower()
    head = text.lstrip()[:1]
    if suffix in (".html", ".htm", ".xhtml") or (suffix not in (".json", ".jsonl", ".ndjson", ".jsonld",
                                                                  ".tsv", ".csv") and head == "<"):
        yield from _from_html(path, text, name)
    elif suffix in (".jsonl", ".ndjson"):
        yield from _from_json_lines(path, text, name)
    elif suffix in (".json", ".jsonld") or head in ("{", "["):
        yield from _from_json(path, text, name)
    else:
        yield from _from_table(path, text, name, "," if suffix == ".csv" else None)


def _from_json(path: Path, text: str, source: str) -> Iterator[PriorCheck | Problem]:
    try:
        data = json.loads(text)
    except RecursionError:
        raise InputError(f"{path}: the JSON is nested too deeply") from None
    except ValueError as exc:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) > 1 and lines[0].lstrip().startswith("{"):
            yield from _from_json_lines(path, text, source)  # JSON Lines under a .json name
            return
        raise InputError(f"{path}: not valid JSON ({exc})") from None
    found = 0
    for number, (obj, err) in enumerate(_reviews(data), 1):
        found += 1
        yield _record(f"{path.name} record {number}", obj, source) if err is None \
            else Problem(f"{path.name} record {number}", err)
    if not found:
        raise InputError(f"{path}: holds no ClaimReview (schema.org) object")


def _from_json_lines(path: Path, text: str, source: str) -> Iterator[PriorCheck | Problem]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path.name} line {number}"
        try:
            data = json.loads(line)
        except (ValueError, RecursionError) as exc:
            yield Problem(where, f"not valid JSON ({str(exc)[:60]})")
            continue
        items = list(_reviews(data))
        if not items:
            yield Problem(where, "not a ClaimReview object")
        for obj, err in items:
            yield _record(where, obj, source) if err is None else Problem(where, err)


def _from_html(path: Path, text: str, source: str) -> Iterator[PriorCheck | Problem]:
    import lxml.html

    try:
        tree = lxml.html.fromstring(text.encode("utf-8"))
    except (ValueError, lxml.etree.ParserError) as exc:
        raise InputError(f"{path}: not a readable HTML page ({exc})") from None
    blocks = tree.xpath("//script[translate(@type, 'JSONLDAPIC', 'jsonldapic')='application/ld+json']")
    found = 0
    for block_no, script in enumerate(blocks, 1):
        where = f"{path.name} script {block_no}"
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError) as exc:
            yield Problem(where, f"not valid JSON-LD ({str(exc)[:60]})")
            continue
        for number, (obj, err) in enumerate(_reviews(data), 1):
            found += 1
            yield _record(f"{where} item {number}", obj, source) if err is None \
                else Problem(f"{where} item {number}", err)
    if not found:
        raise InputError(f"{path}: the page embeds no ClaimReview (schema.org JSON-LD)")


def _from_table(path: Path, text: str, source: str, delimiter: str | None) -> Iterator[PriorCheck | Problem]:
    first = text.split("\n", 1)[0]
    if delimiter is None:
        delimiter = "\t" if "\t" in first else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = [h.strip().lower().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        raise InputError(f"{path}: the file is empty") from None
    except csv.Error as exc:
        raise InputError(f"{path}: not a readable table ({exc})") from None
    missing = [c for c in ("id", "claim") if c not in header]
    if missing:
        raise InputError(f"{path}: the header row lacks the column{'s' if len(missing) > 1 else ''} "
                         f"{', '.join(missing)} (columns: {', '.join(TABLE_COLUMNS)})")
    index = {c: header.index(c) for c in TABLE_COLUMNS if c in header}
    try:
        for row in reader:
            where = f"{path.name} line {reader.line_num}"
            if not any(cell.strip() for cell in row):
                continue
            if len(row) < len(header):
                row = row + [""] * (len(header) - len(row))
            values = {c: (row[i].strip() or None) for c, i in index.items()}
            try:
                yield build(id=values.get("id"), claim=values.get("claim"), title=values.get("title"),
                            rating=values.get("rating"), url=values.get("url"), published=values.get("date"),
                            lang=values.get("lang"), author=values.get("author"), source=source)
            except BadRecord as exc:
                yield Problem(where, str(exc))
    except csv.Error as exc:
        yield Problem(f"{path.name} line {reader.line_num}", f"not a readable table row ({exc})")


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type", obj.get("type"))
    names = t if isinstance(t, list) else [t]
    return {n.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for n in names if isinstance(n, str)}


def _reviews(data: Any, depth: int = 0) -> Iterator[tuple[dict[str, Any], str | None]]:
    """ClaimReview objects anywhere in a JSON-LD document (lists, @graph, DataFeed items, Google exports)."""
    if depth > MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _reviews(item, depth + 1)
        return
    if not isinstance(data, dict):
        return
    if "ClaimReview" in _types(data):
        yield data, None
        return
    if isinstance(data.get("claimReview"), list) and "text" in data:  # Google Fact Check Tools
        for review in data["claimReview"]:
            if isinstance(review, dict):
                yield {"_google": data, **review}, None
        return
    for key in ("@graph", "dataFeedElement", "item", "itemListElement", "mainEntity"):
        if key in data:
            yield from _reviews(data[key], depth + 1)


def _name(value: Any) -> Any:
    """The name of an author/publisher given as text, an object or a list of either."""
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if isinstance(n, str) and n.strip()]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return value.get("name") or value.get("alternateName") or value.get("url")
    return value


def _record(where: str, obj: dict[str, Any], source: str) -> PriorCheck | Problem:
    try:
        if "_google" in obj:
            return _google(obj, source)
        rating = obj.get("reviewRating")
        rating = rating[0] if isinstance(rating, list) and rating else rating
        rating = rating if isinstance(rating, dict) else {}
        item = obj.get("itemReviewed")
        item = item[0] if isinstance(item, list) and item else item
        item = item if isinstance(item, dict) else {}
        appearances = []
        for key in ("appearance", "firstAppearance"):
            seen = item.get(key)
            for one in seen if isinstance(seen, list) else [seen]:
                url = one.get("url") if isinstance(one, dict) else one
                if isinstance(url, str):
                    appearances.append(url)
        rating_text = rating.get("alternateName") or rating.get("name")
        if rating_text is None and isinstance(rating.get("ratingValue"), str):
            rating_text = rating.get("ratingValue")
        return build(claim=obj.get("claimReviewed") or item.get("name") or item.get("text"),
                     title=obj.get("headline") or obj.get("name"),
                     rating=rating_text, rating_value=rating.get("ratingValue"),
                     best_rating=rating.get("bestRating"), worst_rating=rating.get("worstRating"),
                     url=obj.get("url") or _web_id(obj.get("@id")), published=obj.get("datePublished"),
                     lang=obj.get("inLanguage") if not isinstance(obj.get("inLanguage"), dict)
                     else obj["inLanguage"].get("alternateName"),
                     author=_name(obj.get("author")), speaker=_name(item.get("author")),
                     source=source, appearances=appearances)
    except BadRecord as exc:
        return Problem(where, str(exc))


def _web_id(value: Any) -> str | None:
    """A JSON-LD `@id` that is a web address (often the review's URL); blank-node ids are not."""
    return value if isinstance(value, str) and value.lower().startswith(("http://", "https://")) else None


def _google(obj: dict[str, Any], source: str) -> PriorCheck:
    claim = obj["_google"]
    publisher: dict[str, Any] = obj["publisher"] if isinstance(obj.get("publisher"), dict) else {}
    return build(claim=claim.get("text"), title=obj.get("title"), rating=obj.get("textualRating"),
                 url=obj.get("url"), published=obj.get("reviewDate") or claim.get("claimDate"),
                 lang=obj.get("languageCode"), author=publisher.get("name") or publisher.get("site"),
                 speaker=claim.get("claimant"), source=source)
