"""Training the check-worthiness models: `python -m factdesk.training.worthiness`.

`data` reads the labelled sentences from ../shared, `train` runs `spacy train`
with the configs in `configs/`, `calibrate` fits the combination with the
PASTEL-style features and its calibration on held-out data. The run-time side
is `factdesk.core.detect.worthiness`.
"""
