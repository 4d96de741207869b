"""The source reader: passages highlighted in their party's colour, claims and denials made of a
selected passage, orphaned passages listed, and code points kept apart from Qt's UTF-16."""

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM
from tests.ui.editing import OFFSCREEN_POPUPS
from tests.ui.editing.conftest import SOURCE, drag_select, key_of, press_ok, rows, shown, text_of
from timeline_app.domain.anchoring import text_sha256
from timeline_app.domain.timeline.items import Kind
from timeline_app.ui.dialogs.chooser import Chooser
from timeline_app.ui.dialogs.claim_dialog import ClaimDialog
from timeline_app.ui.dialogs.source_dialog import SourceDialog

pytestmark = OFFSCREEN_POPUPS
PASSAGE = "Positiv äußerte sich auch Russlands Unterhändler Dmitrijew"


def open_reader(window, source_id=SOURCE):
    window.editing.show_source(source_id)
    return window.editing.reader


def claim_id_of(project, proposition: str) -> str:
    (found,) = rows(project, "SELECT id FROM claim WHERE proposition = ?", proposition)
    return found[0]


def test_a_claim_made_from_a_passage_shows_everywhere_and_undo_and_redo_take_it_away_and_back(demo_window, qtbot):
    window, reader = demo_window, open_reader(demo_window)
    assert window.editing.reader_dock.isVisible() and not reader.new_claim_action.isEnabled()
    text = text_of(window.project, SOURCE)
    start = text.index(PASSAGE)
    drag_select(reader, start - 1, start + len(PASSAGE))  # the drag caught the space before it
    assert reader.new_claim_action.isEnabled()
    reader.new_claim_action.trigger()
    dialog = shown(window, ClaimDialog)
    assert dialog.quote.text() == PASSAGE and dialog.language.text() == "de"
    assert not dialog.ok_button.isEnabled() and "proposition" in dialog.problem.text()
    qtbot.keyClicks(dialog.proposition, "Dmitriev spoke positively of the talks")
    qtbot.keyClicks(dialog.claimant, "Dmitriev")
    qtbot.keyClicks(dialog.said.line, "gestern")
    assert dialog.said.feedback.text() == "gestern → 20 Dec 2025, day precision"  # the report is of 21 December
    qtbot.keyClicks(dialog.tags, "Statements, Russian side")
    press_ok(qtbot, dialog)

    claim_id = claim_id_of(window.project, "Dmitriev spoke positively of the talks")
    (annotation,) = rows(window.project, "SELECT exact, prefix, suffix, start, \"end\", text_sha256 FROM annotation "
                                         "WHERE claim_id = ?", claim_id)
    assert annotation == (PASSAGE, text[start - 32:start], text[start + len(PASSAGE):start + len(PASSAGE) + 32],
                          start, start + len(PASSAGE), text_sha256(text))
    assert rows(window.project, "SELECT said_edtf FROM claim WHERE id = ?", claim_id) == [("2025-12-20",)]
    view, panel = window.workspace.view, window.workspace.claims_panel
    assert window.workspace.selection.ids() == (claim_id,)
    key = key_of(view, claim_id)
    assert view.data().kind[key] == Kind.CLAIM and key in view.current_layout().positions
    assert view.lane_index().lane_of[key] == view.data().party[key] and panel.show_claim(claim_id)
    assert claim_id in {m.passage.record_id for m in reader.marks()}
    assert window.save_state_label.text() == "All changes saved" and "13 claims" in window.counts_label.text()

    assert window.editing.undo_action.text() == "Undo New claim"
    window.editing.undo_action.trigger()
    assert rows(window.project, "SELECT count(*) FROM claim WHERE id = ?", claim_id) == [(0,)]
    assert key_of(view, claim_id) is None and not panel.show_claim(claim_id)
    assert claim_id not in {m.passage.record_id for m in reader.marks()} and "12 claims" in window.counts_label.text()
    window.editing.redo_action.trigger()
    assert key_of(view, claim_id) is not None and panel.show_claim(claim_id)
    assert claim_id in {m.passage.record_id for m in reader.marks()}


