"""The composition root: creates the application, builds the main window and wires it up.

Nothing else creates top-level objects or decides where the demo lives, so a test can build the
same window as a user gets by calling :func:`build_main_window`.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from platformdirs import user_data_dir

# Start-up creates some 150,000 objects that live as long as the program (modules, classes, the
# ORM's tables); the cyclic garbage collector would scan them again and again while they load and
# once more at exit. It rests while they load, and gc.freeze() then leaves them out of later
# collections (a fifth of a second at start-up and at exit).
gc.disable()
try:
    # The store and its SQL libraries load before Qt: PySide6 hooks every import made after it (to
    # offer snake_case names), which costs a tenth of a second at start-up for modules that never
    # touch Qt. The SQLite dialect too, which the first database opened would load.
    import sqlalchemy.dialects.sqlite  # noqa: F401,E402,I001
    import timeline_app.store.claims_query  # noqa: F401,E402
    import timeline_app.store.timeline_query  # noqa: F401,E402
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QTimer  # noqa: E402
    from PySide6.QtGui import QGuiApplication, QIcon  # noqa: E402
    from PySide6.QtWidgets import QApplication  # noqa: E402

    from timeline_app import APP_ID, APP_NAME, PROJECT_SUFFIX, __version__  # noqa: E402
    from timeline_app.ui import i18n, settings  # noqa: E402
    from timeline_app.ui.main_window import MainWindow  # noqa: E402
finally:
    gc.freeze()
    gc.enable()

DEMO_FILE = f"demo{PROJECT_SUFFIX}"


def set_identity() -> None:
    """Name the application so that settings, desktop integration and Wayland agree on APP_ID.

    QSettings files settings under the organisation: on Linux and Windows that is the reverse-DNS
    id itself (``~/.config/org.timelineapp.TimelineApp/timeline_app.conf``); macOS builds its id
    from the organisation domain.
    """
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setOrganizationDomain(".".join(reversed(APP_ID.split(".")[:2])))
    QGuiApplication.setDesktopFileName(APP_ID)
    QGuiApplication.setWindowIcon(app_icon())


def demo_path() -> Path:
    """The demo project in the user's data folder, built from the seed data on first use."""
    path = Path(user_data_dir(APP_NAME, appauthor=False)) / DEMO_FILE
    if not path.exists():
        from timeline_app.io.demo import create_demo  # the importers load only on first run

        path.parent.mkdir(parents=True, exist_ok=True)
        create_demo(path).close()
    return path


def app_icon() -> QIcon:
    """The icon from the desktop's theme when installed, else the one beside the package."""
    bundled = Path(__file__).resolve().parent.parent / "resources" / "icons" / "timeline_app.svg"
    return QIcon.fromTheme(APP_ID, QIcon(str(bundled)) if bundled.exists() else QIcon())


def build_main_window() -> MainWindow:
    """The main window in the language the preferences ask for (the system's by default)."""
    i18n.install(settings.language())
    return MainWindow(demo_path=demo_path, new_window=open_new_window)


#: Windows opened with File → New Window, held until they close (Qt does not keep them alive).
_OTHER_WINDOWS: set[MainWindow] = set()
#: Each new window starts this far right and down of the one it was opened from.
CASCADE = 32


def open_new_window(beside: MainWindow) -> MainWindow:
    """Another main window, empty, cascaded from ``beside``; it goes when it is closed. Each
    window has its own project, undo history and view; preferences are shared."""
    window = MainWindow(demo_path=demo_path, new_window=open_new_window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _OTHER_WINDOWS.add(window)
    window.destroyed.connect(lambda: _OTHER_WINDOWS.discard(window))
    window.resize(beside.size())
    window.move(beside.pos() + QPoint(CASCADE, CASCADE))
    window.show()
    return window


def open_at_start(window: MainWindow, project_path: Path | None, *, demo: bool = False) -> None:
    """Open what the user asked for, else the project open last time, else the demo."""
    if demo:
        window.open_demo()
        return
    if project_path is not None:
        window.open_project_file(project_path)
        return
    last = settings.last_project()
    if last is None or not window.open_project_file(last):
        window.open_demo()


def run_gui(project_path: Path | None, *, demo: bool = False) -> int:
    """Show the main window and run the event loop; returns its exit code."""
    # Qt reads its own options from argv; ours were parsed by the cli already
    app = QApplication.instance() or QApplication(sys.argv[:1])
    set_identity()
    from timeline_app.ui.preferences import apply_theme

    apply_theme()  # the saved theme; "system" leaves Qt's own palette
    window = build_main_window()
    window.show()
    opener = FileOpener(window, app)
    app.installEventFilter(opener)
    # from inside the event loop: the window paints while the project opens on a worker thread
    QTimer.singleShot(0, lambda: open_at_start(window, project_path, demo=demo))
    try:
        return app.exec()
    finally:
        app.removeEventFilter(opener)


class FileOpener(QObject):
    """Projects the desktop asks the running program to open: on macOS a double-click in the
    Finder (or a file dropped on the Dock icon) arrives as a QFileOpenEvent, not as an argument.
    The first window opens it when it has no project yet, else a new window does."""

    def __init__(self, window: MainWindow, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        location = event.file() or event.url().toString()
        if location:
            target = self._window if self._window.project is None else open_new_window(self._window)
            target.open_project_file(location)
        return True
