"""Showing user text literally: names, paths and quotes are never to be read as HTML.

Qt guesses whether a string is rich text wherever it is not told (tooltips, message boxes); these
helpers tell it, or escape the text where it cannot be told.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, Qt  # QtGui's Qt adds mightBeRichText
from PySide6.QtWidgets import QLabel


def literal(text: str) -> str:
    """``text`` made safe for places that guess the format: escaped only if it looks like HTML."""
    return Qt.convertFromPlainText(text) if Qt.mightBeRichText(text) else text


def plain_label(text: str = "", *, point_scale: float = 1.0, bold: bool = False) -> QLabel:
    """A label that shows ``text`` literally, wraps, and can be selected and copied."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if point_scale != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * point_scale)
        font.setBold(bold)
        label.setFont(font)
    return label