def test_a_denial_of_a_selected_claim_is_a_claim_and_a_denies_link_in_one_step(demo_window, qtbot):
    window, reader = demo_window, open_reader(demo_window)
    window.workspace.selection.select([KYIV_CLAIM])
    text = text_of(window.project, SOURCE)
    start = text.index("Der Kreml dementierte")
    drag_select(reader, start, start + len("Der Kreml dementierte"))
    reader.denial_action.trigger()
    chooser = shown(window, Chooser)
    assert chooser.chosen().id == KYIV_CLAIM  # the selected claim is offered first
    press_ok(qtbot, chooser)
    dialog = shown(window, ClaimDialog)
    qtbot.keyClicks(dialog.proposition, "The Kremlin says there will be no direct talks")
    qtbot.keyClicks(dialog.claimant, "Kremlin")
    qtbot.keyClicks(dialog.said.line, "heute")
    press_ok(qtbot, dialog)

    denial = claim_id_of(window.project, "The Kremlin says there will be no direct talks")
    assert rows(window.project, "SELECT type, basis FROM claim_relation WHERE from_claim_id = ? AND to_claim_id = ?",
                denial, KYIV_CLAIM) == [("denies", "stated")]
    view = window.workspace.view
    links = [(link.source, link.target, link.type) for link in view.current_layout().links]
    assert (key_of(view, denial), key_of(view, KYIV_CLAIM), "denies") in links
    assert window.editing.undo_action.text() == "Undo New denial"
    window.editing.undo_action.trigger()
    assert rows(window.project, "SELECT count(*) FROM claim_relation WHERE from_claim_id = ?", denial) == [(0,)]
    assert (key_of(view, KREMLIN_DENIAL), key_of(view, KYIV_CLAIM), "denies") in \
        [(link.source, link.target, link.type) for link in view.current_layout().links]


def test_emoji_and_other_characters_beyond_utf16_keep_their_offsets_in_code_points(demo_window, qtbot):
    window = demo_window
    window.editing.new_source_action.trigger()
    dialog = shown(window, SourceDialog)
    qtbot.keyClicks(dialog.title, "Wire item")
    QGuiApplication.clipboard().setText("Kiew 😀 sagt 𝄞 ja")
    dialog.text.paste()
    press_ok(qtbot, dialog)
    reader = window.editing.reader
    (source_id,) = rows(window.project, "SELECT id FROM source WHERE title = 'Wire item'")[0]
    assert reader.source_id() == source_id  # a new source opens in the reader, ready for marking
    found = reader.text.document().find("sagt")  # as a user finds and selects the word
    reader.text.setTextCursor(found)
    assert (found.selectionStart(), found.selectionEnd()) == (8, 12)  # 😀 is two UTF-16 units
    reader.new_claim_action.trigger()
    claim_dialog = shown(window, ClaimDialog)
    qtbot.keyClicks(claim_dialog.proposition, "Kyiv says yes")
    press_ok(qtbot, claim_dialog)
    text = "Kiew 😀 sagt 𝄞 ja"
    (exact, start, end), = rows(window.project, "SELECT exact, start, \"end\" FROM annotation WHERE source_id = ?",
                                source_id)
    assert (exact, start, end) == ("sagt", 7, 11) and text[start:end] == exact
    (mark,) = reader.marks()
    assert (mark.start, mark.end) == (8, 12)


def test_hovering_a_passage_names_its_claim_and_clicking_it_selects_the_claim(demo_window, qtbot):
    window, reader = demo_window, open_reader(demo_window)
    (mark,) = [m for m in reader.marks() if m.passage.record_id == KREMLIN_DENIAL]
    cursor = reader.text.textCursor()
    cursor.setPosition(mark.start + 3)
    reader.text.setTextCursor(cursor)  # scrolls the passage into view
    point = reader.text.cursorRect(cursor).center() + QPoint(2, 0)
    QApplication.sendEvent(reader.text.viewport(), QHelpEvent(QEvent.Type.ToolTip, point,
                                                              reader.text.viewport().mapToGlobal(point)))
    assert "The Kremlin denied" in QToolTip.text() and "Click to select it" in QToolTip.text()
    qtbot.mouseClick(reader.text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.workspace.selection.ids() == (KREMLIN_DENIAL,)


def test_a_passage_that_can_no_longer_be_found_is_listed_as_orphaned_not_moved(demo_window):
    window = demo_window
    with window.project.engine.begin() as connection:  # as an import of annotations made on another text
        connection.exec_driver_sql("UPDATE annotation SET exact = 'nowhere in this text', start = 5, \"end\" = 25 "
                                   "WHERE claim_id = ?", (KREMLIN_DENIAL,))
    reader = open_reader(window)
    assert KREMLIN_DENIAL not in {m.passage.record_id for m in reader.marks()}
    assert reader.orphans.isVisible() and reader.orphans.count() == 1
    assert reader.orphans.item(0).text().startswith("“nowhere in this text” — the Kremlin")
    reader.orphans.itemClicked.emit(reader.orphans.item(0))
    assert window.workspace.selection.ids() == (KREMLIN_DENIAL,)


def test_the_reader_scrolls_to_the_passage_of_a_claim_selected_elsewhere(demo_window):
    window, reader = demo_window, open_reader(demo_window)
    window.workspace.selection.select([KYIV_CLAIM])
    (mark,) = [m for m in reader.marks() if m.passage.record_id == KYIV_CLAIM]
    assert reader.text.textCursor().position() == mark.start
