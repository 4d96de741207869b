"""Files dropped on the main window: projects open, other files are imported once the user agrees."""

import sqlite3

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from timeline_app.io.demo import create_demo
from timeline_app.ui.drop import install_drop_support, is_project_file

COPY = Qt.DropAction.CopyAction




def mime(*urls) -> QMimeData:
    data = QMimeData()
    data.setUrls([u if isinstance(u, QUrl) else QUrl.fromLocalFile(str(u)) for u in urls])
    return data


def drag_enter(window, *urls) -> bool:
    data = mime(*urls)  # the event does not own it: keep it alive while the event is delivered
    event = QDragEnterEvent(QPoint(20, 20), COPY, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def drop(window, *urls) -> bool:
    """A drag entering the window and dropping there: Qt delivers a drop only to the widget that
    accepted the drag's entry."""
    drag_enter(window, *urls)
    data = mime(*urls)
    event = QDropEvent(QPointF(20, 20), COPY, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event.isAccepted()


class Calls:
    def __init__(self, opens=True):
        self.opened, self.imported, self._opens = [], [], opens

    def open_project(self, path):
        self.opened.append(path)
        return self._opens

    def import_files(self, paths):
        self.imported.append(paths)


@pytest.fixture
def calls(window):
    calls = Calls()
    window.removeEventFilter(window.drop_support)  # the window's own, which would act on the drop too
    window.drop_support = install_drop_support(window, calls.open_project, calls.import_files)
    return calls


@pytest.fixture
def csv_file(tmp_path):
    path = tmp_path / "events.csv"
    path.write_text("date,title\n2025-12-14,Talks\n", encoding="utf-8")
    return path


@pytest.fixture
def open_demo(window, tmp_path):
    path = tmp_path / "story.tlproj"
    create_demo(path).close()
    assert window.open_project_file(path)
    return path


def confirmation(qtbot, window) -> QMessageBox:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "confirm_drop_import") is not None)
    box = window.findChild(QMessageBox, "confirm_drop_import")
    qtbot.waitExposed(box)
    return box


def click(qtbot, box: QMessageBox, text: str) -> None:
    button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_dropping_a_project_file_opens_it(qtbot, window, calls, tmp_path):
    project = tmp_path / "story.tlproj"
    project.write_bytes(b"")
    assert drag_enter(window, project)
    assert window.statusBar().currentMessage() == "Drop to open story.tlproj"
    assert drop(window, project)
    qtbot.waitUntil(lambda: calls.opened == [project])
    assert calls.imported == []


def test_a_project_without_its_suffix_is_told_by_its_sqlite_header(qtbot, window, calls, tmp_path):
    renamed = tmp_path / "story-backup"
    sqlite3.connect(renamed).execute("CREATE TABLE t (x)").connection.close()
    assert is_project_file(renamed) and not is_project_file(tmp_path / "missing")
    assert drop(window, renamed)
    qtbot.waitUntil(lambda: calls.opened == [renamed])


def test_a_dropped_project_really_opens_in_the_window(qtbot, window, tmp_path):
    path = tmp_path / "dropped.tlproj"
    create_demo(path).close()
    assert drop(window, path)  # the window's own drop support, as wired by the main window
    qtbot.waitUntil(lambda: window.project is not None)
    assert window.project.path == path


def test_dropping_a_csv_asks_then_imports(qtbot, window, calls, open_demo, csv_file):
    assert drag_enter(window, csv_file)
    assert drop(window, csv_file)
    box = confirmation(qtbot, window)
    assert "events.csv" in box.informativeText()
    assert f"“{window.project.name}”" in box.text()
    assert calls.imported == []  # nothing before the answer
    click(qtbot, box, "Import")
    qtbot.waitUntil(lambda: calls.imported == [[csv_file]])
    assert calls.opened == []


def test_declining_the_import_imports_nothing(qtbot, window, calls, open_demo, csv_file):
    drop(window, csv_file)
    box = confirmation(qtbot, window)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "confirm_drop_import") is None)
    assert calls.imported == []
    assert window.statusBar().currentMessage() == "Nothing imported"


def test_a_project_and_a_csv_open_the_project_then_ask(qtbot, window, calls, open_demo, csv_file, tmp_path):
    project = tmp_path / "other.tlproj"
    project.write_bytes(b"")
    drop(window, csv_file, project)
    box = confirmation(qtbot, window)
    assert calls.opened == [project]
    click(qtbot, box, "Import")
    qtbot.waitUntil(lambda: calls.imported == [[csv_file]])


def test_no_import_without_an_open_project(qtbot, window, calls, csv_file):
    assert drop(window, csv_file)
    qtbot.waitUntil(lambda: "Open or create a project first" in window.statusBar().currentMessage())
    assert window.findChild(QMessageBox, "confirm_drop_import") is None
    assert calls.imported == []


def test_a_project_that_fails_to_open_stops_the_rest(qtbot, window, csv_file, tmp_path):
    calls = Calls(opens=False)
    window.removeEventFilter(window.drop_support)
    window.drop_support = install_drop_support(window, calls.open_project, calls.import_files)
    project = tmp_path / "broken.tlproj"
    project.write_bytes(b"junk")
    drop(window, project, csv_file)
    qtbot.waitUntil(lambda: calls.opened == [project])
    qtbot.wait(20)
    assert window.findChild(QMessageBox, "confirm_drop_import") is None and calls.imported == []


@pytest.mark.parametrize("url", ["folder", QUrl("https://example.org/story.tlproj"), "missing.csv"])
def test_folders_remote_and_missing_files_are_refused(qtbot, window, calls, tmp_path, url):
    (tmp_path / "folder").mkdir()
    target = url if isinstance(url, QUrl) else tmp_path / url
    assert not drag_enter(window, target)
    assert not drop(window, target)
    qtbot.wait(20)
    assert calls.opened == [] and calls.imported == []
    assert window.findChild(QMessageBox, "confirm_drop_import") is None


def test_the_window_accepts_drops(window, calls):
    assert window.acceptDrops()


def test_a_file_dragged_over_the_timeline_or_the_start_page_reaches_the_window(qtbot, window, calls, open_demo,
                                                                               csv_file):
    """A real drag enters the widget under the cursor; those that do not take files pass it up."""
    assert drag_enter(window.workspace.view, csv_file)
    window.close_project()
    assert drag_enter(window.empty_state, csv_file)
