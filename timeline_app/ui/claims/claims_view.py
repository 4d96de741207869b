"""The claims tree's view: how the rows are laid out, sized and painted, and read as they scroll in.

Party, claimant and relation rows span every column (one line of words each); a claim's relations
are shown opened, since a denial is what a fact-checker looks for first. Narrow columns are as wide
as their usual text and the proposition takes the rest; the claimant column starts hidden (the tree
groups by claimant already) and the header's context menu shows or hides any column. In a narrow
tree (a small screen, 200 % scaling, a large font) the numbers' columns make way for the proposition.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QEvent, QModelIndex, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from timeline_app.ui.claims.badge import PAD, ClaimDelegate
from timeline_app.ui.claims.model import ClaimsTreeModel, Role
from timeline_app.ui.claims.nodes import HEADERS, Column
from timeline_app.ui.i18n import tr
from timeline_app.ui.sizes import ems
from timeline_app.ui.vocabulary import date_label

ROW_MARGIN = 4 * PAD  # the delegate's padding and the style's margins around a cell's content
HEADER_EXTRA = 24     # a header's sort arrow and margins, in pixels
#: The widest date the said column should show whole ("until 21 Dec 2025", in the interface's language).
SAMPLE_DATE = "../2025-12-21"
SAMPLE_NAME = "Volodymyr Zel"
STATUS_CHARS = 12  # longer status names ("Not applicable (opinion)") are elided in their badge
HIDDEN = (Column.CLAIMANT,)
SPARE = (Column.CREDIBILITY, Column.SOURCES)  # the numbers' columns, which make way in a narrow tree
PROPOSITION_EMS = 15  # the proposition's width at least, while the SPARE columns are shown
COLUMN_NAMES = {Column.CREDIBILITY: QT_TR_NOOP("Credibility")}


class ClaimsView(QTreeView):
    """A tree view of a :class:`ClaimsTreeModel`, sorted by the store (the header re-sorts the model)."""

    def __init__(self, model: ClaimsTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._column_toggles: dict[int, QAction] = {}
        self._fitted: dict[int, int] = {}  # the narrow columns' widths, as fit_columns chose them
        self.setModel(model)
        self.setItemDelegate(ClaimDelegate(self))
        self.setUniformRowHeights(True)
        self.setIndentation(round(self.fontMetrics().averageCharWidth() * 1.7))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAllColumnsShowFocus(True)
        self.setAlternatingRowColors(True)
        self._set_up_header()
        model.rowsInserted.connect(self._rows_inserted)
        model.modelReset.connect(lambda: self._rows_inserted(QModelIndex(), 0, model.rowCount() - 1))
        self.verticalScrollBar().valueChanged.connect(self._read_rows_in_view)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Claims by party and claimant"))
        for column, action in self._column_toggles.items():
            action.setText(tr("Show {} column").format(tr(COLUMN_NAMES.get(column, HEADERS[column]))))

    def _set_up_header(self) -> None:
        header = self.header()
        header.setSortIndicator(Column.SAID, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.PROPOSITION, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for column in range(len(HEADERS)):
            if column != Column.PROPOSITION:
                header.addAction(self._column_toggle(column))

    def _column_toggle(self, column: int) -> QAction:
        action = self._column_toggles[column] = QAction(self)
        action.setCheckable(True)
        action.setChecked(column not in HIDDEN)
        self.setColumnHidden(column, column in HIDDEN)
        action.toggled.connect(lambda shown: self.setColumnHidden(column, not shown))
        return action

    def fit_columns(self, status_labels: list[str]) -> None:
        """Narrow columns as wide as their usual text: a date at a claim's depth, a status in its badge,
        the numbers' headers."""
        metrics, header = self.fontMetrics(), self.header()
        samples = {Column.SAID: date_label(SAMPLE_DATE), Column.CLAIMANT: SAMPLE_NAME,
                   Column.CREDIBILITY: tr(HEADERS[Column.CREDIBILITY]), Column.SOURCES: tr(HEADERS[Column.SOURCES])}
        widths = {column: metrics.horizontalAdvance(sample) + HEADER_EXTRA for column, sample in samples.items()}
        widths[Column.SAID] = metrics.horizontalAdvance(samples[Column.SAID]) + 3 * self.indentation() + ROW_MARGIN
        widest = max((metrics.horizontalAdvance(label[:STATUS_CHARS]) for label in status_labels), default=0)
        widths[Column.STATUS] = widest + metrics.height() + 3 * PAD + ROW_MARGIN
        for column, width in widths.items():
            header.resizeSection(column, width)
        self._fitted = widths
        self._make_room()

    def _make_room(self) -> None:
        """Hide the :data:`SPARE` columns while showing them would leave the proposition narrower
        than :data:`PROPOSITION_EMS`, and show them again once the tree is wide enough; meanwhile their
        entries in the header's menu are greyed out. A column hidden from that menu stays hidden."""
        header = self.header()
        spare = [column for column in SPARE if self._column_toggles[column].isChecked()]
        others = sum(header.sectionSize(column) for column in range(header.count())
                     if column != Column.PROPOSITION and column not in SPARE)  # a hidden column's size is 0
        wanted = sum(self._fitted.get(column, 0) if header.isSectionHidden(column) else header.sectionSize(column)
                     for column in spare)
        room = self.viewport().width() - others - wanted >= ems(self, PROPOSITION_EMS)
        for column in spare:
            self.setColumnHidden(column, not room)
            self._column_toggles[column].setEnabled(room)  # the menu shows it cannot be had just now

    def reveal(self, index: QModelIndex) -> None:
        """Open the tree down to a row, make it current and scroll to it: centred, unless it is in
        view already with room for its relation rows below."""
        for ancestor in (index.parent().parent(), index.parent()):
            self.expand(ancestor)
        self.setCurrentIndex(index)
        margin = 2 * self.visualRect(index).height()
        in_view = self.viewport().rect().adjusted(0, margin, 0, -margin).contains(self.visualRect(index))
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible if in_view
                      else QAbstractItemView.ScrollHint.PositionAtCenter)

    @Slot()
    def _read_rows_in_view(self) -> None:
        """Read a claimant's next page once its last row read scrolls into view (Qt itself reads more
        only at the end of the whole tree, and only what ``canFetchMore`` offers)."""
        model, index, bottom = self.model(), self.indexAt(QPoint(1, 1)), self.viewport().height()
        while index.isValid() and self.visualRect(index).top() < bottom:
            parent = index.parent()
            if index.row() == model.rowCount(parent) - 1 and index.data(Role.KindRole) == "claim" \
                    and model.has_more(parent):
                model.fetchMore(parent)
            index = self.indexBelow(index)

    @Slot(QModelIndex, int, int)
    def _rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if parent.data(Role.KindRole) == "claim":
            self.expand(parent)
        for row in range(first, last + 1):
            if self.model().index(row, 0, parent).data(Role.KindRole) != "claim":
                self.setFirstColumnSpanned(row, parent, True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._make_room()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self.itemDelegate().restyle(self.palette(), self.font())
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model().retranslate()
