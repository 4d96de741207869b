"""The window's File menu for shared projects: open one by address, publish a local project to a
server and copy a shared one back to a file, as a user does it (the address typed in a dialog)."""

import pytest
from PySide6.QtWidgets import QInputDialog

from timeline_app import app
from sqlmodel import func, select

from timeline_app.store.db import open_project
from timeline_app.store.models import Claim
from timeline_app.ui import main_window as main_window_module
from timeline_app.ui import settings
from timeline_app.ui.i18n import install


@pytest.fixture
def window(qtbot, qapp):
    app.set_identity()
    install("en")
    made = app.build_main_window()
    qtbot.addWidget(made)
    made.show()
    return made


@pytest.fixture
def typed(monkeypatch):
    """What the user types into the address dialog, one entry per question."""
    answers = []
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (answers.pop(0), True))
    return answers


@pytest.fixture
def warnings(monkeypatch):
    seen = []
    monkeypatch.setattr(main_window_module, "warn", lambda parent, title, text: seen.append(text))
    return seen


def test_open_shared_project_by_address(window, typed, shared_demo):
    typed.append(shared_demo)
    window.open_shared_action.trigger()
    assert window.project.shared and window.project.address == shared_demo
    assert window.windowTitle().startswith(f"{window.project.name} ({shared_demo})")
    assert len(window.workspace.view.data()) == 20  # the demo's 8 events and 12 claims
    assert not window.restore_action.isEnabled() and window.copy_local_action.isEnabled()
    assert not window.publish_action.isEnabled()
    assert str(settings.recent_projects()[0]) == str(settings.last_project())


def test_a_mistyped_address_is_explained_and_nothing_changes(window, typed, warnings, demo_project):
    window.open_project_file(demo_project.path)
    typed.append("postgresql://anna:secret@")
    window.open_shared_action.trigger()
    assert window.project.path == demo_project.path
    assert len(warnings) == 1 and "secret" not in warnings[0]


def test_publish_then_copy_back_round_trips(window, typed, qtbot, server_db, demo_project, tmp_path, monkeypatch):
    demo_path = demo_project.path
    demo_project.close()
    window.open_project_file(demo_path)
    typed.append(server_db)
    window.publish_action.trigger()
    qtbot.waitUntil(lambda: window.project is not None and window.project.shared, timeout=20000)
    assert len(window.workspace.view.data()) == 20
    copy = tmp_path / "back.tlproj"
    monkeypatch.setattr(main_window_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.copy_local_action.trigger()
    qtbot.waitUntil(lambda: "Copied to" in window.statusBar().currentMessage(), timeout=20000)
    local = open_project(copy)
    try:
        assert local.name == "back" and not local.shared
        with local.session() as session:
            assert session.exec(select(func.count()).select_from(Claim)).one() == 12
    finally:
        local.close()
    assert settings.recent_projects()[0] == copy
