"""Fixtures for widget tests: the application identity a user's session has, and main windows."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from timeline_app import app
from timeline_app.ui import i18n


@pytest.fixture(autouse=True)
def app_identity(qapp):
    """Name the test application as ``run_gui`` does, so QSettings finds the same keys."""
    before = (QCoreApplication.applicationName(), QCoreApplication.organizationName(),
              QCoreApplication.organizationDomain(), QGuiApplication.desktopFileName())
    app.set_identity()
    yield
    QCoreApplication.setApplicationName(before[0])
    QCoreApplication.setOrganizationName(before[1])
    QCoreApplication.setOrganizationDomain(before[2])
    QGuiApplication.setDesktopFileName(before[3])


@pytest.fixture(autouse=True)
def english_interface(qapp):
    """Every widget test starts in English, whatever the machine's locale, and leaves no translator
    behind for the next (a test may switch the language, as the preferences do)."""
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def make_window(qtbot):
    """Build main windows as the application does; qtbot closes them after the test."""

    def make():
        window = app.build_main_window()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()
