"""An in-memory stand-in for `factdesk.core.store.Desk` following docs/store-api.md.

Used only where a real desk would be too slow to build (a 100,000-article
library for the lazy model) or where the real store is not installed yet.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from types import SimpleNamespace

from factdesk.core.errors import InputError, RequestError
from factdesk.core.model import Article, Claim, RatingScale, Source, Verdict, can_transition

SCALE = RatingScale("default", "Default", (
    Verdict("true", "True", "Richtig", "#2e7d32"),
    Verdict("mostly_true", "Mostly true", "Größtenteils richtig", "#7cb342"),
    Verdict("misleading", "Misleading", "Irreführend", "#f9a825"),
    Verdict("false", "False", "Falsch", "#c62828"),
    Verdict("unverifiable", "Unverifiable", "Nicht überprüfbar", "#757575"),
))


@dataclass
class Row:
    """ArticleRow as the store API documents it."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    language: str | None
    n_claims: int
    n_open: int
    n_decided: int


class FakeDesk:
    """Articles, claims, sources and history in plain dicts."""

    def __init__(self, n_articles: int = 0):
        self.path = ":memory:"
        self.desk_id = "fake"
        self.articles: dict[str, Article] = {}
        self.claims: dict[str, Claim] = {}
        self.sources: dict[str, Source] = {}
        self.hist: list = []
        self.rows_served = 0
        self._synthetic = n_articles

    def close(self):
        pass

    def rating_scale(self):
        return SCALE

    def get_setting(self, key, default=None):
        return default

    # articles
    def count_articles(self, text=None):
        if self._synthetic:
            return self._synthetic
        return len(self._filtered(text))

    def _filtered(self, text):
        arts = list(self.articles.values())
        if text:
            arts = [a for a in arts if text.lower() in (a.title or "").lower()]
        return arts

    def article_rows(self, offset, limit, sort="imported_at", descending=True, text=None):
        if self._synthetic:
            end = min(offset + limit, self._synthetic)
            self.rows_served += max(0, end - offset)
            return [Row(f"a{i}", f"Article {i}", "Outlet", "2024-01-01", "de", 3, 2, 1)
                    for i in range(offset, end)]
        arts = self._filtered(text)
        out = []
        for a in arts:
            cs = [c for c in self.claims.values() if c.article_id == a.id and c.status != "dismissed"]
            out.append(Row(a.id, a.title, a.outlet, a.published, a.language, len(cs),
                           sum(c.verdict is None for c in cs), sum(c.verdict is not None for c in cs)))
        key = {"imported_at": None}.get(sort, sort)
        if key:
            out.sort(key=lambda r: (getattr(r, key) is None, getattr(r, key) or 0), reverse=descending)
        return out[offset:offset + limit]

    def import_text(self, text, by, title=None, lang="auto", **meta):
        if not text.strip():
            raise InputError("empty text")
        aid = uuid.uuid4().hex
        self.articles[aid] = Article(aid, text, title=title or text.split("\n")[0][:80],
                                     language="en" if lang == "auto" else lang, **meta)
        return aid, True

    def get_article(self, article_id):
        try:
            return self.articles[article_id]
        except KeyError:
            raise RequestError(f"no article {article_id}") from None

    # claims
    def claims_for_article(self, article_id, include_dismissed=False):
        cs = [c for c in self.claims.values() if c.article_id == article_id
              and (include_dismissed or c.status != "dismissed")]
        return sorted((replace(c) for c in cs), key=lambda c: c.start)

    def get_claim(self, claim_id):
        c = replace(self.claims[claim_id])
        c.sources = [s for s in self.sources.values() if s.claim_id == claim_id]
        return c

    def _match(self, c, f):
        return all([
            f.article_id in (None, c.article_id), f.type in (None, c.type),
            f.status in (None, c.status), f.verdict in (None, c.verdict),
            f.assignee in (None, c.assignee), not f.text or f.text.lower() in c.text.lower(),
            f.include_dismissed or c.status != "dismissed" or f.status == "dismissed",
        ])

    def count_claims(self, f):
        return sum(self._match(c, f) for c in self.claims.values())

    def claim_rows(self, f, offset=0, limit=100, sort="start"):
        cs = sorted((c for c in self.claims.values() if self._match(c, f)), key=lambda c: (c.article_id, c.start))
        return [replace(c) for c in cs[offset:offset + limit]]

    def update_claim(self, claim_id, by, **fields):
        c = self.claims.get(claim_id)
        if c is None:
            raise RequestError("unknown claim")
        if c.status == "approved":
            raise RequestError("approved claims are locked")
        if "status" in fields and not can_transition(c.status, fields["status"]):
            raise RequestError(f"cannot go from {c.status} to {fields['status']}")
        if fields.get("verdict") and not SCALE.verdict(fields["verdict"]):
            raise RequestError("unknown verdict")
        for k, v in fields.items():
            old = getattr(c, k)
            if old != v:
                self.hist.append(SimpleNamespace(id=len(self.hist), at="2024-01-01T00:00:00Z", by=by,
                                                 entity="claim", entity_id=claim_id, field=k,
                                                 old=old, new=v, hlc="", desk_id="fake"))
            setattr(c, k, v)
        return replace(c)

    def add_manual_claim(self, article_id, start, end, type, by, value=None, unit=None,
                         qualifier=None, speaker=None):
        text = self.articles[article_id].text
        cid = uuid.uuid4().hex
        c = Claim(cid, article_id, start, end, text[start:end], type, value=value, unit=unit,
                  qualifier=qualifier, speaker=speaker, origin="manual")
        self.claims[cid] = c
        return replace(c)

    def dismiss_claim(self, claim_id, by):
        self.claims[claim_id].status = "dismissed"

    def restore_claim(self, claim_id, by):
        self.claims[claim_id].status = "new"

    # sources
    def add_source(self, claim_id, by, url=None, **fields):
        if url and not url.startswith(("http://", "https://")):
            raise InputError(f"not a web address: {url}")
        fields.pop("file_path", None)
        sid = uuid.uuid4().hex
        s = Source(sid, claim_id, url=url, **fields)
        self.sources[sid] = s
        return s

    def update_source(self, source_id, by, **fields):
        fields.pop("file_path", None)
        s = self.sources[source_id]
        for k, v in fields.items():
            setattr(s, k, v)
        return s

    def remove_source(self, source_id, by):
        del self.sources[source_id]

    def history(self, claim_id=None, article_id=None, limit=1000):
        return [h for h in self.hist if claim_id in (None, h.entity_id)][-limit:]

    def status_counts(self, assignee=None):
        out: dict[str, int] = {}
        for c in self.claims.values():
            out[c.status] = out.get(c.status, 0) + 1
        return out

    def search(self, query, limit=50):
        return []
