"""Palettes, claim-type colours, verdict colours (the names of types are in `factdesk.core.words`).

`apply_theme(app, mode)` switches between the system look and FactDesk's own
light and dark palettes (Fusion, calm greys, one blue accent) and loads the
small opt-in stylesheet in ``resources/styles/factdesk.qss``.

Claim-type colours follow Paul Tol's colour-blind-safe "light"/"muted"
schemes, chosen to be far apart in CIE Lab; dark mode has its own deeper
set so light text stays readable on it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from factdesk.core.model import CLAIM_TYPES, Verdict
from factdesk.resources import resource_path

THEME_MODES: tuple[str, ...] = ("system", "light", "dark")

# Highlight backgrounds, one per claim type of model.CLAIM_TYPES, after Paul Tol's colour-blind-safe
# "light" and "muted" schemes. Light mode: black text reads on each (WCAG >= 6:1). Dark mode: a
# deeper colour of the same hue, light text reads on each (>= 5:1). The nine scored types are
# at least 25 apart in CIE76 Delta E in both modes, every pair of all 13 at least 18
# (tests/gui/test_theme.py checks it), so Time in power, Term count and Money, or Vote share
# and Statistic, are never confused.
_TYPE_COLOURS: dict[str, str] = {
    "vote_share": "#6699EE",        # blue
    "arrests": "#EE8866",           # orange
    "casualties": "#FFAABB",        # pink
    "crowd_size": "#44BB99",        # mint
    "duration_in_power": "#BBCC33", # pear
    "term_count": "#CC99EE",        # violet
    "money": "#EEDD88",             # light yellow
    "statistic": "#99EEEE",         # aqua
    "quote": "#DDBB99",             # sand
    "date": "#CCCCCC",              # grey
    "duration": "#A6E088",          # light green
    "prediction": "#DEEFC6",        # pale sage
    "comparison": "#ACA8DC",        # periwinkle
}
_TYPE_COLOURS_DARK: dict[str, str] = {
    "vote_share": "#2B4F9E",
    "arrests": "#943A14",
    "casualties": "#8A2E5A",
    "crowd_size": "#17684A",
    "duration_in_power": "#4A6A0A",
    "term_count": "#6A3A9A",
    "money": "#7A5C10",
    "statistic": "#0E6470",
    "quote": "#5E4636",
    "date": "#3A4250",
    "duration": "#4A2C43",
    "prediction": "#4A5128",
    "comparison": "#335680",
}

_NO_VERDICT = "#9AA3AB"
_DARK_TEXT = "#E4E6E8"  # Text of the dark palette
_ACCENT = "#2F6FA3"

_system_palette: QPalette | None = None
_system_style: str | None = None


def type_colour(claim_type: str, dark: bool = False) -> QColor:
    """Return the highlight background for `claim_type`; grey for unknown types.

    With ``dark=True`` the colour is darkened for use behind light text.
    """
    if dark and claim_type in _TYPE_COLOURS_DARK:
        return QColor(_TYPE_COLOURS_DARK[claim_type])
    colour = QColor(_TYPE_COLOURS.get(claim_type, "#C8C8C8"))
    if dark:
        h, s, a = colour.hslHueF(), colour.hslSaturationF(), colour.alphaF()
        lightness = 0.34
        colour = QColor.fromHslF(h, min(1.0, s * 0.8), lightness, a)
        while _contrast(colour, QColor(_DARK_TEXT)) < 5.0 and lightness > 0.1:
            lightness -= 0.02
            colour = QColor.fromHslF(h, min(1.0, s * 0.8), lightness, a)
    return colour


def _luminance(c: QColor) -> float:
    """WCAG relative luminance."""
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def _contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def verdict_colour(verdict: Verdict | str | None) -> QColor:
    """Return the colour of a verdict from its rating scale (a Verdict, or a colour string).

    No verdict (None) or an unparsable colour gives a neutral grey.
    """
    if verdict is None:
        return QColor(_NO_VERDICT)
    value = verdict.colour if isinstance(verdict, Verdict) else str(verdict)
    colour = QColor(value)
    return colour if colour.isValid() else QColor(_NO_VERDICT)


def readable_text_colour(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (for verdict badges)."""
    black, white = QColor("#111111"), QColor("#FFFFFF")
    return black if _contrast(background, black) >= _contrast(background, white) else white


