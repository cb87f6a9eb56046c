"""The only place icon names and icon files appear in FactDesk.

`icon(name)` returns a QIcon for one of the names in `ICON_NAMES`. The order
of preference keeps the app native-feeling where it can be and consistent
where it cannot:

1. the platform's icon theme (freedesktop names on Linux desktops),
2. FactDesk's own 24 px line icons in ``resources/icons/`` (drawn with
   ``currentColor`` and recoloured to the palette's text colour, so they read
   in light and dark themes),
3. a QStyle standard icon.

Set ``FACTDESK_OWN_ICONS=1`` to skip the platform theme (screenshots, tests).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyle

from factdesk.resources import resource_path

SP = QStyle.StandardPixmap

# name -> (freedesktop theme name or None, QStyle fallback or None)
_ICONS: dict[str, tuple[str | None, QStyle.StandardPixmap | None]] = {
    "open": ("document-open", SP.SP_DialogOpenButton),
    "paste": ("edit-paste", None),
    "import": ("document-import", SP.SP_ArrowDown),
    "export": ("document-export", SP.SP_DialogSaveButton),
    "search": ("edit-find", SP.SP_FileDialogContentsView),
    "settings": ("preferences-system", SP.SP_FileDialogDetailedView),
    "next": ("go-down", SP.SP_ArrowDown),
    "previous": ("go-up", SP.SP_ArrowUp),
    "article": ("text-x-generic", SP.SP_FileIcon),
    "library": (None, SP.SP_DirIcon),
    "claims": (None, SP.SP_FileDialogListView),
    "mark_claim": (None, None),
    "source": (None, SP.SP_FileLinkIcon),
    "link": ("insert-link", SP.SP_FileLinkIcon),
    "attach": ("mail-attachment", None),
    "open_file": ("document-open", SP.SP_DialogOpenButton),
    "add": ("list-add", None),
    "remove": ("list-remove", SP.SP_TrashIcon),
    "edit": ("document-edit", None),
    "dismiss": (None, SP.SP_DialogDiscardButton),
    "restore": (None, SP.SP_DialogResetButton),
    "archive": (None, SP.SP_DirClosedIcon),
    "delete": ("edit-delete", SP.SP_TrashIcon),
    "open_folder": ("folder-open", SP.SP_DirOpenIcon),
    "undo": ("edit-undo", SP.SP_ArrowBack),
    "redo": ("edit-redo", SP.SP_ArrowForward),
    "ready": (None, SP.SP_ArrowRight),
    "approve": ("dialog-ok", SP.SP_DialogApplyButton),
    "return": (None, SP.SP_ArrowBack),
    "review": (None, SP.SP_DialogYesButton),
    "history": ("document-open-recent", SP.SP_BrowserReload),
    "verdict": (None, None),
    "filter": (None, None),
    "clear": ("edit-clear", SP.SP_LineEditClearButton),
    "warning": ("dialog-warning", SP.SP_MessageBoxWarning),
    "info": ("dialog-information", SP.SP_MessageBoxInformation),
    "error": ("dialog-error", SP.SP_MessageBoxCritical),
    "user": (None, None),
    "quit": ("application-exit", SP.SP_DialogCloseButton),
    "new_desk": ("document-new", SP.SP_FileDialogNewFolder),
    "desk": (None, SP.SP_DriveHDIcon),
    "report": (None, SP.SP_FileIcon),
    "refresh": ("view-refresh", SP.SP_BrowserReload),
    "help": ("help-about", SP.SP_TitleBarContextHelpButton),
}

#: Every name `icon()` accepts: the line icons plus the app icon "factdesk".
ICON_NAMES: tuple[str, ...] = tuple(sorted(_ICONS)) + ("factdesk",)

_SIZES = (16, 20, 24, 32, 48, 64)
_cache: dict[tuple[str, str], QIcon] = {}


def icon(name: str) -> QIcon:
    """Return the icon called `name` (one of ICON_NAMES); raises KeyError for unknown names.

    Without a QGuiApplication the icon is null. Icons are cached per palette text colour, so
    switching the theme yields freshly coloured icons.
    """
    if name == "factdesk":
        return app_icon()
    if name not in _ICONS:
        raise KeyError(f"unknown icon {name!r}; known icons: {', '.join(ICON_NAMES)}")
    if QGuiApplication.instance() is None:
        return QIcon()  # pixmaps need an application; models may be queried without one
    colour = _text_colour()
    key = (name, colour)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    theme_name, standard = _ICONS[name]
    result = QIcon()
    if theme_name and not os.environ.get("FACTDESK_OWN_ICONS") and QIcon.hasThemeIcon(theme_name):
        result = QIcon.fromTheme(theme_name)
    if result.isNull():
        result = _svg_icon(name, colour)
    if result.isNull() and standard is not None and isinstance(QApplication.instance(), QApplication):
        result = QApplication.style().standardIcon(standard)
    _cache[key] = result
    return result


def app_icon() -> QIcon:
    """Return FactDesk's application icon (window icon, desktop entry, installer)."""
    path = resource_path("icons", "factdesk.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def _text_colour() -> str:
    """The colour line icons are drawn in: the palette's window text, slightly softened."""
    app = QGuiApplication.instance()
    if app is None:
        return "#404040"
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()


def _svg_icon(name: str, colour: str) -> QIcon:
    """Render resources/icons/NAME.svg in `colour` at the usual sizes; a null icon if missing."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        return QIcon()
    data = path.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    if not renderer.isValid():
        return QIcon()
    result = QIcon()
    for size in _SIZES:
        for ratio in (1.0, 2.0):
            pixmap = QPixmap(int(size * ratio), int(size * ratio))
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    return result


def clear_cache() -> None:
    """Forget cached icons (called by the theme module after a palette change)."""
    _cache.clear()
