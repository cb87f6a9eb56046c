"""Schema of the search's later step: speakers are searchable, and normalized values are indexed.

The claims' full-text index gains the speaker ("Lukaschenko" finds his
quotes), and a partial index over values lets "30000" find the claims whose
normalized number is 30000 whatever the article wrote ("mehr als 30 000").
"""

CLAIMS_FTS_COLUMNS = "text, rationale, speaker"

SPEAKERS = """
DROP TRIGGER IF EXISTS claims_fts_ai;
DROP TRIGGER IF EXISTS claims_fts_ad;
DROP TRIGGER IF EXISTS claims_fts_au;
DROP TABLE IF EXISTS claims_fts;
CREATE VIRTUAL TABLE claims_fts USING fts5(text, rationale, speaker, content="claims", content_rowid='rid',
    tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key = 'fts_deferred') BEGIN
  INSERT INTO claims_fts(rowid, text, rationale, speaker) VALUES (new.rid, new.text, new.rationale, new.speaker);
END;
CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, rationale, speaker)
    VALUES ('delete', old.rid, old.text, old.rationale, old.speaker);
END;
CREATE TRIGGER claims_fts_au AFTER UPDATE OF text, rationale, speaker ON claims BEGIN
  INSERT INTO claims_fts(claims_fts, rowid, text, rationale, speaker)
    VALUES ('delete', old.rid, old.text, old.rationale, old.speaker);
  INSERT INTO claims_fts(rowid, text, rationale, speaker) VALUES (new.rid, new.text, new.rationale, new.speaker);
END;
INSERT INTO claims_fts(claims_fts) VALUES ('rebuild');
CREATE INDEX claims_value ON claims(value) WHERE value IS NOT NULL;
"""
