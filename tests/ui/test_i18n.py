"""The interface in English and German: complete catalogues, the language chosen and followed at once.

The catalogue tests run ``pyside6-lupdate`` over the code as it is now (about half a second) and
compare with the committed ``.ts`` files, so a text added without its German translation, or a
``.qm`` not compiled again, fails here; ``packaging/update_translations.py`` regenerates both.
"""

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from timeline_app.ui import i18n, settings
from timeline_app.ui.help import plain

ROOT = Path(__file__).resolve().parents[2]
# packaging/ is no package (and its name is taken by the library pip uses): load the script by its path
_spec = importlib.util.spec_from_file_location("update_translations", ROOT / "packaging" / "update_translations.py")
catalogues = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogues)
GERMAN_MENUS = ["Datei", "Bearbeiten", "Ansicht", "Einfügen", "Behauptung", "Hilfe"]
ENGLISH_MENUS = ["File", "Edit", "View", "Insert", "Claim", "Help"]
FIELD = re.compile(r"\{[^{}]*\}")


def messages(path: Path) -> dict[tuple[str, str | None], ET.Element]:
    """Each message of a .ts file by its source text and disambiguation."""
    found = {}
    for message in ET.parse(path).iter("message"):
        comment = message.find("comment")
        found[(message.findtext("source"), comment.text if comment is not None else None)] = message
    return found


def forms(message: ET.Element) -> list[str]:
    """The translation, or its plural forms."""
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms(message))


@pytest.fixture(scope="module")
def current(tmp_path_factory):
    """The catalogues lupdate makes from the code now, the committed translations merged in."""
    folder = tmp_path_factory.mktemp("ts")
    made = {}
    for language in catalogues.LANGUAGES:
        target = catalogues.ts_path(language, folder)
        target.write_bytes(catalogues.ts_path(language).read_bytes())
        catalogues.lupdate(language, target)
        made[language] = messages(target)
    return made


@pytest.mark.parametrize("language", list(catalogues.LANGUAGES))
def test_the_committed_catalogue_holds_exactly_the_texts_of_the_code(current, language):
    committed = messages(catalogues.ts_path(language))
    missing = sorted(set(current[language]) - set(committed), key=str)
    gone = sorted(set(committed) - set(current[language]), key=str)
    assert not missing and not gone, (f"run packaging/update_translations.py: new texts {missing[:10]}, "
                                      f"texts no longer in the code {gone[:10]}")


def test_every_text_has_a_finished_german_translation(current):
    untranslated = [source for source, message in current["de"].items() if unfinished(message)]
    assert not untranslated, f"{len(untranslated)} texts lack a German translation, e.g. {untranslated[:10]}"


def test_english_plurals_have_a_singular_and_a_plural(current):
    for source, message in current["en"].items():
        assert message.get("numerus") == "yes" and len(forms(message)) == 2 and not unfinished(message), source


@pytest.mark.parametrize("language", list(catalogues.LANGUAGES))
def test_translations_keep_the_placeholders_and_the_keyboard_mnemonic(language):
    for (source, _comment), message in messages(catalogues.ts_path(language)).items():
        wanted = sorted(FIELD.findall(source))
        for text in forms(message):
            assert sorted(FIELD.findall(text)) == wanted, (source, text)
            assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), (source, text)
        if "%n" in source or "%Ln" in source:
            assert "%n" in forms(message)[-1] or "%Ln" in forms(message)[-1], (source, forms(message))


@pytest.mark.parametrize("language", list(catalogues.LANGUAGES))
def test_the_shipped_qm_is_compiled_from_the_committed_ts(tmp_path, language):
    source = catalogues.ts_path(language)
    compiled = tmp_path / source.with_suffix(".qm").name
    catalogues.lrelease(source, compiled)
    assert compiled.read_bytes() == source.with_suffix(".qm").read_bytes(), "run packaging/update_translations.py"


def test_the_translations_are_found_where_the_app_looks():
    assert (i18n.translations_dir() / "timeline_app_de.qm").is_file()
    assert i18n.translations_dir() == ROOT / "resources" / "translations"


