"""`factdesk [--db PATH] [--demo] [--screenshot PNG] [FILE...]`: open the desktop app (factdesk.gui.startup).

Decided here: the desk named on the command line or by $FACTDESK_DB (without
one the app opens the desk chosen in Settings, else the default desk), and
whether there is a display at all: without one, one line of FactDesk's own
and exit 1, before Qt can abort.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from factdesk.core.errors import RequestError


def run(args: argparse.Namespace) -> int:
    """Open the app as the arguments ask; return the exit status."""
    if not args.screenshot:
        from factdesk.cli.display import problem
        missing = problem()
        if missing:
            raise RequestError(missing)  # one line on stderr, exit 1
    from factdesk.gui import startup

    explicit = args.db or os.environ.get("FACTDESK_DB")
    return startup.run(Path(explicit) if explicit else None, demo=args.demo, screenshot=args.screenshot,
                       files=args.files)
