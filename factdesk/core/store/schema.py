"""The desk's tables as SQL, one constant per migration step.

Articles, claims and sources carry an INTEGER PRIMARY KEY (`rid`) besides
their stable UUID `id`: the full-text index refers to rows by rowid, and only
an INTEGER PRIMARY KEY keeps its value across VACUUM.
"""

INITIAL = """
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value
);

CREATE TABLE articles (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    author TEXT,
    place TEXT,
    language TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    source_path TEXT,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    detected_at TEXT,
    updated_hlc TEXT NOT NULL
);

CREATE TABLE claims (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value REAL,
    unit TEXT,
    qualifier TEXT,
    speaker TEXT,
    sentence_start INTEGER NOT NULL DEFAULT 0,
    sentence_end INTEGER NOT NULL DEFAULT 0,
    score REAL NOT NULL DEFAULT 0,
    origin TEXT NOT NULL DEFAULT 'detected' CHECK (origin IN ('detected', 'manual')),
    status TEXT NOT NULL DEFAULT 'new',
    verdict TEXT,
    rationale TEXT,
    assignee TEXT,
    edited INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_hlc TEXT NOT NULL
);
CREATE INDEX claims_article ON claims(article_id, start);

CREATE TABLE files (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE sources (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    url TEXT,
    title TEXT,
    publisher TEXT,
    published TEXT,
    accessed TEXT,
    excerpt TEXT,
    file_name TEXT,
    file_hash TEXT REFERENCES files(sha256),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_hlc TEXT NOT NULL
);
CREATE INDEX sources_claim ON sources(claim_id);

CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    decision TEXT NOT NULL CHECK (decision IN ('approve', 'return', 'reopen')),
    reviewer TEXT NOT NULL,
    comment TEXT,
    created_at TEXT NOT NULL,
    hlc TEXT NOT NULL
);
CREATE INDEX reviews_claim ON reviews(claim_id, created_at);

-- Append-only: every user change, field by field. old/new keep their SQLite type.
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    article_id TEXT,
    claim_id TEXT,
    field TEXT,
    old,
    new,
    hlc TEXT NOT NULL,
    desk_id TEXT NOT NULL
);
CREATE INDEX history_entity ON history(entity_id, id);
CREATE INDEX history_claim ON history(claim_id, id);
CREATE INDEX history_article ON history(article_id, id);
CREATE INDEX history_hlc ON history(hlc);

CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only: rows cannot be changed'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'history is append-only: rows cannot be deleted'); END;
"""

# External-content FTS5 tables: the text lives once, in its own table. The
# content table is named in double quotes, the form Datasette (and
# sqlite-utils' detect_fts) recognise, so `datasette desk.sqlite` searches
# through these indexes; `rid` is the tables' INTEGER PRIMARY KEY (= rowid).
FTS_TABLES = {
    "articles_fts": ("articles", "title, text"),
    "claims_fts": ("claims", "text, rationale"),
    "sources_fts": ("sources", "title, excerpt, publisher"),
}
FTS_DECLARATION = ('CREATE VIRTUAL TABLE {fts} USING fts5({columns}, content="{table}", content_rowid=\'rid\', '
                   "tokenize='unicode61 remove_diacritics 2');")
SEARCH = "\n".join(FTS_DECLARATION.format(fts=fts, table=table, columns=columns)
                   for fts, (table, columns) in FTS_TABLES.items()) + """

CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rid, new.title, new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rid, old.title, old.text);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rid, new.title, new.text);
END;

CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims BEGIN
  INSERT INTO claims_fts(rowid, text, rationale) VALUES (new.rid, new.text, new.rationale);
END;
CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, rationale) VALUES ('delete', old.rid, old.text, old.rationale);
END;
CREATE TRIGGER claims_fts_au AFTER UPDATE OF text, rationale ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, rationale) VALUES ('delete', old.rid, old.text, old.rationale);
  INSERT INTO claims_fts(rowid, text, rationale) VALUES (new.rid, new.text, new.rationale);
END;

CREATE TRIGGER sources_fts_ai AFTER INSERT ON sources BEGIN
  INSERT INTO sources_fts(rowid, title, excerpt, publisher) VALUES (new.rid, new.title, new.excerpt, new.publisher);
END;
CREATE TRIGGER sources_fts_ad AFTER DELETE ON sources BEGIN
  INSERT INTO sources_fts(sources_fts, rowid, title, excerpt, publisher)
    VALUES ('delete', old.rid, old.title, old.excerpt, old.publisher);
END;
CREATE TRIGGER sources_fts_au AFTER UPDATE OF title, excerpt, publisher ON sources BEGIN
  INSERT INTO sources_fts(sources_fts, rowid, title, excerpt, publisher)
    VALUES ('delete', old.rid, old.title, old.excerpt, old.publisher);
  INSERT INTO sources_fts(rowid, title, excerpt, publisher) VALUES (new.rid, new.title, new.excerpt, new.publisher);
END;

INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
INSERT INTO sources_fts(sources_fts) VALUES ('rebuild');
"""

# Indexes behind the claims list's filters on a desk of a million claims.
LIST_INDEXES = """
CREATE INDEX claims_status ON claims(status, article_id, start);
CREATE INDEX claims_status_type ON claims(status, type, article_id, start);
CREATE INDEX claims_type ON claims(type, article_id, start);
CREATE INDEX claims_verdict ON claims(verdict, article_id, start);
CREATE INDEX claims_assignee ON claims(assignee, status);
CREATE INDEX articles_imported ON articles(imported_at);
"""

# Status combined with verdict or assignee: the review and "my claims" filters.
FILTER_INDEXES = """
CREATE INDEX claims_status_verdict ON claims(status, verdict, article_id, start);
CREATE INDEX claims_assignee_status ON claims(assignee, status, article_id, start);
DROP INDEX claims_assignee;
"""

# Bulk imports fill the article and claim FTS indexes with one INSERT … SELECT
# per batch instead of a trigger program per row (a third of an import's
# writing time). The insert triggers stand aside while the `fts_deferred`
# setting exists, which only the importer's own write transaction sets and
# removes again (batches.py `add_articles`): no other connection ever sees
# it, and a killed import rolls it back with the rows it was indexing.
BULK_FTS = """
DROP TRIGGER articles_fts_ai;
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rid, new.title, new.text);
END;
DROP TRIGGER claims_fts_ai;
CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO claims_fts(rowid, text, rationale) VALUES (new.rid, new.text, new.rationale);
END;
"""
