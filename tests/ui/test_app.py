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
