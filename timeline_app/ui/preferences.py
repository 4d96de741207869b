"""Edit ▸ Preferences…: the action that opens the dialog, and what a change does.

The table of preferences and the dialog built from it are in
:mod:`timeline_app.ui.dialogs.preferences_dialog`, which loads when the dialog is first opened
(its names can still be imported from here).

What a change does: the theme is applied at once (:func:`apply_theme`); the backup schedule and the
default lanes are read by whoever needs them next (:func:`backup_schedule`, and
:func:`~timeline_app.ui.timeline_workspace.opening_grouping` when a project opens); the language is installed by the main window, and every open
window follows it at once.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from timeline_app.ui import settings
from timeline_app.ui.help import bring_forward
from timeline_app.ui.i18n import tr

if TYPE_CHECKING:
    from timeline_app.store.backup import BackupSchedule
    from timeline_app.ui.dialogs.preferences_dialog import PreferencesDialog

SYSTEM = "system"


# ---------------------------------------------------------------- what the settings do


class Preferences(QObject):
    """The Preferences… action for ``window``; re-emits the dialog's ``changed`` and applies the theme."""

    changed = Signal(str, object)

    def __init__(self, window: QMainWindow, menu: QMenu | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: PreferencesDialog | None = None
        self.action = QAction(window)
        self.action.setObjectName("preferences_action")
        self.action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
                                 or [QKeySequence("Ctrl+,")])
        self.action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action.triggered.connect(self.open)
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.action)
        self.changed.connect(apply_preference)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(tr("&Preferences…"))
        self.action.setStatusTip(tr("Language, theme, default lanes, PDF page size and backups"))

    @Slot()
    def open(self) -> PreferencesDialog:
        """Show the dialog (window-modal, without blocking); a second call raises the open one."""
        if self.dialog is not None and self.dialog.isVisible():
            bring_forward(self.dialog)
            return self.dialog
        from timeline_app.ui.dialogs.preferences_dialog import PreferencesDialog  # loaded when first opened

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
    from timeline_app.store.backup import BackupSchedule  # the backup code is needed only once a backup is due

    return BackupSchedule(period=timedelta(minutes=settings.backup_every_minutes()), keep=settings.backup_keep())


#: What :mod:`timeline_app.ui.dialogs.preferences_dialog` holds that is also imported from here.
_DIALOG = frozenset({"Preference", "PREFERENCES", "PreferencesDialog", "plain_label"})


def __getattr__(name: str):
    """The table and the dialog, importable from here as before, loaded on first use."""
    if name in _DIALOG:
        from timeline_app.ui.dialogs import preferences_dialog

        return getattr(preferences_dialog, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
