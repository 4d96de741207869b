"""The Edit, Insert and Claim menus, the undo history and the source reader, wired to the open project.

Each open project gets its own :class:`~timeline_app.commands.stack.EditStack`; a QUndoGroup makes
the Undo and Redo actions (named after the edit: "Undo New claim") and the history view follow it.
Every edit is committed when it is made, so the window keeps saying "All changes saved". After each
edit, undo or redo, the one ``changed`` notification refreshes only what changed: the timeline's
items in place, the claims panel, the details, the source reader and the window's figures.

Shortcuts (none clash with File's Ctrl+N, Ctrl+O, Ctrl+Shift+O/S/I/E/P or View's zoom keys):
Ctrl+Shift+N new claim, Ctrl+Shift+M new event, Ctrl+E edit, Del delete, Ctrl+T set status,
Ctrl+D add denial, Ctrl+R new relation, Alt+Down / Alt+Up next / previous claim in date order,
Ctrl+Shift+R open a source to read; undo and redo use the platform's keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (QDockWidget, QMainWindow, QMenu, QMenuBar, QStyledItemDelegate, QStyleOptionViewItem,
                               QToolBar, QUndoView, QWidget)

from timeline_app.commands.changes import Changes
from timeline_app.commands.stack import EditStack
from timeline_app.messages import Message
from timeline_app.store.db import Project
from timeline_app.ui.claim_flows import ClaimFlows
from timeline_app.ui.editing import Editor
from timeline_app.ui.errors import warn
from timeline_app.ui.i18n import tr, translated
from timeline_app.ui.shared_editing import LiveUpdates
from timeline_app.ui.source_reader import SourceReader
from timeline_app.ui.timeline_workspace import MESSAGE_MS, TimelineWorkspace

StandardKey = QKeySequence.StandardKey
BOTTOM, RIGHT = Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea


class EditActions(QObject):
    """Builds the editing actions, docks and menus into ``window``; :meth:`set_project` arms them."""

    edited = Signal(object)  # Changes, once every view has caught up: the window recounts its figures

    def __init__(self, window: QMainWindow, workspace: TimelineWorkspace) -> None:
        super().__init__(window)
        self.window, self.workspace = window, workspace
        self.group = QUndoGroup(self)
        self.stack: EditStack | None = None
        self.editor = Editor(window, workspace.selection)
        self.claims = ClaimFlows(self.editor)
        self.reader = SourceReader(workspace.selection)
        self.reader_dock = _dock(window, "source_reader", self.reader, BOTTOM)
        self.history = QUndoView(self.group)
        self.history.setItemDelegate(EditNameDelegate(self.history, lambda: self.stack))
        self.history_dock = _dock(window, "undo_history", self.history, RIGHT)
        for dock in (self.reader_dock, self.history_dock):  # until a source is opened, or history asked for
            dock.hide()
        self.edit_menu = self.insert_menu = self.claim_menu = None
        # others' commits to the same project (another window, a colleague on a shared project)
        self.live = LiveUpdates(self._changed, lambda: self.window.reload_project(), self)
        self._build_actions()
        self._connect()
        self.set_project(None)
        self.retranslate()

    def _action(self, slot, *keys) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: slot())
        action.setShortcuts([QKeySequence(k) for k in keys])
        return action

    def _build_actions(self) -> None:
        """Undo and redo follow the active stack; every other action needs an open project."""
        self.undo_action = self._action(self.group.undo, StandardKey.Undo)
        self.redo_action = self._action(self.group.redo, StandardKey.Redo)
        for signal in (self.group.canUndoChanged, self.group.canRedoChanged, self.group.undoTextChanged,
                       self.group.redoTextChanged):
            signal.connect(self._name_undo_actions)
        editor = self.editor
        self.new_claim_action = self._action(self._new_claim, "Ctrl+Shift+N")
        self.new_event_action = self._action(lambda: editor.new_event(), "Ctrl+Shift+M")
        self.new_actor_action = self._action(editor.new_actor)
        self.new_source_action = self._action(editor.new_source)
        self.edit_action = self._action(lambda: editor.edit(), "Ctrl+E")
        self.delete_action = self._action(lambda: editor.delete(), StandardKey.Delete)
        self.open_source_action = self._action(self.choose_source, "Ctrl+Shift+R")
        self._build_claim_actions()
        self.toolbar = QToolBar(self.window)
        self.toolbar.setObjectName("edit_toolbar")
        self.toolbar.addActions([self.new_claim_action, self.new_event_action, self.undo_action, self.redo_action])
        self.window.insertToolBar(self.workspace.toolbar, self.toolbar)
        self._project_actions = [
            self.new_claim_action, self.new_event_action, self.new_actor_action, self.new_source_action,
            self.edit_action, self.delete_action, self.status_action, self.denial_action, self.relation_action,
            self.edit_relation_action, self.delete_relation_action, self.next_action, self.previous_action,
            self.open_source_action]

    def _build_claim_actions(self) -> None:
        claims = self.claims
        self.status_action = self._action(claims.set_status, "Ctrl+T")
        self.denial_action = self._action(self._new_denial, "Ctrl+D")
        self.relation_action = self._action(claims.new_relation, "Ctrl+R")
        self.edit_relation_action = self._action(claims.edit_relation)
        self.delete_relation_action = self._action(claims.delete_relation)
        self.next_action = self._action(lambda: claims.step(1), "Alt+Down")
        self.previous_action = self._action(lambda: claims.step(-1), "Alt+Up")

    def retranslate(self) -> None:
        """Every action's text and tip, the menus' titles and the docks', in the interface's language."""
        texts = (
            (self.new_claim_action, tr("New &Claim…"), tr("A new claim; from the passage selected in the source, if any")),
            (self.new_event_action, tr("New &Event…"), ""),
            (self.new_actor_action, tr("New &Party or Person…"), ""),
            (self.new_source_action, tr("New &Source…"),
             tr("Add a report or statement: paste its text or load a text file")),
            (self.edit_action, tr("&Edit Selected…"), ""),
            (self.delete_action, tr("&Delete Selected…"), ""),
            (self.open_source_action, tr("Open &Source…"), ""),
            (self.status_action, tr("Set &Status…"),
             tr("Change the selected claim's status; the change is kept in its history")),
            (self.denial_action, tr("Add &Denial…"), tr("A claim denying another, with its denies link, in one step")),
            (self.relation_action, tr("New &Relation…"), ""),
            (self.edit_relation_action, tr("Edit Re&lation…"), ""),
            (self.delete_relation_action, tr("Delete Rela&tion…"), ""),
            (self.next_action, tr("&Next Claim"), ""),
            (self.previous_action, tr("&Previous Claim"), ""),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setStatusTip(tip)
        self._name_undo_actions()
        self.toolbar.setWindowTitle(tr("Edit"))
        self.reader_dock.setWindowTitle(tr("Source Text"))
        self.history_dock.setWindowTitle(tr("Undo History"))
        self.history.setEmptyLabel(tr("As opened"))
        for menu, title in ((self.edit_menu, tr("&Edit")), (self.insert_menu, tr("&Insert")),
                            (self.claim_menu, tr("&Claim"))):
            if menu is not None:
                menu.setTitle(title)

    @Slot()
    def _name_undo_actions(self) -> None:
        """"Undo Delete claim “…”", named after the edit, in the interface's language."""
        stack = self.stack
        index = stack.undo_stack.index() if stack is not None else 0
        for action, can, edit, plain, named in (
                (self.undo_action, self.group.canUndo(), stack and stack.edit_at(index - 1), tr("Undo"), tr("Undo {}")),
                (self.redo_action, self.group.canRedo(), stack and stack.edit_at(index), tr("Redo"), tr("Redo {}"))):
            action.setEnabled(can)
            action.setText(named.format(translated(edit.text).replace("&", "&&")) if can and edit else plain)

    def _connect(self) -> None:
        editor, claims, reader = self.editor, self.claims, self.reader
        reader.open_action.triggered.connect(self.choose_source)
        reader.new_claim_action.triggered.connect(lambda: editor.new_claim(reader.passage()))
        reader.attach_action.triggered.connect(lambda: claims.attach(reader.passage()))
        reader.denial_action.triggered.connect(lambda: claims.new_denial(reader.passage()))
        reader.event_action.triggered.connect(lambda: editor.new_event(reader.passage()))
        self.editor.message.connect(lambda text: self.window.statusBar().showMessage(text, MESSAGE_MS))
        self.editor.source_added.connect(self.show_source)
        self.workspace.details.edit_requested.connect(self.editor.edit)
        self.workspace.details.source_requested.connect(self.show_source)

    # ------------------------------------------------------------ menus

    def build_menus(self, bar: QMenuBar, view_menu: QMenu) -> None:
        """Edit before View, the reader's entries at the top of View, then Insert and Claim."""
        edit_menu = QMenu(bar)
        self.edit_menu = edit_menu
        edit_menu.addActions([self.undo_action, self.redo_action, self.history_dock.toggleViewAction()])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.delete_action])
        bar.insertMenu(view_menu.menuAction(), edit_menu)
        first = view_menu.actions()[0] if view_menu.actions() else None
        view_menu.insertActions(first, [self.reader_dock.toggleViewAction(), self.open_source_action])
        view_menu.insertSeparator(first)
        self.insert_menu = bar.addMenu("")
        self.insert_menu.addActions([self.new_claim_action, self.new_event_action, self.new_actor_action,
                                     self.new_source_action])
        claim_menu = self.claim_menu = bar.addMenu("")
        claim_menu.addActions([self.status_action, self.denial_action])
        claim_menu.addSeparator()
        claim_menu.addActions([self.relation_action, self.edit_relation_action, self.delete_relation_action])
        claim_menu.addSeparator()
        claim_menu.addActions([self.next_action, self.previous_action])
        self.retranslate()

    # ------------------------------------------------------------ the open project

    def set_project(self, project: Project | None) -> None:
        """A new edit stack for ``project`` (its undo history starts empty), or none."""
        if self.stack is not None:
            self.group.removeStack(self.stack.undo_stack)
            self.stack.deleteLater()
        self.stack = EditStack(project, self) if project is not None else None
        if self.stack is not None:
            self.group.addStack(self.stack.undo_stack)
            self.group.setActiveStack(self.stack.undo_stack)
            self.stack.changed.connect(self._changed)
            self.stack.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
            self.stack.conflicted.connect(self._conflicted, Qt.ConnectionType.QueuedConnection)
        self.live.set_project(project)
        self.editor.set_stack(project, self.stack)
        self.reader.set_project(project)
        for action in self._project_actions:
            action.setEnabled(project is not None)

    @Slot(object)
    def _changed(self, changes: Changes) -> None:
        """Bring every view up to date with one edit (or undo, or redo), each only where it changed."""
        from timeline_app.store import choices  # the refreshing code loads with the first edit, not at start
        from timeline_app.store.timeline_refresh import timeline_patch

        project, view = self.editor.project, self.workspace.view
        if view.data() is not None and view.apply_refresh(timeline_patch(project, view.data(), changes)):
            self.workspace.undated.set_data(view.data())
        if changes.structure:
            with project.session() as session:
                kept = choices.existing(session, list(self.workspace.selection.ids()))
            self.workspace.selection.select(kept, source=self)
        panel = getattr(self.workspace, "claims_panel", None)
        if panel is not None:
            panel.refresh(changes)
        self.workspace.details.refresh()
        self.reader.refresh(changes)
        self.edited.emit(changes)

    @Slot(object)
    def _failed(self, said: Message) -> None:
        warn(self.window, tr("Not Saved"), translated(said))

    @Slot(object)
    def _conflicted(self, conflict) -> None:
        """Someone else saved the record meanwhile: show both versions; the user keeps one."""
        if self.stack is not None and self.editor.resolve(conflict):
            self.stack.keep_mine(conflict)

    # ------------------------------------------------------------ the source reader

    @Slot(str)
    def show_source(self, source_id: str) -> None:
        self.reader.open_source(source_id)
        self.reader_dock.show()
        self.reader_dock.raise_()

    @Slot()
    def choose_source(self) -> QWidget | None:
        """Pick one of the project's sources to read."""
        if self.editor.project is None:
            return None
        from timeline_app.ui.dialogs.chooser import Chooser  # the dialogs load when first opened

        chooser = Chooser(tr("Open Source"), tr("Which source do you want to read?"), self.editor.search("source"),
                          ok_text=tr("Open", "a source, in the source reader"), parent=self.window)
        chooser.submitted.connect(lambda: (chooser.accept(), self.show_source(chooser.chosen().id)))
        chooser.open()
        return chooser

    def _from_reader(self) -> bool:
        """True when the reader has the focus and a passage selected: the request is about it."""
        return self.reader.text.hasFocus() and self.reader.passage() is not None

    def _new_claim(self) -> None:
        self.editor.new_claim(self.reader.passage() if self._from_reader() else None)

    def _new_denial(self) -> None:
        self.claims.new_denial(self.reader.passage() if self._from_reader() else None)


class EditNameDelegate(QStyledItemDelegate):
    """Shows the undo history's entries, the edits' names, in the interface's language: the history's
    model holds them in English (a command's text), so each row's edit is asked for its Message.
    Row 0 is the history's empty label ("As opened"), translated already."""

    def __init__(self, view: QUndoView, stack: Callable[[], EditStack | None]) -> None:
        super().__init__(view)
        self._stack = stack

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        stack = self._stack()
        edit = stack.edit_at(index.row() - 1) if stack is not None and index.row() > 0 else None
        if edit is not None:
            option.text = translated(edit.text)


def _dock(window: QMainWindow, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    return dock
