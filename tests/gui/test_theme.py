"""theme: distinct type colours, labels in both languages, palettes that switch."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from factdesk.core.model import CLAIM_TYPES, SCORED_TYPES, Verdict
from factdesk.gui import theme


@pytest.mark.parametrize("dark", [False, True])
def test_every_claim_type_has_a_distinct_colour(dark):
    colours = {theme.type_colour(t, dark).name() for t in CLAIM_TYPES}
    assert len(colours) == len(CLAIM_TYPES)


def test_scored_type_colours_are_far_apart():
    cols = [theme.type_colour(t) for t in SCORED_TYPES]
    for i, a in enumerate(cols):
        for b in cols[i + 1:]:
            dist = abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())
            assert dist > 60, (a.name(), b.name())


def _luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("t", CLAIM_TYPES)
def test_highlights_keep_text_readable(t):
    """WCAG AA contrast for body text on the highlight, in both palettes."""
    assert _contrast(theme.type_colour(t), QColor("#1E2328")) >= 4.5
    assert _contrast(theme.type_colour(t, dark=True), QColor("#E4E6E8")) >= 4.5


@pytest.mark.parametrize("t", CLAIM_TYPES)
def test_every_type_has_german_and_english_labels(t):
    en, de = theme.type_label(t, "en"), theme.type_label(t, "de_DE")
    assert en and de and "_" not in en and "_" not in de


def test_known_labels():
    assert theme.type_label("vote_share", "de") == "Stimmenanteil"
    assert theme.type_label("vote_share", "en") == "Vote share"


def test_verdict_colour_comes_from_the_scale():
    v = Verdict("false", "False", "Falsch", "#c0392b")
    assert theme.verdict_colour(v) == QColor("#c0392b")
    assert theme.verdict_colour(None).isValid()
    assert theme.verdict_colour("not a colour").isValid()


def test_apply_theme_switches_light_and_dark(qapp):
    try:
        assert theme.apply_theme(qapp, "dark") is True
        assert theme.is_dark(qapp)
        assert theme.apply_theme(qapp, "light") is False
        assert not theme.is_dark(qapp)
    finally:
        theme.apply_theme(qapp, "system")


def test_unknown_mode_is_refused(qapp):
    before = qapp.palette().color(qapp.palette().ColorRole.Window)
    with pytest.raises(ValueError, match="system, light, dark"):
        theme.apply_theme(qapp, "neon")
    assert qapp.palette().color(qapp.palette().ColorRole.Window) == before
