"""File → Import, Export, Export PDF and Print: dialogs in front of ``io.formats`` and the PDF.

Imports and exports run in the background with progress and Cancel; each import is one
transaction, each export is written to a temporary file and renamed when complete.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from timeline_app.errors import USER_ERRORS, user_message
from timeline_app.store.crud import get_meta
from timeline_app.store.db import Project
from timeline_app.ui.background import run_with_progress
from timeline_app.ui.errors import warn
from timeline_app.ui.i18n import tr, translated
from timeline_app.ui.import_report import report_text
from timeline_app.ui.plain_text import literal

if TYPE_CHECKING:
    from timeline_app.export.pdf import PdfOptions

EXPORT_FORMATS = {  # filter text, in English: (format name, extension)
    QT_TR_NOOP("Project JSON (*.json)"): ("project", ".json"),
    QT_TR_NOOP("Events as CSV (*.csv)"): ("csv", ".csv"),
    QT_TR_NOOP("Claims as CSV (*.csv)"): ("claims-csv", ".csv"),
    "iCalendar (*.ics)": ("ics", ".ics"),
    "TimelineJS (*.json)": ("timelinejs", ".json"),
    "ClaimReview JSON-LD (*.jsonld)": ("claimreview", ".jsonld"),
    "Web Annotations JSON-LD (*.jsonld)": ("annotations", ".jsonld"),
    QT_TR_NOOP("PNG picture (*.png)"): ("png", ".png"),
    QT_TR_NOOP("SVG picture (*.svg)"): ("svg", ".svg"),
}


def import_filter() -> str:
    return tr("Everything timeline_app reads (*.json *.jsonld *.csv *.ics *.timeline);;Project JSON (*.json);;"
              "CSV (*.csv);;iCalendar (*.ics);;TimelineJS, ClaimReview, Web Annotation (*.json *.jsonld);;"
              "Timeline (*.timeline);;All files (*)")


def export_formats() -> dict[str, tuple[str, str]]:
    """The export formats by their filter text in the interface's language."""
    return {tr(text): value for text, value in EXPORT_FORMATS.items()}


#: A report longer than this many lines shows its summary, the rest under Show Details.
REPORT_LINES = 12

