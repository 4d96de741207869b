"""The main window's centre until the timeline arrives: a project overview, or an empty state.

Every label is plain text: names and paths come from users and must never be read as HTML.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from timeline_app.ui.plain_text import ElidedLabel, plain_label
from timeline_app.ui.project_summary import ProjectSummary, date_range_text, relations_text

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


class ProjectOverview(QWidget):
    """The open project's name, file and figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = plain_label(point_scale=1.6, bold=True)
        self.path = ElidedLabel()
        self.path.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.fields = {name: plain_label() for name in ("Events", "Claims", "Sources", "Relations", "Dates", "Access")}
        form = QFormLayout()
        form.setHorizontalSpacing(24)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for name, label in self.fields.items():
            form.addRow(name, label)
        content = QVBoxLayout()
        content.addWidget(self.title)
        content.addWidget(self.path)
        content.addSpacing(16)
        content.addLayout(form)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(_centred(content))
        outer.addStretch(2)

    def show_summary(self, summary: ProjectSummary) -> None:
        self.title.setText(summary.title)
        self.path.set_full_text(str(summary.path))
        self.fields["Events"].setText(str(summary.events))
        self.fields["Claims"].setText(str(summary.claims))
        self.fields["Sources"].setText(str(summary.sources))
        self.fields["Relations"].setText(relations_text(summary.relations))
        self.fields["Dates"].setText(date_range_text(summary.earliest, summary.latest))
        self.fields["Access"].setText("read-only" if summary.read_only else "editable; every change is saved at once")


class EmptyState(QWidget):
    """Shown when no project is open: says so and offers the three ways forward."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        content = QVBoxLayout()
        content.addWidget(plain_label("No project open", point_scale=1.6, bold=True))
        content.addWidget(plain_label("Create a project, open one you have, or explore the demo: "
                                      "a real story of claims and denials from December 2025."))
        content.addSpacing(12)
        row = QHBoxLayout()
        self.buttons = {}
        for text, signal in (("New Project…", self.new_requested), ("Open Project…", self.open_requested),
                             ("Open the Demo", self.demo_requested)):
            button = self.buttons[text] = QPushButton(text)
            button.clicked.connect(signal)
            row.addWidget(button)
        row.addStretch(1)
        content.addLayout(row)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(_centred(content))
        outer.addStretch(2)
