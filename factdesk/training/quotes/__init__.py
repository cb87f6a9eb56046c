"""Error analysis (and, where one helps, training) for the quote and speaker step of detection.

    python -m factdesk.training.quotes errors [FOLDER] [--show]
"""