class FileExchange(QObject):
    """The four actions, for the window's File menu; they act on the window's open project."""

    def __init__(self, window: QWidget, project: Callable[[], Project | None],
                 current_view: Callable[[], tuple[float, float] | None], imported: Callable[[], None],
                 status: Callable[[str], None]):
        super().__init__(window)
        self.window, self.project, self.current_view = window, project, current_view
        self.imported, self.status = imported, status
        self.import_action = self._action(self.import_files, QKeySequence("Ctrl+Shift+I"))
        self.export_action = self._action(self.export_data, QKeySequence("Ctrl+Shift+E"))
        self.pdf_action = self._action(self.export_pdf, QKeySequence("Ctrl+Shift+P"))
        self.print_action = self._action(self.print_timeline, QKeySequence(QKeySequence.StandardKey.Print))
        self.retranslate()

    def retranslate(self) -> None:
        for action, text in ((self.import_action, tr("&Import…")), (self.export_action, tr("&Export…")),
                             (self.pdf_action, tr("Export &PDF…")), (self.print_action, tr("&Print…"))):
            action.setText(text)

    def _action(self, slot, shortcut: QKeySequence) -> QAction:
        action = QAction(self.window)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def add_to(self, menu: QMenu) -> None:
        menu.addActions([self.import_action, self.export_action])
        menu.addSeparator()
        menu.addActions([self.pdf_action, self.print_action])

    def set_enabled(self, has_project: bool, writable: bool) -> None:
        self.import_action.setEnabled(has_project and writable)
        for action in (self.export_action, self.pdf_action, self.print_action):
            action.setEnabled(has_project)

    # -- import

    @Slot()
    def import_files(self) -> None:
        project = self.project()
        if project is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self.window, tr("Import"), "", import_filter())
        if paths:
            self._import_next(project, [Path(p) for p in paths], [])

    def import_paths(self, paths: list[Path]) -> None:
        """Import files chosen elsewhere (dropped on the window) into the open project."""
        project = self.project()
        if project is not None and not project.read_only:
            self._import_next(project, list(paths), [])

    def _import_next(self, project: Project, paths: list[Path], reports: list[str]) -> None:
        if not paths:
            self.imported()
            self._tell(tr("Import"), "\n\n".join(reports))
            return
        path, rest = paths[0], paths[1:]
        from timeline_app.io.formats import import_file  # the format modules load when first used

        run_with_progress(self.window, tr("Importing {}…").format(path.name),
                          lambda cancelled: import_file(project, path, cancelled=cancelled),
                          lambda report: self._import_next(project, rest, reports + [report_text(path.name, report)]),
                          lambda message: (self.imported(), warn(self.window, tr("Import failed"), message)))

    # -- exports

    @Slot()
    def export_data(self) -> None:
        project = self.project()
        if project is None:
            return
        formats = export_formats()
        path, chosen = QFileDialog.getSaveFileName(self.window, tr("Export"), project.name, ";;".join(formats))
        if path:
            name, suffix = formats[chosen]
            self._export(project, _with_suffix(Path(path), suffix), name)

    @Slot()
    def export_pdf(self) -> None:
        chosen = self._chosen_pdf()
        if chosen is None:
            return
        project, options = chosen
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Export PDF"), f"{project.name}.pdf", "PDF (*.pdf)")
        if path:
            self._export(project, _with_suffix(Path(path), ".pdf"), "pdf", pdf=options)

    def _export(self, project: Project, path: Path, name: str, pdf: PdfOptions | None = None) -> None:
        from timeline_app.io.formats import export_file

        def work(cancelled):
            if pdf is None:
                return export_file(project, path, name, cancelled=cancelled)
            return export_file(project, path, name, cancelled=cancelled, prepared=pdf)

        run_with_progress(self.window, tr("Exporting {}…").format(path.name), work,
                          lambda report: self.status(tr("Exported {}").format(path)),
                          lambda message: warn(self.window, tr("Export failed"), message))

    def _chosen_pdf(self) -> tuple[Project, PdfOptions] | None:
        """The open project and the PDF options chosen for it, unless there is none or the user cancels."""
        project = self.project()
        options = self._pdf_options(project) if project is not None else None
        return None if options is None else (project, options)

    def _pdf_options(self, project: Project) -> PdfOptions | None:
        # the PDF, its report query and its dialog load when a PDF is first asked for, not at start
        from timeline_app.export.pdf import PdfDocument
        from timeline_app.store.report_query import parties
        from timeline_app.ui.export_dialog import PdfExportDialog

        with project.session() as session:
            title = get_meta(session, key="name") or project.name
            party_list = parties(session)
        dialog = PdfExportDialog(self.window, title=title, parties=party_list, current_view=self.current_view(),
                                 preview=lambda options: PdfDocument(project, options).preview(
                                     0, 0.5 * self.window.devicePixelRatioF()))
        return dialog.pdf_options() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- print

    @Slot()
    def print_timeline(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # Qt's printing and the PDF load when first used

        from timeline_app.export.pdf import PdfDocument

        chosen = self._chosen_pdf()
        if chosen is None:
            return
        project, options = chosen
        try:
            document = PdfDocument(project, options)
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setPageLayout(document.layout)
            printer.setResolution(96)
            if QPrintDialog(printer, self.window).exec() != QDialog.DialogCode.Accepted:
                return
            document.draw(printer)
        except USER_ERRORS as exc:  # a printer that refuses, a project that cannot be read
            warn(self.window, tr("Print"), translated(user_message(exc)))
            return
        self.status(tr("Sent %n page(s) to the printer", None, len(document.pages)))

    def _tell(self, title: str, text: str) -> None:
        """A report in a message box; a long one (many records skipped) shows each file's summary
        line, with the whole report under Show Details, which scrolls, so that OK stays on screen."""
        box = QMessageBox(QMessageBox.Icon.Information, title, literal(text), parent=self.window)
        lines = text.splitlines()
        if len(lines) > REPORT_LINES:
            box.setText(literal("\n".join(line for line in lines if line and not line.startswith(" "))))
            box.setInformativeText(tr("Show Details lists every record skipped or approximated."))
            box.setDetailedText(text)
        box.exec()


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

