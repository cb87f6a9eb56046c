"""Accessible names and descriptions: what a screen reader announces for a widget.

Every interactive widget gets both through `describe()`: the name says what
the widget is ("Claim type", "Articles"), the description what it does or
holds. Buttons with text are announced by their text and need only the
description. tests/gui/test_accessibility.py walks every window and dialog
and fails on a widget without them.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

W = TypeVar("W", bound=QWidget)


def describe(widget: W, name: str, description: str) -> W:
    """Set the widget's accessible name and description (both already translated); return the widget."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    return widget


def describe_form(form: QFormLayout, descriptions: dict[QWidget, str]) -> None:
    """Name each given field of a form after its row's label ("&Name:" -> "Name"), with its description."""
    for field, description in descriptions.items():
        label = form.labelForField(field)
        text = label.text() if isinstance(label, QLabel) else ""
        name = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(" :")
        describe(field, name or field.accessibleName(), description)
