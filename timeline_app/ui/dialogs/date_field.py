"""A date typed as people write it, with how it was understood shown right under it.

"Dezember 2025" shows "Dezember 2025 → 1–31 Dec 2025, month precision": the user sees at once that
a month stays a month and is never pinned to the first. What cannot be read shows the reason in
the error colour. Relative words ("gestern", "last Sunday") count from a reference day, the
publication day of the source the date was found in, which the dialog sets when it knows it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from timeline_app.domain.date_input import EXPECTED, parse_date
from timeline_app.domain.dates import DateError, DateValue
from timeline_app.ui import i18n
from timeline_app.ui.dialogs.base import error_colour, tint
from timeline_app.ui.i18n import tr, translated
from timeline_app.ui.plain_text import plain_label
from timeline_app.ui.vocabulary import date_label


class DateField(QWidget):
    """A line to type a date in and a line saying how it was understood; empty means undated."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        """``lang``: the language of how a date was understood; None, the interface's."""
        super().__init__(parent)
        self.lang = lang or i18n.language()
        self.line = QLineEdit()
        self.line.setPlaceholderText(tr("e.g. 14.12.2025, Dezember 2025, 14–15 Dec 2025, last Sunday"))
        self.feedback = plain_label()
        self.feedback.setObjectName("understood")
        self.feedback.setMinimumHeight(2 * self.feedback.fontMetrics().lineSpacing())
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.feedback)
        self._initial: tuple[str, DateValue | None] = ("", None)
        self._reference: date | None = None
        self._value: DateValue | None = None
        self._problem: str | None = None
        self.line.textChanged.connect(self._understand)
        self._understand()

    def set_value(self, value: DateValue | None) -> None:
        """Show a stored date as EDTF, which reads back exactly; left as it is, it stays as stored
        (with the source's own wording and time zone)."""
        self._initial = (value.edtf if value else "", value)
        self.line.setText(self._initial[0])
        self._understand()

    def set_reference(self, day: date | None, what: str | None = None) -> None:
        """The day relative words count from (``what`` it is: by default the source's publication day), or None."""
        self._reference = day
        what = what or tr("the source's publication day")
        self.line.setToolTip(tr("Relative words such as “gestern” count from {}, {}").format(
            date_label(day.isoformat(), self.lang), what) if day
            else tr("Relative words such as “gestern” need a source with a publication day"))
        self._understand()

    def value(self) -> DateValue | None:
        return self._value

    def problem(self) -> str | None:
        return self._problem

    @Slot()
    def _understand(self) -> None:
        text = self.line.text().strip()
        self._value, self._problem = None, None
        try:
            if text and text == self._initial[0]:
                self._value = self._initial[1]
            elif text:
                self._value = parse_date(text, reference=self._reference)
        except DateError as err:
            self._problem = translated(err) if err.reason != EXPECTED else tr(
                "Cannot read '{}' as a date; write it as e.g. 14.12.2025, Dezember 2025, 14–15 Dec 2025, 2025 or "
                "last Sunday").format(text)
        if self._problem:
            self._say(self._problem, error_colour(self))
        elif self._value is not None:
            wording = self._value.wording
            worded = tr(" · worded “{}”").format(wording) if wording and wording != text else ""
            self._say(f"{text} → {self._value.describe(self.lang)}{worded}", self.palette().windowText().color())
        else:
            self._say(tr("No date: it will be listed as undated"), None)
        self.changed.emit()

    def _say(self, text: str, colour) -> None:
        self.feedback.setText(text)
        tint(self.feedback, colour)
        self.line.setAccessibleDescription(text)

