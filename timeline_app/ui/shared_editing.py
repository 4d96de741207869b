"""Working on a project others edit too: their changes appearing here, and saves that collide.

:class:`LiveUpdates` asks the project's change feed (``store.changes_feed``) twice a second what
others committed, and hands it to the same refresh the window runs after an edit of its own; on
a shared project the server's notification wakes it at once. When the feed cannot say what
changed (an import, another program), the window reads the project again.

:class:`ConflictDialog` is shown when a save was refused because someone else saved the same
record meanwhile: per field, what the user wanted and what is stored now, as plain text; the user
keeps theirs or their own. Nothing is overwritten without that choice.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer, Slot
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from timeline_app.commands.changes import Changes, poll_changes
from timeline_app.commands.conflicts import ConflictError, differences
from timeline_app.store.changes_feed import ChangeFeed
from timeline_app.store.db import Project
from timeline_app.ui.i18n import tr

#: How often the feed is asked when no notification can wake it (files), in milliseconds.
POLL_MS = 500


class LiveUpdates(QObject):
    """Follows one project's change feed: ``apply(changes)`` for known changes, ``reload()`` else."""

    def __init__(self, apply: Callable[[Changes], None], reload: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._apply, self._reload = apply, reload
        self._feed: ChangeFeed | None = None
        self._notifier: QSocketNotifier | None = None
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self.poll)

    def set_project(self, project: Project | None) -> None:
        """Follow ``project`` (None: nothing); the previous feed is closed."""
        self._stop()
        if project is None:
            return
        self._feed = ChangeFeed(project)
        self._timer.start()
        self._watch_socket()

    def _watch_socket(self) -> None:
        """On a server, the notification's socket wakes :meth:`poll` at once (it may change when
        the feed reconnects: watched afresh after each poll)."""
        fileno = self._feed.fileno() if self._feed is not None else None
        if self._notifier is not None and (fileno is None or self._notifier.socket() != fileno):
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if fileno is not None and self._notifier is None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self.poll)

    @Slot()
    def poll(self) -> None:
        if self._feed is None:
            return
        try:
            changes = poll_changes(self._feed)
        except Exception:  # noqa: BLE001 - the server went away for a moment: the next poll tries again
            return
        self._watch_socket()
        if changes.everything:
            self._reload()
        elif changes:
            self._apply(changes)

    def _stop(self) -> None:
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._feed is not None:
            self._feed.close()
            self._feed = None


class ConflictDialog(QDialog):
    """Both versions of a record two people saved; accepted: keep mine, rejected: keep theirs."""

    def __init__(self, conflict: ConflictError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Someone Else Saved This Meanwhile"))
        fields = differences(conflict)
        intro = QLabel(tr("While you were editing, someone else saved this record. Nothing of yours was saved yet.\n"
                          "Keep their version, or save yours over it (you can undo that).")
                       if not conflict.deleted else
                       tr("While you were editing, someone else deleted this record. Nothing of yours was saved."))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(fields), 3, self)
        self.table.setHorizontalHeaderLabels([tr("Field"), tr("Yours"), tr("Theirs (saved now)")])
        for row, versions in enumerate(fields):
            for column, value in enumerate((versions.column.replace("_", " "), versions.mine, versions.theirs)):
                item = QTableWidgetItem(_plain(value))  # table items never interpret markup
                item.setToolTip(_plain(value))
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox(self)
        self.keep_mine = buttons.addButton(tr("Save Mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_theirs = buttons.addButton(tr("Keep Theirs"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_mine.setEnabled(not conflict.deleted)
        self.keep_theirs.setDefault(True)  # the safe choice: nothing written
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 320)


def _plain(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
