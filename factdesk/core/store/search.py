"""Full-text search (FTS5, BM25) over articles, claims (text and rationale) and sources.

User input never reaches FTS5's query syntax: each word becomes a quoted
term (the last one also tried as a prefix, so "Lukasch" finds "Lukaschenko"),
and a stray quote or AND cannot cause an error. A small query language is
built from those quoted terms only:

    Haushalt Defizit      both words (AND)
    "schwarze Null"       the words as a phrase
    Bund OR Länder        either word
    Haushalt -Kopie       exclude a word (NOT); needs at least one word to include

German ß and "ss" find each other ("strasse" finds "Straße"): FTS5's unicode61
tokenizer does not fold ß, so each word containing ß or ss is searched in both
spellings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from factdesk.core.errors import InputError

_WORD = re.compile(r"\w+", re.UNICODE)
KINDS = ("article", "claim", "source")
FTS_TABLES = {"article": "articles_fts", "claim": "claims_fts", "source": "sources_fts"}
# BM25 scores every match before sorting; for a word found in more rows than
# this (a near stop word on a large desk) only the newest matches are ranked,
# which keeps every search well under 50 ms.
RANK_WINDOW = 2000


@dataclass(slots=True)
class SearchHit:
    """One search result: what kind of thing matched, where it lives, and a snippet."""

    kind: str
    id: str
    article_id: str
    claim_id: str | None
    title: str | None
    snippet: str
    rank: float

    def to_json(self) -> dict[str, Any]:
        """The hit as `search --format json` prints it."""
        return {"kind": self.kind, "id": self.id, "article_id": self.article_id,
                "claim_id": self.claim_id, "title": self.title, "snippet": self.snippet,
                "rank": round(self.rank, 4)}


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
MAX_SPELLINGS = 8


def spellings(word: str) -> list[str]:
    """The word with each ß written also as ss and each ss also as ß ("strasse" -> strasse, straße)."""
    parts = re.split(r"(ß|ss)", word.lower())
    out = [""]
    for i, part in enumerate(parts):
        options = ["ss", "ß"] if i % 2 else [part]
        out = [o + x for o in out for x in options][:MAX_SPELLINGS]
    return list(dict.fromkeys(out)) if len(parts) > 1 else [word]


def parse(text: str) -> tuple[list[list[list[str]]], list[list[str]]]:
    """Split a query into OR-groups of phrases (each a list of words) to include, and phrases to exclude.

    `a b OR c -d "e f"` -> ([[[a]], [[b], [c]], [[e, f]]], [[d]]).
    """
    groups: list[list[list[str]]] = []
    excluded: list[list[str]] = []
    join_next = False
    for m in _TOKEN.finditer(text or ""):
        neg, quoted, bare = m.group(1), m.group(2), m.group(3)
        if bare == "OR" and groups:
            join_next = True
            continue
        if bare is not None and bare.startswith("-") and len(bare) > 1:
            neg, bare = "-", bare[1:]
        words = _WORD.findall(quoted if quoted is not None else bare)
        if not words:
            continue
        phrases = [words] if quoted is not None else [[w] for w in words]
        if neg:
            excluded.extend(phrases)
        elif join_next:
            groups[-1].append(phrases[0])
            groups.extend([p] for p in phrases[1:])
        else:
            groups.extend([p] for p in phrases)
        join_next = False
    return groups, excluded


def _phrase(words: list[str], prefix: bool = False) -> str:
    """One phrase as FTS5 syntax; single words in all their ß/ss spellings."""
    if len(words) == 1:
        terms = [f'"{w}"' + ("*" if prefix else "") for w in spellings(words[0])]
        return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"
    return '"' + " ".join(words) + '"'


def fts_query(text: str, prefix: bool = True) -> str:
    """A safe FTS5 query for `text` (the last plain word as a prefix unless prefix=False)."""
    groups, excluded = parse(text)
    if not groups:
        raise InputError("the search needs at least one word" +
                         (" that is not excluded with -" if excluded else ""), "no_words")
    parts = []
    for i, group in enumerate(groups):
        last = prefix and i == len(groups) - 1
        alts = [_phrase(p, last and j == len(group) - 1) for j, p in enumerate(group)]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    query = " AND ".join(parts)
    for phrase in excluded:
        query += " NOT " + _phrase(phrase)
    return query


def highlight_words(text: str) -> list[str]:
    """The words a query looks for (in every ß/ss spelling), for marking snippets."""
    groups, _ = parse(text)
    return [v for g in groups for p in g for w in p for v in spellings(w)]


# Rank first (rowid and BM25 only), then fetch the page of hits. FTS5's
# snippet() is left out on purpose: SQLite would compute it for every ranked
# row (or re-run the query per hit), so snippets are cut in Python instead.
_RANKED = """
    WITH ranked AS (
        SELECT rowid AS rid, bm25({table}{weights}) AS rank FROM {table}
        WHERE {table} MATCH :q AND rowid >= :cutoff ORDER BY rank LIMIT :limit)
    SELECT {columns}, ranked.rank FROM ranked {joins} WHERE {in_use} ORDER BY ranked.rank"""

_SQL = {
    "article": _RANKED.format(table="articles_fts", weights=", 5.0, 1.0",
                              columns="a.id, a.id, NULL, a.title, a.title, a.text",
                              joins="JOIN articles a ON a.rid = ranked.rid", in_use="a.shelf IS NULL"),
    "claim": _RANKED.format(table="claims_fts", weights="",
                            columns="c.id, c.article_id, c.id, a.title, c.text, c.rationale",
                            joins="JOIN claims c ON c.rid = ranked.rid JOIN articles a ON a.id = c.article_id",
                            in_use="c.shelf IS NULL AND a.shelf IS NULL"),
    "source": _RANKED.format(table="sources_fts", weights=", 3.0, 1.0, 2.0",
                             columns="s.id, c.article_id, s.claim_id, s.title, s.title, "
                                     "coalesce(s.publisher || ' · ', '') || coalesce(s.excerpt, '')",
                             joins="JOIN sources s ON s.rid = ranked.rid JOIN claims c ON c.id = s.claim_id "
                                   "JOIN articles a ON a.id = c.article_id",
                             in_use="c.shelf IS NULL AND a.shelf IS NULL"),
}


def snippet(texts: tuple[str | None, ...], words: list[str], width: int = 90) -> str:
    """The part of the first text holding a query word, matches in [brackets], cut to about `width`."""
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)
    for text in texts:
        if not text:
            continue
        m = pattern.search(text)
        if m is None:
            continue
        start = max(0, m.start() - width // 3)
        if start:
            start = text.find(" ", start, m.start()) + 1 or start
        piece = text[start:start + width]
        piece = " ".join(piece.split())
        marked = pattern.sub(lambda x: f"[{x.group(0)}]", piece)
        return ("…" if start else "") + marked + ("…" if start + width < len(text) else "")
    first = next((t for t in texts if t), "")
    return " ".join(first[:width].split())


def _ranked(db: Database, kind: str, match: str, limit: int) -> list[tuple]:
    """The best `limit` rows of one kind for an FTS5 query (only the newest RANK_WINDOW matches ranked)."""
    table = FTS_TABLES[kind]
    cutoff = db.execute(f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid DESC "
                        f"LIMIT 1 OFFSET {RANK_WINDOW - 1}", [match]).fetchone()
    params = {"q": match, "cutoff": cutoff[0] if cutoff else 0, "limit": limit}
    return db.execute(_SQL[kind], params).fetchall()


_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ \u202f.,]\d{3})+|\d+(?:[.,]\d+)?)(?![\d])(?:\s*([A-Za-z]+\.?))?")
_SCALES = {"tausend": 1e3, "thousand": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6,
           "milliarde": 1e9, "milliarden": 1e9, "billion": 1e9, "bn": 1e9, "mrd": 1e9, "mrd.": 1e9}


def query_numbers(query: str) -> list[float]:
    """The numbers a query names, read as the detector reads them: "30000", "30.000", "30,000" and
    "30 000" are 30000; "80,1" and "80.1" are 80.1."""
    found: list[float] = []
    for token, word in _NUMBER.findall(query):
        if re.fullmatch(r"\d{1,3}(?:[ \u202f.,]\d{3})+", token):
            value = float(re.sub(r"\D", "", token))  # grouped thousands
        else:
            value = float(token.replace(",", "."))
        value *= _SCALES.get(word.lower(), 1)
        if value not in found:
            found.append(value)
    return found


_BY_VALUE = """
    SELECT c.id, c.article_id, c.id, a.title, c.text, c.rationale, -1e9 FROM claims c
    JOIN articles a ON a.id = c.article_id
    WHERE c.value = :value AND c.shelf IS NULL AND a.shelf IS NULL LIMIT :limit"""


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    """Hits grouped by kind (articles, then claims, then sources), best first within each.

    Whole words are matched first; only when they give fewer than `limit` hits
    of a kind is the last word also taken as a prefix ("Lukasch" finds
    "Lukaschenko"). Prefix queries on a large desk cost in proportion to every
    word they expand to, so they run only when they can add something.
    """
    exact, prefixed = fts_query(query, prefix=False), fts_query(query)
    words = highlight_words(query)
    hits: list[SearchHit] = []
    for kind in KINDS:
        rows = _ranked(db, kind, exact, limit)
        if kind == "claim":  # a number finds the claims with that normalized value, however written
            by_value = [r for v in query_numbers(query)
                        for r in db.execute(_BY_VALUE, {"value": v, "limit": limit}).fetchall()]
            seen_ids = {r[0] for r in by_value}
            rows = (by_value + [r for r in rows if r[0] not in seen_ids])[:limit]
        if len(rows) < limit:
            seen = {r[0] for r in rows}
            rows += [r for r in _ranked(db, kind, prefixed, limit) if r[0] not in seen][:limit - len(rows)]
        for hit_id, article_id, claim_id, title, first, second, rank in rows:
            # articles: body before title; claims: text before rationale; sources: excerpt before title
            texts = (first, second) if kind == "claim" else (second, first)
            hits.append(SearchHit(kind, hit_id, article_id, claim_id, title, snippet(texts, words), rank))
    return hits
