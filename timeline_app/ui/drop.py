"""Drag and drop of files onto the main window: a project file opens, other files are imported.

A project file is one ending in ``.tlproj`` or starting with SQLite's header (a project renamed or
saved without its suffix). Any other local file is offered for import into the open project after
a confirmation; the importer tells the format from the content and extension and reports files it
cannot read. Folders, remote URLs and files that do not exist are refused while dragging, so the
cursor shows that nothing will happen.

The drop is acted on after the drop event returns (a queued call): a dialog opened inside the
drop event would hold the dragging program until it closed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from timeline_app import PROJECT_SUFFIX
from timeline_app.ui.i18n import tr

SQLITE_HEADER = b"SQLite format 3\x00"
MESSAGE_MS = 10_000


def is_project_file(path: Path) -> bool:
    if path.suffix.lower() == PROJECT_SUFFIX:
        return True
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def dropped_files(mime: QMimeData) -> tuple[list[Path], list[str]]:
    """The local files among ``mime``'s URLs, and a word on each URL refused."""
    files, refused = [], []
    for url in mime.urls() if mime.hasUrls() else []:
        if not url.isLocalFile():
            refused.append(tr("{} (not a local file)").format(url.toDisplayString()))
            continue
        path = Path(url.toLocalFile())
        if path.is_dir():
            refused.append(tr("{} (a folder)").format(path.name or path))
        elif not path.is_file():
            refused.append(tr("{} (not found)").format(path.name))
        else:
            files.append(path)
    return files, refused


class DropSupport(QObject):
    """The event filter :func:`install_drop_support` puts on the window."""

    def __init__(self, window: QWidget, open_project: Callable[[Path], bool],
                 import_files: Callable[[list[Path]], None],
                 project_name: Callable[[], str | None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.open_project, self.import_files = open_project, import_files
        self.project_name = project_name or (lambda: _project_name(window))
        self.confirmation: QMessageBox | None = None
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            self._consider(event)
            return True
        if kind == QEvent.Type.DragLeave:
            self._status("")
            return False
        if kind == QEvent.Type.Drop:
            self._drop(event)
            return True
        return False

    def _consider(self, event: QDragEnterEvent) -> None:
        files, _refused = dropped_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if event.type() == QEvent.Type.DragEnter:
            projects = [p for p in files if is_project_file(p)]
            self._status(tr("Drop to open {}").format(projects[0].name) if projects
                         else tr("Drop to import %n file(s) into the open project", None, len(files)))

    def _drop(self, event: QDropEvent) -> None:
        files, refused = dropped_files(event.mimeData())
        if not files:
            event.ignore()
            self._status(tr("Nothing to open: {}").format("; ".join(refused)) if refused else "")
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        QTimer.singleShot(0, self, lambda: self.handle(files, refused))

    def handle(self, files: list[Path], refused: list[str] = ()) -> None:
        """Open the first project file among ``files``, then offer the others for import."""
        notes = [tr("Skipped {}").format(", ".join(refused))] if refused else []
        projects = [p for p in files if is_project_file(p)]
        others = [p for p in files if p not in projects]
        if projects:
            if len(projects) > 1:
                notes.append(tr("opened only {}; drop one project at a time").format(projects[0].name))
            if not self.open_project(projects[0]):
                return
        if notes:
            self._status("; ".join(notes))
        if others:
            self.confirm_import(others)

    def confirm_import(self, files: list[Path]) -> None:
        """Ask before importing; import only on the user's yes."""
        name = self.project_name()
        if name is None:
            self._status(tr("Open or create a project first, then drop %n file(s) to import", None, len(files)))
            return
        listing = "\n".join(f"• {p.name}" for p in files[:10])
        if len(files) > 10:
            listing += "\n" + tr("… and %n more", None, len(files) - 10)
        box = QMessageBox(QMessageBox.Icon.Question, tr("Import Files"),
                          tr("Import %n file(s) into “{}”?", None, len(files)).format(name),
                          QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("confirm_drop_import")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(listing)
        box.setAccessibleName(tr("Import files"))
        box.setAccessibleDescription(tr("Import %n file(s) into {}", None, len(files)).format(name))
        import_button = box.addButton(tr("&Import", "a button: import the files dropped"),
                                      QMessageBox.ButtonRole.AcceptRole)
        import_button.setAccessibleName(tr("Import"))
        cancel_button = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel_button.setAccessibleName(tr("Cancel"))
        box.setDefaultButton(import_button)
        box.setEscapeButton(cancel_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is import_button, files))
        self.confirmation = box
        box.open()

    def _answered(self, yes: bool, files: list[Path]) -> None:
        self.confirmation = None
        if yes:
            self.import_files(files)
        else:
            self._status(tr("Nothing imported"))

    def _status(self, text: str) -> None:
        if isinstance(self.window, QMainWindow):
            if text:
                self.window.statusBar().showMessage(text, MESSAGE_MS)
            else:
                self.window.statusBar().clearMessage()


def _project_name(window: QWidget) -> str | None:
    """The open project's name, if ``window`` says (a MainWindow's ``project``); a window that does
    not keep one is taken to import into whatever it has open."""
    if not hasattr(window, "project"):
        return window.windowTitle() or tr("the open project")
    project = window.project
    return None if project is None else project.name


def install_drop_support(window: QWidget, open_project: Callable[[Path], bool],
                         import_files: Callable[[list[Path]], None]) -> DropSupport:
    """Let files dropped on ``window`` open (project files) or be imported (the rest, once confirmed)."""
    return DropSupport(window, open_project, import_files)
