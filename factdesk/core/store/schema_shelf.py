"""Schema of archiving and deleting: a `shelf` on articles and claims.

NULL means in use; 'archived' keeps the work out of the way (lists, counts,
search, the review queue and every export leave it out) and 'deleted' puts
it in the bin, restorable like an archived one. Nothing is ever removed:
the shelf is a field, changed by a recorded action like any other.

The partial indexes hold only the few shelved rows, so the lists leave them
out with `rid NOT IN (…)` / `article_id NOT IN (…)` tests that the existing
covering indexes answer without reading the table.
"""

SHELF = """
ALTER TABLE articles ADD COLUMN shelf TEXT CHECK (shelf IN ('archived', 'deleted'));
ALTER TABLE claims ADD COLUMN shelf TEXT CHECK (shelf IN ('archived', 'deleted'));
CREATE INDEX articles_shelved ON articles(shelf) WHERE shelf IS NOT NULL;
CREATE INDEX claims_shelved ON claims(shelf) WHERE shelf IS NOT NULL;
"""

# SQL conditions on the claims table (alias-free) and on articles (alias a)
CLAIM_IN_USE = ("rid NOT IN (SELECT rid FROM claims WHERE shelf IS NOT NULL) "
                "AND article_id NOT IN (SELECT id FROM articles WHERE shelf IS NOT NULL)")
ARTICLE_IN_USE = "a.rid NOT IN (SELECT rid FROM articles WHERE shelf IS NOT NULL)"


def claim_on_shelf(shelf: str) -> tuple[str, list[str]]:
    """Claims on this shelf, or in an article on it."""
    return ("(shelf = ? OR article_id IN (SELECT id FROM articles WHERE shelf = ?))", [shelf, shelf])
