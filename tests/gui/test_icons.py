"""icons.icon(): every name resolves to a drawable icon; unknown names fail loudly."""

from __future__ import annotations

import pytest

from factdesk.gui import icons


@pytest.fixture(autouse=True)
def own_icons(monkeypatch, qapp):
    monkeypatch.setenv("FACTDESK_OWN_ICONS", "1")
    icons.clear_cache()


@pytest.mark.parametrize("name", icons.ICON_NAMES)
def test_every_icon_renders(name):
    ic = icons.icon(name)
    assert not ic.isNull()
    assert not ic.pixmap(24, 24).isNull()


def test_unknown_icon_names_the_known_ones():
    with pytest.raises(KeyError, match="known icons"):
        icons.icon("no-such-icon")


def test_line_icons_follow_the_palette_text_colour(qapp):
    from PySide6.QtGui import QColor, QPalette

    old = qapp.palette()
    try:
        pal = QPalette(old)
        pal.setColor(QPalette.ColorRole.WindowText, QColor("#ff0000"))
        qapp.setPalette(pal)
        image = icons.icon("add").pixmap(24, 24).toImage()
        reds = [image.pixelColor(x, 12) for x in range(24)]
        assert any(c.red() > 200 and c.green() < 60 and c.alpha() > 200 for c in reds)
    finally:
        qapp.setPalette(old)
