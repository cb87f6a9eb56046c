"""Entry script of the frozen FactDesk app: the same `factdesk` command as the console script.

PyInstaller needs a script, not an entry point, so this file stands in for
`[project.scripts] factdesk = "factdesk.cli:main"` in pyproject.toml.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    # Detection may run in worker processes for bulk imports; in a frozen app a
    # child process re-runs this executable, and freeze_support() turns it into
    # a worker instead of a second FactDesk (a no-op when not frozen or on fork).
    multiprocessing.freeze_support()
    from factdesk.cli import main

    sys.exit(main())
