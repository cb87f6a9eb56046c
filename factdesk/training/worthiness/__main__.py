"""`python -m factdesk.training.worthiness`: train the check-worthiness models (train.py)."""

import sys

from factdesk.training.worthiness.train import main

sys.exit(main())
