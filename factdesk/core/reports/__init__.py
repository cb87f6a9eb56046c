"""Verdict reports: HTML, PDF, Markdown, CSV, JSON, ClaimReview."""
