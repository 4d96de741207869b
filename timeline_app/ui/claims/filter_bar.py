"""The claims panel's filter bar: what the user types and picks, turned into one :class:`ClaimFilter`.

Typing is debounced (:data:`TYPING_MS`): on 300,000 claims a word found in every claim takes SQLite
about 300 ms, so searching on every keystroke would make typing stutter; Enter searches at once.
Picks (party, status, tag, the check boxes) apply at once. Dates are read as the app reads them
everywhere ("Dezember 2025", "14.12.2025", "last Sunday"); a date that cannot be read is tinted and
explained under the fields, and filters nothing until it can be read. "Follow the timeline" takes
the timeline's visible range instead, after it has settled (:data:`FOLLOW_MS`).
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget
from sqlalchemy import select

from timeline_app.domain.dates import DateError, DateValue
from timeline_app.store.claims_query import UNATTRIBUTED, ClaimFilter
from timeline_app.store.db import Project
from timeline_app.store.models import Actor, Status, Tag
from timeline_app.ui import i18n
from timeline_app.ui.claims.choice_button import ChoiceButton
from timeline_app.ui.i18n import Retranslating, tr, translated
from timeline_app.ui.plain_text import literal, plain_label
from timeline_app.ui.timeline.theme import TEXT_CONTRAST, mix, readable
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.timeline_toolbar import ERROR_COLOUR, ERROR_TINT, go_to_hint
from timeline_app.ui.vocabulary import date_label, status_label

TYPING_MS = 200
FOLLOW_MS = 150


def _party_words() -> dict[str, str]:
    return dict(name=tr("Party"), any=tr("Any party"), some=tr("Parties: {}"), filter=tr("Filter by party"),
                hint=tr("Any party: pick parties to show only their claims"),
                only=tr("Only claims with these parties: {}"))


def _status_words() -> dict[str, str]:
    return dict(name=tr("Status"), any=tr("Any status"), some=tr("Statuses: {}"), filter=tr("Filter by status"),
                hint=tr("Any status: pick statuses to show only their claims"),
                only=tr("Only claims with these statuses: {}"))


def _tag_words() -> dict[str, str]:
    return dict(name=tr("Tag"), any=tr("Any tag"), some=tr("Tags: {}"), filter=tr("Filter by tag"),
                hint=tr("Any tag: pick tags to show only their claims"), only=tr("Only claims with these tags: {}"))


class FilterBar(Retranslating, QWidget):
    """Emits ``filter_changed`` with the new filter whenever what it asks for changes."""

    filter_changed = Signal(object)  # ClaimFilter

    def __init__(self, view: TimelineView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._last = ClaimFilter()
        self._choices: tuple[list, list, list] = ([], [], [])
        self.text_field, self.from_field, self.to_field = _field(), _field(), _field()
        self.clear_button = QPushButton()
        self.party_button = ChoiceButton(_party_words)
        self.status_button = ChoiceButton(_status_words)
        self.tag_button = ChoiceButton(_tag_words)
        self.denials_box = QCheckBox()
        self.follow_box = QCheckBox()
        self.follow_box.setEnabled(view is not None)
        self.said_label = QLabel()
        self.message = plain_label()
        self.message.hide()
        self._typing = _timer(self, TYPING_MS, self._emit)
        self._following = _timer(self, FOLLOW_MS, self._emit)
        self._lay_out()
        self._connect()
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the bar in the interface's language; the choices' words too."""
        self.text_field.setPlaceholderText(tr("Search claims and sources…"))
        self.text_field.setAccessibleName(tr("Search claims"))
        self.text_field.setToolTip(tr("Words in the proposition, quote, translation, notes or a source's text"))
        self.from_field.setPlaceholderText(tr("from", "said from this date"))
        self.from_field.setAccessibleName(tr("Said from"))
        self.to_field.setPlaceholderText(tr("to", "said until this date"))
        self.to_field.setAccessibleName(tr("Said until"))
        self.clear_button.setText(tr("Clear"))
        self.clear_button.setToolTip(tr("Show all claims again"))
        self.denials_box.setText(tr("Only denials"))
        self.denials_box.setToolTip(tr("Only claims that deny another claim or are denied"))
        self.follow_box.setText(tr("Follow timeline"))
        self.follow_box.setToolTip(tr("Show only claims said within the timeline's visible range"))
        self.said_label.setText(tr("Said"))
        self._show_choices()
        self._date_range()  # the fields' tooltips and the message under them


    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 4)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.text_field, 0, 0)
        grid.addWidget(self.clear_button, 0, 1)
        grid.addLayout(_row(self.party_button, self.status_button, self.tag_button, self.denials_box), 1, 0, 1, 2)
        grid.addLayout(_row(self.said_label, self.from_field, QLabel("–"), self.to_field, self.follow_box), 2, 0, 1, 2)
        grid.addWidget(self.message, 3, 0, 1, 2)

    def _connect(self) -> None:
        for field in (self.text_field, self.from_field, self.to_field):
            field.textEdited.connect(self._typing.start)
            field.returnPressed.connect(self.apply_pending)
        for button in (self.party_button, self.status_button, self.tag_button):
            button.changed.connect(self._emit)
        self.denials_box.toggled.connect(self._emit)
        self.follow_box.toggled.connect(self._follow)
        self.clear_button.clicked.connect(self.clear)
        if self._view is not None:
            self._view.viewport_changed.connect(self._viewport_changed)

    # ------------------------------------------------------------ public

    def set_choices(self, parties: list[tuple[str | None, str]], statuses: list[tuple[str, str]],
                    tags: list[tuple[str, str]]) -> None:
        """What can be picked, as (value, label) pairs: parties (None: unattributed), statuses, tags."""
        self._choices = (parties, statuses, tags)
        self._show_choices()
        self._emit()

    def _show_choices(self) -> None:
        """The choices, with the store's words for them in the interface's language."""
        parties, statuses, tags = self._choices
        parties = [(key, tr(UNATTRIBUTED) if key is None else label) for key, label in parties]
        statuses = [(key, status_label(key, label)) for key, label in statuses]
        for button, options in ((self.party_button, parties), (self.status_button, statuses), (self.tag_button, tags)):
            button.blockSignals(True)
            button.set_options(options)
            button.blockSignals(False)

    def current_filter(self) -> ClaimFilter:
        """The filter the fields ask for; a date that cannot be read is left out (and said so)."""
        said_from, said_to = self._date_range()
        return ClaimFilter(text=self.text_field.text().strip(), party_ids=self.party_button.chosen(),
                           statuses=self.status_button.chosen(), tag_ids=self.tag_button.chosen(),
                           said_from=said_from, said_to=said_to, only_with_denials=self.denials_box.isChecked())

    @Slot()
    def apply_pending(self) -> None:
        """Apply what was typed now, without waiting for the typing to pause."""
        self._typing.stop()
        self._emit()

    @Slot()
    def focus_text(self) -> None:
        self.text_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_field.selectAll()

    @Slot()
    def clear(self) -> None:
        """Every field back to "any": all claims again."""
        for field in (self.text_field, self.from_field, self.to_field):
            field.clear()
        for widget in (self.party_button, self.status_button, self.tag_button, self.denials_box, self.follow_box):
            widget.blockSignals(True)
        for button in (self.party_button, self.status_button, self.tag_button):
            button.clear()
        self.denials_box.setChecked(False)
        self.follow_box.setChecked(False)
        for widget in (self.party_button, self.status_button, self.tag_button, self.denials_box, self.follow_box):
            widget.blockSignals(False)
        self._follow(False)

    # ------------------------------------------------------------ reacting

    @Slot()
    def _emit(self) -> None:
        claim_filter = self.current_filter()
        self.clear_button.setEnabled(claim_filter != ClaimFilter())
        if claim_filter != self._last:
            self._last = claim_filter
            self.filter_changed.emit(claim_filter)

    @Slot(bool)
    def _follow(self, on: bool) -> None:
        """Following, the date fields show the visible range and cannot be typed in; after, they are empty."""
        for field in (self.from_field, self.to_field):
            field.setReadOnly(on)
            field.clear()
        if on:
            self._show_visible_range()
        self._emit()

    @Slot()
    def _viewport_changed(self) -> None:
        if self.follow_box.isChecked():
            self._show_visible_range()
            self._following.start()

    def _show_visible_range(self) -> None:
        t0, t1 = self._view.visible_range()
        self.from_field.setText(_day(t0))
        self.to_field.setText(_day(t1))

    def _date_range(self) -> tuple[int | None, int | None]:
        """[from, to) in Unix seconds: from the earliest the first date may mean to the latest of the second."""
        if self.follow_box.isChecked() and self._view is not None:
            t0, t1 = self._view.visible_range()
            self._say(None)
            return int(t0), int(t1) + 1
        start, end = self._read(self.from_field), self._read(self.to_field)
        problems = [f"{name}: {error}" for name, error in ((tr("From"), start), (tr("To"), end))
                    if isinstance(error, str)]
        self._say(tr("{} — not applied").format("; ".join(problems)) if problems else None)
        said_from = start.earliest if isinstance(start, DateValue) else None
        said_to = end.latest if isinstance(end, DateValue) else None
        return (None if said_from is None else int(said_from.timestamp()),
                None if said_to is None else int(said_to.timestamp()))

    def _read(self, field: QLineEdit) -> DateValue | str | None:
        """The field's date; the reason it cannot be read; or None when empty. Tints the field accordingly."""
        text = field.text().strip()
        try:
            value = _parse_date(text) if text else None
        except DateError as err:
            value = translated(err)
        palette = QPalette()
        if isinstance(value, str):
            base = self.palette().color(QPalette.ColorRole.Base)
            palette.setColor(QPalette.ColorRole.Base, mix(base, ERROR_COLOUR, ERROR_TINT))
        field.setPalette(palette)
        field.setToolTip(literal(value if isinstance(value, str) else value.describe(i18n.language()) if value
                                 else go_to_hint()))
        return value

    def _say(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         readable(ERROR_COLOUR, self.palette().color(QPalette.ColorRole.Window), TEXT_CONTRAST))
        self.message.setPalette(palette)


