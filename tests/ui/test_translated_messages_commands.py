"""The commands' words in a German window: an edit's name on the Undo action and in the undo history,
and the reason an edit is refused, each translated with the words inside it.

These need the German catalogue to hold the commands' messages (run packaging/update_translations.py).
"""

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.demo_ids import KYIV_CLAIM, seed_id
from tests.ui.editing import OFFSCREEN_POPUPS
from tests.ui.editing.conftest import shown
from timeline_app.commands import edits
from timeline_app.ui import i18n
from timeline_app.ui.dialogs.confirm_delete import ConfirmDelete

pytestmark = OFFSCREEN_POPUPS


@pytest.fixture
def german_demo_window(window, demo_project):
    i18n.install("de")
    assert window.open_project_file(demo_project.path)
    return window


def test_undo_and_the_history_name_the_edit_in_german(german_demo_window):
    window = german_demo_window
    with window.project.session() as session:
        edit = edits.set_status(session, claim_id=KYIV_CLAIM, status="refuted")
    assert window.editing.editor.push(edit)
    assert window.editing.undo_action.text() == "Rückgängig: Status auf „widerlegt“ setzen"
    history = window.editing.history
    option = QStyleOptionViewItem()
    history.itemDelegate().initStyleOption(option, history.model().index(1, 0))
    assert option.text == "Status auf „widerlegt“ setzen"
    window.editing.undo_action.trigger()
    assert window.editing.redo_action.text() == "Wiederherstellen: Status auf „widerlegt“ setzen"


def test_a_refused_deletion_says_why_in_german(german_demo_window):
    window = german_demo_window
    window.editing.editor.delete(seed_id("actor", "kremlin"))
    dialog = shown(window, ConfirmDelete)
    assert dialog.ok_button is None
    explanation = dialog.explanation.text()
    assert explanation.startswith("Partei oder Person „") and "1 Behauptung" in explanation, explanation
    assert "cannot" not in explanation
