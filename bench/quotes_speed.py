"""Time the quote step (quotes and speakers) against plain spaCy tokenization on news with many quotes.

Usage: .venv/bin/python bench/quotes_speed.py [--repeat N]

bench/detect_speed.py times the whole detection on the 10kGNAD test set,
whose articles hold few quotations; this times the `factdesk_quotes` step
alone (`detect_quotes` on the pipeline's Doc, as steps.quote_step runs it) on
the English web news of ../shared/corpus/bulk/en_news_2025.csv (233
articles, thousands of quotations) and the German 10kGNAD articles, next to
their `spacy.blank` tokenization. Times are process CPU time, best of N.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

BULK = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk"


def english_news() -> list[str]:
    """The article texts of en_news_2025.csv (columns category, url, text)."""
    csv.field_size_limit(10**8)
    with open(BULK / "en_news_2025.csv", encoding="utf-8", newline="") as f:
        return [row["text"] for row in csv.DictReader(f)]


def german_news() -> list[str]:
    """The article texts of the 10kGNAD test set (`label;'text'`)."""
    csv.field_size_limit(10**8)
    with open(BULK / "de_10kgnad_test.csv", encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) > 1]


def best(fn, repeat: int) -> float:
    """The fastest of `repeat` runs of fn, in process CPU seconds."""
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    """Print, per language, the tokenization time, the quote step's time, their ratio and the quotes found."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not BULK.is_dir():
        print(f"no bulk corpus at {BULK}", file=sys.stderr)
        return 2
    from factdesk.core.detect.pipeline import get_pipeline
    from factdesk.core.detect.quotes import detect_quotes

    for lang, texts in (("en", english_news()), ("de", german_news())):
        nlp = get_pipeline(lang)
        docs = [nlp.make_doc(t) for t in texts]
        detect_quotes(texts[0], lang, docs[0])  # load the rules once, outside the clock
        found = sum(len(detect_quotes(t, lang, d)) for t, d in zip(texts, docs))
        tokenize = best(lambda texts=texts, nlp=nlp: [nlp.make_doc(t) for t in texts], args.repeat)
        def read_quotes(texts=texts, docs=docs, lang=lang):
            return [detect_quotes(t, lang, d) for t, d in zip(texts, docs)]

        quotes = best(read_quotes, args.repeat)
        print(f"{lang}: {len(texts)} articles, {sum(map(len, texts)):,} characters, {found} quotes; "
              f"tokenization {tokenize:.2f} s, quote step {quotes:.2f} s ({quotes / tokenize:.2f}x tokenization)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
