"""Passages of a source's text in Qt's terms: positions, highlights and the passage selected.

Annotations count Unicode code points; Qt counts UTF-16 code units, so every character outside the
Basic Multilingual Plane (most emoji, "𝄞") shifts Qt's positions by one. All conversions between
the two happen here. A text shown in a QTextDocument must also keep one position per code unit:
Qt folds "\\r\\n" into one line break, so :func:`display_text` shows the "\\r" as an invisible
zero-width space instead of dropping it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from timeline_app.domain.anchoring import code_points_to_utf16, utf16_to_code_points
from timeline_app.store.passages import Passage
from timeline_app.ui.timeline.theme import faded

#: How strongly a passage is tinted, and a passage of the selected record.
TINT, EMPHASIS = 0.22, 0.5


@dataclass(frozen=True)
class Mark:
    """A placed passage at Qt positions (UTF-16 code units), ``end`` exclusive."""

    start: int
    end: int
    passage: Passage


def display_text(text: str) -> str:
    """``text`` as a QTextDocument can show it with one position per UTF-16 code unit."""
    return text.replace("\r\n", "\u200b\n")


def place(text: str, passages: list[Passage]) -> list[Mark]:
    """The passages that were found in ``text``, at Qt positions."""
    wide = not text.isascii() and max(text) > "\uffff"
    qt = (lambda offset: code_points_to_utf16(text, offset)) if wide else (lambda offset: offset)
    return [Mark(qt(p.span[0]), qt(p.span[1]), p) for p in passages if p.span is not None]


def at(marks: list[Mark], position: int) -> list[Mark]:
    """The marks over the character at ``position``, innermost (shortest) first."""
    return sorted((m for m in marks if m.start <= position < m.end), key=lambda m: m.end - m.start)


def selected(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A selection (Qt positions) as code-point offsets without the white space around it, as a
    drag over a word usually catches some; None if only white space was selected."""
    first, last = utf16_to_code_points(text, start), utf16_to_code_points(text, end)
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    return (first, last) if first < last else None


def highlights(document: QTextDocument, marks: list[Mark], colours: dict[str | None, QColor],
               emphasised: set[str]) -> list[QTextEdit.ExtraSelection]:
    """A tint in the passage's colour (a claim's party, neutral for events), stronger for the
    records in ``emphasised``; claims are underlined solid, events dashed, for readers of shapes."""
    found = []
    for mark in marks:
        colour = colours.get(mark.passage.party_id if mark.passage.kind == "claim" else None) or colours[None]
        selection = QTextEdit.ExtraSelection()
        selection.cursor = QTextCursor(document)
        selection.cursor.setPosition(mark.start)
        selection.cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        style = QTextCharFormat()
        style.setBackground(faded(colour, EMPHASIS if mark.passage.record_id in emphasised else TINT))
        style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline if mark.passage.kind == "claim"
                                else QTextCharFormat.UnderlineStyle.DashUnderline)
        style.setUnderlineColor(colour)
        selection.format = style
        found.append(selection)
    return found