def test_system_follows_the_system_locale_and_falls_back_to_english():
    assert i18n.resolve("system", QLocale("de_AT")) == "de"
    assert i18n.resolve("system", QLocale("en_GB")) == "en"
    assert i18n.resolve("system", QLocale("fr_FR")) == "en"
    assert i18n.resolve("de", QLocale("en_US")) == "de"


# ---------------------------------------------------------------- the interface in German


def menu_titles(window) -> list[str]:
    return [plain(action.text()) for action in window.menuBar().actions()]


class Listener(QTranslator):
    """Hears every text the interface asks to translate, and leaves the answer to the real catalogues."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.asked: set[tuple[str, str | None]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == i18n.CONTEXT:
            self.asked.add((source, disambiguation or None))
        return None


def select_claim_with_a_date(window) -> str:
    claims = window.workspace.claims_panel.model.loaded_claims()
    claim_id = next(iter(claims))
    window.workspace.selection.select([claim_id])
    return claim_id


def test_a_german_window_shows_german_menus_dates_and_buttons(qtbot, make_window):
    settings.set_language("de")
    window = make_window()
    assert menu_titles(window) == GERMAN_MENUS
    assert window.quit_action.text() == "&Beenden"
    window.open_demo()
    qtbot.waitUntil(lambda: window.workspace.claims_panel.model.rowCount() > 0)  # fills after the first paint
    assert "Ereignisse" in window.counts_label.text() and "Behauptungen" in window.counts_label.text()
    assert window.workspace.claims_panel.model.headerData(0, Qt.Orientation.Horizontal) == "Geäußert"
    select_claim_with_a_date(window)
    labels = [label.text() for label in window.workspace.details.findChildren(QLabel)]
    assert "Geäußert" in labels and "Behauptung" in labels
    assert any(re.search(r"\b(Nov|Dez)\. 2025\b", text) for text in labels), labels
    dialog = window.preferences.open()
    qtbot.waitExposed(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"  # Qt's own
    dialog.reject()


def test_every_text_the_german_window_asks_for_is_in_the_catalogue(qtbot, make_window):
    """Texts translated from a variable (a table of statuses, the preferences) must be marked for lupdate."""
    listener = Listener(QApplication.instance())
    settings.set_language("de")
    window = make_window()
    QApplication.instance().installTranslator(listener)
    try:
        window.retranslate()
        window.open_demo()
        qtbot.waitUntil(lambda: window.workspace.claims_panel.model.rowCount() > 0)  # fills after the first paint
        select_claim_with_a_date(window)
        window.workspace.details.refresh()
        window.preferences.open().reject()
        window.workspace.claims_panel.model.retranslate()
        for row in range(window.workspace.claims_panel.model.rowCount()):
            index = window.workspace.claims_panel.model.index(row, 0)
            index.data()
            index.data(Qt.ItemDataRole.ToolTipRole)
    finally:
        QApplication.instance().removeTranslator(listener)
    known = set(messages(catalogues.ts_path("de")))
    assert listener.asked and not listener.asked - known, sorted(listener.asked - known, key=str)


def test_choosing_german_in_the_preferences_switches_at_once_and_persists(qtbot, make_window):
    window = make_window()
    assert menu_titles(window) == ENGLISH_MENUS
    dialog = window.preferences.open()
    qtbot.waitExposed(dialog)
    editor = dialog.editors[settings.LANGUAGE.key]
    editor.setCurrentIndex(editor.findData("de"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: menu_titles(window) == GERMAN_MENUS)
    assert settings.language() == "de"
    assert window.workspace.claims_dock.windowTitle() == "Behauptungen"
    assert window.empty_state.buttons["Open the Demo"].text() == "Demo öffnen"
    assert i18n.language() == "de" and QLocale().name() == "de_DE"
    window.close()
    again = make_window()  # the next start
    assert menu_titles(again) == GERMAN_MENUS
    settings.set_language("en")
    i18n.install("en")
    qtbot.waitUntil(lambda: menu_titles(again) == ENGLISH_MENUS)


def test_the_regeneration_command_runs(tmp_path):
    """The documented command's tools are where it looks for them."""
    for name in ("pyside6-lupdate", "pyside6-lrelease"):
        result = subprocess.run([catalogues.tool(name), "-help"], capture_output=True, text=True)
        assert "Usage" in result.stdout + result.stderr
