"""Long work (opening large projects, imports, exports, previews) off the UI thread, with progress and Cancel.

The work runs in Qt's thread pool with its own database connection (the project's engine gives
each thread its own) and reports back through queued signals, so the window keeps painting.
Cancel sets a flag the work checks before it commits or renames anything: a cancelled import or
export leaves nothing half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from timeline_app.errors import USER_ERRORS, user_message
from timeline_app.io.errors import Cancelled
from timeline_app.ui.i18n import tr, translated

T = TypeVar("T")


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
            self.relay.failed.emit(translated(user_message(exc)))
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


class _Wake(QObject):
    done = Signal()


#: Threads for :func:`wait_for`: one job at a time per window is what the UI asks for.
_WAITING = ThreadPoolExecutor(max_workers=2, thread_name_prefix="timeline-app-wait")
#: How long :func:`wait_for` waits before it shows its busy dialog.
QUIET_MS = 300


def wait_for(parent: QWidget, label: str, work: Callable[[], T], abandon: Callable[[T], None]) -> T:
    """Run ``work`` on a worker thread and return its result (or raise what it raised) while the
    window goes on painting: for a call that is usually quick but can take seconds (opening a
    large project), where a callback would split one user action across the code.

    For the first :data:`QUIET_MS` only paint and timer events are handled here (keys and clicks
    wait, as they would during a quick call, so nothing can start a second action meanwhile);
    then a window-modal busy dialog with Cancel appears. Cancel raises :class:`Cancelled` at once;
    the work's result, when it comes, goes to ``abandon`` (on the worker thread) to be let go.
    """
    loop, wake = QEventLoop(), _Wake()
    wake.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)  # from the worker, into this loop
    future = _WAITING.submit(work)
    future.add_done_callback(lambda _done: wake.done.emit())
    quiet = QTimer(singleShot=True, interval=QUIET_MS)
    quiet.timeout.connect(loop.quit)
    quiet.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    quiet.stop()
    if not future.done():
        dialog = QProgressDialog(label, tr("Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(loop.quit)
        dialog.show()
        loop.exec()
        cancelled = dialog.wasCanceled() and not future.done()
        dialog.close()
        dialog.deleteLater()
        if cancelled:
            future.add_done_callback(lambda done: done.exception() is None and abandon(done.result()))
            raise Cancelled(tr("Cancelled"))
    return future.result()
