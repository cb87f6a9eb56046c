"""Claim detection: spaCy pipelines, FactDesk components, numbers, quotes, scoring."""