def is_dark(app: QGuiApplication | None = None) -> bool:
    """Return True when the application's palette is dark (light text on a dark window)."""
    if app is None:
        instance = QGuiApplication.instance()
        app = instance if isinstance(instance, QGuiApplication) else None
    palette = app.palette() if app is not None else QPalette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def apply_theme(app: QApplication, mode: str = "system") -> bool:
    """Apply "system", "light" or "dark" to `app`; return True when the result is dark.

    Raises ValueError for any other mode (and changes nothing).
    """
    global _system_palette, _system_style
    if mode not in THEME_MODES:
        raise ValueError(f"unknown theme {mode!r}; choose one of: {', '.join(THEME_MODES)}")
    if _system_palette is None:
        _system_palette = QPalette(app.palette())
        _system_style = app.style().name()
    hints = app.styleHints()
    if mode == "system":
        if hasattr(hints, "unsetColorScheme"):
            hints.unsetColorScheme()
        if _system_style and app.style().name() != _system_style:
            app.setStyle(QStyleFactory.create(_system_style))
        app.setPalette(_system_palette)
    else:
        if hasattr(hints, "setColorScheme"):
            hints.setColorScheme(Qt.ColorScheme.Dark if mode == "dark" else Qt.ColorScheme.Light)
        if app.style().name().lower() != "fusion":
            app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_dark_palette() if mode == "dark" else _light_palette())
    app.setStyleSheet(_stylesheet())
    from factdesk.gui import icons  # icons are tinted with the palette's text colour

    icons.clear_cache()
    return is_dark(app)


def _stylesheet() -> str:
    path = resource_path("styles", "factdesk.qss")
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def _palette(colours: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def _light_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette({
        R.Window: "#F3F3F1", R.WindowText: "#1E2328", R.Base: "#FFFFFF", R.AlternateBase: "#F6F6F4",
        R.Text: "#1E2328", R.Button: "#ECECEA", R.ButtonText: "#1E2328", R.BrightText: "#FFFFFF",
        R.Highlight: _ACCENT, R.HighlightedText: "#FFFFFF", R.Link: "#1F5F99", R.LinkVisited: "#6A4C93",
        R.ToolTipBase: "#FFFFF4", R.ToolTipText: "#1E2328", R.PlaceholderText: "#7A828A",
        R.Light: "#FFFFFF", R.Midlight: "#E2E2E0", R.Mid: "#C4C4C2", R.Dark: "#A0A09E", R.Shadow: "#5A5A58",
    }, "#9AA0A6")


def _dark_palette() -> QPalette:
    R = QPalette.ColorRole
    return _palette({
        R.Window: "#24272B", R.WindowText: _DARK_TEXT, R.Base: "#1B1D20", R.AlternateBase: "#222529",
        R.Text: "#E4E6E8", R.Button: "#2E3237", R.ButtonText: "#E4E6E8", R.BrightText: "#FFFFFF",
        R.Highlight: "#3D7FB8", R.HighlightedText: "#FFFFFF", R.Link: "#7FB6E8", R.LinkVisited: "#B49ADB",
        R.ToolTipBase: "#2E3237", R.ToolTipText: "#E4E6E8", R.PlaceholderText: "#8A9096",
        R.Light: "#3A3F45", R.Midlight: "#33373C", R.Mid: "#2A2D31", R.Dark: "#17191B", R.Shadow: "#000000",
    }, "#6C7278")


__all__ = [
    "THEME_MODES", "CLAIM_TYPES", "apply_theme", "is_dark", "readable_text_colour",
    "type_colour", "verdict_colour",
]
