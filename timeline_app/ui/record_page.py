"""A record's read-only page, built line by line: headed sections of names and plain-text values.

Only the builder knows about widgets; what goes on a page for each kind of record is decided in
:mod:`timeline_app.ui.detail_pane`. Every label is plain text, and the only things that act on a
click are links to other records (handed to ``choose``) and web addresses (see ``links``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from timeline_app.domain.dates import DateValue
from timeline_app.ui import i18n
from timeline_app.ui.i18n import tr
from timeline_app.ui.plain_text import plain_label

if TYPE_CHECKING:
    from timeline_app.store.details import SourceRef
    from timeline_app.ui.links import LinkLabel


class RecordPage:
    """Builds one record's page: a column of headed sections, each a form of name and value."""

    def __init__(self, parent: QWidget, choose: Callable[[str], None], lang: str | None = None, *,
                 read_source: Callable[[str], None] | None = None, edit: Callable[[], None] | None = None) -> None:
        """``read_source`` opens a source's text (a "Read the text" line per source); ``edit``
        opens the record's dialog (an Edit button in the header). Dates are labelled in ``lang``, by
        default the interface's language."""
        self.parent, self.choose, self.lang = parent, choose, lang or i18n.language()
        self.read_source, self.edit = read_source, edit
        self.widget = QWidget()
        self.column = QVBoxLayout(self.widget)
        self.form: QFormLayout | None = None

    def finish(self) -> QWidget:
        self.column.addStretch(1)
        return self.widget

    def add(self, widget: QWidget) -> QWidget:
        """A full-width line: in the current section's form if there is one."""
        (self.form.addRow if self.form else self.column.addWidget)(widget)
        return widget

    def empty(self, text: str) -> None:
        label = self.add(plain_label(text))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def header(self, kind: str, title: str, more: str = "") -> None:
        """The kind of record and its title, with an Edit button beside the kind when editable."""
        kind_line = _secondary(kind + more)
        if self.edit is None:
            self.add(kind_line)
        else:
            button = QPushButton(tr("Edit…"))
            button.setObjectName("edit_record")
            button.setToolTip(tr("Change this record (Ctrl+E)"))
            button.clicked.connect(self.edit)
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(kind_line, 1)
            layout.addWidget(button)
            self.add(row)
        self.add(plain_label(title, point_scale=1.25, bold=True))

    def line(self, text: str | None, *, secondary: bool = False) -> None:
        if text:
            label = self.add(plain_label(text))
            if secondary:
                label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

    def section(self, name: str | None = None) -> None:
        if name:
            self.column.addSpacing(8)
            self.column.addWidget(plain_label(name, bold=True))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.column.addLayout(self.form)

    def field(self, name: str, value: str | QWidget | None) -> None:
        if value:
            self.form.addRow(plain_label(name), plain_label(value) if isinstance(value, str) else value)

    def date(self, name: str, value: DateValue | None) -> None:
        """The date at its precision, with how it was understood and the source's wording below."""
        if value is not None:
            box = _stacked(plain_label(value.label(self.lang)), _secondary(value.describe(self.lang)),
                           _secondary(tr("worded: “{}”").format(value.wording)) if value.wording else None)
            self.field(name, box)

    def link(self, text: str, record_id: str, name: str | None = None) -> LinkLabel:
        from timeline_app.ui.links import LinkLabel  # links load with the first record shown, not at start

        label = LinkLabel(text)
        label.clicked.connect(lambda: self.choose(record_id))
        if name:
            self.field(name, label)
        else:
            self.add(label)
        return label

    def sources(self, sources: list[SourceRef]) -> None:
        if sources:
            self.section(tr("Sources"))
        for source in sources:
            self.line(source.title)
            self.reader_link(source.id)
            self.line(tr("Outlet: {}").format(source.outlet) if source.outlet else None, secondary=True)
            self.line(tr("Attributed as: “{}”").format(source.attribution) if source.attribution else None,
                      secondary=True)
            if source.url:
                self.add(self.address(source.url))

    def reader_link(self, source_id: str) -> None:
        """A line that opens the source's text in the source reader, where its passages are marked."""
        if self.read_source is not None:
            from timeline_app.ui.links import LinkLabel

            link = LinkLabel(tr("Read the text"))
            link.setToolTip(tr("Open this source in the source reader"))
            link.clicked.connect(lambda: self.read_source(source_id))
            self.add(link)

    def address(self, url: str) -> QWidget:
        """The address as text, with a button that opens it only if it is a web address."""
        from timeline_app.ui.links import is_web_address, open_web_address

        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(plain_label(url), 1)
        button = QPushButton(tr("Open…"))
        button.setObjectName("open_address")
        button.setEnabled(is_web_address(url))
        button.setToolTip(tr("Open in your browser") if button.isEnabled()
                          else tr("Only http and https addresses are opened"))
        button.clicked.connect(lambda: open_web_address(self.parent, url))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row


def _secondary(text: str) -> QLabel:
    label = plain_label(text)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _stacked(*widgets: QWidget | None) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in filter(None, widgets):
        layout.addWidget(widget)
    return box
