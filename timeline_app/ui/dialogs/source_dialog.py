"""A source: a report, post or statement, with its full text as a fixed snapshot.

The text is pasted or loaded from a text file when the source is added, and cannot be changed
afterwards: passages point into it by position. Its publication date is what relative dates in
its claims ("gestern", "last Sunday") count from.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDir, Slot
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QPushButton, QWidget

from timeline_app.ui.dialogs.base import RecordDialog, side_by_side
from timeline_app.ui.dialogs.date_field import DateField
from timeline_app.ui.dialogs.fields import TextBox, line_text, raw_text
from timeline_app.ui.dialogs.values import SourceValues
from timeline_app.ui.i18n import tr
from timeline_app.ui.plain_text import plain_label
from timeline_app.ui.vocabulary import SOURCE_KINDS, word

KINDS = tuple(SOURCE_KINDS)  # offered; any other kind may be typed
#: A text file larger than this is surely not one report.
MAX_TEXT_BYTES = 20 * 2**20


class SourceDialog(RecordDialog):
    def __init__(self, values: SourceValues, *, title: str | None = None, editing: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(title or tr("New Source"), "source_dialog", parent)
        self.title = self.row(tr("Title"), QLineEdit(values.title))
        self.kind = self.row(tr("Kind"), QComboBox())
        self.kind.setEditable(True)
        for kind in KINDS:
            self.kind.addItem(word(SOURCE_KINDS, kind), kind)
        self.kind.setCurrentText(word(SOURCE_KINDS, values.kind))
        self.outlet = self.row(tr("Outlet"), QLineEdit(values.outlet or ""))
        self.url = self.row(tr("Address"), QLineEdit(values.url or ""))
        self.url.setPlaceholderText("https://…")
        self.language = self.row(tr("Language"), QLineEdit(values.language or ""))
        self.language.setPlaceholderText(tr("e.g. de"))
        self.published = self.row(tr("Published"), DateField())
        self.published.set_reference(date.today(), tr("today"))
        self.published.set_value(values.published)
        self.text = TextBox(12)
        self.text.setPlainText(values.text)
        self.text.setPlaceholderText(tr("Paste the full text of the source here, or load it from a text file."))
        self.load_button = QPushButton(tr("Load Text File…"))
        self.load_button.clicked.connect(self.load_text_file)
        self.form.addRow(tr("Text"), self.text)
        if editing:
            self.text.setReadOnly(True)
            self.load_button.hide()
            self.form.addRow("", plain_label(tr("The text is fixed: passages point into it. "
                                                "For a changed text, add the source again as a new source.")))
        else:
            self.form.addRow("", side_by_side(self.load_button))
        self.watch(self.title.textChanged, self.published.changed)
        self.revalidate()

    @Slot()
    def load_text_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Load Text File"), QDir.homePath(),
                                                    tr("Text files (*.txt);;All files (*)"))
        if path:
            self.load_text(Path(path))

    def load_text(self, path: Path) -> None:
        """Put a UTF-8 text file's text in the box (line ends made uniform); say why when it cannot."""
        try:
            if path.stat().st_size > MAX_TEXT_BYTES:
                raise ValueError(tr("the file is larger than {} MB").format(MAX_TEXT_BYTES // 2**20))
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
            reason = tr("it is not UTF-8 text") if isinstance(exc, UnicodeDecodeError) else str(exc)
            self.refuse(tr("Could not load {}: {}").format(path.name, reason))
            return
        self.text.setPlainText(text)
        if not self.title.text().strip():
            self.title.setText(path.stem)

    def problems(self) -> list[str]:
        found = [] if self.title.text().strip() else [tr("Give the source a title.")]
        return found + ([tr("The publication date cannot be read; see the line under it.")]
                        if self.published.problem() else [])

    def values(self) -> SourceValues:
        return SourceValues(self.title.text().strip(), self.kind_value(),
                            line_text(self.outlet), line_text(self.url), line_text(self.language),
                            self.published.value(), raw_text(self.text))

    def kind_value(self) -> str:
        """The kind chosen, as stored: an offered kind by its key, a typed one as typed."""
        text = self.kind.currentText().strip()
        index = self.kind.findText(text)
        return self.kind.itemData(index) if index >= 0 else text or "article"
