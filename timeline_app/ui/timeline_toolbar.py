"""The timeline's toolbar: zoom, fit, "Go to" a date as the user would write it, and lane grouping.

Its actions are the View menu's too (the window adds them there), so every command has one action,
one shortcut and one enabled state.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar, QWidget

from timeline_app.domain.date_input import parse_date
from timeline_app.domain.dates import DateError
from timeline_app.domain.timeline.items import Grouping
from timeline_app.ui.timeline.selection import SelectionModel
from timeline_app.ui.timeline.view import TimelineView

ZOOM_STEP = 2.0
GROUPINGS = ((Grouping.PARTY, "Party"), (Grouping.TAG, "Tag"), (Grouping.SINGLE, "Single lane"))
GO_TO_HINT = "A date as you would write it: 21.12.2025, Dezember 2025, 14–15 Dec 2025, 2025"
#: How much of the error colour tints an unreadable date's field, over the palette's own base.
ERROR_TINT = 0.25
ERROR_COLOUR = QColor("#d32f2f")


def _mixed(colour: QColor, other: QColor, share: float) -> QColor:
    return QColor.fromRgbF(*(a + (b - a) * share for a, b in zip(colour.getRgbF()[:3], other.getRgbF()[:3])))


def _seconds(moment: datetime | None) -> float | None:
    return None if moment is None else moment.timestamp()


class TimelineToolbar(QToolBar):
    """Drives a timeline view; says what it did, or why it could not, in ``message``."""

    message = Signal(str)  # a line for the status bar (e.g. why a date could not be read)

    def __init__(self, view: TimelineView, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__("Timeline", parent)
        self.setObjectName("timeline_toolbar")
        self.view = view
        self._active = True
        self.zoom_out_action = self._action("Zoom &Out", "\u2212", lambda: view.zoom_by(1 / ZOOM_STEP), "Ctrl+-")
        self.zoom_in_action = self._action("Zoom &In", "+", lambda: view.zoom_by(ZOOM_STEP), "Ctrl++", "Ctrl+=")
        self.fit_action = self._action("&Fit All", "Fit", view.fit_all, "Ctrl+0")
        self.addSeparator()
        self.go_to_field = self._go_to_field()
        self.addSeparator()
        self.lane_actions = self._lane_actions()
        self.lanes_combo = self._lanes_combo()
        self.addSeparator()
        self.zoom_to_selection_action = self._action("Zoom to &Selection", "Zoom to Selection",
                                                     view.zoom_to_selection, "Ctrl+Shift+0")
        self._selection = selection
        selection.changed.connect(self._selection_changed)
        self._selection_changed()

    def _action(self, text: str, button_text: str, slot, *keys: str) -> QAction:
        """An action for the menu (``text``) whose toolbar button is short (``button_text``)."""
        action = QAction(text, self)
        action.setIconText(button_text)
        action.setShortcuts([QKeySequence(k) for k in keys])
        shortcut = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text.replace('&', '')} ({shortcut})")
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _go_to_field(self) -> QLineEdit:
        self.addWidget(QLabel(" Go to: "))
        field = QLineEdit()
        field.setObjectName("go_to")
        field.setPlaceholderText("a date, e.g. Dezember 2025")
        field.setToolTip(GO_TO_HINT)
        field.setAccessibleName("Go to date")
        field.setClearButtonEnabled(True)
        field.setMinimumWidth(field.fontMetrics().horizontalAdvance("M" * 14))
        field.setMaximumWidth(field.fontMetrics().horizontalAdvance("M" * 20))
        field.returnPressed.connect(self.go_to_typed_date)
        field.textEdited.connect(lambda _text: self._show_error(None))
        self.addWidget(field)
        return field

    def _lane_actions(self) -> QActionGroup:
        """Checkable choices for the View menu; the combo box mirrors them."""
        group = QActionGroup(self)
        for grouping, text in GROUPINGS:
            action = group.addAction(f"Lanes by {text}" if grouping is not Grouping.SINGLE else text)
            action.setCheckable(True)
            action.setData(grouping)
            action.triggered.connect(lambda _checked=False, g=grouping: self.set_grouping(g))
        return group

    def _lanes_combo(self) -> QComboBox:
        self.addWidget(QLabel(" Lanes: "))
        combo = QComboBox()
        combo.setObjectName("lanes")
        combo.setAccessibleName("Lanes")
        for grouping, text in GROUPINGS:
            combo.addItem(text, grouping)
        combo.activated.connect(lambda index: self.set_grouping(combo.itemData(index)))
        self.addWidget(combo)
        return combo

    @Slot()
    def go_to_typed_date(self) -> None:
        """Show the span the typed date may mean ("Dezember 2025": the whole month)."""
        try:
            value = parse_date(self.go_to_field.text())
        except DateError as err:
            self._show_error(str(err))
            return
        self._show_error(None)
        earliest, latest = _seconds(value.earliest), _seconds(value.latest)
        if earliest is None:  # an open start ("until 21 Dec"): its one known end
            self.view.go_to(latest)
        else:
            self.view.go_to(earliest, latest)
        self.message.emit(f"Showing {value.label()}")

    def _show_error(self, text: str | None) -> None:
        """Tint the field and say why in the status bar; a dialog would interrupt the typing.

        The tint mixes into the palette's own base colour, so it reads on light and dark schemes;
        an empty palette hands the field back to its parent's.
        """
        palette = QPalette()
        if text is not None:
            base = self.palette().color(QPalette.ColorRole.Base)
            palette.setColor(QPalette.ColorRole.Base, _mixed(base, ERROR_COLOUR, ERROR_TINT))
            self.message.emit(text)
        self.go_to_field.setPalette(palette)
        self.go_to_field.setToolTip(text or GO_TO_HINT)
        self.go_to_field.setAccessibleDescription(text or "")

    @Slot(object)
    def set_grouping(self, grouping: Grouping) -> None:
        self.view.set_grouping(grouping)
        self.sync_grouping()

    def sync_grouping(self) -> None:
        """Show the view's grouping in the combo and the menu, e.g. after its state was restored."""
        grouping = self.view.grouping()
        self.lanes_combo.setCurrentIndex(self.lanes_combo.findData(grouping))
        for action in self.lane_actions.actions():
            action.setChecked(action.data() == grouping)

    def set_active(self, active: bool) -> None:
        """Enable everything while a project is open; actions too, since the menu shares them."""
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action, *self.lane_actions.actions()):
            action.setEnabled(active)
        self.go_to_field.setEnabled(active)
        if not active:  # a date typed for the last project means nothing for the next
            self.go_to_field.clear()
            self._show_error(None)
        self.lanes_combo.setEnabled(active)
        self._active = active
        self._selection_changed()

    @Slot()
    @Slot(object)
    def _selection_changed(self, _source: object = None) -> None:
        self.zoom_to_selection_action.setEnabled(self._active and bool(self._selection.ids()))
