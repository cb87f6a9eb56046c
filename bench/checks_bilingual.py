"""What the bilingual lexicon gives: German gold claims matched against English fact-checks.

    .venv/bin/python bench/checks_bilingual.py [--corpus ../shared/corpus]

No German–English claim-retrieval pairs exist in ../shared (benchmarks README), so the pairs are
made from the gold: every German gold claim with a value (dev and train) gets an English
"earlier fact-check" written from its structured facts with a fixed English phrase per claim
type ("more than 30,000 people were arrested", "80.1 percent of the vote", …; no words of the
article). The collection is those checks plus, as distractors, the sentences of every English
gold claim (real English claims with numbers of the same types). Each German claim's sentence
is a query (statistics, mostly small counts, are left out); a check made from any claim of that
sentence is a right answer. MRR@5 (the reciprocal rank of the first right answer) and recall@1 are
reported with the lexicon and with it switched off (stems and numbers only), through the same
import and match code as `factdesk checks import` / `checks match`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factdesk.core.matching import terms  # noqa: E402
from factdesk.core.ops.checks import import_checks  # noqa: E402
from factdesk.core.matching.match import match_texts  # noqa: E402
from factdesk.core.store import Desk  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
QUALIFIER = {"more_than": "more than ", "approx": "about ", "less_than": "fewer than ", "at_least": "at least ",
             "up_to": "up to ", "exact": "", "vague": ""}
PHRASE = {
    "arrests": "{q}{n} people were arrested",
    "casualties": "{q}{n} people were killed or injured",
    "crowd_size": "{q}{n} people took part in the protests",
    "vote_share": "{q}{n} percent of the vote",
    "duration_in_power": "in power for {q}{n} years",
    "term_count": "a term in office, the {n}th",
    "money": "{q}{n} in money",
    "statistic": "{q}{n}",
}


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def sentence_of(text: str, anchor: str, occurrence: int = 1) -> str | None:
    """The sentence (line part between ., ! or ? and a line break) holding the n-th anchor."""
    start = -1
    for _ in range(occurrence):
        start = text.find(anchor, start + 1)
        if start < 0:
            return None
    left = max(text.rfind(m, 0, start) for m in (". ", "! ", "? ", "\n")) + 1
    ends = [i for i in (text.find(m, start + len(anchor)) for m in (". ", "! ", "? ", "\n")) if i >= 0]
    return " ".join(text[left:min(ends) + 1 if ends else len(text)].split())


def gold_claims(lang: str) -> list[tuple[str, dict]]:
    """(sentence, gold claim) for every gold claim with a value in the corpus' `lang` articles."""
    out = []
    for split in ("dev", "train"):
        for gold in sorted((CORPUS / split / lang).glob("*.gold.json")):
            text = gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
            for c in json.loads(gold.read_text(encoding="utf-8"))["claims"]:
                if c.get("value") is None or c["type"] in ("quote", "statistic"):
                    continue  # statistics are mostly small counts ("zwei") no phrase can pin down
                sentence = sentence_of(text, c["anchor"], c.get("occurrence", 1))
                if sentence:
                    out.append((sentence, c))
    return out


def run(work: Path, german: list[tuple[str, dict]], english: list[tuple[str, dict]], lexicon_on: bool) -> dict:
    """MAP@5 and recall@1 of the German queries against the collection."""
    if not lexicon_on:
        terms.lexicon.cache_clear()
        original = terms.lexicon
        terms.lexicon = lambda lang: {}  # type: ignore[assignment]
    try:
        path = work / f"collection-{lexicon_on}.tsv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["id", "claim", "lang"])
            for i, (_, c) in enumerate(german):
                text = PHRASE[c["type"]].format(q=QUALIFIER.get(c.get("qualifier") or "exact", ""),
                                                n=_number(c["value"]))
                w.writerow([f"de-{i}", text[0].upper() + text[1:] + ".", "en"])
            for i, (sentence, _) in enumerate(english):
                w.writerow([f"en-{i}", sentence, "en"])
        desk_path = work / f"bilingual-{lexicon_on}.sqlite"
        with Desk.open(desk_path) as desk:
            import_checks(desk, [path], "bench")
            results = match_texts(desk, [s for s, _ in german], top=5, lang="de")
    finally:
        if not lexicon_on:
            terms.lexicon = original  # type: ignore[assignment]
            terms.lexicon.cache_clear()
    # a sentence can hold several claims: the checks made from any of them answer it
    by_sentence: dict[str, set[str]] = {}
    for i, (sentence, _) in enumerate(german):
        by_sentence.setdefault(sentence, set()).add(f"de-{i}")
    ap, hit1 = 0.0, 0
    for (sentence, _), matches in zip(german, results):
        ids = [m.check["id"] for m in matches]
        relevant = by_sentence[sentence]
        ranks = [r for r, x in enumerate(ids, 1) if x in relevant]
        if ranks:
            ap += 1 / ranks[0]
            hit1 += ranks[0] == 1
    return {"MRR@5": ap / len(german), "recall@1": hit1 / len(german)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.parse_args()
    german, english = gold_claims("de"), gold_claims("en")
    work = Path(tempfile.mkdtemp(prefix="factdesk-bilingual-"))
    print(f"{len(german)} German gold claims as queries; collection: {len(german)} English checks made from "
          f"their facts + {len(english)} English gold sentences")
    for on in (False, True):
        r = run(work, german, english, on)
        print(f"lexicon {'on ' if on else 'off'}: MRR@5 {r['MRR@5']:.3f}, recall@1 {r['recall@1']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
