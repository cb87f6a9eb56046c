"""Tables for "already checked?": earlier fact-checks, claim clusters and linked articles.

- prior_checks: the desk's collection of earlier fact-checks (imported, or the
  desk's own approved verdicts with origin 'desk'). `terms`/`title_terms` hold
  the match terms of `core.matching.terms` (stems, bilingual concepts, plain
  numbers) separated by spaces; prior_checks_fts indexes them for BM25.
- claim_clusters: which claims are the same claim in several articles
  (cluster id = the id of the claim that founded it); `split` marks a claim a
  user took out of its cluster, which automatic clustering then leaves alone.
- article_signatures / article_bands: MinHash signatures of article texts and
  their LSH band keys, so a near-duplicate article is found with one indexed lookup.
- article_links: near-duplicate articles (the same wire story with a new lede).
"""

PRIOR_CHECKS = """
CREATE TABLE prior_checks (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    claim TEXT NOT NULL,
    title TEXT,
    rating TEXT,
    rating_value REAL,
    best_rating REAL,
    worst_rating REAL,
    url TEXT,
    published TEXT,
    lang TEXT,
    author TEXT,
    speaker TEXT,
    source TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('import', 'desk')),
    claim_id TEXT,
    appearances TEXT NOT NULL DEFAULT '[]',
    type TEXT,
    value REAL,
    unit TEXT,
    qualifier TEXT,
    terms TEXT NOT NULL,
    title_terms TEXT NOT NULL,
    subjects TEXT NOT NULL,
    analysed_from TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    updated_hlc TEXT NOT NULL
);
CREATE INDEX prior_checks_claim ON prior_checks(claim_id);
CREATE INDEX prior_checks_origin ON prior_checks(origin, updated_hlc);

CREATE VIRTUAL TABLE prior_checks_fts USING fts5(
    terms, title_terms, content="prior_checks", content_rowid='rid',
    tokenize="unicode61 tokenchars '~.'");
CREATE TRIGGER prior_checks_fts_ai AFTER INSERT ON prior_checks BEGIN
  INSERT INTO prior_checks_fts(rowid, terms, title_terms) VALUES (new.rid, new.terms, new.title_terms);
END;
CREATE TRIGGER prior_checks_fts_ad AFTER DELETE ON prior_checks BEGIN
  INSERT INTO prior_checks_fts(prior_checks_fts, rowid, terms, title_terms)
    VALUES ('delete', old.rid, old.terms, old.title_terms);
END;
CREATE TRIGGER prior_checks_fts_au AFTER UPDATE OF terms, title_terms ON prior_checks BEGIN
  INSERT INTO prior_checks_fts(prior_checks_fts, rowid, terms, title_terms)
    VALUES ('delete', old.rid, old.terms, old.title_terms);
  INSERT INTO prior_checks_fts(rowid, terms, title_terms) VALUES (new.rid, new.terms, new.title_terms);
END;

CREATE TABLE claim_clusters (
    claim_id TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    cluster_id TEXT NOT NULL,
    split INTEGER NOT NULL DEFAULT 0,
    how TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX claim_clusters_cluster ON claim_clusters(cluster_id);
-- clustering looks claims up by type and value, and quotes by their opening words
CREATE INDEX claims_type_value ON claims(type, value);
CREATE INDEX claims_quote_opening ON claims(lower(substr(text, 1, 60))) WHERE type = 'quote';

CREATE TABLE article_signatures (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
);
CREATE TABLE article_bands (
    band INTEGER NOT NULL,
    key INTEGER NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX article_bands_key ON article_bands(band, key);
CREATE INDEX article_bands_article ON article_bands(article_id);

CREATE TABLE article_links (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    other_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('near_duplicate')),
    similarity REAL NOT NULL,
    PRIMARY KEY (article_id, other_id)
);
CREATE INDEX article_links_other ON article_links(other_id);
"""

# The match terms of each clustered claim's sentence, so clustering compares a new
# claim with earlier ones without reading their articles' text again.
CLUSTER_TERMS = """
ALTER TABLE claim_clusters ADD COLUMN terms TEXT NOT NULL DEFAULT '';
"""
