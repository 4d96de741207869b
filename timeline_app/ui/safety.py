"""Backups, restoring them, and the read-only banner: what keeps an analyst's work safe.

A backup is made in the background after a project opens and then periodically (SQLite's online
backup API; see ``store.backup``); File → Restore from Backup puts one in place, keeping the
current file aside, never overwriting it. A project opened read-only says so in a banner above
the timeline.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow, QMessageBox, QToolBar

from timeline_app.messages import Message
from timeline_app.store.db import Project
from timeline_app.ui.background import Background
from timeline_app.ui.errors import warn
from timeline_app.errors import user_message
from timeline_app.ui.i18n import tr, translated
from timeline_app.ui.plain_text import literal
from timeline_app.ui.preferences import backup_schedule

if TYPE_CHECKING:
    from timeline_app.store.backup import BackupSchedule

CHECK_EVERY_MS = 60_000


class Safety(QObject):
    """Backs up the window's open project and offers its backups back.

    ``schedule``: when to back up; None, the preferences' schedule as it is when a backup falls due.
    """

    def __init__(self, window: QMainWindow, project: Callable[[], Project | None], reopen: Callable[[Path], bool],
                 close: Callable[[], None], schedule: BackupSchedule | None = None):
        super().__init__(window)
        self.window, self.project, self.reopen, self.close = window, project, reopen, close
        self.schedule, self._task = schedule, None
        self._timer = QTimer(self, interval=CHECK_EVERY_MS, timeout=self.back_up_if_due)
        self.banner = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.banner.setContentsMargins(10, 4, 10, 4)
        self.banner.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; }")
        self.banner_bar = QToolBar(window)
        self.banner_bar.setObjectName("read_only_banner")
        self.banner_bar.setMovable(False)
        self.banner_bar.addWidget(self.banner)
        window.addToolBarBreak()
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.banner_bar)
        self.banner_bar.hide()
        self._project: Project | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.banner.setAccessibleName(tr("Read-only notice"))
        self.banner_bar.setWindowTitle(tr("Read-only"))
        self._show_banner(self._project)

    def _show_banner(self, project: Project | None) -> None:
        read_only = project is not None and project.read_only
        self.banner.setText(read_only_reason(getattr(project, "read_only_reason", None)) if read_only else "")
        self.banner_bar.setVisible(read_only)

    def project_opened(self, project: Project | None) -> None:
        """Show or hide the banner; start backing up a writable project."""
        self._project = project
        read_only = project is not None and project.read_only
        self._show_banner(project)
        if project is None or read_only:
            self._timer.stop()
            return
        self._timer.start()
        QTimer.singleShot(2000, self.back_up_if_due)  # after the first frames, not before them

    @Slot()
    def back_up_if_due(self) -> None:
        project = self.project()
        if project is None or project.read_only or self._task is not None:
            return
        from timeline_app.store.backup import backup_if_due  # the backup code loads with the first backup, after start

        schedule = self.schedule if self.schedule is not None else backup_schedule()
        self._task = task = Background(lambda cancelled: backup_if_due(project, schedule), self)
        task.succeeded.connect(self._done)
        task.failed.connect(lambda message: (self._done(None), self.window.statusBar().showMessage(
            tr("Backup failed: {}").format(message))))
        task.start()

    def _done(self, made) -> None:
        self._task = None
        if made:
            self.window.statusBar().showMessage(tr("Backed up to {}").format(Path(made).name), 4000)

    @Slot()
    def restore(self) -> None:
        """Choose one of the project's backups and put it in place of the project."""
        project = self.project()
        if project is None:
            return
        from timeline_app.store.backup import list_backups, restore_backup  # loaded when first asked for

        backups = [b for b in list_backups(project.path) if b.good]
        if not backups:
            warn(self.window, tr("Restore from Backup"),
                 tr("{}: there are no usable backups of this project yet.").format(project.path))
            return
        locale = QLocale()
        labels = [tr("{} — {} MB", "when a backup was made, and its size").format(
                  locale.toString(b.time.astimezone().replace(tzinfo=None),
                                  tr("d MMM yyyy, HH:mm:ss", "a Qt date format: when a backup was made")),
                  locale.toString(b.size / 2**20, "f", 1)) for b in backups]
        choice, ok = QInputDialog.getItem(self.window, tr("Restore from Backup"), tr("Restore the project as it was on:"),
                                          labels, 0, False)
        if not ok:
            return
        backup = backups[labels.index(choice)]
        question = tr("Put the backup of {} in place of {}?\n\n"
                      "The current file is kept beside it, renamed “…damaged-<time>”, and nothing is deleted."
                      ).format(choice, project.path.name)
        if QMessageBox.question(self.window, tr("Restore from Backup"), literal(question)) \
                != QMessageBox.StandardButton.Yes:
            return
        path = project.path
        self.close()
        try:
            restore_backup(backup.path, path)
        except Exception as exc:  # noqa: BLE001 - a ProjectError or OSError, said in one line
            warn(self.window, tr("Restore from Backup"), translated(user_message(exc, path)))
        self.reopen(path)


def read_only_reason(reason: Message | None) -> str:
    """The banner's line: the store's reason for opening the project read-only, translated."""
    return translated(reason) if reason else tr("Opened read-only: changes cannot be saved")
