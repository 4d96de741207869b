"""The source reader: one source's text with every anchored passage highlighted, where analysts
mark new passages and make claims, denials and events of them.

Passages take the colour of their claimant's party, as on the timeline (events' passages are
neutral); hovering one names its claim, clicking one selects that claim everywhere, and the
passages of whatever is selected elsewhere are tinted more strongly and scrolled into view.
Passages that can no longer be found in the text are listed under it as orphaned, never
highlighted somewhere else. The text is plain and read-only: the snapshot passages point into.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QEvent, QPoint, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QMouseEvent, QPalette
from PySide6.QtWidgets import (QListWidget, QListWidgetItem, QMainWindow, QPlainTextEdit, QToolBar, QToolTip,
                               QVBoxLayout, QWidget)

from timeline_app.commands.changes import Changes
from timeline_app.domain.timeline.items import GENERAL_LANE, LaneInfo
from timeline_app.store.db import Project
from timeline_app.ui import i18n
from timeline_app.ui.i18n import Retranslating, tr
from timeline_app.ui.plain_text import literal, plain_label
from timeline_app.ui.timeline.selection import SelectionModel
from timeline_app.ui.timeline.theme import Theme, lane_colours
from timeline_app.ui.vocabulary import status_text, wording

if TYPE_CHECKING:
    from timeline_app.store.choices import Choice
    from timeline_app.store.passages import SourceText
    from timeline_app.ui.dialogs.values import PassageRef
    from timeline_app.ui.passage_marks import Mark

# The reader is built at start but shows a source only when asked: what reads and marks a
# source's passages (store.passages, passage_marks) loads then, inside the methods that use it.

RECORD_ROLE = Qt.ItemDataRole.UserRole
OPENING_SHARE = 1 / 3  # of the main window's height: the reader's height when it first opens
NO_SOURCE = QT_TR_NOOP("No source open. Choose View ▸ Open Source…, or “Read the text” in the details of a source.")


class SourceReader(Retranslating, QWidget):
    """Shows :meth:`open_source`'s text; its actions act on the passage selected in it."""

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection = selection
        self._project: Project | None = None
        self._source: SourceText | None = None
        self._choice: Choice | None = None
        self._marks: list[Mark] = []
        self.title, self.facts = plain_label(bold=True), plain_label()
        self.facts.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.toolbar = QToolBar()
        self.open_action = self.toolbar.addAction("")
        self.toolbar.addSeparator()
        self.new_claim_action, self.attach_action, self.denial_action, self.event_action = (
            self.toolbar.addAction("") for _ in range(4))
        self.text = _SourceText()
        self.text.passage_clicked.connect(self._select_record)
        self.text.selectionChanged.connect(self._enable)
        self.text.customContextMenuRequested.connect(self._context_menu)
        self.orphans_label = plain_label()
        self.orphans = QListWidget()
        self.orphans.itemActivated.connect(lambda item: self._select_record(item.data(RECORD_ROLE)))
        self.orphans.itemClicked.connect(lambda item: self._select_record(item.data(RECORD_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget, stretch in ((self.title, 0), (self.facts, 0), (self.toolbar, 0), (self.text, 1),
                                (self.orphans_label, 0), (self.orphans, 0)):
            layout.addWidget(widget, stretch)
        selection.changed.connect(self._follow_selection)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the reader in the interface's language; the source shown stays open."""
        self.toolbar.setWindowTitle(tr("Source"))
        for action, text, tip in (
                (self.open_action, tr("Open Source…"), tr("Choose a source of this project to read")),
                (self.new_claim_action, tr("New Claim from Selection"), tr("Make a claim of the selected passage")),
                (self.attach_action, tr("Attach to Claim…"), tr("Anchor the selected passage to an existing claim")),
                (self.denial_action, tr("New Denial of…"), tr("Make the selected passage a claim denying another")),
                (self.event_action, tr("New Event from Selection"), tr("Make an event of the selected passage"))):
            action.setText(text)
            action.setToolTip(tip)
        self.orphans.setAccessibleName(tr("Orphaned passages"))
        self.text.setAccessibleName(tr("Source text"))
        scroll = self.text.verticalScrollBar().value()
        self._show(self._source)
        self.text.verticalScrollBar().setValue(scroll)

    def sizeHint(self) -> QSize:
        """A third of the main window's height: docked below the timeline, the reader opens at this
        height, so the timeline keeps most of the room also on a 960×540 screen (1920×1080 at 200 %),
        where the reader's own hint of heading, toolbar and text took 60 % of it. Qt asks only while
        the reader's dock area has no height yet: one the user drags it to stays, and the window's
        saved state brings it back. Floating, the reader keeps its own hint."""
        hint = super().sizeHint()
        if isinstance(self.window(), QMainWindow):
            hint.setHeight(round(self.window().height() * OPENING_SHARE))
        return hint

    # ------------------------------------------------------------ what is shown

    def set_project(self, project: Project | None) -> None:
        self._project = project
        self._show(None)

    def source_id(self) -> str | None:
        return self._source.id if self._source else None

    def marks(self) -> list[Mark]:
        return list(self._marks)

    @Slot(str)
    def open_source(self, source_id: str) -> None:
        self._show(self._read(source_id))
        self._follow_selection(None)

    def refresh(self, changes: Changes) -> None:
        """Read the source again if an edit touched its passages or what they show; keep the scroll."""
        if self._source is None or not (changes.annotations or changes.claims or changes.events or changes.actors
                                        or self._source.id in changes.sources):
            return
        scroll = self.text.verticalScrollBar().value()
        self._show(self._read(self._source.id))
        self.text.verticalScrollBar().setValue(scroll)

    def _read(self, source_id: str) -> SourceText | None:
        if self._project is None:
            return None
        from timeline_app.store.choices import find_sources
        from timeline_app.store.passages import source_text

        with self._project.session() as session:
            found = source_text(session, source_id, wording())
            self._choice = next(iter(find_sources(session, only=source_id, wording=wording())), None)
        return found

    def _show(self, source: SourceText | None) -> None:
        self._source = source
        shown, self._marks = _placed(source) if source else ("", [])
        self.text.setPlainText(shown)
        self.text.setPlaceholderText(tr(NO_SOURCE))
        self.text.marks = self._marks
        self.title.setText(source.title if source else tr("No source open"))
        self.facts.setText(_facts(source) if source else "")
        self.open_action.setEnabled(self._project is not None)
        self._list_orphans()
        self._highlight()
        self._enable()

    def _list_orphans(self) -> None:
        orphaned = [p for p in self._source.passages if p.span is None] if self._source else []
        self.orphans.clear()
        for passage in orphaned:
            item = QListWidgetItem(f"“{passage.exact}” — {passage.label}")
            item.setData(RECORD_ROLE, passage.record_id)
            item.setToolTip(literal(tr("This passage can no longer be found in the text:\n“{}”").format(passage.exact)))
            self.orphans.addItem(item)
        self.orphans_label.setText(tr("Orphaned passages ({}): they can no longer be found in this text, so they are "
                                      "not highlighted").format(len(orphaned)))
        self.orphans_label.setVisible(bool(orphaned))
        self.orphans.setVisible(bool(orphaned))
        self.orphans.setMaximumHeight(self.orphans.sizeHintForRow(0) * min(len(orphaned), 4) + 6 if orphaned else 0)

    def _highlight(self) -> None:
        if self._source is None:
            self.text.setExtraSelections([])
            return
        from timeline_app.ui.passage_marks import highlights

        theme = Theme.from_palette(self.palette())
        parties = sorted(self._source.parties, key=lambda p: (p.position, p.name))  # as the timeline's lanes
        lanes = [LaneInfo(p.id, p.name, p.colour) for p in parties]
        colours: dict[str | None, QColor] = dict(lane_colours(theme, [*lanes, LaneInfo(GENERAL_LANE, "", None)]))
        colours[None] = colours.pop(GENERAL_LANE)
        emphasised = set(self._selection.ids())
        self.text.setExtraSelections(highlights(self.text.document(), self._marks, colours, emphasised))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._highlight()

    # ------------------------------------------------------------ selections

    def passage(self) -> PassageRef | None:
        """The passage selected in the text, in code points and without surrounding white space."""
        cursor = self.text.textCursor()
        if self._source is None or not cursor.hasSelection():
            return None
        from timeline_app.ui.dialogs.values import PassageRef
        from timeline_app.ui.passage_marks import selected

        span = selected(self._source.text, cursor.selectionStart(), cursor.selectionEnd())
        if span is None:
            return None
        return PassageRef(self._choice, *span, self._source.text[span[0]:span[1]], self._source.language)

    @Slot()
    def _enable(self) -> None:
        chosen = self._project is not None and self.passage() is not None
        for action in (self.new_claim_action, self.attach_action, self.denial_action, self.event_action):
            action.setEnabled(chosen)

    @Slot(str)
    def _select_record(self, record_id: str) -> None:
        self._selection.select([record_id], source=self)

    @Slot(object)
    def _follow_selection(self, source: object) -> None:
        """Tint the selected records' passages; bring the first into view when chosen elsewhere."""
        self._highlight()
        current = self._selection.current()
        shown = next((m for m in self._marks if m.passage.record_id == current), None)
        if source is not self and shown is not None and not self.text.textCursor().hasSelection():
            cursor = self.text.textCursor()
            cursor.setPosition(shown.start)
            self.text.setTextCursor(cursor)
            self.text.centerCursor()

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        menu = self.text.createStandardContextMenu(pos)
        menu.addSeparator()
        menu.addActions([self.new_claim_action, self.attach_action, self.denial_action, self.event_action])
        menu.exec(self.text.viewport().mapToGlobal(pos))
        menu.deleteLater()


def _placed(source: SourceText) -> tuple[str, list[Mark]]:
    """The source's text as the reader shows it, and its passages placed in that text."""
    from timeline_app.ui.passage_marks import display_text, place

    return display_text(source.text), place(source.text, source.passages)


def _facts(source: SourceText) -> str:
    orphaned = sum(p.span is None for p in source.passages)
    passages = tr("%n passage(s)", None, len(source.passages)) + (
        tr(", %n orphaned", None, orphaned) if orphaned else "")
    published = tr("published {}").format(source.published.label(i18n.language())) if source.published \
        else tr("publication date unknown")
    return " · ".join(filter(None, (source.outlet or tr("outlet unknown"), published, source.language, passages)))


class _SourceText(QPlainTextEdit):
    """The read-only text: a tooltip over a passage names its claim, a click on it selects it."""

    passage_clicked = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.marks: list[Mark] = []

    def marks_at(self, pos: QPoint) -> list[Mark]:
        """The passages under a point of the viewport: the character there, not the caret's gap."""
        from timeline_app.ui.passage_marks import at

        cursor = self.cursorForPosition(pos)
        position = cursor.position() - (pos.x() < self.cursorRect(cursor).left())
        return at(self.marks, position)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            found = self.marks_at(event.pos())
            if found:
                QToolTip.showText(event.globalPos(), literal(_tooltip(found)), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            found = self.marks_at(event.position().toPoint())
            if found:
                self.passage_clicked.emit(found[0].passage.record_id)


def _tooltip(marks: list[Mark]) -> str:
    lines = []
    for mark in marks:
        lines.append(mark.passage.label)
        if mark.passage.status:
            lines.append(tr("Status: {}").format(status_text(mark.passage.status)))
    return "\n".join(lines) + "\n" + tr("Click to select it")
