"""The trained step of detection: decide each number candidate's claim type (or drop it).

The rules (`numeric_claims.find_candidates`) find every number phrase and
read its value, hedge and span; this component builds each candidate's
feature words (`features.py`, the clause as lookup lemmas with the number
marked and abstracted, plus cue classes and where it stands) and lets the
text classifier trained with `spacy train` (`python -m factdesk.training.claims
train`) choose among the scored types and `none`. The trained pipeline
ships in `resources/models/claims-<lang>` (its lemmatizer holds the lookup
table the features use); it is loaded the first time a candidate needs it.
`FACTDESK_CLAIMS_MODELS` may name another folder holding `claims-de` and
`claims-en` (held-out evaluation, a newsroom's own model).
"""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path

from factdesk.core.model import DetectedClaim

MODELS_ENV = "FACTDESK_CLAIMS_MODELS"
NONE = "none"
PEOPLE_TYPES = ("arrests", "casualties", "crowd_size")
# unscored types the rules may give; kept when the model finds no scored claim
EXTRA_TYPES = ("duration", "date", "prediction", "comparison")
SCORED = ("vote_share", "arrests", "casualties", "crowd_size", "duration_in_power", "term_count", "money",
          "statistic")
# Who decides a candidate's type. The rules propose a specific type (a share, arrests, money,
# ...) only on explicit evidence: the counted noun ("Festnahmen"), a verb next to the count
# ("were arrested"), a currency, "Prozent der Stimmen", a precise time-in-power phrase. On the
# source-held-out folds of train/ the rules were right more often than the model where they
# proposed one (arrests: the model overruled 2 right proposals and fixed none; vote shares:
# 5 against 2; money 2 against 1), so there the rules decide (RULES_DECIDE). Where the rules
# only say "statistic" or nothing, which is most candidates, the model decides: it turns
# counts of people into crowds, arrests or casualties from the clause and the topic, shares
# into vote shares, and drops dates, ages and page furniture.
RULES_DECIDE = ("vote_share", "arrests", "casualties", "crowd_size", "duration_in_power", "term_count", "money")
# Added to the model's probability of "statistic" or "none" where the rules propose it: chosen
# on the held-out folds (best mean core F1 of 0, 0.1, 0.2, 0.4), never on dev.
RULE_PRIOR = 0.2
# What a number's form rules out, whatever its context (docs/claims.md's units): an age or a
# time of day is no claim, a measurement ("1.24-km") a statistic, a poll's margin of error no
# share of votes, lives saved or people charged no arrests, casualties or crowd, an amount of money is money or nothing,
# a percentage a share or a statistic, "1,3 Mrd." no share, an ordinal a term, a rank or nothing,
# a time span a time in power, a statistic or nothing; counted votes and seats are never people,
# and a number without a currency or a scale word is no money.
_FORM_LABELS = (
    (("AGE", "CLOCK"), (NONE,)),
    (("MARGIN", "NOEVENT"), ("statistic", NONE)),
    (("MEASURED",), ("statistic",)),
    (("CUR", "K=mcomp", "K=mperson"), ("money", NONE)),
    (("PCT",), ("vote_share", "statistic", NONE)),
    (("SCALE",), ("money", "statistic", NONE) + PEOPLE_TYPES),
    (("K=ordinal", "K=rank"), ("statistic", "term_count", NONE)),
    (("TIMEUNIT",), ("duration_in_power", "statistic", NONE)),
)
# Without an election or poll word in the sentence or among the story's topic words, the model
# never calls a number a vote share (a budget's or a health survey's percentages)
_VOTE_MARKS = frozenset({"SVOTE", "SPOLL", "D=vote", "D=poll", "T=vote", "T=poll", "PARTY", "VERSUS"})
# A share whose own complement names things, amounts or ballots is no share of votes, seats,
# voters or respondents (docs: vote_share; annotating.md: "98% of ballots counted" is a statistic)
_NOT_VOTED = frozenset({"OFG=thing", "OFG=amount", "OFG=ballots", "OFG=place"})
_NOT_VOTED_BRACKET = frozenset({"OFB=thing", "OFB=amount", "OFB=ballots", "OFB=place"})
_SAID = frozenset({"VC=opinion", "VC=vote"})
_NOT_POLLED = frozenset({"MARGIN", "SECON", "VERSUS"})
_POLLED_OWNERS = frozenset({"OF=none", "OF=people", "OF=respondents", "OF=voters"})
# Without one of these the model never calls a number money (the rules may: "50 davon" after
# "200 Milliarden Euro" in the same sentence)
_AMOUNT_MARKS = frozenset({"CUR", "SCALE", "K=mcomp", "K=mperson", "K=vague"})
_PLAIN_VALUE_TYPES = ("statistic", "vote_share", "money", "term_count") + PEOPLE_TYPES
_MAX_STRINGS = 500_000
_lock = threading.Lock()


