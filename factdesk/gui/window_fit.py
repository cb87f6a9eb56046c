"""The main window's size and splitters: fit the screen it opens on, remember, share the space sensibly.

A new window takes most of the screen it opens on (never more than its
available area, down to 1280×720), centred; a remembered geometry is used
when it still fits that screen, else it is shrunk and moved inside it. The
splitters give the library, the reader + claims and the claim panel shares
of the width, and the reader and the claims table shares of the height, so
a large screen shows many claims and a laptop still shows the text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen

MARGIN = 0.04                  # of the screen, left free around a new window
MAX_SIZE = (1760, 1100)         # a new window on a very large screen stays this size at most
WIDTH_SHARES = (0.25, 0.45, 0.30)   # library | reader + claims | claim panel
HEIGHT_SHARES = (0.58, 0.42)        # reader | claims of the article
QUEUE_SHARE = 0.38              # of the window's height, for the review queue dock


def screen_of(window: Any) -> QScreen | None:
    """The screen the window is on (or will open on)."""
    return window.screen() or QGuiApplication.primaryScreen()


def new_geometry(available: QRect) -> QRect:
    """A new window's geometry on a screen with this available area: most of it, centred."""
    w = min(MAX_SIZE[0], int(available.width() * (1 - 2 * MARGIN)))
    h = min(MAX_SIZE[1], int(available.height() * (1 - 2 * MARGIN)))
    x = available.x() + (available.width() - w) // 2
    y = available.y() + (available.height() - h) // 2
    return QRect(x, y, w, h)


def inside(geometry: QRect, available: QRect) -> QRect:
    """`geometry` shrunk to the available area and moved into it."""
    w, h = min(geometry.width(), available.width()), min(geometry.height(), available.height())
    x = min(max(geometry.x(), available.x()), available.x() + available.width() - w)
    y = min(max(geometry.y(), available.y()), available.y() + available.height() - h)
    return QRect(x, y, w, h)


def place(window: Any, remembered: bool) -> None:
    """Size a window for its screen: a new one by `new_geometry`, a remembered one kept inside the screen."""
    screen = screen_of(window)
    if screen is None:
        return
    available = screen.availableGeometry()
    if not remembered:
        window.setGeometry(new_geometry(available))
        return
    frame = window.frameGeometry()
    if not available.contains(frame):
        window.setGeometry(inside(window.geometry(), available))


def keep_on_screen(window: Any) -> None:
    """After a dock opened or closed: never larger than the screen's available area."""
    screen = screen_of(window)
    if screen is None:
        return
    available = screen.availableGeometry()
    if window.height() > available.height() or window.width() > available.width():
        window.setGeometry(inside(window.geometry(), available))


def share(total: int, shares: tuple[float, ...]) -> list[int]:
    """Split `total` pixels by `shares`."""
    sizes = [int(total * s) for s in shares]
    sizes[-1] += total - sum(sizes)
    return sizes
