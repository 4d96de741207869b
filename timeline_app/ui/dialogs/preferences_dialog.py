"""Edit ▸ Preferences…: one table of preferences and the dialog built from it.

Each :class:`Preference` names a :class:`~timeline_app.ui.settings.Setting` (its key and default are
declared once, in ``settings``), its label, the values it may take and the typed accessors that read
and write it. The dialog shows one editor per row; OK writes what changed and emits
``changed(key, value)`` once per changed setting, Cancel writes nothing. What a change does is in
:mod:`timeline_app.ui.preferences`, which opens this dialog and loads this module when it first does.

The table's texts are English (marked for translation with ``QT_TR_NOOP``); the dialog shows them
in the interface's language. The languages are named in their own language, as a user looking for
their own would read them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TR_NOOP, QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QSpinBox,
                               QVBoxLayout, QWidget)

from timeline_app.ui import settings
from timeline_app.ui.dialogs.base import FormArea
from timeline_app.ui.i18n import tr
from timeline_app.ui.preferences import SYSTEM
from timeline_app.ui.sizes import ems, grow_to_fit

MIN_WIDTH_EMS = 48  # so that the notes under the editors wrap onto few lines, in German too


@dataclass(frozen=True)
class Preference:
    """One row of the dialog.

    ``choices``: ``(value, label)`` pairs shown in a combo box, or a ``range`` of whole numbers
    shown in a spin box (with ``suffix``). ``note`` is shown under the editor and is its
    accessible description. Texts are in English and translated where they are shown, except the
    labels of ``untranslated`` values (the names of languages, of paper sizes).
    """

    setting: settings.Setting
    section: str
    label: str
    choices: tuple[tuple[str, str], ...] | range
    read: Callable[[], object]
    write: Callable[[object], None]
    note: str = ""
    suffix: str = ""
    untranslated: tuple[str, ...] = ()

    def choice_label(self, value: str, label: str) -> str:
        return label if value in self.untranslated else tr(label)

    @property
    def key(self) -> str:
        return self.setting.key

    @property
    def default(self) -> object:
        return self.setting.default


def _inclusive(bounds: tuple[int, int]) -> range:
    return range(bounds[0], bounds[1] + 1)


PREFERENCES: tuple[Preference, ...] = (
    Preference(settings.LANGUAGE, QT_TR_NOOP("General"), QT_TR_NOOP("&Language:"),
               ((SYSTEM, QT_TR_NOOP("Same as the system")), ("en", "English"), ("de", "Deutsch")),
               settings.language, settings.set_language, untranslated=("en", "de"),
               note=QT_TR_NOOP("Takes effect at once: menus, dates and numbers follow the language.")),
    Preference(settings.THEME, QT_TR_NOOP("General"), QT_TR_NOOP("&Theme:"),
               ((SYSTEM, QT_TR_NOOP("Same as the system")), ("light", QT_TR_NOOP("Light")),
                ("dark", QT_TR_NOOP("Dark"))),
               settings.theme, settings.set_theme, note=QT_TR_NOOP("Takes effect at once.")),
    Preference(settings.DEFAULT_GROUPING, QT_TR_NOOP("Timeline"), QT_TR_NOOP("Default &lanes:"),
               (("party", QT_TR_NOOP("One lane per party")), ("tag", QT_TR_NOOP("One lane per tag")),
                ("single", QT_TR_NOOP("A single lane"))),
               settings.default_grouping, settings.set_default_grouping,
               note=QT_TR_NOOP("For projects opened for the first time; each project keeps the lanes you chose "
                               "for it.")),
    Preference(settings.PDF_PAGE_SIZE, QT_TR_NOOP("Export"), QT_TR_NOOP("PDF &page size:"),
               (("A4", "A4"), ("A3", "A3"), ("Letter", QT_TR_NOOP("US Letter"))),
               settings.pdf_page_size, settings.set_pdf_page_size, untranslated=("A4", "A3"),
               note=QT_TR_NOOP("The page size the PDF export starts with.")),
    Preference(settings.BACKUP_KEEP, QT_TR_NOOP("Backups"), QT_TR_NOOP("&Keep:"),
               _inclusive(settings.BACKUP_KEEP_RANGE),
               settings.backup_keep, settings.set_backup_keep, suffix=QT_TR_NOOP(" backups per project"),
               note=QT_TR_NOOP("Older backups are deleted when a new one is made.")),
    Preference(settings.BACKUP_EVERY_MINUTES, QT_TR_NOOP("Backups"), QT_TR_NOOP("Back up &every:"),
               _inclusive(settings.BACKUP_EVERY_MINUTES_RANGE),
               settings.backup_every_minutes, settings.set_backup_every_minutes, suffix=QT_TR_NOOP(" minutes"),
               note=QT_TR_NOOP("While a project is open and has changed since its last backup.")),
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
        self.setWindowTitle(tr("Preferences"))
        self.setAccessibleName(tr("Preferences"))
        self.setMinimumWidth(ems(self, MIN_WIDTH_EMS))
        self.preferences = preferences
        self.editors: dict[str, QComboBox | QSpinBox] = {}
        groups = QWidget()
        sections = QVBoxLayout(groups)
        sections.setContentsMargins(0, 0, 0, 0)
        forms: dict[str, QFormLayout] = {}
        for preference in preferences:
            if preference.section not in forms:
                box = QGroupBox(tr(preference.section))
                box.setAccessibleName(tr(preference.section))
                forms[preference.section] = QFormLayout(box)
                sections.addWidget(box)
            self._add_row(forms[preference.section], preference)
        sections.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(FormArea(groups), 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.buttons.setAccessibleName(tr("Dialog buttons"))
        for button, name in ((QDialogButtonBox.StandardButton.Ok, tr("OK")),
                             (QDialogButtonBox.StandardButton.Cancel, tr("Cancel")),
                             (QDialogButtonBox.StandardButton.RestoreDefaults, tr("Restore defaults"))):
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
            editor.setSuffix(tr(preference.suffix) if preference.suffix else "")
        else:
            editor = QComboBox()
            for value, text in preference.choices:
                editor.addItem(preference.choice_label(value, text), value)
        label_text, note_text = tr(preference.label), tr(preference.note) if preference.note else ""
        editor.setObjectName(preference.key)
        editor.setAccessibleName(plain_label(label_text))
        editor.setAccessibleDescription(note_text)
        label = QLabel(label_text)
        label.setBuddy(editor)
        label.setAccessibleName(plain_label(label_text))
        self.editors[preference.key] = editor
        if not preference.note:
            form.addRow(label, editor)
            return
        note = QLabel(note_text)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setWordWrap(True)
        note.setAccessibleName(tr("About: {}", "the note under a preference").format(plain_label(label_text)))
        note.setEnabled(False)  # drawn as secondary text; it is a hint, not a control
        column = QWidget()
        column.setAccessibleName(plain_label(label_text))
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

    def event(self, event: QEvent) -> bool:
        """Tall enough for the notes, however many lines they wrap onto (longer in German), within the screen."""
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            grow_to_fit(self)
        return handled
