"""File → Export PDF: the options, with a live preview of the first page.

A humble dialog: it shows options and hands back :class:`PdfOptions`; the preview comes from a
function the caller passes in (run in the background, so typing stays smooth on big projects).
The preview is sized in the dialog's font, so that the dialog fits a 960-pixel-wide screen (1920
at 200 %) in German too, and drawn at the screen's scaling, so that it is sharp there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from timeline_app.domain.date_input import parse_date
from timeline_app.domain.dates import DateError
from timeline_app.export.pdf import PAGE_SIZES, PdfOptions
from timeline_app.export.scene import SceneOptions
from timeline_app.ui import i18n, settings
from timeline_app.ui.background import Background
from timeline_app.ui.i18n import tr, translated
from timeline_app.ui.sizes import ems

PREVIEW_EMS = 30  # the preview's width; its height follows a landscape page
PARTY_LINES = 6  # the parties list shows this many before it scrolls


class PdfExportDialog(QDialog):
    def __init__(self, parent: QWidget | None, *, title: str, parties: list[tuple[str, str]],
                 current_view: tuple[float, float] | None, preview: Callable[[PdfOptions], QImage]):
        super().__init__(parent)
        self.setWindowTitle(tr("Export PDF"))
        self._current_view, self._preview, self._task = current_view, preview, None
        self._timer = QTimer(self, singleShot=True, interval=350, timeout=self._refresh_preview)
        form = QFormLayout()
        self.page_size = self._combo([(size, tr("US Letter") if size == "Letter" else size) for size in PAGE_SIZES])
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(settings.pdf_page_size())))
        self.landscape, self.portrait = QRadioButton(tr("Landscape")), QRadioButton(tr("Portrait"))
        self.landscape.setChecked(True)
        form.addRow(tr("Page size:"), self.page_size)
        form.addRow(tr("Orientation:"), _row(self.landscape, self.portrait))
        self.range = self._combo([("all", tr("Everything")), ("view", tr("The timeline's current view")),
                                  ("dates", tr("Dates"))])
        self.range.model().item(1).setEnabled(current_view is not None)
        self.start = QLineEdit(placeholderText=tr("from, e.g. 1.12.2025"))
        self.end = QLineEdit(placeholderText=tr("to, e.g. Dec 2025"))
        self.range_note = QLabel(textFormat=Qt.TextFormat.PlainText)
        form.addRow(tr("Range:"), self.range)
        form.addRow("", _row(self.start, self.end))
        form.addRow("", self.range_note)
        self.pages_wide = QSpinBox(minimum=1, maximum=200, value=1, suffix=tr(" page(s) wide"))
        form.addRow(tr("Split across:"), self.pages_wide)
        self.parties = QListWidget()
        for party_id, name in parties:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, party_id)
            item.setCheckState(Qt.CheckState.Checked)
            self.parties.addItem(item)
        self.parties.setMaximumHeight(self.parties.fontMetrics().lineSpacing() * PARTY_LINES)
        form.addRow(tr("Parties:"), self.parties)
        self.title, self.subtitle = QLineEdit(title), QLineEdit()
        form.addRow(tr("Title:"), self.title)
        form.addRow(tr("Subtitle:"), self.subtitle)
        self.appendix = QCheckBox(tr("Add the claims appendix and the list of sources"), checked=True)
        form.addRow("", self.appendix)
        self.preview = QLabel(tr("Preparing the preview…"), alignment=Qt.AlignmentFlag.AlignCenter,
                              textFormat=Qt.TextFormat.PlainText)
        self.preview.setMinimumSize(ems(self, PREVIEW_EMS), ems(self, PREVIEW_EMS * 0.72))
        self.preview.setAccessibleName(tr("Preview of the first page"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addLayout(form, 1)
        body.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        for signal in (self.landscape.toggled, self.range.currentIndexChanged, self.start.textChanged, self.end.textChanged,
                       self.pages_wide.valueChanged, self.parties.itemChanged, self.title.textChanged,
                       self.subtitle.textChanged, self.appendix.toggled):
            signal.connect(self._changed)
        self._changed()

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        """A combo box of (value, text) choices."""
        combo = QComboBox()
        for value, text in items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    # -- options

    def pdf_options(self) -> PdfOptions | None:
        """The chosen options, or None while the range cannot be read."""
        scene = SceneOptions(parties=self._checked_parties(), lang=i18n.language())
        span = self._range()
        if span is False:
            return None
        if span:
            scene.t0, scene.t1 = span
        return PdfOptions(page_size=self.page_size.currentData(), landscape=self.landscape.isChecked(),
                          pages_wide=self.pages_wide.value(), title=self.title.text().strip(),
                          subtitle=self.subtitle.text().strip(), appendix=self.appendix.isChecked(), scene=scene)

    def _checked_parties(self) -> set[str] | None:
        items = [self.parties.item(i) for i in range(self.parties.count())]
        checked = {i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked}
        return None if len(checked) == len(items) else checked

    def _range(self) -> tuple[float, float] | None | bool:
        """(t0, t1); None for everything; False (with the reason shown) while unreadable."""
        choice = self.range.currentIndex()
        dates = choice == 2
        self.start.setEnabled(dates)
        self.end.setEnabled(dates)
        self.range_note.setText("")
        if choice == 1:
            return self._current_view
        if not dates:
            return None
        try:
            start, end = parse_date(self.start.text()), parse_date(self.end.text())
        except DateError as exc:
            self.range_note.setText(translated(exc))
            return False
        if start.earliest is None or end.latest is None or end.latest <= start.earliest:
            self.range_note.setText(tr("The range must have a known start before its end."))
            return False
        lang = i18n.language()
        self.range_note.setText(tr("{} to {}", "a range of dates").format(start.label(lang), end.label(lang)))
        return start.earliest.timestamp(), end.latest.timestamp()

    # -- preview

    @Slot()
    def _changed(self) -> None:
        options = self.pdf_options()
        self.export_button.setEnabled(options is not None)
        if options is not None:
            self._timer.start()

    @Slot()
    def _refresh_preview(self) -> None:
        options = self.pdf_options()
        if options is None:
            return
        if self._task is not None:
            self._task.cancel()
        self._task = task = Background(lambda cancelled: self._preview(options), self)
        task.succeeded.connect(lambda image: self._show(task, image))
        task.failed.connect(lambda message: self.preview.setText(tr("No preview: {}").format(message)))
        task.start()

    def _show(self, task: Background, image: QImage) -> None:
        """Fit the page into the preview in device pixels, so that a 200 % screen shows it sharp."""
        if task is not self._task:  # an older preview, overtaken by a newer choice
            return
        ratio = self.preview.devicePixelRatioF()
        pixmap = QPixmap.fromImage(image).scaled(self.preview.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    return box
