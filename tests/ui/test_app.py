"""The composition root: identity, what opens at start, and the event loop's exit code."""

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from timeline_app import APP_ID, app
from timeline_app.ui import settings
from timeline_app.ui.main_window import MainWindow


def test_settings_and_desktop_integration_use_the_app_id():
    assert Path(QSettings().fileName()).parent.name == APP_ID
    assert QSettings().format() == QSettings.Format.NativeFormat
    assert QGuiApplication.desktopFileName() == APP_ID


def test_run_gui_opens_the_demo_and_returns_the_loop_exit_code():
    titles = []

    def look_and_quit():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not any(w.project for w in windows):  # the demo opens once the loop runs
            QTimer.singleShot(10, look_and_quit)
            return
        titles.extend(w.windowTitle() for w in windows)
        QApplication.closeAllWindows()
        QApplication.exit(3)

    QTimer.singleShot(0, look_and_quit)
    # closing the last window would otherwise queue a quit that ends every later test's event loop
    QGuiApplication.setQuitOnLastWindowClosed(False)
    try:
        assert app.run_gui(None) == 3
    finally:
        QGuiApplication.setQuitOnLastWindowClosed(True)
    assert titles == ["demo — timeline_app"]
    assert settings.last_project() == app.demo_path()


def test_a_project_the_desktop_asks_to_open_opens_in_a_window(qtbot, tmp_path):
    """macOS sends a QFileOpenEvent for a double-clicked project: the empty first window takes it,
    a second one goes to a new window."""
    from PySide6.QtGui import QFileOpenEvent

    from timeline_app.store.db import create_project

    first, second = tmp_path / "first.tlproj", tmp_path / "second.tlproj"
    create_project(first).close()
    create_project(second).close()
    window = app.build_main_window()
    qtbot.addWidget(window)
    opener = app.FileOpener(window)
    assert opener.eventFilter(QApplication.instance(), QFileOpenEvent(str(first)))
    assert window.project.path == first
    assert opener.eventFilter(QApplication.instance(), QFileOpenEvent(str(second)))
    others = [w for w in app._OTHER_WINDOWS if w.project is not None]
    assert window.project.path == first and [w.project.path for w in others] == [second]
    for other in others:
        other.close()
