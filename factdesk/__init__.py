"""FactDesk: find checkable claims in news articles, research them, decide, report."""

from functools import cache


@cache
def version() -> str:
    """FactDesk's version, from the installed package metadata (pyproject.toml is its one source)."""
    from importlib.metadata import PackageNotFoundError, version as dist_version

    try:
        return dist_version("factdesk")
    except PackageNotFoundError:  # a bare source tree on sys.path, never installed
        return "0+unknown"


def __getattr__(name: str) -> str:
    # `factdesk.__version__` is looked up lazily: reading package metadata costs a few
    # milliseconds that `factdesk detect` on one file should not pay.
    if name == "__version__":
        return version()
    raise AttributeError(f"module 'factdesk' has no attribute {name!r}")
