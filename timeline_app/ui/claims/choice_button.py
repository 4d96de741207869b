"""A compact multiple choice for the filter bar: a button that names what is chosen, over a menu of checks.

Qt has no multi-select combo box; a tool button with a menu of checkable actions is keyboard
accessible, takes one line in a narrow dock, and says on its face what it filters by.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from timeline_app.ui.plain_text import literal

LABEL_CHARS = 14  # a chosen value's name on the button, at most; the tooltip has it whole


class ChoiceButton(QToolButton):
    """Choose any number of values; none chosen means "any". ``changed`` follows every click."""

    changed = Signal()

    def __init__(self, noun: str, plural: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._noun, self._plural = noun, plural
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.setAccessibleName(f"Filter by {noun}")
        self._any = self.menu().addAction(f"Any {noun}")
        self._any.triggered.connect(self.clear)
        self.menu().addSeparator()
        self._actions: list[QAction] = []
        self._labels: dict[object, str] = {}
        self._show_choice()
        self._compact = super().sizeHint()  # as narrow as it gets in a narrow dock: "Party"

    def minimumSizeHint(self) -> QSize:
        return self._compact

    def set_options(self, options: Iterable[tuple[object, str]]) -> None:
        """Offer ``options`` ((value, label) pairs), keeping chosen values that are still offered."""
        chosen = self.chosen()
        for action in self._actions:
            self.menu().removeAction(action)
            action.deleteLater()
        self._actions, self._labels = [], {}
        for value, label in options:
            self._labels[value] = label
            action = self.menu().addAction(label.replace("&", "&&"))  # a name's "&" is no shortcut
            action.setCheckable(True)
            action.setChecked(value in chosen)
            action.setData(value)
            action.toggled.connect(self._toggled)
            self._actions.append(action)
        self._show_choice()
        if self.chosen() != chosen:
            self.changed.emit()

    def options(self) -> list[object]:
        return [action.data() for action in self._actions]

    def chosen(self) -> frozenset:
        return frozenset(action.data() for action in self._actions if action.isChecked())

    def set_chosen(self, values: Iterable[object]) -> None:
        values = set(values)
        for action in self._actions:
            action.blockSignals(True)
            action.setChecked(action.data() in values)
            action.blockSignals(False)
        self._show_choice()
        self.changed.emit()

    @Slot()
    def clear(self) -> None:
        if self.chosen():
            self.set_chosen(())

    @Slot()
    def _toggled(self) -> None:
        self._show_choice()
        self.changed.emit()

    def _show_choice(self) -> None:
        """"Status", "Status: Denied", "Statuses: 2"; the tooltip names them all."""
        labels = [self._labels[action.data()] for action in self._actions if action.isChecked()]
        if not labels:
            self.setText(self._noun.capitalize())
        elif len(labels) == 1:
            shown = labels[0] if len(labels[0]) <= LABEL_CHARS else labels[0][:LABEL_CHARS - 1] + "…"
            self.setText(f"{self._noun.capitalize()}: {shown}".replace("&", "&&"))
        else:
            self.setText(f"{self._plural.capitalize()}: {len(labels)}")
        self.setToolTip(literal(f"Any {self._noun}: pick {self._plural} to show only their claims" if not labels
                                else f"Only claims with these {self._plural}: " + ", ".join(labels)))
