"""The main window's centre while no project is open: what a user can do next.

Once a project is open, the timeline takes the centre and the status bar gives its figures.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from timeline_app.ui.i18n import Retranslating, tr
from timeline_app.ui.plain_text import plain_label

CONTENT_WIDTH = 560


def _centred(content: QVBoxLayout) -> QHBoxLayout:
    """Keep a column of readable width in the middle of however wide a window is."""
    column = QWidget()
    column.setLayout(content)
    column.setMaximumWidth(CONTENT_WIDTH)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, 4)
    row.addStretch(1)
    return row


class EmptyState(Retranslating, QWidget):
    """Shown when no project is open: says so and offers the three ways forward."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QVBoxLayout()
        self.heading = plain_label(point_scale=1.6, bold=True)
        self.lead = plain_label()
        content.addWidget(self.heading)
        content.addWidget(self.lead)
        content.addSpacing(12)
        row = QHBoxLayout()
        self.buttons = {}  # by their English text
        for text, signal in ((QT_TR_NOOP("New Project…"), self.new_requested),
                             (QT_TR_NOOP("Open Project…"), self.open_requested),
                             (QT_TR_NOOP("Open the Demo"), self.demo_requested)):
            button = self.buttons[text] = QPushButton()
            button.clicked.connect(signal)
            row.addWidget(button)
        row.addStretch(1)
        content.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(_centred(content))
        outer.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("No project open"))
        self.lead.setText(tr("Create a project, open one you have, or explore the demo: "
                             "a real story of claims and denials from December 2025."))
        for text, button in self.buttons.items():
            button.setText(tr(text))

