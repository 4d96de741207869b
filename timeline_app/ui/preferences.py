"""Edit ▸ Preferences…: one table of preferences, the dialog built from it, and what a change does.

Each :class:`Preference` names a :class:`~timeline_app.ui.settings.Setting` (its key and default are
declared once, in ``settings``), its label, the values it may take and the typed accessors that read
and write it. The dialog shows one editor per row; OK writes what changed and emits
``changed(key, value)`` once per changed setting, Cancel writes nothing.

What a change does: the theme is applied at once (:func:`apply_theme`); the backup schedule and the
default lanes are read by whoever needs them next (:func:`backup_schedule`,
:func:`apply_default_grouping`); the language is stored now and takes effect after a restart, once
translations exist, which the dialog says beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QLabel, QMainWindow, QMenu, QSpinBox, QVBoxLayout, QWidget)

from timeline_app.domain.timeline.items import Grouping
from timeline_app.store.backup import BackupSchedule
from timeline_app.ui import settings
from timeline_app.ui.help import bring_forward

SYSTEM = "system"


@dataclass(frozen=True)
class Preference:
    """One row of the dialog.

    ``choices``: ``(value, label)`` pairs shown in a combo box, or a ``range`` of whole numbers
    shown in a spin box (with ``suffix``). ``note`` is shown under the editor and is its
    accessible description.
    """

    setting: settings.Setting
    section: str
    label: str
    choices: tuple[tuple[str, str], ...] | range
    read: Callable[[], object]
    write: Callable[[object], None]
    note: str = ""
    suffix: str = ""

    @property
    def key(self) -> str:
        return self.setting.key

    @property
    def default(self) -> object:
        return self.setting.default


def _inclusive(bounds: tuple[int, int]) -> range:
    return range(bounds[0], bounds[1] + 1)


PREFERENCES: tuple[Preference, ...] = (
    Preference(settings.LANGUAGE, "General", "&Language:",
               ((SYSTEM, "Same as the system"), ("en", "English"), ("de", "Deutsch (German)")),
               settings.language, settings.set_language,
               note="Takes effect after a restart. The German translation is still in progress; "
                    "until it is complete the program stays in English."),
    Preference(settings.THEME, "General", "&Theme:",
               ((SYSTEM, "Same as the system"), ("light", "Light"), ("dark", "Dark")),
               settings.theme, settings.set_theme, note="Takes effect at once."),
    Preference(settings.DEFAULT_GROUPING, "Timeline", "Default &lanes:",
               (("party", "One lane per party"), ("tag", "One lane per tag"), ("single", "A single lane")),
               settings.default_grouping, settings.set_default_grouping,
               note="For projects opened for the first time; each project keeps the lanes you chose for it."),
    Preference(settings.PDF_PAGE_SIZE, "Export", "PDF &page size:",
               (("A4", "A4"), ("A3", "A3"), ("Letter", "US Letter")),
               settings.pdf_page_size, settings.set_pdf_page_size,
               note="The page size the PDF export starts with."),
    Preference(settings.BACKUP_KEEP, "Backups", "&Keep:", _inclusive(settings.BACKUP_KEEP_RANGE),
               settings.backup_keep, settings.set_backup_keep, suffix=" backups per project",
               note="Older backups are deleted when a new one is made."),
    Preference(settings.BACKUP_EVERY_MINUTES, "Backups", "Back up &every:",
               _inclusive(settings.BACKUP_EVERY_MINUTES_RANGE),
               settings.backup_every_minutes, settings.set_backup_every_minutes, suffix=" minutes",
               note="While a project is open and has changed since its last backup."),
)


def plain_label(label: str) -> str:
    """A label as a screen reader should say it: without its mnemonic ampersand and colon."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":")


# ---------------------------------------------------------------- the dialog


