"""The Help menu's three windows: Keyboard Shortcuts, the User Guide and About.

They load when one of them is first opened (:mod:`timeline_app.ui.help` builds the menu and names
them), not at start: About reads every bundled library's metadata, the guide reads its file.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata

import PySide6
from PySide6.QtCore import QSize, Qt, Slot, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMainWindow, QMenu, QMenuBar, QPushButton, QTableWidget,
                               QTableWidgetItem, QTextBrowser, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from timeline_app import APP_NAME, __version__
from timeline_app.ui import settings
from timeline_app.ui.help import APP_LICENCE, BUNDLED, GUIDE, ICON, plain, resource
from timeline_app.ui.i18n import Retranslating, tr
from timeline_app.ui.sizes import on_screen

ICON_SIZE = QSize(64, 64)  # About's icon, in logical pixels: drawn from the SVG at the screen's scaling


def _dialog_buttons(dialog: QDialog, *extra: QPushButton) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.setAccessibleName(tr("Dialog buttons"))
    buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(tr("Close"))
    for button in extra:
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _remember_geometry(dialog: QDialog) -> None:
    dialog.restoreGeometry(settings.dialog_geometry(dialog.objectName()))
    dialog.finished.connect(lambda _result: settings.save_dialog_geometry(dialog.objectName(), dialog.saveGeometry()))


# ---------------------------------------------------------------- keyboard shortcuts


@dataclass(frozen=True)
class ShortcutEntry:
    menu: str  # "Edit", "File › Open Recent"; "Other" for actions outside the menus
    command: str
    keys: str  # as the platform writes them, alternatives separated by ", "


#: Qt's codes for the extra keys of some keyboards (Back, New, Open, Undo, media keys, ...): the
#: platform binds standard actions to them too, but listing "New" as New's key would only confuse.
_EXTRA_KEYS = range(0x01000061, 0x01001000)


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
                     if not k.isEmpty() and k[0].key().value not in _EXTRA_KEYS)


def shortcut_entries(window: QMainWindow) -> list[ShortcutEntry]:
    """Every action in ``window`` that has a shortcut: menu by menu in menu-bar order, then the rest
    that are on some widget (an action on none has no working shortcut)."""
    entries: list[ShortcutEntry] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} › {plain(action.menu().title())}")
            elif not action.isSeparator() and _keys(action) and id(action) not in seen:
                seen.add(id(action))
                entries.append(ShortcutEntry(path, plain(action.text()), _keys(action)))

    bar: QMenuBar = window.menuBar()
    for top in bar.actions():
        if top.menu() is not None:
            walk(top.menu(), plain(top.menu().title()))
    for action in window.findChildren(QAction):
        if id(action) in seen or action.isSeparator() or not _keys(action) or not action.associatedObjects():
            continue
        seen.add(id(action))
        entries.append(ShortcutEntry(tr("Other", "shortcuts of no menu"), plain(action.text()), _keys(action)))
    return entries


class ShortcutsDialog(Retranslating, QDialog):
    """Help ▸ Keyboard Shortcuts: the window's shortcuts by menu, with a filter."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("keyboard_shortcuts")
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter_label = filter_label = QLabel()
        filter_label.setBuddy(self.filter)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.buttons = _dialog_buttons(self)
        row = QHBoxLayout()
        row.addWidget(filter_label)
        row.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.filter, self.tree)
        QWidget.setTabOrder(self.tree, self.buttons.button(QDialogButtonBox.StandardButton.Close))
        self.filter.textChanged.connect(self._filter)
        self.resize(on_screen(self, 52, 56))
        _remember_geometry(self)
        self.retranslate()
        self.filter.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Keyboard Shortcuts"))
        self.setAccessibleName(tr("Keyboard shortcuts"))
        self.filter.setPlaceholderText(tr("Find a command or a key"))
        self.filter.setAccessibleName(tr("Find a shortcut"))
        self.filter.setAccessibleDescription(tr("Shows only the commands whose name or keys contain this text"))
        self.filter_label.setText(tr("&Find:"))
        self.filter_label.setAccessibleName(tr("Find"))
        self.tree.setAccessibleName(tr("Shortcuts by menu"))
        self.tree.setHeaderLabels([tr("Command"), tr("Shortcut")])
        self.fill(shortcut_entries(self._window))
        self._filter(self.filter.text())


    def showEvent(self, event) -> None:
        """Collected again each time it is shown: the menus may have changed since."""
        self.fill(shortcut_entries(self._window))
        self._filter(self.filter.text())
        super().showEvent(event)

    def fill(self, entries: list[ShortcutEntry]) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for entry in entries:
            group = groups.get(entry.menu)
            if group is None:
                group = groups[entry.menu] = QTreeWidgetItem(self.tree, [entry.menu])
                group.setFirstColumnSpanned(True)
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
            item = QTreeWidgetItem(group, [entry.command, entry.keys])
            item.setToolTip(0, f"{entry.menu} › {entry.command}")
        self.tree.expandAll()
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def rows(self) -> list[tuple[str, str, str]]:
        """``(menu, command, keys)`` for each row shown."""
        return [(group.text(0), group.child(i).text(0), group.child(i).text(1))
                for group in (self.tree.topLevelItem(g) for g in range(self.tree.topLevelItemCount()))
                for i in range(group.childCount()) if not group.child(i).isHidden()]

    @Slot(str)
    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            shown = 0
            for i in range(group.childCount()):
                item = group.child(i)
                match = not needle or needle in f"{group.text(0)} {item.text(0)} {item.text(1)}".casefold()
                item.setHidden(not match)
                shown += match
            group.setHidden(shown == 0)


