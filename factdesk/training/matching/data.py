"""The CheckThat! claim-retrieval sets as FactDesk sees them: fact-check files to import, queries, gold.

Each collection becomes a file `factdesk checks import` reads (TSV for the
Snopes sets, ClaimReview JSON Lines for PolitiFact, whose checks name the
speaker and carry a rating). Splits (prior-checks.md, benchmarks README):

- clef2020 dev: 197 tweets against 10,375 Snopes claims;
- 2a dev: every fifth tweet of the 2021/22 Task 2A train file (by the number in
  its id), against the 2022 collection; cut here, since the official 2A dev
  split is the CLEF 2020 test set and is withheld;
- 2b dev: 119 debate sentences against 19,250 PolitiFact checks.

Training uses the rest: 2A train tweets outside both tweet dev sets (the 2A
train file contains the CLEF 2020 train and dev tweets) and the 2B train sentences.
"""

from __future__ import annotations

import csv
import json
import re
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3].parent / "shared" / "benchmarks" / "claim_retrieval"
POLITIFACT = "https://www.politifact.com"
csv.field_size_limit(1 << 24)


@dataclass(slots=True)
class Split:
    """Queries (id → text) and gold (query id → relevant check ids) against one collection."""

    name: str
    collection: str
    queries: dict[str, str]
    gold: dict[str, set[str]]


def _qrels(path: Path) -> dict[str, set[str]]:
    gold: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3:
            gold.setdefault(parts[0], set()).add(parts[2])
    return gold


def _tsv_queries(path: Path, header: bool) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    return {r[0]: " ".join(r[1].split()) for r in rows[1 if header else 0:] if len(r) >= 2}


def write_collection(name: str, out: Path, root: Path = ROOT) -> Path:
    """Write collection `name` (clef2020, 2a, 2b) as an importable file in folder `out`; return its path."""
    out.mkdir(parents=True, exist_ok=True)
    if name == "clef2020":
        path = out / "snopes-2020.tsv"
        with (root / "clef2020-2-en" / "verified_claims.docs.tsv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh, delimiter="\t"))[1:]
        _write_tsv(path, [{"id": r[0], "claim": r[1], "title": r[2] if len(r) > 2 else ""} for r in rows])
        return path
    if name == "2a":
        path = out / "snopes-2022.tsv"
        rows = []
        with zipfile.ZipFile(root / "checkthat-2a-en" / "vclaims-2022.zip") as zf:
            for member in zf.namelist():
                if member.endswith(".json"):
                    d = json.loads(zf.read(member))
                    rows.append({"id": d["vclaim_id"], "claim": d.get("vclaim", ""), "title": d.get("title", ""),
                                 "url": d.get("page_url", ""), "date": d.get("date", ""),
                                 "author": d.get("author", "")})
        _write_tsv(path, rows)
        return path
    if name == "2b":
        path = out / "politifact.jsonl"
        with tarfile.open(root / "checkthat-2b-en" / "politifact-vclaims.tar.xz") as tf, \
                path.open("w", encoding="utf-8") as fh:
            for member in tf:
                if not member.isfile() or not member.name.endswith(".json"):
                    continue
                d = json.load(tf.extractfile(member))
                review = {"@context": "https://schema.org", "@type": "ClaimReview",
                          "claimReviewed": d.get("vclaim", ""), "headline": d.get("title", ""),
                          "url": POLITIFACT + d["url"] if d.get("url", "").startswith("/") else d.get("url"),
                          "author": {"@type": "Organization", "name": "PolitiFact"},
                          "itemReviewed": {"@type": "Claim", "author": {"@type": "Person",
                                                                         "name": d.get("speaker", "")}},
                          "reviewRating": {"@type": "Rating", "alternateName": d.get("truth_label", "")},
                          "identifier": d["vclaim_id"]}
                fh.write(json.dumps(review, ensure_ascii=False) + "\n")
        return path
    raise ValueError(f"unknown collection {name!r}")


def _write_tsv(path: Path, rows: list[dict[str, str]]) -> None:
    cols = ["id", "claim", "title", "url", "date", "author"]
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow([" ".join(str(r.get(c, "") or "").split()) for c in cols])


def politifact_ids(path: Path) -> dict[str, str]:
    """Review URL → vclaim id of the PolitiFact file (FactDesk keys a ClaimReview by its URL)."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out[d["url"]] = d["identifier"]
    return out


def _number(query_id: str) -> int:
    m = re.search(r"(\d+)$", query_id)
    return int(m.group(1)) if m else 0


def splits(root: Path = ROOT) -> dict[str, Split]:
    """The dev splits and the training split, keyed clef2020-dev, 2a-dev, 2b-dev, 2a-train, 2b-train."""
    c20 = root / "clef2020-2-en"
    clef_dev_q = _tsv_queries(c20 / "dev" / "tweets.queries.tsv", header=True)
    clef_dev = Split("clef2020-dev", "clef2020", clef_dev_q, _qrels(c20 / "dev" / "tweet-vclaim-pairs.qrels"))
    a = root / "checkthat-2a-en"
    a_q = _tsv_queries(a / "CT2022-Task2A-EN-Train_Queries.tsv", header=False)
    a_gold = _qrels(a / "CT2022-Task2A-EN-Train_QRELs.tsv")
    a_dev_ids = {q for q in a_q if _number(q) % 5 == 0}
    clef_dev_texts = set(clef_dev_q.values())
    a_dev = Split("2a-dev", "2a", {q: t for q, t in a_q.items() if q in a_dev_ids},
                  {q: g for q, g in a_gold.items() if q in a_dev_ids})
    train_ids = {q for q, t in a_q.items() if q not in a_dev_ids and t not in clef_dev_texts}
    a_train = Split("2a-train", "2a", {q: a_q[q] for q in train_ids}, {q: a_gold[q] for q in train_ids if q in a_gold})
    b = root / "checkthat-2b-en"
    b_q = _tsv_queries(b / "CT2022-Task2B-EN-Train-Dev_Queries.tsv", header=False)
    b_train_gold = _qrels(b / "CT2022-Task2B-EN-Train_QRELs.tsv")
    b_dev_gold = _qrels(b / "CT2022-Task2B-EN-Dev_QRELs.tsv")
    b_dev = Split("2b-dev", "2b", {q: b_q[q] for q in b_dev_gold if q in b_q}, b_dev_gold)
    b_train = Split("2b-train", "2b", {q: b_q[q] for q in b_train_gold if q in b_q}, b_train_gold)
    return {s.name: s for s in (clef_dev, a_dev, b_dev, a_train, b_train)}


def average_precision(ranked: list[str], relevant: set[str], k: int = 5) -> float:
    """AP@k as the CheckThat! scorers compute it (divided by the number of relevant checks)."""
    hits, total = 0, 0.0
    for i, doc in enumerate(ranked[:k], 1):
        if doc in relevant:
            hits += 1
            total += hits / i
    return total / len(relevant) if relevant else 0.0
