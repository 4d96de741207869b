"""A compact multiple choice for the filter bar: a button that names what is chosen, over a menu of checks.

Qt has no multi-select combo box; a tool button with a menu of checkable actions is keyboard
accessible, takes one line in a narrow dock, and says on its face what it filters by.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStyle, QStyleOptionToolButton, QToolButton, QWidget

from timeline_app.ui.i18n import Retranslating
from timeline_app.ui.plain_text import literal

LABEL_CHARS = 14  # a chosen value's name on the button, at most; the tooltip has it whole


class ChoiceButton(Retranslating, QToolButton):
    """Choose any number of values; none chosen means "any". ``changed`` follows every click.

    ``words`` gives the button's words in the interface's language, asked again when it changes:
    ``name`` ("Status"), ``any`` ("Any status"), ``some`` ("Statuses: {}"), ``filter``
    ("Filter by status"), ``hint`` (the tooltip while none is chosen) and ``only`` (while some are,
    "{}" standing for their names).
    """

    changed = Signal()

    def __init__(self, words: Callable[[], dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words_of = words
        self._words = words()
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self._any = self.menu().addAction("")
        self._any.triggered.connect(self.clear)
        self.menu().addSeparator()
        self._actions: list[QAction] = []
        self._labels: dict[object, str] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self._words = self._words_of()
        self.setAccessibleName(self._words["filter"])
        self._any.setText(self._words["any"])
        self.setText(self._words["name"])
        self._compact = self.sizeHint()  # as narrow as it gets in a narrow dock: "Party"
        self._show_choice()

    def sizeHint(self) -> QSize:
        """Room for the menu's arrow beside the text: Qt counts it only for a split button, and the
        style draws it over the text's last letter otherwise."""
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, self)
        hint = super().sizeHint()
        return QSize(hint.width() + arrow, hint.height())

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
        words = self._words
        if not labels:
            self.setText(words["name"])
        elif len(labels) == 1:
            shown = labels[0] if len(labels[0]) <= LABEL_CHARS else labels[0][:LABEL_CHARS - 1] + "…"
            self.setText(f"{words['name']}: {shown}".replace("&", "&&"))
        else:
            self.setText(words["some"].format(len(labels)))
        self.setToolTip(literal(words["hint"] if not labels else words["only"].format(", ".join(labels))))