# ---------------------------------------------------------------- user guide


def guide_text() -> str:
    path = resource(GUIDE)
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        return tr("# User guide\n\nThe guide could not be read from {}: {}.").format(path, exc.strerror or exc)


class GuideDialog(QDialog):
    """Help ▸ User Guide: the guide's Markdown, rendered read-only; links open in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_guide")
        self.setWindowTitle(tr("{} User Guide").format(APP_NAME))
        self.setAccessibleName(tr("User guide"))
        self.viewer = QTextBrowser()
        self.viewer.setAccessibleName(tr("User guide text"))
        self.viewer.setOpenExternalLinks(True)
        self.viewer.setReadOnly(True)
        self.viewer.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.viewer.setMarkdown(guide_text())
        self.buttons = _dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.viewer)
        layout.addWidget(self.buttons)
        QWidget.setTabOrder(self.viewer, self.buttons.button(QDialogButtonBox.StandardButton.Close))
        self.resize(on_screen(self, 68, 72))
        _remember_geometry(self)
        self.viewer.setFocus()


# ---------------------------------------------------------------- about


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def _licence(meta) -> str:
    """The licence as the package declares it: SPDX expression, else a one-line License field,
    else its licence classifiers."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and "\n" not in field and len(field) <= 80 and field.upper() != "UNKNOWN":
        return field
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return " / ".join(classifiers) or tr("see the package's licence file")


def bundled_libraries(names: tuple[str, ...] = BUNDLED) -> list[Library]:
    """``names`` and, recursively, what they require (optional extras aside), as installed, by name."""
    found: dict[str, Library] = {}
    pending = list(names)
    while pending:
        name = pending.pop(0)
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in found:
            continue
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        found[key] = Library(meta["Name"], meta["Version"], _licence(meta))
        for requirement in meta.get_all("Requires-Dist") or []:
            if "extra ==" in requirement.replace("extra==", "extra =="):
                continue
            match = _REQUIREMENT.match(requirement)
            if match:
                pending.append(match.group(1))
    return sorted(found.values(), key=lambda lib: lib.name.casefold())


def about_text() -> str:
    """Everything About shows, as plain text for a bug report: in English, for whoever reads the report."""
    lines = [f"{APP_NAME} {__version__} — licence {APP_LICENCE}",
             "An event timeline and claim tracker: who said what, when, and who denied it.",
             f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {sys.version.split()[0]}",
             "", "Bundled libraries:"]
    lines += [f"  {lib.name} {lib.version}: {lib.licence}" for lib in [qt_library(), *bundled_libraries()]]
    return "\n".join(lines)


def qt_library() -> Library:
    return Library("Qt", qVersion(), "LGPL-3.0-only")


class AboutDialog(QDialog):
    """Help ▸ About: name, version, the program's licence and every bundled library's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about")
        self.setWindowTitle(tr("About {}").format(APP_NAME))
        self.setAccessibleName(tr("About {}").format(APP_NAME))
        icon = QLabel()
        icon.setAccessibleName(tr("{} icon").format(APP_NAME))
        svg = QIcon(str(resource(ICON)))
        if not svg.isNull():
            icon.setPixmap(svg.pixmap(ICON_SIZE, self.devicePixelRatio()))
        self.heading = QLabel(f"{APP_NAME} {__version__}")
        self.heading.setAccessibleName(tr("{} version {}").format(APP_NAME, __version__))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel("\n".join((
            tr("An event timeline and claim tracker: who said what, when, and who denied it."),
            tr("Free software under the {} licence.").format(APP_LICENCE),
            f"Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {sys.version.split()[0]}")))
        self.summary.setAccessibleName(tr("Description and versions"))
        self.summary.setWordWrap(True)
        for label in (self.heading, self.summary):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        caption = QLabel(tr("&Bundled libraries and their licences:"))
        caption.setAccessibleName(tr("Bundled libraries and their licences"))
        libraries = [qt_library(), *bundled_libraries()]
        self.libraries = QTableWidget(len(libraries), 3)
        self.libraries.setAccessibleName(tr("Bundled libraries"))
        self.libraries.setAccessibleDescription(tr("Name, version and licence of each library the program includes"))
        caption.setBuddy(self.libraries)
        self.libraries.setHorizontalHeaderLabels([tr("Library"), tr("Version"), tr("Licence")])
        self.libraries.verticalHeader().hide()
        self.libraries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.libraries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.libraries.setAlternatingRowColors(True)
        for row, lib in enumerate(libraries):
            for column, text in enumerate((lib.name, lib.version, lib.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.libraries.setItem(row, column, item)
        header = self.libraries.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.copy_button = QPushButton(tr("&Copy Details"))
        self.copy_button.setAccessibleName(tr("Copy details"))
        self.copy_button.setAccessibleDescription(tr("Copies the versions and licences as text, e.g. for a bug report"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(about_text()))
        self.buttons = _dialog_buttons(self, self.copy_button)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.summary)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(caption)
        layout.addWidget(self.libraries, 1)
        layout.addWidget(self.buttons)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        QWidget.setTabOrder(self.libraries, self.copy_button)
        QWidget.setTabOrder(self.copy_button, close)
        self.resize(on_screen(self, 62, 52))
        _remember_geometry(self)
        close.setDefault(True)
        close.setFocus()

    def library_rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.libraries.item(r, c).text() for c in range(3)) for r in range(self.libraries.rowCount())]
