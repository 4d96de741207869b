"""Addresses from projects and imports are opened only when they are web (or mail) addresses, and
only after the user has seen the whole address and the real site.

``timeline_app.ui.links`` is tested without showing a widget: the question and the warning boxes
and the operating system's URL handler are replaced by recorders.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from timeline_app.ui import links

ACCEPTED = ["https://example.org/report?id=1", "http://example.org", " https://example.org/a ",
            "HTTPS://EXAMPLE.ORG/", "https://bücher.example/", "http://127.0.0.1:8080/x"]
REFUSED = [
    "javascript:alert(1)", "JavaScript:alert(document.cookie)", "  javascript:alert(1)", "java\tscript:alert(1)",
    "\u202ejavascript:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>",
    "file:///etc/passwd", "file://server/share/run.exe", "C:\\Windows\\System32\\calc.exe", "\\\\server\\share\\x",
    "ftp://example.org/x", "smb://server/share", "ms-msdt:/id PCWDiagnostic", "search-ms:query=x", "about:blank",
    "chrome://settings", "//example.org/no-scheme", "http:///no-host", "https:", "https://exa mple.org", "",
    "<b>x</b><img src=x>",
]


@pytest.fixture
def recorded(monkeypatch):
    """What would have been shown or opened: questions, warnings, opened URLs."""
    seen = {"questions": [], "warnings": [], "opened": [], "answer": QMessageBox.StandardButton.Yes}
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: seen["questions"].append(text)
                        or seen["answer"])
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: seen["warnings"].append(text))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: seen["opened"].append(url.toString()) or True)
    return seen


@pytest.mark.parametrize("address", ACCEPTED)
def test_web_addresses_are_accepted(address):
    assert links.is_web_address(address)


@pytest.mark.parametrize("address", REFUSED)
def test_other_addresses_are_refused(address):
    assert not links.is_web_address(address)


@pytest.mark.parametrize("address", REFUSED)
def test_a_refused_address_is_never_opened_nor_asked_about(address, recorded):
    assert not links.open_web_address(None, address)
    assert recorded["opened"] == [] and recorded["questions"] == []
    assert len(recorded["warnings"]) == 1


def test_a_refused_address_is_shown_literally_in_the_warning(recorded):
    links.open_web_address(None, "<b>x</b><img src=x>")
    (warning,) = recorded["warnings"]
    warning = warning.replace("\xa0", " ")  # Qt's plain-to-rich conversion keeps spaces as no-break spaces
    assert "&lt;b&gt;x&lt;/b&gt;&lt;img src=x&gt;" in warning and "<b>" not in warning  # shown as characters


@pytest.mark.parametrize("answer, opened", [(QMessageBox.StandardButton.No, []),
                                            (QMessageBox.StandardButton.Yes, ["https://example.org/report?id=1"])])
def test_a_web_address_opens_only_if_the_user_agrees(recorded, answer, opened):
    recorded["answer"] = answer
    assert links.open_web_address(None, "https://example.org/report?id=1") == bool(opened)
    assert recorded["opened"] == opened
    (question,) = recorded["questions"]
    assert "https://example.org/report?id=1" in question and "Site: example.org" in question


@pytest.mark.parametrize("address, shown, site", [
    ("https://good.example@evil.example/login", "https://good.example@evil.example/login", "evil.example"),
    ("https://аpple.com/", "https://xn--pple-43d.com/", "xn--pple-43d.com"),  # a Cyrillic "а"
    ("https://example.org/\u202egnp.exe", "https://example.org/%E2%80%AEgnp.exe", "example.org"),
])
def test_the_question_shows_the_real_site_and_no_reordering_characters(recorded, address, shown, site):
    recorded["answer"] = QMessageBox.StandardButton.No
    links.open_web_address(None, address)
    (question,) = recorded["questions"]
    assert shown in question and f"Site: {site}" in question and "\u202e" not in question


@pytest.mark.parametrize("address", ["mailto:desk@example.org", "mailto:desk@example.org?subject=Claim%2012"])
def test_mail_addresses_are_accepted(address):
    assert links.is_web_address(address)
