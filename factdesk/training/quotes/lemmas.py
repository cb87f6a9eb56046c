"""Build the lookup-lemma tables the attribution patterns match with (resources/rules/<lang>/lemmas.json).

    python -m factdesk.training.quotes lemmas

The patterns in `attribution.jsonl` and `speaker_words.jsonl` name verbs by
their lemma ({"LEMMA": "say"}); at run time each token near a quotation gets
its lookup lemma from this table (spaCy's lookup lemmatizer data,
spacy-lookups-data), so "said", "says" and "saying" all match. The whole
lookup table has 355,000 German entries and takes most of a second to load;
the shipped table keeps only the forms of the lemmas the patterns use.
Run this after adding a {"LEMMA": ...} pattern.
"""

from __future__ import annotations

import json
from pathlib import Path

from factdesk.training.quotes.corpus import REPO

RULES = REPO / "resources" / "rules"
PATTERN_FILES = ("attribution.jsonl", "speaker_words.jsonl")


def pattern_lemmas(folder: Path) -> set[str]:
    """Every lemma a {"LEMMA": ...} token pattern of the language folder asks for (IN lists included)."""
    found: set[str] = set()
    for name in PATTERN_FILES:
        path = folder / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            pattern = json.loads(line)["pattern"] if line.strip() else None
            if not isinstance(pattern, list):
                continue
            for token in pattern:
                value = token.get("LEMMA")
                if isinstance(value, str):
                    found.add(value)
                elif isinstance(value, dict):
                    found.update(value.get("IN", []))
    return found


def lemma_table(lang: str, lemmas: set[str]) -> dict[str, str]:
    """The lower-cased forms of `lemmas` in spacy-lookups-data's table of `lang`, form -> lemma."""
    from spacy.util import load_language_data, registry

    full = load_language_data(registry.lookups.get(lang)["lemma_lookup"])
    table: dict[str, str] = {}
    for form, lemma in sorted(full.items()):
        if lemma in lemmas and form.lower() != lemma:
            table.setdefault(form.lower(), lemma)
    return table


def build(rules: Path = RULES) -> dict[str, int]:
    """Write lemmas.json beside each language's pattern files; return the entries written per language."""
    written = {}
    for folder in sorted(p for p in rules.iterdir() if p.is_dir()):
        lemmas = pattern_lemmas(folder)
        table = lemma_table(folder.name, lemmas)
        with open(folder / "lemmas.json", "w", encoding="utf-8") as f:
            json.dump({"_doc": f"Lookup lemmas (spacy-lookups-data) of the {len(lemmas)} lemmas the patterns name; "
                               "built by `python -m factdesk.training.quotes lemmas`.",
                       "lemmas": table}, f, ensure_ascii=False, indent=0, sort_keys=True)
            f.write("\n")
        written[folder.name] = len(table)
    return written
