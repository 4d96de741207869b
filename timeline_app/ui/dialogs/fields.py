"""The fields dialogs are built of: records chosen by typing, tags with completion, plain text boxes.

A :class:`RecordField` asks a search function (handed in, so the dialog never queries the store)
for the records matching what was typed, and suggests them; typing words that match exactly one
record chooses it. A :class:`TagsField` completes the tag being typed from the project's tags.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP, QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QCompleter, QLineEdit, QPlainTextEdit, QWidget

from timeline_app.store.choices import Choice
from timeline_app.ui.dialogs.values import listed, optional
from timeline_app.ui.i18n import tr

Search = Callable[[str], list[Choice]]
#: For each kind of record a field can choose (its ``noun``): the hint in the empty field, and what
#: is said when no record matches the words typed ("{}").
NOUNS = {
    "party or person": (QT_TR_NOOP("type to find a party or person"), QT_TR_NOOP("No party or person matches “{}”")),
    "event": (QT_TR_NOOP("type to find an event"), QT_TR_NOOP("No event matches “{}”")),
    "claim": (QT_TR_NOOP("type to find a claim"), QT_TR_NOOP("No claim matches “{}”")),
    "source": (QT_TR_NOOP("type to find a source"), QT_TR_NOOP("No source matches “{}”")),
}


class RecordField(QLineEdit):
    """A record chosen by typing some of its words; empty means none. ``noun``: one of :data:`NOUNS`."""

    changed = Signal()

    def __init__(self, search: Search, noun: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.noun = noun
        self._search = search
        self._found: dict[str, Choice] = {}
        self._typed_matches: list[Choice] = []
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setPlaceholderText(tr(NOUNS[noun][0]))
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._suggest)
        self.textChanged.connect(self.changed)
        self.editingFinished.connect(self._show_chosen)

    def set_choice(self, choice: Choice | None) -> None:
        self._found = {choice.label: choice} if choice else {}
        self.setText(choice.label if choice else "")
        self.setCursorPosition(0)

    def choice(self) -> Choice | None:
        """The record chosen: a suggestion taken, or the one record the typed words match."""
        text = self.text().strip()
        if not text:
            return None
        return self._found.get(text) or (self._typed_matches[0] if len(self._typed_matches) == 1 else None)

    def problem(self) -> str | None:
        if not self.text().strip() or self.choice() is not None:
            return None
        if self._typed_matches:
            return tr("“{}” fits %n records: choose one from the list", None, len(self._typed_matches)).format(
                self.text().strip())
        return tr(NOUNS[self.noun][1]).format(self.text().strip())

    @Slot()
    def _show_chosen(self) -> None:
        """Leaving the field after typing words that fit one record: show that record in full."""
        chosen = self.choice()
        if chosen is not None and self.text().strip() != chosen.label:
            self.set_choice(chosen)

    @Slot(str)
    def _suggest(self, text: str) -> None:
        found = self._search(text.strip())
        self._typed_matches = found
        self._found.update((choice.label, choice) for choice in found)
        self._model.setStringList([choice.label for choice in found])
        if found and self.hasFocus():
            self.completer().complete()


class TagsField(QLineEdit):
    """Tag names separated by commas; the one being typed is completed from the project's tags."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("tags, separated by commas"))
        self._completer = QCompleter(names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated[str].connect(self._complete)
        self.textEdited.connect(self._suggest)

    def names(self) -> tuple[str, ...]:
        return listed(self.text())

    def set_names(self, names: tuple[str, ...]) -> None:
        self.setText(", ".join(names))

    @Slot(str)
    def _suggest(self, text: str) -> None:
        token = text.rsplit(",", 1)[-1].strip()
        self._completer.setCompletionPrefix(token)
        if token and self._completer.completionCount():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    @Slot(str)
    def _complete(self, name: str) -> None:
        """Put the chosen tag in place of the one being typed, ready for the next."""
        done = self.text().rsplit(",", 1)[0] if "," in self.text() else ""
        self.setText(f"{done}, {name}, " if done else f"{name}, ")


class TextBox(QPlainTextEdit):
    """A few lines of plain text; Tab moves on to the next field, as in a form."""

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(text_height(self, lines))

    def set_text(self, text: str | None) -> None:
        self.setPlainText(text or "")

    def text(self) -> str | None:
        """The text exactly as typed (no-break spaces kept), or None when blank."""
        return optional(raw_text(self))


def text_height(edit: QPlainTextEdit, lines: int) -> int:
    """The height that shows ``lines`` lines with no scroll bar: the lines at their fractional
    spacing, the document's margins, the frame, and 2 pixels (the text layout needs one more than
    these at 100 to 200 %; the other is to spare). A pixel short, and the box always scrolls."""
    text = QFontMetricsF(edit.font()).lineSpacing() * lines + 2 * edit.document().documentMargin()
    return math.ceil(text + 2 * edit.frameWidth()) + 2


def raw_text(edit: QPlainTextEdit) -> str:
    """The text of a plain text edit with its characters as they are: ``toPlainText`` would turn
    no-break spaces into spaces, which would change a quote or a source's text."""
    return edit.document().toRawText().replace("\u2029", "\n")


def line_text(line: QLineEdit) -> str | None:
    return optional(line.text())