def model_dir(lang: str) -> Path:
    """Where the claim-type pipeline of `lang` is: $FACTDESK_CLAIMS_MODELS/claims-<lang>, else resources/."""
    override = os.environ.get(MODELS_ENV)
    if override:
        return Path(override) / f"claims-{lang}"
    from factdesk.resources import resource_path

    return Path(resource_path("models", f"claims-{lang}"))


class ClaimTyper:
    """The trained classifier of one language, loaded on first use."""

    def __init__(self, lang: str, path: Path | None = None) -> None:
        self.lang = lang
        self.path = path
        self._textcat = None
        self._maker = None
        self._predicting = threading.Lock()

    def _load(self):
        with _lock:
            if self._textcat is None:
                from factdesk.core.detect.features import FeatureMaker
                from factdesk.core.detect.scanner import scanner

                path = self.path or model_dir(self.lang)
                if not (path / "config.cfg").exists():
                    raise RuntimeError(f"E-FD10: no claim-type model at {path}; train it with "
                                       "`python -m factdesk.training.claims train`")
                textcat, table = load_components(path)
                self._maker = FeatureMaker(scanner(self.lang), table)
                self._textcat = textcat
        return self._textcat, self._maker

    @property
    def maker(self):
        """The FeatureMaker with the shipped lemma table (loads the model)."""
        return self._load()[1]

    def labels_for(self, words_list: list[list[str]], rule_types: list[str] | None = None,
                   rule_prior: float = 0.0, tentative: list[bool] | None = None) -> list[str]:
        """The label of each candidate's feature words: the model's most probable one.

        With `rule_types`, `rule_prior` is added to the probability of the type
        the rules proposed, so the rules' proposal stands where the model is
        unsure (RULE_PRIOR below). A `tentative` proposal stands unless the
        candidate's form rules it out ("0,4 Prozent der Ausgaben" near an election word).
        """
        from spacy.tokens import Doc

        textcat, _ = self._load()
        with self._predicting:  # spaCy's Vocab is not thread-safe: the app detects in worker threads
            if len(textcat.vocab.strings) > _MAX_STRINGS:  # feature words of a long-running app
                from spacy.vocab import Vocab

                textcat.vocab = Vocab()
            docs = [Doc(textcat.vocab, words=w) for w in words_list]
            scores = textcat.model.predict(docs)
        labels = decide(textcat.labels, scores, words_list, rule_types, rule_prior)
        labels = [("vote_share" if label != "vote_share" and polled_opinion(w) else label)
                  for label, w in zip(labels, words_list)]
        if tentative is not None and rule_types is not None:
            labels = [rule if weak and rule in (allowed_labels(w) or (rule,)) else label
                      for label, rule, weak, w in zip(labels, rule_types, tentative, words_list)]
        return labels

    def claims(self, text: str, doc, rule_prior: float = RULE_PRIOR) -> list[DetectedClaim]:
        """The numeric claims of `text` (tokenized as `doc`): candidates typed by the rules or the model."""
        return self.claims_many([text], [doc], rule_prior)[0]

    def claims_many(self, texts: list[str], docs: list, rule_prior: float = RULE_PRIOR) -> list[list[DetectedClaim]]:
        """`claims` of several texts, the model asked once for the candidates of all of them.

        Each candidate's label depends on its own feature words only (the
        classifier scores each row on its own), so the claims are those of
        `claims` on each text alone; one prediction saves the model's
        per-call overhead.
        """
        from factdesk.core.detect.features import candidates_with_words
        from factdesk.core.detect.numeric_claims import find_candidates

        per_text = []
        words: list[list[str]] = []
        proposed: list[str] = []
        tentative: list[bool] = []
        for text, doc in zip(texts, docs):
            cands = find_candidates(text, self.lang)
            rules = [rule_type(c) for c in cands]
            # only these need the model: the rules proposed no specific type, or one that rests
            # on a topic word nearby only (a percentage near an election word)
            asked = [i for i, r in enumerate(rules) if r not in RULES_DECIDE or cands[i].tentative]
            if asked:
                found = candidates_with_words(text, self.lang, doc, lambda: self.maker, [cands[i] for i in asked],
                                              cands)
                words += [w for _, w in found]
                proposed += [rules[i] for i in asked]
                tentative += [cands[i].tentative for i in asked]
            per_text.append((cands, rules, asked))
        said = iter(self.labels_for(words, proposed, rule_prior, tentative) if words else [])
        out = []
        for cands, rules, asked in per_text:
            labels = dict(zip(range(len(cands)), rules))
            labels.update(zip(asked, said))
            claims = []
            for i, cand in enumerate(cands):
                claim = typed_claim(cand, labels[i])
                if claim is not None:
                    claims.append(claim)
            out.append(claims)
        return out


