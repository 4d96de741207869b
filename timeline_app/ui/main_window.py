"""The main window: one open project (or none) on the timeline, and the File menu that changes which.

The store does the opening, creating and copying; this window asks for file names, reports the
store's refusals in one line and leaves the previous project open when something fails. The
timeline and its docks are built and filled by :class:`~timeline_app.ui.timeline_workspace.TimelineWorkspace`;
the Edit, Insert and Claim menus, undo and the source reader by :class:`~timeline_app.ui.edit_actions.EditActions`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDir, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLabel, QMainWindow, QMenu

from timeline_app import APP_NAME, PROJECT_SUFFIX
from timeline_app.domain.timeline.items import Grouping, LaneIndex, TimelineData
from timeline_app.errors import USER_ERRORS, user_message
from timeline_app.io.errors import Cancelled
from timeline_app.store.address import AddressError, server_address, shown
from timeline_app.store.db import Project, copy_project, create_project, open_project
from timeline_app.store.transfer import copy_to
from timeline_app.store.timeline_query import load_timeline
from timeline_app.ui import i18n, settings
from timeline_app.ui.drop import install_drop_support
from timeline_app.ui.help import install_help
from timeline_app.ui.preferences import Preferences
from timeline_app.ui.edit_actions import EditActions
from timeline_app.ui.background import run_with_progress, wait_for
from timeline_app.ui.errors import warn
from timeline_app.ui.file_exchange import FileExchange
from timeline_app.ui.i18n import Retranslating, tr, translated
from timeline_app.ui.overview import EmptyState
from timeline_app.ui.plain_text import literal
from timeline_app.ui.project_summary import ProjectSummary, counts_text, figures_text, summarize
from timeline_app.ui.recent_menu import RecentProjectsMenu
from timeline_app.ui.safety import Safety
from timeline_app.ui.timeline_workspace import TimelineWorkspace, opening_grouping

DEFAULT_SIZE = QSize(1280, 800)
StandardKey = QKeySequence.StandardKey


class MainWindow(Retranslating, QMainWindow):
    """Shows the open project; ``demo_path`` prepares the demo and returns its file."""

    project_changed = Signal(object)  # the new Project, or None once closed

    def __init__(self, demo_path: Callable[[], Path], new_window: Callable[[MainWindow], None] | None = None) -> None:
        """``new_window(self)`` opens another window beside this one (File → New Window)."""
        super().__init__()
        self.setObjectName("main_window")
        self.project: Project | None = None
        self._demo_path, self._new_window = demo_path, new_window
        self.empty_state = EmptyState()
        self.workspace = TimelineWorkspace(self, self.empty_state)
        self.editing = EditActions(self, self.workspace)
        self.exchange = FileExchange(self, lambda: self.project, self._visible_range, self.reload_project,
                                     self.statusBar().showMessage)
        self.safety = Safety(self, lambda: self.project, self.open_project_file, self.close_project)
        self.title_label, self.counts_label, self.save_state_label = (self._permanent_label() for _ in range(3))
        self._summary: ProjectSummary | None = None
        self._build_file_menu()
        self.view_menu = self.menuBar().addMenu("")
        self.workspace.build_view_menu(self.view_menu)
        self.editing.build_menus(self.menuBar(), self.view_menu)
        self.preferences = Preferences(self, self.editing.edit_menu)
        self.preferences.changed.connect(self._preference_changed)
        self._build_help_menu()
        self.retranslate()
        self.editing.edited.connect(self._recount)
        self.empty_state.new_requested.connect(self.new_project)
        self.empty_state.open_requested.connect(self.choose_project)
        self.empty_state.demo_requested.connect(self.open_demo)
        self.drop_support = install_drop_support(self, self.open_project_file, self.exchange.import_paths)
        self._restore_window()
        self._show(None)

    # ------------------------------------------------------------ construction

    def _permanent_label(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(label)
        return label

    def _add_action(self, menu: QMenu, slot: Callable, keys=None) -> QAction:
        action = menu.addAction("")
        action.triggered.connect(slot)
        if keys is not None:
            action.setShortcuts(keys)
        return action

    def _build_file_menu(self) -> None:
        menu = self.file_menu = self.menuBar().addMenu("")
        self.new_action = self._add_action(menu, self.new_project, StandardKey.New)
        self.new_window_action = self._add_action(menu, lambda: self._new_window(self), [QKeySequence("Ctrl+Alt+N")])
        self.new_window_action.setVisible(self._new_window is not None)
        self.open_action = self._add_action(menu, self.choose_project, StandardKey.Open)
        self.open_shared_action = self._add_action(menu, self.choose_shared_project, [QKeySequence("Ctrl+Shift+O")])
        self.recent_menu = RecentProjectsMenu(self)
        self.recent_menu.project_chosen.connect(self.open_project_file)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        self.save_copy_action = self._add_action(menu, self.save_copy_as, StandardKey.SaveAs)
        self.publish_action = self._add_action(menu, self.publish_to_server)
        self.copy_local_action = self._add_action(menu, self.copy_to_local)
        self.close_action = self._add_action(menu, self.close_project, StandardKey.Close)
        menu.addSeparator()
        self.exchange.add_to(menu)
        menu.addSeparator()
        self.restore_action = self._add_action(menu, self.safety.restore)
        menu.addSeparator()
        # Windows has no standard Quit key; Ctrl+Q is what users of other platforms expect
        quit_keys = QKeySequence.keyBindings(StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        self.quit_action = self._add_action(menu, QApplication.closeAllWindows, quit_keys)  # every window
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    def _build_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu("")
        self.help = install_help(self, self.help_menu)
        self.about_action = self.help.about_action

    def retranslate(self) -> None:
        """Every text of the window and its menus, in the interface's language (again, after a change)."""
        self.file_menu.setTitle(tr("&File"))
        self.view_menu.setTitle(tr("&View"))
        self.help_menu.setTitle(tr("&Help"))
        for action, text in ((self.new_action, tr("&New…")), (self.new_window_action, tr("New &Window")),
                             (self.open_action, tr("&Open…")), (self.open_shared_action, tr("Open &Shared Project…")),
                             (self.publish_action, tr("&Publish to Server…")),
                             (self.copy_local_action, tr("Copy to &Local Project…")),
                             (self.save_copy_action, tr("Save a &Copy As…")), (self.close_action, tr("&Close")),
                             (self.restore_action, tr("&Restore from Backup…")), (self.quit_action, tr("&Quit"))):
            action.setText(text)
        for part in (self.workspace, self.editing, self.exchange, self.safety, self.preferences, self.help):
            part.retranslate()
        self.setWindowTitle(window_title(self.project))
        self._show_save_state(self.project)
        self._show_figures(self._summary)


    @Slot(str, object)
    def _preference_changed(self, key: str, value) -> None:
        """The theme applies itself; backups read their schedule when one falls due; a new language
        is installed, and every window follows it at once."""
        if key == settings.LANGUAGE.key:
            i18n.install(str(value))

    def _restore_window(self) -> None:
        if not self.restoreGeometry(settings.main_geometry()):
            self.resize(DEFAULT_SIZE.boundedTo(self.screen().availableSize()))
        self._first_layout = not self.restoreState(settings.main_state())
        if self._first_layout:
            self.workspace.arrange_docks()

    def showEvent(self, event) -> None:
        """Dock sizes only take once the window has its real size: arrange them again then."""
        super().showEvent(event)
        if self._first_layout:
            self._first_layout = False
            QTimer.singleShot(0, self.workspace.arrange_docks)

    # ------------------------------------------------------------ opening and closing

    @Slot(Path)
    def open_project_file(self, path: Path | str) -> bool:
        """Open ``path`` in place of the current project; on failure say why and keep the current one."""
        if not self._open_with(tr("Could not open the project"), path, lambda: open_project(path)):
            return False
        if self.project.upgraded_from:
            self.statusBar().showMessage(tr("Upgraded from an older version; the original was kept as {}")
                                         .format(self.project.backup_path.name))
        return True

    @Slot()
    def choose_project(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, tr("Open Project"), self._start_folder(), file_filter())
        if path:
            self.open_project_file(path)

    @Slot()
    def choose_shared_project(self) -> None:
        """Ask for a server address and open the shared project there."""
        address = self._ask_address(tr("Open Shared Project"))
        if address:
            self.open_project_file(address)

    @Slot()
    def publish_to_server(self) -> None:
        """Copy the open project into an empty database on a server, then work on it there."""
        if self.project is None or self.project.shared:
            return
        address = self._ask_address(tr("Publish to Server"))
        if address:
            self._copy_in_background(address, tr("Publishing to {}…").format(shown(address)),
                                     lambda: self.open_project_file(address))

    @Slot()
    def copy_to_local(self) -> None:
        """Copy the open shared project into a new project file (to work on alone, or offline)."""
        if self.project is None or not self.project.shared:
            return
        path = self._ask_save_path(tr("Copy to Local Project"), Path(QDir.homePath(), self.project.name + PROJECT_SUFFIX))
        if path:
            self._copy_in_background(path, tr("Copying to {}…").format(path.name), lambda: (
                settings.add_recent_project(path),
                self.statusBar().showMessage(tr("Copied to {}; it is in File → Open Recent").format(path))))

    def _copy_in_background(self, target: Path | str, label: str, then: Callable[[], object]) -> None:
        """Copy the whole project to ``target`` (a file or a server) off the UI thread, in one transaction."""
        source = self.project

        def work(_cancelled) -> None:
            copy_to(source, target).close()

        run_with_progress(self, label, work, lambda _result: then(),
                          lambda message: warn(self, tr("Could not copy the project"), message))

    def _ask_address(self, title: str) -> str | None:
        """A server address from the user, checked (not yet connected to); None if cancelled."""
        text, ok = QInputDialog.getText(
            self, title, tr("Server address, for example postgresql://anna@newsroom-db/ukraine_talks\n"
                            "(a password is best kept in ~/.pgpass or PGPASSWORD, not in the address):"))
        if not ok or not text.strip():
            return None
        try:
            return server_address(text.strip()).url.render_as_string(hide_password=False)
        except AddressError as exc:
            warn(self, title, translated(exc))
            return None

    @Slot()
    def new_project(self) -> None:
        # create_project never overwrites, so the dialog need not ask; the store says so instead
        path = self._ask_save_path(tr("New Project"), Path(self._start_folder(), tr("Untitled") + PROJECT_SUFFIX),
                                   QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self._open_with(tr("Could not create the project"), path, lambda: create_project(path))

    @Slot()
    def open_demo(self) -> None:
        path = self._attempt(tr("Could not prepare the demo"), None, self._demo_path)
        if path:
            self.open_project_file(path)

    @Slot()
    def save_copy_as(self) -> None:
        if self.project is None:
            return
        current = self.project.path
        copy_name = tr("{} copy", "the suggested name of a copy of a project file").format(current.stem)
        path = self._ask_save_path(tr("Save a Copy As"), current.with_name(copy_name + current.suffix))
        if path and self._attempt(tr("Could not save a copy"), path, lambda: copy_project(self.project, path)):
            self.statusBar().showMessage(tr("Saved a copy as {}").format(path))

    @Slot()
    def reload_project(self) -> None:
        """Read the open project again from its file (after an import, which is not an edit)."""
        if self.project is not None:
            self.open_project_file(self.project.path)

    def _visible_range(self) -> tuple[float, float] | None:
        return self.workspace.view.visible_range() if self.project is not None else None

    @Slot()
    def close_project(self) -> None:
        if self.project is not None:
            self.project.close()
            self.project = None
            self._show(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.save_main_window(self.saveGeometry(), self.saveState())
        self.close_project()
        super().closeEvent(event)

    def _open_with(self, title: str, path: Path | str, opener: Callable[[], Project]) -> bool:
        """Make the project ``opener`` returns the open one, and remember it for Open Recent and
        the next start; a file that opens but cannot be read fails here too, before anything changes.

        Opening and reading run on a worker thread (a project of 100,000 events takes about a
        second), so the window goes on painting and offers Cancel; the lanes are sorted there too,
        in the grouping the project will open with.
        """
        grouping = opening_grouping(Path(path))
        try:
            opened = wait_for(self, tr("Opening {}…").format(Path(path).name),
                              lambda: _open_and_read(opener, grouping), lambda late: late.project.close())
        except Cancelled:
            self.statusBar().showMessage(tr("Opening was cancelled; nothing changed"), 5000)
            return False
        except USER_ERRORS as exc:
            warn(self, title, translated(user_message(exc, path)))
            return False
        if self.project is not None:
            self.project.close()
        self.project = opened.project
        settings.add_recent_project(self.project.address)
        settings.set_last_project(self.project.address)
        self.recent_menu.refresh()
        self._show(opened.project, opened.summary, opened.data, opened.index)
        return True

    def _attempt(self, title: str, path: Path | str | None, action: Callable):
        """Run ``action``; if it fails in a way a user can cause, warn and return None."""
        try:
            return action()
        except USER_ERRORS as exc:
            warn(self, title, translated(user_message(exc, path)))
            return None

    def _ask_save_path(self, caption: str, suggestion: Path, options=QFileDialog.Option(0)) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self, caption, str(suggestion), file_filter(), options=options)
        if not path:
            return None
        return Path(path) if Path(path).suffix else Path(path + PROJECT_SUFFIX)

    def _start_folder(self) -> str:
        """Where file dialogs start: beside the open project, else the most recent one, else home."""
        recent = [self.project.path] if self.project else settings.recent_projects()
        return str(recent[0].parent) if recent else QDir.homePath()

    # ------------------------------------------------------------ showing

    def _show(self, project: Project | None, summary: ProjectSummary | None = None,
              data: TimelineData | None = None, index: LaneIndex | None = None) -> None:
        self.setWindowFilePath(str(project.path) if project and not project.shared else "")
        self.setWindowTitle(window_title(project))
        self.save_copy_action.setEnabled(project is not None)
        self.close_action.setEnabled(project is not None)
        self.restore_action.setEnabled(project is not None and not project.read_only and not project.shared)
        self.publish_action.setEnabled(project is not None and not project.shared)
        self.copy_local_action.setEnabled(project is not None and project.shared)
        self.exchange.set_enabled(project is not None, project is not None and not project.read_only)
        self.safety.project_opened(project)
        self.workspace.show_project(project, data, index)
        self.editing.set_project(project)
        self._show_figures(summary)
        self._show_save_state(project)
        self.project_changed.emit(project)

    def _show_save_state(self, project: Project | None) -> None:
        self.save_state_label.setText("" if project is None else tr("Read-only") if project.read_only
                                      else tr("All changes saved"))

    def _show_figures(self, summary: ProjectSummary | None) -> None:
        self._summary = summary
        self.title_label.setText(summary.title if summary else "")
        self.counts_label.setText(counts_text(summary) if summary else "")
        self.counts_label.setToolTip(literal(figures_text(summary)) if summary else "")

    @Slot(object)
    def _recount(self, changes) -> None:
        """Records came or went, or a relation changed its type: the status bar's figures follow."""
        if self.project is not None and (changes.structure or changes.relations):
            self._show_figures(summarize(self.project))


def window_title(project: Project | None) -> str:
    if project is None:
        return APP_NAME
    title = f"{project.name} ({project.address}) — {APP_NAME}" if project.shared else f"{project.name} — {APP_NAME}"
    return tr("{} [read-only]").format(title) if project.read_only else title


def file_filter() -> str:
    return tr("timeline_app projects (*.tlproj);;All files (*)")


@dataclass(frozen=True)
class Opened:
    """A project opened and read on a worker thread, ready to be shown."""

    project: Project
    summary: ProjectSummary
    data: TimelineData
    index: LaneIndex


def _open_and_read(opener: Callable[[], Project], grouping: Grouping) -> Opened:
    """Open a project and read all the window shows of it, so a file that cannot be read fails here."""
    project = opener()
    try:
        data = load_timeline(project)
        return Opened(project, summarize(project), data, LaneIndex.build(data, grouping))
    except BaseException:
        project.close()
        raise
