"""The claim-type classifier: training data from annotated articles, `spacy train`, held-out evaluation.

    python -m factdesk.training.claims train     # ../shared/corpus/train -> resources/models/claims-de, claims-en
    python -m factdesk.training.claims heldout   # per source prefix: train on all others, score it
    python -m factdesk.training.claims errors DIR

See train.py for what each does and resources/rules/README.md for how a
newsroom retrains with its own articles.
"""
