"""File → Import, Export, Export PDF and Print: dialogs in front of ``io.formats`` and the PDF.

Imports and exports run in the background with progress and Cancel; each import is one
transaction, each export is written to a temporary file and renamed when complete.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from timeline_app.export.pdf import PdfDocument, PdfOptions
from timeline_app.store.crud import get_meta
from timeline_app.store.db import Project
from timeline_app.store.report_query import parties
from timeline_app.ui.background import run_with_progress
from timeline_app.ui.errors import warn
from timeline_app.ui.export_dialog import PdfExportDialog
from timeline_app.ui.plain_text import literal

IMPORT_FILTER = ("Everything timeline_app reads (*.json *.jsonld *.csv *.ics *.timeline);;Project JSON (*.json);;"
                 "CSV (*.csv);;iCalendar (*.ics);;TimelineJS, ClaimReview, Web Annotation (*.json *.jsonld);;"
                 "Timeline (*.timeline);;All files (*)")
EXPORT_FORMATS = {  # filter text: (format name, extension)
    "Project JSON (*.json)": ("project", ".json"),
    "Events as CSV (*.csv)": ("csv", ".csv"),
    "Claims as CSV (*.csv)": ("claims-csv", ".csv"),
    "iCalendar (*.ics)": ("ics", ".ics"),
    "TimelineJS (*.json)": ("timelinejs", ".json"),
    "ClaimReview JSON-LD (*.jsonld)": ("claimreview", ".jsonld"),
    "Web Annotations JSON-LD (*.jsonld)": ("annotations", ".jsonld"),
    "PNG picture (*.png)": ("png", ".png"),
    "SVG picture (*.svg)": ("svg", ".svg"),
}


class FileExchange(QObject):
    """The four actions, for the window's File menu; they act on the window's open project."""

    def __init__(self, window: QWidget, project: Callable[[], Project | None],
                 current_view: Callable[[], tuple[float, float] | None], imported: Callable[[], None],
                 status: Callable[[str], None]):
        super().__init__(window)
        self.window, self.project, self.current_view = window, project, current_view
        self.imported, self.status = imported, status
        self.import_action = self._action("&Import…", self.import_files, QKeySequence("Ctrl+Shift+I"))
        self.export_action = self._action("&Export…", self.export_data, QKeySequence("Ctrl+Shift+E"))
        self.pdf_action = self._action("Export &PDF…", self.export_pdf, QKeySequence("Ctrl+Shift+P"))
        self.print_action = self._action("&Print…", self.print_timeline, QKeySequence(QKeySequence.StandardKey.Print))

    def _action(self, text: str, slot, shortcut: QKeySequence) -> QAction:
        action = QAction(text, self.window)
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
        paths, _ = QFileDialog.getOpenFileNames(self.window, "Import", "", IMPORT_FILTER)
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
            self._tell("Import", "\n\n".join(reports))
            return
        path, rest = paths[0], paths[1:]
        from timeline_app.io.formats import import_file  # the format modules load when first used

        run_with_progress(self.window, f"Importing {path.name}…",
                          lambda cancelled: import_file(project, path, cancelled=cancelled),
                          lambda report: self._import_next(project, rest, reports + [report.render(path.name)]),
                          lambda message: (self.imported(), warn(self.window, "Import failed", message)))

    # -- exports

    @Slot()
    def export_data(self) -> None:
        project = self.project()
        if project is None:
            return
        path, chosen = QFileDialog.getSaveFileName(self.window, "Export", project.name, ";;".join(EXPORT_FORMATS))
        if path:
            name, suffix = EXPORT_FORMATS[chosen]
            self._export(project, _with_suffix(Path(path), suffix), name)

    @Slot()
    def export_pdf(self) -> None:
        chosen = self._chosen_pdf()
        if chosen is None:
            return
        project, options = chosen
        path, _ = QFileDialog.getSaveFileName(self.window, "Export PDF", f"{project.name}.pdf", "PDF (*.pdf)")
        if path:
            self._export(project, _with_suffix(Path(path), ".pdf"), "pdf", pdf=options)

    def _export(self, project: Project, path: Path, name: str, pdf: PdfOptions | None = None) -> None:
        from timeline_app.io.formats import export_file

        def work(cancelled):
            if pdf is None:
                return export_file(project, path, name, cancelled=cancelled)
            return export_file(project, path, name, cancelled=cancelled, prepared=pdf)

        run_with_progress(self.window, f"Exporting {path.name}…", work,
                          lambda report: self.status(f"Exported {path}"),
                          lambda message: warn(self.window, "Export failed", message))

    def _chosen_pdf(self) -> tuple[Project, PdfOptions] | None:
        """The open project and the PDF options chosen for it, unless there is none or the user cancels."""
        project = self.project()
        options = self._pdf_options(project) if project is not None else None
        return None if options is None else (project, options)

    def _pdf_options(self, project: Project) -> PdfOptions | None:
        with project.session() as session:
            title = get_meta(session, key="name") or project.name
            party_list = parties(session)
        dialog = PdfExportDialog(self.window, title=title, parties=party_list, current_view=self.current_view(),
                                 preview=lambda options: PdfDocument(project, options).preview(0, 0.5))
        return dialog.pdf_options() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- print

    @Slot()
    def print_timeline(self) -> None:
        chosen = self._chosen_pdf()
        if chosen is None:
            return
        project, options = chosen
        document = PdfDocument(project, options)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(document.layout)
        printer.setResolution(96)
        if QPrintDialog(printer, self.window).exec() == QDialog.DialogCode.Accepted:
            document.draw(printer)
            self.status(f"Sent {len(document.pages)} pages to the printer")

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, literal(text), parent=self.window)
        box.exec()


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)

