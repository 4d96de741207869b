"""The Help menu: Keyboard Shortcuts, the User Guide and About.

The shortcut overview is collected from the window's actions each time it opens, so it lists what
the menus really hold. The guide is ``resources/guide/user-guide.md`` (the README links the same
file), shown read-only. About names the version and the licence of every bundled library, read
from the installed packages' metadata.

This module builds the menu; the three windows are in :mod:`timeline_app.ui.dialogs.help_dialogs`,
which loads when one is first opened (their names can still be imported from here).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QWidget

from timeline_app import APP_NAME
from timeline_app.ui.i18n import tr

APP_LICENCE = "GPL-3.0-or-later"
#: The libraries the application bundles, by distribution name; what they need is added from their metadata.
BUNDLED = ("PySide6-Essentials", "shiboken6", "SQLAlchemy", "sqlmodel", "alembic", "python-dateutil",
           "platformdirs", "tzdata", "icalendar", "defusedxml")
GUIDE = Path("resources", "guide", "user-guide.md")
ICON = Path("resources", "icons", "timeline_app.svg")


def resource(relative: Path) -> Path:
    """A file under ``resources/``: beside a frozen build's program, else at the repository's top."""
    frozen = getattr(sys, "_MEIPASS", None)
    root = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return root / relative


def plain(text: str) -> str:
    """Menu text as read: no mnemonic ampersands, no trailing ellipsis."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


# ---------------------------------------------------------------- the menu


class HelpActions(QObject):
    """Adds User Guide, Keyboard Shortcuts and About to ``menu``; each opens one non-modal window."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self._open: dict[type, QDialog] = {}
        self.guide_action = self._action(menu, "GuideDialog", QKeySequence.keyBindings(
            QKeySequence.StandardKey.HelpContents) or [QKeySequence("F1")])
        self.shortcuts_action = self._action(menu, "ShortcutsDialog", [QKeySequence("Ctrl+/")])
        menu.addSeparator()
        self.about_action = self._action(menu, "AboutDialog", [])
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        icon = QIcon(str(resource(ICON)))
        if not icon.isNull():
            self.about_action.setIcon(icon)
        self.retranslate()

    def retranslate(self) -> None:
        for action, text, tip in (
                (self.guide_action, tr("&User Guide"), tr("The user guide")),
                (self.shortcuts_action, tr("&Keyboard Shortcuts"), tr("Every command that has a key, by menu")),
                (self.about_action, tr("&About {}").format(APP_NAME),
                 tr("Version and licences, also of the bundled libraries"))):
            action.setText(text)
            action.setStatusTip(tip)

    def _action(self, menu: QMenu, dialog: str, keys: list[QKeySequence]) -> QAction:
        """An action opening the window class named ``dialog`` (of ``help_dialogs``)."""
        action = menu.addAction("")
        action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False: self.show(_from_windows(dialog)))
        return action

    def show(self, dialog_type: type) -> QDialog:
        """Open a dialog of ``dialog_type`` (or bring the open one forward); it deletes itself when closed."""
        dialog = self._open.get(dialog_type)
        if dialog is None:
            dialog = dialog_type(self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            # forgotten once closed, not once deleted: a reopening before the deferred delete gets a new one
            dialog.finished.connect(lambda _result, t=dialog_type: self._open.pop(t, None))
            self._open[dialog_type] = dialog
        bring_forward(dialog)
        return dialog


def bring_forward(dialog: QWidget) -> None:
    """Show ``dialog`` above its window and give it the keyboard (a second Help ▸ … brings it back)."""
    already = dialog.isVisible()
    dialog.show()
    if already and QGuiApplication.platformName() != "offscreen":  # which cannot raise, and warns
        dialog.raise_()
    dialog.activateWindow()


def install_help(window: QMainWindow, menu: QMenu) -> HelpActions:
    return HelpActions(window, menu)


#: What :mod:`timeline_app.ui.dialogs.help_dialogs` holds that is also imported from here.
_WINDOWS = frozenset({"ShortcutEntry", "shortcut_entries", "ShortcutsDialog", "guide_text", "GuideDialog", "Library",
                      "bundled_libraries", "about_text", "qt_library", "AboutDialog"})


def _from_windows(name: str) -> type:
    from timeline_app.ui.dialogs import help_dialogs  # the windows load when one is first opened

    return getattr(help_dialogs, name)


def __getattr__(name: str):
    """The help windows and what they use, importable from here as before, loaded on first use."""
    if name in _WINDOWS:
        return _from_windows(name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