def rule_type(cand) -> str:
    """The scored type the rules propose for a candidate, or "none"."""
    return cand.rule.type if cand.rule is not None and cand.rule.type in SCORED else NONE


def decide(labels, scores, words_list, rule_types=None, rule_prior: float = 0.0) -> list[str]:
    """The label of each row of the model's `scores`: the rules' proposal gets `rule_prior`
    added, and labels the number's form rules out (allowed_labels) are never chosen."""
    import numpy

    scores = numpy.array(scores, dtype="float32")
    index = {label: i for i, label in enumerate(labels)}
    if rule_types is not None and rule_prior:
        for row, rule in enumerate(rule_types):
            scores[row, index.get(rule, index[NONE])] += rule_prior
    for row, words in enumerate(words_list):
        ok = allowed_labels(words)
        if ok is not None:
            for label, i in index.items():
                if label not in ok:
                    scores[row, i] = -1.0
    return [labels[int(i)] for i in scores.argmax(axis=1)]


def allowed_labels(words: list[str]) -> tuple[str, ...] | None:
    """The labels a candidate with these feature words may take (None: any)."""
    present = set(words)
    out = SCORED + (NONE,)
    for marks, labels in _FORM_LABELS:
        if present & set(marks):
            out = labels
            break
    if not present & _VOTE_MARKS:  # no election or poll word in the sentence or the story's topic
        out = tuple(lab for lab in out if lab != "vote_share")
    if _not_voted(present):  # "0,4 Prozent der Voranschlagskredite", "Griechenland (180 Prozent)"
        out = tuple(lab for lab in out if lab != "vote_share")
    if _counts_things(present):  # "100,000 entries", "6.000 Arbeitsplätze": no people are counted
        out = tuple(lab for lab in out if lab not in PEOPLE_TYPES)
    if "NC=tally" in present:
        out = tuple(lab for lab in out if lab not in PEOPLE_TYPES)
    if {"PCT", "SECON", "RULE=statistic"} <= present and len(out) > 1:
        # a percentage the rules read in an economy sentence ("Arbeitslosenquote 6,1 Prozent"): a
        # checkable figure, not page furniture (44 of 50 such candidates in train/ are statistics, 2 none)
        out = tuple(lab for lab in out if lab != NONE)
    if not present & _AMOUNT_MARKS:  # "(-20)" after a poll's shares is no amount of money
        out = tuple(lab for lab in out if lab != "money")
    return out


