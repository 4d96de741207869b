"""Choosing one record from a list that narrows as you type: a claim to attach a passage to or to
deny, a source to read. The list comes from a search function handed in, fifty at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QWidget

from timeline_app.store.choices import Choice
from timeline_app.ui.dialogs.base import RecordDialog
from timeline_app.ui.dialogs.fields import Search
from timeline_app.ui.i18n import tr
from timeline_app.ui.plain_text import literal, plain_label

CHOICE_ROLE = Qt.ItemDataRole.UserRole
LIST_LINES = 16


class Chooser(RecordDialog):
    """``prompt`` above a filter line and the matching records; ``current`` is chosen at first."""

    def __init__(self, title: str, prompt: str, search: Search, *, current: Choice | None = None,
                 ok_text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(title, "chooser", parent)
        self._search = search
        self.form.addRow(plain_label(prompt))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("type some words to narrow the list"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * LIST_LINES)
        self.form.addRow(self.filter)
        self.form.addRow(self.list)
        self.ok_button.setText(ok_text or tr("Choose"))
        self.filter.textChanged.connect(self._refill)
        self.list.itemDoubleClicked.connect(lambda _item: self._submit())
        self.watch(self.list.currentRowChanged)
        self._refill("", current)
        self.filter.setFocus()

    @Slot(str)
    def _refill(self, text: str, current: Choice | None = None) -> None:
        chosen = current or self.chosen()
        self.list.clear()
        found = self._search(text.strip())
        if current is not None and current.id not in {choice.id for choice in found}:
            found.insert(0, current)
        for choice in found:
            item = QListWidgetItem(choice.label)
            item.setData(CHOICE_ROLE, choice)
            item.setToolTip(literal(choice.label))
            self.list.addItem(item)
            if chosen is not None and choice.id == chosen.id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.revalidate()

    def chosen(self) -> Choice | None:
        item = self.list.currentItem()
        return item.data(CHOICE_ROLE) if item else None

    def problems(self) -> list[str]:
        return [] if self.chosen() else [tr("Nothing matches; try other words.")]