def _field() -> QLineEdit:
    field = QLineEdit()
    field.setClearButtonEnabled(True)
    return field


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(4)
    for widget in widgets:
        row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return row


def _timer(parent: QWidget, ms: int, slot) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer


def _parse_date(text: str) -> DateValue:
    from timeline_app.domain.date_input import parse_date  # its many patterns compile when a date is first typed

    return parse_date(text)


def _day(seconds: float) -> str:
    """A day as the date fields read it back: "21 Dec 2025", "21. Dez. 2025"."""
    moment = datetime.fromtimestamp(seconds, tz=timezone.utc)
    return date_label(moment.date().isoformat())


def read_choices(project: Project | None) -> tuple[list, list, list]:
    """What the filter bar offers, as (value, label) pairs: top-level actors then "Unattributed",
    statuses in their order, tags by name."""
    if project is None:
        return [], [], []
    with project.session() as session:
        parties = session.execute(select(Actor.id, Actor.name).where(Actor.parent_id.is_(None))
                                  .order_by(Actor.position, Actor.name)).all()
        statuses = session.execute(select(Status.key, Status.label).order_by(Status.position)).all()
        tags = session.execute(select(Tag.id, Tag.name).order_by(Tag.name)).all()
    return [*map(tuple, parties), (None, UNATTRIBUTED)], list(map(tuple, statuses)), list(map(tuple, tags))
