"""What every record dialog shares: a form, a line saying what is still missing, OK and Cancel.

OK stays disabled while the form has a problem, and the first problem is said in words under the
form, so nobody has to guess why. Pressing OK does not close the dialog: it emits ``submitted``,
and whoever opened it either accepts it (the edit was made) or refuses it with the store's reason,
which then shows where the problem line is. Each dialog's size and place are remembered. A dialog
is as tall as its form, up to the screen's height; on a smaller screen (a laptop at 200 %, a large
font) the form scrolls, and the problem line and OK stay in sight below it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from timeline_app.ui import settings
from timeline_app.ui.plain_text import plain_label
from timeline_app.ui.sizes import ems, grow_to_fit
from timeline_app.ui.timeline.theme import TEXT_CONTRAST, readable
from timeline_app.ui.timeline_toolbar import ERROR_COLOUR

MIN_WIDTH_EMS = 56


def error_colour(widget: QWidget):
    """The error red, made readable on the widget's background."""
    return readable(ERROR_COLOUR, widget.palette().color(QPalette.ColorRole.Window), TEXT_CONTRAST)


def tint(label: QWidget, colour=None) -> None:
    """Show a label's text in ``colour``, or as a quiet hint when None."""
    palette = label.palette()
    if colour is None:
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    else:
        palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


class RecordDialog(QDialog):
    """A form with OK and Cancel; subclasses add rows, :meth:`watch` their edits and list
    :meth:`problems`."""

    submitted = Signal()  # OK pressed on a form without problems: accept() or refuse(reason)

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(ems(self, MIN_WIDTH_EMS))
        form = QWidget()
        self.form = QFormLayout(form)
        self.form.setContentsMargins(0, 0, 0, 0)  # the dialog's margins are around it already
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.problem = plain_label()
        self.problem.setObjectName("problem")
        self.problem.setMinimumHeight(2 * self.problem.fontMetrics().lineSpacing())  # room for a reason to wrap
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(FormArea(form), 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.restoreGeometry(settings.dialog_geometry(name))

    @property
    def ok_button(self) -> QPushButton | None:
        """OK, or None for a dialog that only explains (Close alone)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def row(self, label: str, widget):
        """Add a labelled row to the form; returns the widget."""
        self.form.addRow(label, widget)
        return widget

    def section(self, title: str) -> None:
        """A bold heading across the form, before a group of rows."""
        self.form.addRow(plain_label(title, bold=True))

    def watch(self, *signals) -> None:
        """Check the form again whenever one of ``signals`` fires (a field was edited)."""
        for signal in signals:
            signal.connect(self.revalidate)

    def problems(self) -> list[str]:
        """What keeps the form from being saved, in words; empty when OK may be pressed."""
        return []

    @Slot()
    def revalidate(self) -> None:
        problems = self.problems()
        if self.ok_button is not None:
            self.ok_button.setEnabled(not problems)
        self.problem.setText(problems[0] if problems else "")
        tint(self.problem)

    def refuse(self, reason: str) -> None:
        """The store would not make the edit: say why, in the error colour, and stay open."""
        self.problem.setText(reason[:1].upper() + reason[1:])
        tint(self.problem, error_colour(self))

    @Slot()
    def _submit(self) -> None:
        if not self.problems():
            self.submitted.emit()

    def event(self, event: QEvent) -> bool:
        """Grow to fit texts that wrapped onto more lines (a reason, a passage)."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            grow_to_fit(self)
        return handled

    def done(self, result: int) -> None:
        settings.save_dialog_geometry(self.objectName(), self.saveGeometry())
        super().done(result)


class FormArea(QScrollArea):
    """A dialog's form, scrolling when the dialog cannot be as tall as the form.

    It asks for the form's whole height, so that :func:`grow_to_fit` opens the dialog with nothing
    to scroll wherever the screen has room, and the dialog grows when a text in the form wraps.
    """

    def __init__(self, form: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setWidget(form)

    def sizeHint(self) -> QSize:
        return self.widget().sizeHint()

    def minimumSizeHint(self) -> QSize:
        """As wide as the form needs (it scrolls only up and down), as low as a scroll area can be."""
        return QSize(self.widget().minimumSizeHint().width(), super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        return self.widget().hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.widget().heightForWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The form's layout changed (a row shown, a text wrapping): let the dialog measure again."""
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)


def side_by_side(*widgets: QWidget, grow: int | None = None) -> QWidget:
    """Several fields on one row of a form: kept to the left, or the ``grow``-th taking the room."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == grow else 0)
    if grow is None:
        layout.addStretch(1)
    return row
