"""The detail pane as a user reads it: the selected record in plain text, links that select."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM, seed_id
from timeline_app.store import crud
from timeline_app.ui import links
from timeline_app.ui.detail_pane import NOTHING_SELECTED, DetailPane
from timeline_app.ui.links import LinkLabel
from timeline_app.ui.timeline.selection import SelectionModel


@pytest.fixture
def selection():
    return SelectionModel()


@pytest.fixture
def make_pane(qtbot, selection):
    def make(project):
        pane = DetailPane(selection)
        qtbot.addWidget(pane)
        pane.set_project(project)
        pane.resize(420, 700)
        pane.show()
        return pane
    return make


def texts(pane) -> list[str]:
    return [label.text() for label in pane.widget().findChildren(QLabel)]


def relation_lines(pane) -> list[LinkLabel]:
    return [link for link in pane.widget().findChildren(LinkLabel) if ": " in link.text()]


@pytest.fixture
def opened(monkeypatch):
    """Records the addresses handed to the desktop instead of opening them."""
    calls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url.toString()) or True)
    return calls


def add_claim(project, **fields) -> str:
    with project.session() as session:
        claim_id = crud.create_claim(session, **fields).id
        session.commit()
    return claim_id


def test_nothing_selected_says_so(make_pane, demo_project, selection):
    pane = make_pane(demo_project)
    assert texts(pane) == [NOTHING_SELECTED]
    selection.select([KYIV_CLAIM])
    pane.set_project(None)
    assert texts(pane) == ["No project open."]


def test_the_kremlins_denial_links_to_kyivs_claim(make_pane, demo_project, selection, qtbot):
    pane = make_pane(demo_project)
    selection.select([KREMLIN_DENIAL])
    shown = texts(pane)
    assert "The Kremlin denied Kyiv's statement that there could also be direct Ukrainian–Russian talks in Miami." in shown
    assert "the Kremlin (Russia)" in shown and "“Der Kreml dementierte Angaben aus Kiew”" in shown
    [line] = relation_lines(pane)
    assert line.text() == ("denies: Kyiv, until 21 Dec 2025 — "
                           "There could also be direct talks between Ukrainian and Russian negotiators in Miami.")
    with qtbot.waitSignal(pane.record_chosen) as chosen:
        qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert chosen.args == [KYIV_CLAIM]


def test_kyivs_claim_is_denied_by_the_kremlin_and_its_history_is_shown(make_pane, demo_project, selection):
    pane = make_pane(demo_project)
    selection.select([KYIV_CLAIM])
    assert [link.text().split(" — ")[0] for link in relation_lines(pane)] == ["denied by: the Kremlin, until 21 Dec 2025"]
    assert "21 Dec 2025, 20:54 UTC, demo editor: Unverified → Denied" in texts(pane)
    assert "6 – truth cannot be judged" in texts(pane)


def test_relation_lines_work_from_the_keyboard(make_pane, demo_project, selection, qtbot):
    pane = make_pane(demo_project)
    selection.select([KYIV_CLAIM])
    [line] = relation_lines(pane)
    line.setFocus()
    with qtbot.waitSignal(pane.record_chosen) as chosen:
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert chosen.args == [KREMLIN_DENIAL]


def test_dates_show_their_precision_and_how_they_were_understood(make_pane, demo_project, selection):
    pane = make_pane(demo_project)
    selection.select([seed_id("event", "berlin-talks")])
    shown = texts(pane)
    assert {"Start", "14 Dec 2025", "End", "15 Dec 2025", "14 Dec 2025, day precision"} <= set(shown)
    assert "worded: “am vergangenen Sonntag und Montag”" in shown
    selection.select([seed_id("event", "us-28-point-plan")])
    assert {"Nov 2025", "1–30 Nov 2025, month precision"} <= set(texts(pane))


def test_several_selected_shows_the_last_and_how_many_more(make_pane, demo_project, selection):
    pane = make_pane(demo_project)
    selection.select([seed_id("event", "berlin-talks"), KYIV_CLAIM, KREMLIN_DENIAL])
    assert texts(pane)[0] == "Claim · and 2 more selected"
    assert relation_lines(pane)[0].text().startswith("denies: Kyiv")
    selection.clear()
    assert texts(pane) == [NOTHING_SELECTED]


def test_user_text_that_looks_like_html_is_shown_literally(make_pane, empty_project, selection):
    pane = make_pane(empty_project)
    odd = "<b>x</b><img src=x>"
    selection.select([add_claim(empty_project, proposition=odd, quote=odd, notes=odd)])
    labels = pane.widget().findChildren(QLabel)
    assert odd in [label.text() for label in labels] and f"“{odd}”" in [label.text() for label in labels]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_a_deleted_record_is_no_longer_shown(make_pane, empty_project, selection):
    pane = make_pane(empty_project)
    selection.select(["gone"])
    assert texts(pane) == ["The selected record no longer exists."]


def source_claim(project, url: str) -> str:
    with project.session() as session:
        source = crud.create_source(session, title="A report", text="Text", url=url)
        claim = crud.create_claim(session, proposition="p", sources=[(source.id, "says")])
        session.commit()
    return claim.id


@pytest.mark.parametrize("url", ["javascript:alert(1)", "file:///etc/passwd"])
def test_addresses_other_than_web_ones_are_never_opened(make_pane, empty_project, selection, opened, monkeypatch, url):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked to open a non-web address"))
    pane = make_pane(empty_project)
    selection.select([source_claim(empty_project, url)])
    assert url in texts(pane)
    assert not pane.widget().findChild(QPushButton, "open_address").isEnabled()
    assert not links.open_web_address(pane, url)
    assert opened == [] and url in warned[0]


@pytest.mark.parametrize("answer, expected", [(QMessageBox.StandardButton.Yes, ["https://example.org/report?id=1"]),
                                              (QMessageBox.StandardButton.No, [])])
def test_web_addresses_open_only_after_confirming_the_full_address(make_pane, empty_project, selection, opened,
                                                                   monkeypatch, qtbot, answer, expected):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer)
    pane = make_pane(empty_project)
    selection.select([source_claim(empty_project, "https://example.org/report?id=1")])
    qtbot.mouseClick(pane.widget().findChild(QPushButton, "open_address"), Qt.MouseButton.LeftButton)
    assert "https://example.org/report?id=1" in asked[0] and "Site: example.org" in asked[0]
    assert opened == expected


def test_the_question_names_the_real_site_of_a_deceptive_address(monkeypatch, opened, qtbot):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    links.open_web_address(None, "https://bank.example@bücher.example/<b>")
    assert "Site: xn--bcher-kva.example" in asked[0] and "<b>" not in asked[0]


def test_in_the_window_a_relation_line_selects_the_other_claim(window, qtbot):
    window.open_demo()
    workspace = window.workspace
    workspace.selection.select([KREMLIN_DENIAL])
    [line] = relation_lines(workspace.details)
    assert line.text().startswith("denies: Kyiv, until 21 Dec 2025 — There could also be direct talks")
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert workspace.selection.ids() == (KYIV_CLAIM,)
    assert relation_lines(workspace.details)[0].text().startswith("denied by: the Kremlin")


def test_in_the_window_double_clicking_an_item_brings_up_its_details(window):
    window.open_demo()
    workspace = window.workspace
    workspace.details_dock.hide()
    workspace.view.item_activated.emit(KYIV_CLAIM)
    assert workspace.details_dock.isVisible() and workspace.selection.ids() == (KYIV_CLAIM,)
