"""Long work (large imports, exports, previews) off the UI thread, with progress and Cancel.

The work runs in Qt's thread pool with its own database connection (the project's engine gives
each thread its own) and reports back through queued signals, so the window keeps painting.
Cancel sets a flag the work checks before it commits or renames anything: a cancelled import or
export leaves nothing half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from timeline_app.errors import USER_ERRORS, user_message
from timeline_app.io.errors import Cancelled
from timeline_app.ui.i18n import tr


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


#: Jobs still running: held here so that neither a job nor its relay is collected while its
#: thread runs, even when the widget that started it has gone (a closed dialog's preview).
_RUNNING: set["_Job"] = set()


class _Job(QRunnable):
    def __init__(self, work: Callable[[Callable[[], bool]], Any], relay: _Relay, stop: threading.Event):
        super().__init__()
        self.work, self.relay, self.stop = work, relay, stop

    def run(self) -> None:
        try:
            self._run()
        finally:
            _RUNNING.discard(self)

    def _run(self) -> None:
        try:
            result = self.work(self.stop.is_set)
        except Cancelled:
            self.relay.cancelled.emit()
        except USER_ERRORS as exc:
            self.relay.failed.emit(user_message(exc))
        except Exception as exc:  # noqa: BLE001 - a worker must always answer; shown as one line
            self.relay.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.relay.succeeded.emit(result)


class Background(QObject):
    """One piece of work in the background; ``work(cancelled)`` gets a callable to poll."""

    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Callable[[Callable[[], bool]], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._relay = _Relay()  # no parent: it outlives this object if the work does
        self._relay.succeeded.connect(self.succeeded, Qt.ConnectionType.QueuedConnection)
        self._relay.failed.connect(self.failed, Qt.ConnectionType.QueuedConnection)
        self._relay.cancelled.connect(self.cancelled, Qt.ConnectionType.QueuedConnection)
        self._job = _Job(work, self._relay, self._stop)
        self._job.setAutoDelete(False)

    def start(self) -> None:
        _RUNNING.add(self._job)
        QThreadPool.globalInstance().start(self._job)

    @Slot()
    def cancel(self) -> None:
        self._stop.set()


def run_with_progress(parent: QWidget, label: str, work: Callable[[Callable[[], bool]], Any],
                      done: Callable[[Any], None], failed: Callable[[str], None]) -> Background:
    """Run ``work`` in the background behind a busy dialog with Cancel (shown after 300 ms)."""
    task = Background(work, parent)
    dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.canceled.connect(task.cancel)
    dialog.canceled.connect(lambda: dialog.setLabelText(tr("Cancelling…")))

    def finish(callback, *args) -> None:
        dialog.reset()
        dialog.deleteLater()
        task.deleteLater()
        callback(*args)

    task.succeeded.connect(lambda result: finish(done, result))
    task.failed.connect(lambda message: finish(failed, message))
    task.cancelled.connect(lambda: finish(lambda: None))
    QTimer.singleShot(0, task.start)
    return task
