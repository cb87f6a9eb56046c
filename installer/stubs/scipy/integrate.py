"""`quad` for datasketch's import; FactDesk never calls it (see the package docstring)."""


def quad(*args, **kwargs):
    """Refuse: SciPy is not part of the frozen FactDesk."""
    raise RuntimeError("scipy is not bundled with FactDesk (datasketch's MinHashLSH parameter search is unused)")
