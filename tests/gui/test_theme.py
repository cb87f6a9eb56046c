"""theme: distinct type colours, labels in both languages, palettes that switch."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QColor

from factdesk.core.model import CLAIM_TYPES, SCORED_TYPES, Verdict
from factdesk.gui import theme


@pytest.mark.parametrize("dark", [False, True])
def test_every_claim_type_has_a_distinct_colour(dark):
    colours = {theme.type_colour(t, dark).name() for t in CLAIM_TYPES}
    assert len(colours) == len(CLAIM_TYPES)


def _lab(c: QColor) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour."""
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    r, g, b = lin(c.redF()), lin(c.greenF()), lin(c.blueF())
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _delta_e(a: QColor, b: QColor) -> float:
    """CIE76 colour difference: about 2 is just noticeable, above 20 clearly different colours."""
    return sum((p - q) ** 2 for p, q in zip(_lab(a), _lab(b))) ** 0.5


@pytest.mark.parametrize("dark", [False, True])
def test_scored_type_colours_are_far_apart(dark):
    for t, u in itertools.combinations(SCORED_TYPES, 2):
        a, b = theme.type_colour(t, dark), theme.type_colour(u, dark)
        assert _delta_e(a, b) > 20, (t, u, a.name(), b.name())


@pytest.mark.parametrize("dark", [False, True])
def test_all_type_colours_can_be_told_apart(dark):
    for t, u in itertools.combinations(CLAIM_TYPES, 2):
        a, b = theme.type_colour(t, dark), theme.type_colour(u, dark)
        assert _delta_e(a, b) > 15, (t, u, a.name(), b.name())


def test_the_confused_types_are_clearly_different():
    """QA: Time in power, Term count and Money were all olive/yellow; Vote share and Statistic both blue."""
    for t, u in (("duration_in_power", "term_count"), ("term_count", "money"),
                 ("duration_in_power", "money"), ("vote_share", "statistic")):
        assert _delta_e(theme.type_colour(t), theme.type_colour(u)) > 25, (t, u)


def test_claim_panel_header_follows_the_dark_palette(window, qapp):
    from PySide6.QtGui import QPalette
    dark = QPalette(window.panel.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202428"))
    window.panel.setPalette(dark)
    window.panel.refresh()
    claim = window.panel.claim
    html = window.panel.quote.text()
    assert theme.type_colour(claim.type, dark=True).name() in html
    assert theme.type_colour(claim.type).name() not in html


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
