"""The timeline's toolbar: zoom, fit, "Go to" a date as the user would write it, and lane grouping.

Its actions are the View menu's too (the window adds them there), so every command has one action,
one shortcut and one enabled state.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TR_NOOP, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QToolBar, QWidget

from timeline_app.domain.dates import DateError
from timeline_app.domain.timeline.items import Grouping
from timeline_app.ui import i18n
from timeline_app.ui.i18n import Retranslating, tr, translated
from timeline_app.ui.timeline.selection import SelectionModel
from timeline_app.ui.timeline.view import TimelineView

ZOOM_STEP = 2.0
#: Each grouping: its name in the lanes box, and its View menu entry.
GROUPINGS = ((Grouping.PARTY, QT_TR_NOOP("Party"), QT_TR_NOOP("Lanes by Party")),
             (Grouping.TAG, QT_TR_NOOP("Tag"), QT_TR_NOOP("Lanes by Tag")),
             (Grouping.SINGLE, QT_TR_NOOP("Single lane"), QT_TR_NOOP("Single lane")))
#: How much of the error colour tints an unreadable date's field, over the palette's own base.
ERROR_TINT = 0.25
ERROR_COLOUR = QColor("#d32f2f")


def go_to_hint() -> str:
    return tr("A date as you would write it: 21.12.2025, Dezember 2025, 14–15 Dec 2025, 2025")


def _mixed(colour: QColor, other: QColor, share: float) -> QColor:
    return QColor.fromRgbF(*(a + (b - a) * share for a, b in zip(colour.getRgbF()[:3], other.getRgbF()[:3])))


def _seconds(moment: datetime | None) -> float | None:
    return None if moment is None else moment.timestamp()


class TimelineToolbar(Retranslating, QToolBar):
    """Drives a timeline view; says what it did, or why it could not, in ``message``."""

    message = Signal(str)  # a line for the status bar (e.g. why a date could not be read)

    def __init__(self, view: TimelineView, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_toolbar")
        self.view = view
        self._active = True
        self._error: str | None = None
        self.zoom_out_action = self._action(lambda: view.zoom_by(1 / ZOOM_STEP), "Ctrl+-")
        self.zoom_in_action = self._action(lambda: view.zoom_by(ZOOM_STEP), "Ctrl++", "Ctrl+=")
        self.fit_action = self._action(view.fit_all, "Ctrl+0")
        self.addSeparator()
        self.go_to_field = self._go_to_field()
        self.addSeparator()
        self.lane_actions = self._lane_actions()
        self.lanes_combo = self._lanes_combo()
        self.addSeparator()
        self.zoom_to_selection_action = self._action(view.zoom_to_selection, "Ctrl+Shift+0")
        self._selection = selection
        selection.changed.connect(self._selection_changed)
        self._selection_changed()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the toolbar and its actions, in the interface's language."""
        self.setWindowTitle(tr("Timeline"))
        for action, text, button_text in (
                (self.zoom_out_action, tr("Zoom &Out"), "\u2212"), (self.zoom_in_action, tr("Zoom &In"), "+"),
                (self.fit_action, tr("&Fit All"), tr("Fit")),
                (self.zoom_to_selection_action, tr("Zoom to &Selection"), tr("Zoom to Selection"))):
            self._name(action, text, button_text)
        self.go_to_label.setText(tr(" Go to: "))
        self.go_to_field.setPlaceholderText(tr("a date, e.g. Dezember 2025"))
        self.go_to_field.setAccessibleName(tr("Go to date"))
        self.go_to_field.setToolTip(self._error or go_to_hint())
        self.lanes_label.setText(tr(" Lanes: "))
        self.lanes_combo.setAccessibleName(tr("Lanes"))
        for index, (_grouping, text, menu_text) in enumerate(GROUPINGS):
            self.lanes_combo.setItemText(index, tr(text))
            self.lane_actions.actions()[index].setText(tr(menu_text))


    def _action(self, slot, *keys: str) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    @staticmethod
    def _name(action: QAction, text: str, button_text: str) -> None:
        """An action for the menu (``text``) whose toolbar button is short (``button_text``)."""
        action.setText(text)
        action.setIconText(button_text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(tr("{} ({})", "a command and its key").format(text.replace("&", ""), shortcut))

    def _go_to_field(self) -> QLineEdit:
        self.go_to_label = QLabel()
        self.addWidget(self.go_to_label)
        field = QLineEdit()
        field.setObjectName("go_to")
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
        for grouping, _text, menu_text in GROUPINGS:
            action = group.addAction(menu_text)
            action.setCheckable(True)
            action.setData(grouping)
            action.triggered.connect(lambda _checked=False, g=grouping: self.set_grouping(g))
        return group

    def _lanes_combo(self) -> QComboBox:
        self.lanes_label = QLabel()
        self.addWidget(self.lanes_label)
        combo = QComboBox()
        combo.setObjectName("lanes")
        for grouping, text, _menu_text in GROUPINGS:
            combo.addItem(text, grouping)
        combo.activated.connect(lambda index: self.set_grouping(combo.itemData(index)))
        self.addWidget(combo)
        return combo

    @Slot()
    def go_to_typed_date(self) -> None:
        """Show the span the typed date may mean ("Dezember 2025": the whole month)."""
        from timeline_app.domain.date_input import parse_date  # its many patterns compile when a date is first typed

        try:
            value = parse_date(self.go_to_field.text())
        except DateError as err:
            self._show_error(translated(err))
            return
        self._show_error(None)
        earliest, latest = _seconds(value.earliest), _seconds(value.latest)
        if earliest is None:  # an open start ("until 21 Dec"): its one known end
            self.view.go_to(latest)
        else:
            self.view.go_to(earliest, latest)
        self.message.emit(tr("Showing {}").format(value.label(i18n.language())))

    def _show_error(self, text: str | None) -> None:
        """Tint the field and say why in the status bar; a dialog would interrupt the typing.

        The tint mixes into the palette's own base colour, so it reads on light and dark schemes;
        an empty palette hands the field back to its parent's.
        """
        palette = QPalette()
        self._error = text
        if text is not None:
            base = self.palette().color(QPalette.ColorRole.Base)
            palette.setColor(QPalette.ColorRole.Base, _mixed(base, ERROR_COLOUR, ERROR_TINT))
            self.message.emit(text)
        self.go_to_field.setPalette(palette)
        self.go_to_field.setToolTip(text or go_to_hint())
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
