"""'Already checked?': earlier fact-checks, matching claims to them, claim clusters, source figures.

- read_checks / records: fact-check files (ClaimReview, JSON Lines, TSV/CSV) into PriorChecks
- terms: match terms in German and English (stems, bilingual concepts, numbers, names)
- collection: importing checks; the desk's own approved verdicts in the collection
- features / rerank / match: BM25 candidates from the store, re-ranked with claim knowledge
"""
