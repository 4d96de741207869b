"""Edit ▸ Preferences…: the dialog built from the one table, OK persists and takes effect, Cancel does not."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QGroupBox, QLabel, QSpinBox, QWidget

from timeline_app.domain.timeline.items import Grouping
from timeline_app.io.demo import create_demo
from timeline_app.ui import settings
from timeline_app.ui.preferences import PREFERENCES, Preferences, PreferencesDialog, apply_theme, backup_schedule

OK, CANCEL = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel


@pytest.fixture(autouse=True)
def system_theme():
    yield
    apply_theme("system")




def edit_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.menu() and a.menu().title() == "&Edit")


def open_preferences(qtbot, window) -> tuple[Preferences, PreferencesDialog]:
    preferences = window.preferences
    preferences.action.trigger()
    dialog = preferences.dialog
    qtbot.waitExposed(dialog)
    return preferences, dialog


def choose(dialog: PreferencesDialog, setting: settings.Setting, value) -> None:
    """As a user: focus the combo and step through it with the arrow keys until ``value`` shows."""
    combo = dialog.editors[setting.key]
    assert isinstance(combo, QComboBox)
    combo.setFocus()
    target = combo.findData(value)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        before = combo.currentIndex()
        QTest.keyClick(combo, key)
        assert combo.currentIndex() != before


def press(qtbot, dialog, button) -> None:
    qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)


def test_the_table_offers_exactly_the_values_settings_accept():
    allowed = {settings.LANGUAGE.key: settings.LANGUAGES, settings.THEME.key: settings.THEMES,
               settings.DEFAULT_GROUPING.key: settings.GROUPINGS, settings.PDF_PAGE_SIZE.key: settings.PDF_PAGE_SIZES}
    for preference in PREFERENCES:
        if isinstance(preference.choices, range):
            assert preference.default in preference.choices
        else:
            assert tuple(value for value, _ in preference.choices) == allowed[preference.key]
            assert preference.default == allowed[preference.key][0]
    assert set(settings.GROUPINGS) == {g.value for g in Grouping}
    assert len({p.key for p in PREFERENCES}) == len(PREFERENCES)


def test_defaults_before_anything_is_chosen():
    assert (settings.language(), settings.theme(), settings.default_grouping(), settings.pdf_page_size(),
            settings.backup_keep(), settings.backup_every_minutes()) == ("system", "system", "party", "A4", 10, 30)
    assert backup_schedule().keep == 10 and backup_schedule().period == timedelta(minutes=30)


def test_values_written_by_hand_or_an_older_version_fall_back_to_the_default():
    QSettings().setValue(settings.THEME.key, "purple")
    QSettings().setValue(settings.BACKUP_KEEP.key, "many")
    QSettings().setValue(settings.BACKUP_EVERY_MINUTES.key, 100_000)
    assert settings.theme() == "system"
    assert settings.backup_keep() == 10
    assert settings.backup_every_minutes() == settings.BACKUP_EVERY_MINUTES_RANGE[1]
    with pytest.raises(ValueError):
        settings.set_theme("purple")


def test_ok_persists_a_changed_setting_for_the_next_window(qtbot, make_window):
    window = make_window()
    preferences, dialog = open_preferences(qtbot, window)
    choose(dialog, settings.DEFAULT_GROUPING, "tag")
    choose(dialog, settings.PDF_PAGE_SIZE, "Letter")
    dialog.editors[settings.BACKUP_KEEP.key].setValue(25)
    reported = []
    preferences.changed.connect(lambda key, value: reported.append((key, value)))
    press(qtbot, dialog, OK)
    assert reported == [
        (settings.DEFAULT_GROUPING.key, "tag"), (settings.PDF_PAGE_SIZE.key, "Letter"), (settings.BACKUP_KEEP.key, 25)]
    qtbot.waitUntil(lambda: preferences.dialog is None)
    assert QSettings().value(settings.DEFAULT_GROUPING.key) == "tag"
    assert (settings.default_grouping(), settings.pdf_page_size(), settings.backup_keep()) == ("tag", "Letter", 25)
    assert backup_schedule().keep == 25
    window.close()

    _, again = open_preferences(qtbot, make_window())
    assert again.value(settings.DEFAULT_GROUPING.key) == "tag"
    assert again.editors[settings.DEFAULT_GROUPING.key].currentText() == "One lane per tag"
    assert again.value(settings.BACKUP_KEEP.key) == 25


def test_only_what_changed_is_reported(qtbot, window):
    preferences, dialog = open_preferences(qtbot, window)
    with qtbot.assertNotEmitted(preferences.changed):
        press(qtbot, dialog, OK)
    assert QSettings().contains(settings.THEME.key) is False


def test_cancel_leaves_the_settings_as_they_were(qtbot, window):
    settings.set_pdf_page_size("A3")
    preferences, dialog = open_preferences(qtbot, window)
    choose(dialog, settings.PDF_PAGE_SIZE, "A4")
    choose(dialog, settings.THEME, "dark")
    palette_before = QApplication.palette().color(QPalette.ColorRole.Window)
    with qtbot.assertNotEmitted(preferences.changed):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: preferences.dialog is None)
    assert settings.pdf_page_size() == "A3"
    assert settings.theme() == "system" and not QSettings().contains(settings.THEME.key)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == palette_before


def test_restore_defaults_shows_the_defaults_and_ok_writes_them(qtbot, window):
    settings.set_default_grouping("single")
    settings.set_backup_every_minutes(5)
    preferences, dialog = open_preferences(qtbot, window)
    press(qtbot, dialog, QDialogButtonBox.StandardButton.RestoreDefaults)
    assert settings.default_grouping() == "single"  # nothing written yet
    press(qtbot, dialog, OK)
    assert (settings.default_grouping(), settings.backup_every_minutes()) == ("party", 30)


def test_dark_theme_darkens_the_application_and_system_brings_qts_own_back(qtbot, window):
    original = QApplication.palette().color(QPalette.ColorRole.Window)
    preferences, dialog = open_preferences(qtbot, window)
    choose(dialog, settings.THEME, "dark")
    press(qtbot, dialog, OK)
    assert settings.theme() == "dark"
    qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.25, timeout=2000)
    for palette in (QApplication.palette(), window.palette(), window.menuBar().palette()):
        assert palette.color(QPalette.ColorRole.Window).lightnessF() < 0.25
        assert palette.color(QPalette.ColorRole.WindowText).lightnessF() > 0.75
    qtbot.waitUntil(lambda: preferences.dialog is None)

    _, dialog = open_preferences(qtbot, window)
    choose(dialog, settings.THEME, "system")
    press(qtbot, dialog, OK)
    assert QApplication.palette().color(QPalette.ColorRole.Window) == original


def test_light_theme_is_light():
    apply_theme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.75


def test_the_language_says_when_it_takes_effect(qtbot, window):
    _, dialog = open_preferences(qtbot, window)
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("Takes effect at once: menus, dates") for text in notes)
    choose(dialog, settings.LANGUAGE, "de")
    press(qtbot, dialog, OK)
    assert settings.language() == "de"


def test_preferences_open_from_the_keyboard_and_tab_through_every_control(qtbot, window):
    preferences = window.preferences
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: preferences.dialog is not None and preferences.dialog.isActiveWindow())
    dialog = preferences.dialog
    expected = [*dialog.editors.values(), *(dialog.buttons.button(b) for b in
                                            (OK, CANCEL, QDialogButtonBox.StandardButton.RestoreDefaults))]
    assert QApplication.focusWidget() is expected[0]
    visited = [expected[0]]
    for _ in expected[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        visited.append(focused.parentWidget() if isinstance(focused.parentWidget(), QSpinBox) else focused)
    assert visited == expected
    # Alt+T (the mnemonic of "Theme") goes to the theme; Enter is OK
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.editors[settings.THEME.key]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: preferences.dialog is None)
    assert settings.theme() == "light"


def test_every_control_and_label_has_an_accessible_name(qtbot, window):
    _, dialog = open_preferences(qtbot, window)
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QComboBox, QSpinBox, QLabel, QGroupBox)) or widget in dialog.buttons.buttons():
            assert widget.accessibleName(), widget
    assert dialog.accessibleName() == "Preferences"
    assert dialog.editors[settings.LANGUAGE.key].accessibleDescription().startswith("Takes effect at once")


def test_a_project_opened_the_first_time_gets_the_default_lanes(qtbot, window, tmp_path):
    create_demo(tmp_path / "a.tlproj").close()
    settings.set_default_grouping("single")
    assert window.open_project_file(tmp_path / "a.tlproj")
    assert window.workspace.view.grouping() is Grouping.SINGLE
    assert window.workspace.toolbar.lanes_combo.currentData() is Grouping.SINGLE

    window.workspace.toolbar.set_grouping(Grouping.TAG)  # the user's own choice for this project
    window.close_project()
    assert window.open_project_file(tmp_path / "a.tlproj")
    assert window.workspace.view.grouping() is Grouping.TAG
