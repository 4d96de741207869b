"""The records a German window offers to choose, and names in its dialogs, read in German: their
dates ("bis 21. Dez. 2025"), the claims without a claimant, the relations' verbs.

These need the German catalogue to hold the store's words (run packaging/update_translations.py).
"""

import pytest

from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM, seed_id
from tests.ui.editing import OFFSCREEN_POPUPS
from tests.ui.editing.conftest import shown
from timeline_app.ui import i18n
from timeline_app.ui.dialogs.chooser import Chooser
from timeline_app.ui.dialogs.claim_dialog import ClaimDialog
from timeline_app.ui.dialogs.confirm_delete import ConfirmDelete

pytestmark = OFFSCREEN_POPUPS
MAIN_GOAL = seed_id("claim", "miami-main-goal")  # a claim nobody is named as having made


@pytest.fixture
def german_demo_window(window, demo_project):
    i18n.install("de")
    assert window.open_project_file(demo_project.path)
    return window


def labels(chooser: Chooser) -> list[str]:
    return [chooser.list.item(row).text() for row in range(chooser.list.count())]


def consequences(dialog: ConfirmDelete) -> list[str]:
    return [dialog.consequences.item(row).text() for row in range(dialog.consequences.count())]


def test_the_claims_to_deny_are_dated_and_attributed_in_german(german_demo_window, qtbot):
    window = german_demo_window
    window.workspace.selection.select([KREMLIN_DENIAL])
    window.editing.denial_action.trigger()
    chooser = shown(window, Chooser)
    assert chooser.chosen().label.startswith("the Kremlin, bis 21. Dez. 2025 — ")
    qtbot.keyClicks(chooser.filter, "main goal")
    assert chooser.chosen().id == MAIN_GOAL
    assert chooser.chosen().label.startswith("Nicht zugeordnet, bis 21. Dez. 2025 — The main goal in Miami")


def test_the_relation_list_reads_in_german(german_demo_window):
    window = german_demo_window
    window.workspace.selection.select([KYIV_CLAIM])
    window.editing.edit_relation_action.trigger()
    assert labels(shown(window, Chooser)) == [
        ("dementiert von: the Kremlin, bis 21. Dez. 2025 — The Kremlin denied Kyiv's statement that there could "
         "also be direct Ukrainian–Russian talks in Miami.")]


def test_a_claim_dialog_names_its_event_with_a_german_date(german_demo_window):
    window = german_demo_window
    window.editing.editor.edit(KREMLIN_DENIAL)
    dialog = shown(window, ClaimDialog)
    assert dialog.event.text() == "Ukraine talks in Miami · 16.–21. Dez. 2025?"


def test_a_deletion_names_the_claim_and_what_goes_with_it_in_german(german_demo_window):
    window = german_demo_window
    window.editing.editor.delete(MAIN_GOAL)
    heading = shown(window, ConfirmDelete).heading.text()
    assert heading.endswith("\nNicht zugeordnet, bis 21. Dez. 2025 — The main goal in Miami was to discuss the "
                            "results of the Berlin talks of 14–15 December with Russia's representatives."), heading
    shown(window, ConfirmDelete).reject()
    window.editing.editor.delete(KYIV_CLAIM)
    assert "Die Beziehung „dementiert“ mit „the Kremlin, bis 21. Dez. 2025 — The Kremlin denied Kyiv's statement …“ " \
           "wird gelöscht" in consequences(shown(window, ConfirmDelete))


def test_a_search_after_switching_to_german_is_german(window, demo_project):
    """The language is the one of the moment a search runs, not of the moment the window was built."""
    assert window.open_project_file(demo_project.path)
    search = window.editing.editor.search("event")
    assert "Dec 2025" in search("Miami")[0].label
    i18n.install("de")
    assert "Dez. 2025" in search("Miami")[0].label


def test_no_english_word_or_month_in_any_german_claim_label(german_demo_window):
    found = german_demo_window.editing.editor.search("claim")("")
    assert found and not [c.label for c in found if "Unattributed" in c.label or " Dec " in c.label]