def polled_opinion(words: list[str]) -> bool:
    """True for a share of people stating an opinion in a poll story ("22 Prozent teilen die Meinung",
    "Jeder Dritte glaubt nicht mehr daran"): poll support, a vote share (annotating.md; gde's survey
    decision), unless the sentence is about the economy, it is a margin of error or a head-to-head
    the model reads anyway, or what it is a share of rules votes out."""
    present = set(words)
    if "POLLED_OPINION" not in present or present & _NOT_POLLED or not present & _POLLED_OWNERS:
        return False
    ok = allowed_labels(words)
    return ok is None or "vote_share" in ok


def _not_voted(present: set[str]) -> bool:
    """True when what the share is of rules out votes: things, amounts or ballots named by its
    complement or by the noun its bracket follows, or people named before a bracket whose
    clause says nothing of an opinion or a vote ("Die Frauen (18 Prozent) sind häufiger
    betroffen"); a head-to-head ("women (51 percent to 38 percent)") is poll support."""
    if present & _NOT_VOTED:
        return True
    if "VERSUS" in present:
        return False
    if present & _NOT_VOTED_BRACKET:
        return True
    return "OFB=people" in present and not present & _SAID


def _counts_things(present: set[str]) -> bool:
    """True when the counted noun is known and names no people (no person or event-noun class)."""
    if "N=none" in present or not any(w.startswith("N=") for w in present):
        return False
    return not any(w.startswith(("NC=person", "NC=noun_", "NH=")) for w in present)


def text_after(cand) -> str:
    """The claim text after the candidate's number ("." for the German ordinal "6. Amtszeit")."""
    c = cand.claim
    return c.text[max(0, cand.num.end - c.start):]


def load_components(path: Path):
    """The trained text classifier and the lemma lookup table of the pipeline at `path`.

    The folder is a whole spaCy pipeline (`spacy.load(path)` works); building
    only these two parts from its config skips the tokenizer it also holds,
    which takes a quarter of a second to build and is the detector's anyway.
    """
    from spacy.lookups import Lookups
    from spacy.pipeline.textcat import TextCategorizer
    from spacy.util import load_config, registry
    from spacy.vocab import Vocab

    config = load_config(path / "config.cfg")
    model = registry.resolve({"model": config["components"]["textcat"]["model"]})["model"]
    textcat = TextCategorizer(Vocab(), model, "textcat", threshold=0.0, scorer=None)
    textcat.from_disk(path / "textcat", exclude=("vocab",))
    table = Lookups().from_disk(path / "lemmatizer" / "lookups").get_table("lemma_lookup")
    return textcat, table


def typed_claim(cand, label: str) -> DetectedClaim | None:
    """The claim a candidate becomes with type `label`: value and unit as that type reports them."""
    rule, num, base = cand.rule, cand.num, cand.claim
    if label == NONE:
        return rule if rule is not None and rule.type in EXTRA_TYPES else None
    if rule is not None and rule.type == label:
        return rule
    value = num.value
    if rule is not None and rule.type in _PLAIN_VALUE_TYPES:
        value = rule.value
    unit = base.unit
    qualifier = base.qualifier
    if label == "duration_in_power":
        value = None if num.year_like or cand.years is None else cand.years
        unit = "years"
        if value is None and qualifier != "vague":
            qualifier = "exact"
    elif label == "vote_share":
        if num.kind == "fraction" and value is not None and value <= 1:
            value = round(value * 100, 9)
        unit = "percent"
    elif label in PEOPLE_TYPES:
        unit = "people"
    elif label == "term_count":  # "sechste Amtszeit" is the 6th term; "zwei Amtszeiten" a count of terms
        unit = "term" if num.kind in ("ordinal", "rank") or text_after(cand).startswith(".") else "terms"
    elif label == "money":
        unit = num.currency or (base.unit if base.unit not in ("percent", "people", "years") else None)
    elif label == "statistic" and unit in ("years", "term"):
        unit = None
    return replace(base, type=label, value=value, unit=unit, qualifier=qualifier)


_typers: dict[str, ClaimTyper] = {}


def typer(lang: str) -> ClaimTyper:
    """The shared ClaimTyper of `lang` (one per process and model folder)."""
    key = f"{lang}:{os.environ.get(MODELS_ENV, '')}"
    t = _typers.get(key)
    if t is None:
        t = _typers[key] = ClaimTyper(lang)
    return t
