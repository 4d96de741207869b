"""The main window as a user meets it: starting, opening, creating, copying and closing projects."""

import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from timeline_app import app
from timeline_app.cli import project_info
from timeline_app.domain.timeline.items import Grouping
from timeline_app.store import crud
from timeline_app.store.db import create_project, known_revisions, open_project
from timeline_app.ui import main_window as main_window_module
from timeline_app.ui import settings


def new_project_file(path: Path, **kwargs) -> Path:
    create_project(path, **kwargs).close()
    return path


def figures(path: Path) -> dict:
    project = open_project(path, read_only=True)
    try:
        info = project_info(project)
    finally:
        project.close()
    return info["counts"] | {"denials": info["relations_by_type"].get("denies", 0)}


@pytest.fixture
def warnings(monkeypatch):
    """Captures the messages of warning boxes instead of showing them."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


@pytest.fixture
def save_dialog(monkeypatch):
    """Answers every save dialog with the path the test puts in the returned list."""
    answer = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(answer[0]), ""))
    return answer


def test_first_run_opens_the_demo_from_the_data_folder(window, tmp_path):
    app.open_at_start(window, None)
    demo = Path(app.demo_path())
    assert demo.parent.name == "timeline_app" and demo.is_relative_to(Path.home())
    assert window.project.path == demo
    assert window.windowTitle() == "demo — timeline_app"
    expected = figures(demo)
    assert f"Events: {expected['events']}\nClaims: {expected['claims']}" in window.counts_label.toolTip()
    assert window.counts_label.text().startswith(f"{expected['events']} events · {expected['claims']} claims")
    shown = window.workspace.view.data()
    assert (shown.n_events, len(shown) - shown.n_events) == (expected["events"], expected["claims"])
    assert window.workspace.page.isVisible() and not window.empty_state.isVisible()
    assert window.save_state_label.text() == "All changes saved"


def test_next_start_reopens_the_last_project(make_window, tmp_path):
    story = new_project_file(tmp_path / "story.tlproj")
    first = make_window()
    assert first.open_project_file(story)
    first.close()
    second = make_window()
    app.open_at_start(second, None)
    assert second.project.path == story


def test_a_path_given_at_start_wins(window, tmp_path):
    story = new_project_file(tmp_path / "story.tlproj")
    app.open_at_start(window, story)
    assert window.windowTitle() == "story — timeline_app"
    assert window.windowFilePath() == str(story)


def test_opening_a_file_that_is_no_project_warns_and_keeps_the_open_one(window, tmp_path, warnings):
    story = new_project_file(tmp_path / "story.tlproj")
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert window.open_project_file(story)
    assert not window.open_project_file(notes)
    assert warnings == [f"{notes}: not a timeline_app project (not an SQLite database)"]
    assert window.project.path == story
    assert window.windowTitle() == "story — timeline_app"


def test_a_damaged_project_warns_in_one_line_and_keeps_the_open_one(window, tmp_path, warnings):
    story = new_project_file(tmp_path / "story.tlproj")
    hollow = new_project_file(tmp_path / "hollow.tlproj")
    with closing(sqlite3.connect(hollow)) as con:
        con.execute("DROP TABLE event_tag")
        con.execute("DROP TABLE event_participant")
        con.execute("DROP TABLE event_source")
        con.execute("DROP TABLE event")
    window.open_project_file(story)
    assert not window.open_project_file(hollow)
    assert warnings == [f"{hollow}: the project file is damaged (missing tables: event)"]
    assert window.project.path == story


def test_a_file_name_that_looks_like_html_is_shown_literally(window, tmp_path, warnings):
    odd = new_project_file(tmp_path / "<b>odd<b>.tlproj")
    assert window.open_project_file(odd)
    assert window.windowTitle() == "<b>odd<b> — timeline_app"
    assert window.title_label.text() == "<b>odd<b>"
    assert window.title_label.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;b&gt;odd&lt;b&gt;" in window.counts_label.toolTip()
    assert not window.open_project_file(tmp_path / "<b>gone<b>.tlproj")
    assert "&lt;b&gt;gone" in warnings[0]


def test_file_menu_offers_the_standard_shortcuts(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert texts == ["&New…", "New &Window", "&Open…", "Open &Shared Project…", "Open &Recent", "Save a &Copy As…",
                     "&Publish to Server…", "Copy to &Local Project…", "&Close", "&Import…", "&Export…",
                     "Export &PDF…", "&Print…", "&Restore from Backup…", "&Quit"]
    for action, key in ((window.new_action, QKeySequence.StandardKey.New),
                        (window.open_action, QKeySequence.StandardKey.Open),
                        (window.save_copy_action, QKeySequence.StandardKey.SaveAs),
                        (window.close_action, QKeySequence.StandardKey.Close)):
        assert action.shortcuts() == QKeySequence.keyBindings(key)
    assert window.new_action.shortcut() == QKeySequence("Ctrl+N")
    assert QKeySequence("Ctrl+Q") in window.quit_action.shortcuts()


def test_new_creates_an_empty_project_and_opens_it(window, tmp_path, save_dialog):
    save_dialog.append(tmp_path / "story")
    window.new_action.trigger()
    assert window.project.path == tmp_path / "story.tlproj"
    assert window.windowTitle() == "story — timeline_app"
    assert window.counts_label.text() == "0 events · 0 claims · 0 denials"
    assert "Dates: no dates yet" in window.counts_label.toolTip()


def test_new_never_overwrites(window, tmp_path, save_dialog, warnings):
    taken = tmp_path / "taken.tlproj"
    taken.write_text("precious")
    save_dialog.append(taken)
    window.new_action.trigger()
    assert "exists already" in warnings[0]
    assert taken.read_text() == "precious"


def test_open_asks_for_a_project_file(window, tmp_path, monkeypatch):
    story = new_project_file(tmp_path / "story.tlproj")
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: asked.append(a) or (str(story), ""))
    window.open_action.trigger()
    assert window.project.path == story
    assert asked[0][3] == "timeline_app projects (*.tlproj);;All files (*)"


def test_save_a_copy_writes_a_project_that_opens(window, tmp_path, save_dialog):
    window.open_demo()
    save_dialog.append(tmp_path / "copy.tlproj")
    window.save_copy_action.trigger()
    assert figures(tmp_path / "copy.tlproj") == figures(app.demo_path())
    assert window.project.path == app.demo_path()
    assert str(tmp_path / "copy.tlproj") in window.statusBar().currentMessage()


def test_close_shows_the_empty_state_which_offers_the_demo(window, qtbot, tmp_path):
    window.open_project_file(new_project_file(tmp_path / "story.tlproj"))
    with qtbot.waitSignal(window.project_changed):
        window.close_action.trigger()
    assert window.project is None
    assert window.empty_state.isVisible() and not window.workspace.page.isVisible()
    assert window.workspace.view.data() is None
    assert window.title_label.text() == "" and window.counts_label.toolTip() == ""
    assert window.windowTitle() == "timeline_app"
    assert not window.save_copy_action.isEnabled() and not window.close_action.isEnabled()
    qtbot.mouseClick(window.empty_state.buttons["Open the Demo"], Qt.MouseButton.LeftButton)
    assert window.project.name == "demo"


def test_recent_projects_persist_across_windows(make_window, tmp_path):
    first = make_window()
    older, newer = (new_project_file(tmp_path / f"{n}.tlproj") for n in ("older", "newer"))
    first.open_project_file(older)
    first.open_project_file(newer)
    first.close()
    second = make_window()
    assert second.recent_menu.paths() == [newer, older]
    newer.unlink()
    second.recent_menu.refresh()
    assert second.recent_menu.paths() == [older]
    second.recent_menu.actions()[0].trigger()
    assert second.project.path == older


def test_recent_projects_keep_ten_and_clear(window, tmp_path):
    paths = [new_project_file(tmp_path / f"p{i}.tlproj") for i in range(12)]
    for path in paths:
        window.open_project_file(path)
    assert window.recent_menu.paths() == paths[::-1][:10]
    clear = window.recent_menu.actions()[-1]
    assert clear.text() == "&Clear Recent"
    clear.trigger()
    assert window.recent_menu.paths() == []


def test_window_size_persists(make_window, qtbot):
    first = make_window()
    first.resize(700, 500)
    qtbot.waitUntil(lambda: first.size() == QSize(700, 500))
    first.close()
    assert make_window().size() == QSize(700, 500)


def test_read_only_project_says_so(window, tmp_path, monkeypatch):
    story = new_project_file(tmp_path / "story.tlproj")
    monkeypatch.setattr(main_window_module, "open_project", lambda p: open_project(p, read_only=True))
    window.open_project_file(story)
    assert window.windowTitle() == "story — timeline_app [read-only]"
    assert window.save_state_label.text() == "Read-only"


def test_upgrading_an_older_project_names_the_backup(window, tmp_path):
    old = new_project_file(tmp_path / "old.tlproj", revision=known_revisions()[0])
    window.open_project_file(old)
    assert window.project.upgraded_from == known_revisions()[0]
    assert window.project.backup_path.name in window.statusBar().currentMessage()


def test_quit_closes_the_window_and_remembers_the_project(window, tmp_path):
    story = new_project_file(tmp_path / "story.tlproj")
    window.open_project_file(story)
    window.quit_action.trigger()
    assert not window.isVisible() and window.project is None
    assert settings.last_project() == story


def test_view_menu_shows_and_hides_the_docks_zooms_and_groups(window):
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["&File", "&Edit", "&View", "&Insert", "&Claim", "&Help"]
    texts = [a.text() for a in menus["&View"].actions() if not a.isSeparator()]
    assert texts == ["Source Text", "Open &Source…", "Claims", "Details", "Undated", "Timeline", "&Find Claims…",
                     "Zoom &In", "Zoom &Out", "&Fit All", "Zoom to &Selection", "Lanes by Party", "Lanes by Tag",
                     "Single lane"]
    workspace = window.workspace
    assert (workspace.details_dock.objectName(), workspace.undated_dock.objectName()) == ("details_dock", "undated_dock")
    assert workspace.toolbar.objectName() == "timeline_toolbar"
    workspace.details_dock.toggleViewAction().trigger()
    assert not workspace.details_dock.isVisible()


def test_the_docks_stay_where_the_user_left_them(make_window):
    first = make_window()
    first.workspace.undated_dock.toggleViewAction().trigger()
    first.close()
    second = make_window()
    assert not second.workspace.undated_dock.isVisible() and second.workspace.details_dock.isVisible()


def test_each_project_reopens_with_its_lanes_and_visible_range(make_window, tmp_path):
    first = make_window()
    first.open_demo()
    view = first.workspace.view
    first.workspace.toolbar.set_grouping(Grouping.TAG)
    view.set_lane_state({"collapsed": [], "hidden": [view.lane_index().lanes[0].key], "order": []})
    view.go_to(1765000000.0, 1766000000.0)
    kept = (view.visible_range(), view.lane_state())
    first.open_project_file(new_project_file(tmp_path / "story.tlproj"))
    assert first.workspace.view.grouping() is Grouping.PARTY  # a project without saved lanes: the preferred grouping
    first.close()
    second = make_window()
    second.open_demo()
    assert second.workspace.view.grouping() is Grouping.TAG
    assert (second.workspace.view.visible_range(), second.workspace.view.lane_state()) == kept
    assert second.workspace.toolbar.lanes_combo.currentText() == "Tag"


def test_undated_items_are_listed_in_their_dock(window, tmp_path):
    story = create_project(tmp_path / "story.tlproj")
    with story.session() as session:
        crud.create_event(session, title="Some meeting")
        session.commit()
    story.close()
    window.open_project_file(tmp_path / "story.tlproj")
    assert window.workspace.undated_dock.windowTitle() == "Undated (1)"
    assert window.workspace.undated.list.item(0).text() == "Event: Some meeting"


def test_a_read_only_project_shows_a_banner_and_refuses_imports(window, tmp_path, monkeypatch):
    from timeline_app.store import db

    story = new_project_file(tmp_path / "story.tlproj")
    monkeypatch.setattr(db, "_can_write", lambda path: False)
    assert window.open_project_file(story)
    assert window.project.read_only and window.safety.banner_bar.isVisible()
    assert "read-only" in window.safety.banner.text().lower()
    assert window.safety.banner.textFormat() == Qt.TextFormat.PlainText
    assert not window.exchange.import_action.isEnabled() and window.exchange.pdf_action.isEnabled()
    assert not window.restore_action.isEnabled()


def test_restore_from_backup_puts_the_backup_in_place_and_keeps_the_current_file(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from sqlmodel import select

    from timeline_app.store.backup import make_backup
    from timeline_app.store.models import Event

    story = new_project_file(tmp_path / "story.tlproj")
    assert window.open_project_file(story)
    make_backup(window.project)
    with window.project.session() as s:
        s.add(Event(title="Added after the backup"))
        s.commit()
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *a: (items[0], True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.restore_action.trigger()
    assert window.project is not None and window.project.path == story
    with window.project.session() as s:
        assert s.exec(select(Event)).all() == []
    assert [p for p in tmp_path.iterdir() if "damaged" in p.name]  # the newer file was kept aside


def test_new_window_shows_a_second_project_beside_the_first(window, qtbot, tmp_path):
    story = new_project_file(tmp_path / "story.tlproj")
    window.open_project_file(story)
    assert window.new_window_action.shortcut() == QKeySequence("Ctrl+Alt+N")
    window.new_window_action.trigger()
    others = [w for w in app._OTHER_WINDOWS if w is not window]
    assert len(others) == 1 and others[0].isVisible() and others[0].project is None
    second = others[0]
    assert second.pos() == window.pos() + QPoint(app.CASCADE, app.CASCADE)
    second.open_demo()
    assert (window.project.path, second.project.path) == (story, app.demo_path())
    assert window.workspace.view.data() is not second.workspace.view.data()
    second.close()
    qtbot.waitUntil(lambda: not app._OTHER_WINDOWS)  # deleted on close, and let go
    assert window.project.path == story and window.isVisible()


def test_quit_closes_every_window(window, qtbot):
    second = app.open_new_window(window)
    window.quit_action.trigger()
    assert not window.isVisible() and not second.isVisible()


def test_opening_waits_on_a_worker_and_the_window_keeps_painting(window, qtbot, tmp_path, monkeypatch):
    """A slow open (a large project): timers and paints go on; after a moment a busy dialog
    offers Cancel, which keeps the open project and lets the late one go."""
    story = new_project_file(tmp_path / "story.tlproj")
    window.open_project_file(story)
    slow, closed, ticks = new_project_file(tmp_path / "slow.tlproj"), [], []
    real_open = main_window_module.open_project

    def slow_open(path):
        time.sleep(1.0)
        project = real_open(path)
        real_close = project.close
        project.close = lambda: (closed.append(path), real_close())
        return project

    monkeypatch.setattr(main_window_module, "open_project", slow_open)
    ticker = QTimer(interval=20, timeout=lambda: ticks.append(time.perf_counter()))
    ticker.start()

    def cancel_when_asked():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, cancel_when_asked)
            return
        assert "slow.tlproj" in dialog.labelText()
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)  # Cancel

    QTimer.singleShot(0, cancel_when_asked)
    assert window.open_project_file(slow) is False
    ticker.stop()
    assert window.project.path == story
    assert "cancelled" in window.statusBar().currentMessage()
    assert len(ticks) >= 5 and max(b - a for a, b in zip(ticks, ticks[1:])) < 0.1  # never frozen
    qtbot.waitUntil(lambda: closed == [slow], timeout=3000)
