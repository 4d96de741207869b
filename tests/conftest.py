"""Test setup shared by the whole suite.

Qt runs headless (``offscreen``), and every test gets its own settings, data and home folders so
that no test sees another's recent projects or window geometry, nor the developer's own.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from timeline_app.io.demo import create_demo  # noqa: E402
from timeline_app.store.db import create_project  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    for name, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                      ("XDG_CACHE_HOME", ".cache")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / ".config"))
    return home


@pytest.fixture
def demo_project(tmp_path):
    """A freshly built demo project, closed again after the test."""
    project = create_demo(tmp_path / "demo.tlproj")
    yield project
    project.close()


@pytest.fixture
def empty_project(tmp_path):
    project = create_project(tmp_path / "empty.tlproj")
    yield project
    project.close()
