"""FactDesk: find checkable claims in news articles, research them, decide, report."""

__version__ = "0.1.0"