class PreferencesDialog(QDialog):
    """One editor per :data:`PREFERENCES` row; OK writes and reports the changes, Cancel discards."""

    changed = Signal(str, object)  # key, new value: once per setting OK changed

    def __init__(self, parent: QWidget | None = None, preferences: tuple[Preference, ...] = PREFERENCES) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle("Preferences")
        self.setAccessibleName("Preferences")
        self.preferences = preferences
        self.editors: dict[str, QComboBox | QSpinBox] = {}
        layout = QVBoxLayout(self)
        forms: dict[str, QFormLayout] = {}
        for preference in preferences:
            if preference.section not in forms:
                box = QGroupBox(preference.section)
                box.setAccessibleName(preference.section)
                forms[preference.section] = QFormLayout(box)
                layout.addWidget(box)
            self._add_row(forms[preference.section], preference)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.setAccessibleName("Dialog buttons")
        for button, name in ((QDialogButtonBox.StandardButton.Ok, "OK"),
                             (QDialogButtonBox.StandardButton.Cancel, "Cancel"),
                             (QDialogButtonBox.StandardButton.RestoreDefaults, "Restore defaults")):
            self.buttons.button(button).setAccessibleName(name)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self.load()
        self.restoreGeometry(settings.dialog_geometry(self.objectName()))

    def _add_row(self, form: QFormLayout, preference: Preference) -> None:
        if isinstance(preference.choices, range):
            editor = QSpinBox()
            editor.setRange(preference.choices.start, preference.choices.stop - 1)
            editor.setSuffix(preference.suffix)
        else:
            editor = QComboBox()
            for value, text in preference.choices:
                editor.addItem(text, value)
        editor.setObjectName(preference.key)
        editor.setAccessibleName(plain_label(preference.label))
        editor.setAccessibleDescription(preference.note)
        label = QLabel(preference.label)
        label.setBuddy(editor)
        label.setAccessibleName(plain_label(preference.label))
        self.editors[preference.key] = editor
        if not preference.note:
            form.addRow(label, editor)
            return
        note = QLabel(preference.note)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setAccessibleName(f"About {plain_label(preference.label).lower()}")
        note.setEnabled(False)  # drawn as secondary text; it is a hint, not a control
        column = QWidget()
        column.setAccessibleName(plain_label(preference.label))
        rows = QVBoxLayout(column)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(editor)
        rows.addWidget(note)
        form.addRow(label, column)

    def _set_tab_order(self) -> None:
        """Top to bottom through the editors, then OK, Cancel, Restore Defaults."""
        chain: list[QWidget] = list(self.editors.values())
        chain += [self.buttons.button(b) for b in (QDialogButtonBox.StandardButton.Ok,
                                                   QDialogButtonBox.StandardButton.Cancel,
                                                   QDialogButtonBox.StandardButton.RestoreDefaults)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        chain[0].setFocus()

    # -- values

    def value(self, key: str) -> object:
        editor = self.editors[key]
        return editor.value() if isinstance(editor, QSpinBox) else editor.currentData()

    def set_value(self, key: str, value: object) -> None:
        editor = self.editors[key]
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value))
        else:
            index = editor.findData(value)
            editor.setCurrentIndex(max(index, 0))

    def load(self) -> None:
        """Show what is stored."""
        for preference in self.preferences:
            self.set_value(preference.key, preference.read())

    @Slot()
    def restore_defaults(self) -> None:
        """Show the defaults; nothing is written until OK."""
        for preference in self.preferences:
            self.set_value(preference.key, preference.default)

    def apply(self) -> list[tuple[str, object]]:
        """Write what differs from what is stored; the ``(key, value)`` pairs written."""
        written = []
        for preference in self.preferences:
            value = self.value(preference.key)
            if value != preference.read():
                preference.write(value)
                written.append((preference.key, value))
        return written

    def accept(self) -> None:
        written = self.apply()
        super().accept()
        for key, value in written:
            self.changed.emit(key, value)

    def done(self, result: int) -> None:
        settings.save_dialog_geometry(self.objectName(), self.saveGeometry())
        super().done(result)


