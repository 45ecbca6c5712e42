"""Small helpers for screen readers: announcements, and names for the parts Qt leaves unnamed.

`announce` tells a screen reader about a change that moves no focus: the number of matches, the answer to a card.
Qt 6.8 added `QAccessibleAnnouncementEvent`; over AT-SPI it arrives as an `object:announcement` event, which newer
screen readers (Orca 46 and later) speak. Nothing is sent while no assistive technology listens.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLineEdit, QToolButton


def announce(source: QObject, text: str, *, assertive: bool = False) -> bool:
    """Have a screen reader say `text` (polite: after what it is saying; assertive: at once). True when sent."""
    if not text or not QAccessible.isActive():
        return False
    event = QAccessibleAnnouncementEvent(source, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    return True


def name_clear_button(field: QLineEdit, name: str) -> None:
    """Name the ✕ button of a field with `setClearButtonEnabled(True)` (Qt gives it no name of its own)."""
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(name)