# ---------------------------------------------------------------- what the settings do


class Preferences(QObject):
    """The Preferences… action for ``window``; re-emits the dialog's ``changed`` and applies the theme."""

    changed = Signal(str, object)

    def __init__(self, window: QMainWindow, menu: QMenu | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PreferencesDialog | None = None
        self.action = QAction("&Preferences…", window)
        self.action.setObjectName("preferences_action")
        self.action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                                 or [QKeySequence("Ctrl+,")])
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.setStatusTip("Language, theme, default lanes, PDF page size and backups")
        self.action.triggered.connect(self.open)
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.action)
        self.changed.connect(apply_preference)

    @Slot()
    def open(self) -> PreferencesDialog:
        """Show the dialog (window-modal, without blocking); a second call raises the open one."""
        if self.dialog is not None and self.dialog.isVisible():
            bring_forward(self.dialog)
            return self.dialog
        self.dialog = PreferencesDialog(self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.changed.connect(self.changed)
        self.dialog.finished.connect(self._forget)  # closed: a new one next time, even before this one is deleted
        self.dialog.open()
        return self.dialog

    @Slot()
    def _forget(self, _result: int = 0) -> None:
        self.dialog = None


@Slot(str, object)
def apply_preference(key: str, value: object) -> None:
    """What takes effect at once without the window's help: the theme."""
    if key == settings.THEME.key:
        apply_theme(str(value))


_system = {}  # what Qt chose before a theme was applied: "palette", "style"


def apply_theme(theme: str | None = None) -> None:
    """Set a light or dark palette on the application; "system" puts back what Qt chose itself.

    None: the stored preference. Native Windows styles ignore palettes, so a chosen theme there
    switches to Fusion (and "system" back to the native style).
    """
    app = QApplication.instance()
    if app is None:
        return
    theme = settings.theme() if theme is None else theme
    if not _system:
        _system.update(palette=QPalette(app.palette()), style=app.style().name())
    if theme == SYSTEM:
        if app.style().name() != _system["style"]:
            app.setStyle(_system["style"])
        app.setPalette(_system["palette"])
        return
    if app.style().name().lower().startswith("windows"):
        app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())


def dark_palette() -> QPalette:
    """A dark palette with enough contrast for text (WCAG AA) and a visible disabled state."""
    palette = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: "#2b2b2b", roles.WindowText: "#e8e8e8", roles.Base: "#1e1e1e",
        roles.AlternateBase: "#262626", roles.ToolTipBase: "#3a3a3a", roles.ToolTipText: "#f0f0f0",
        roles.PlaceholderText: "#a0a0a0", roles.Text: "#e8e8e8", roles.Button: "#353535",
        roles.ButtonText: "#e8e8e8", roles.BrightText: "#ff6b6b", roles.Light: "#4a4a4a",
        roles.Midlight: "#3f3f3f", roles.Mid: "#303030", roles.Dark: "#1a1a1a", roles.Shadow: "#000000",
        roles.Highlight: "#3d7bd9", roles.HighlightedText: "#ffffff", roles.Link: "#7ab4ff",
        roles.LinkVisited: "#c49bff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#8a8a8a"))
    palette.setColor(disabled, roles.Highlight, QColor("#505050"))
    return palette


def backup_schedule() -> BackupSchedule:
    """The backup schedule the preferences ask for."""
    return BackupSchedule(period=timedelta(minutes=settings.backup_every_minutes()), keep=settings.backup_keep())


def apply_default_grouping(workspace, project) -> None:
    """A project opened without saved lanes gets the preferred grouping; others keep their own.

    ``workspace`` is the window's :class:`~timeline_app.ui.timeline_workspace.TimelineWorkspace`;
    call after it showed ``project`` (the window's ``project_changed``).
    """
    if project is None or settings.timeline_state(project.path) is not None:
        return
    workspace.toolbar.set_grouping(Grouping(settings.default_grouping()))
