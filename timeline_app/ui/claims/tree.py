"""A Qt tree model over :class:`~timeline_app.ui.claims.nodes.Node` rows, reconciled in place.

The claims model re-reads parts of the store after every filter, sort or edit. Resetting the model
each time would collapse the tree and lose the selection; instead :meth:`NodeTreeModel.sync` turns
the old children of a row into the new ones with the fewest signals -- removals, one reordering with
persistent indexes moved along, insertions, and one ``dataChanged`` for rows whose data changed -- so
rows that stay keep their identity, and the view its expansion, selection and scroll position.

Indexes carry a node's ``uid`` (an integer), never a pointer to it, so an index outliving its row
finds nothing instead of freed memory.
"""

from __future__ import annotations

from collections.abc import KeysView, Sequence
from contextlib import contextmanager
from itertools import count

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

from timeline_app.ui.claims.nodes import CHILD_KIND, HEADERS, Kind, Node

ModelIndex = QModelIndex | QPersistentModelIndex


class NodeTreeModel(QAbstractItemModel):
    """The node bookkeeping and Qt's structural interface; subclasses read and show the data."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._uids = count(1)
        self._root = Node(Kind.ROOT, None, None, None, 0)
        self._nodes: dict[int, Node] = {}
        self._claims: dict[str, Node] = {}
        self._syncing = False

    def busy(self) -> bool:
        """True while rows are being changed: signal handlers must not fetch more rows meanwhile
        (a view, or Qt's model tester, walking the tree on ``rowsInserted``)."""
        return self._syncing

    # ------------------------------------------------------------ lookups

    def node(self, index: ModelIndex) -> Node:
        """The row's node; the root for an invalid index (or one whose row is gone)."""
        found = self._nodes.get(index.internalId()) if index.isValid() else None
        return found if found is not None else self._root

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        return QModelIndex() if node is self._root else self.createIndex(node.row, column, node.uid)

    def loaded_claims(self) -> KeysView[str]:
        """The ids of the claims read so far (a view of them, not a copy)."""
        return self._claims.keys()

    def claim_index(self, claim_id: str, column: int = 0) -> QModelIndex:
        """The row of a claim already read, else an invalid index."""
        node = self._claims.get(claim_id)
        return self.index_of(node, column) if node is not None else QModelIndex()

    def _child(self, parent: Node, key: object) -> Node | None:
        return next((child for child in parent.children if child.key == key), None)

    # ------------------------------------------------------------ Qt's structure

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self.node(parent).children[row].uid)

    def parent(self, index: ModelIndex | None = None):
        if index is None:  # QObject.parent()
            return super().parent()
        node = self._nodes.get(index.internalId()) if index.isValid() else None
        return QModelIndex() if node is None else self.index_of(node.parent)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.column() > 0 else len(self.node(parent).children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return len(HEADERS)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return parent.column() <= 0 and self.node(parent).may_have_children()

    # ------------------------------------------------------------ changing the tree

    @contextmanager
    def changing(self):
        """Around every change that signals: see :meth:`busy`."""
        self._syncing, before = True, self._syncing
        try:
            yield
        finally:
            self._syncing = before

    def _forget_all(self) -> None:
        """Drop every row; only between ``beginResetModel`` and ``endResetModel``."""
        self._root.children.clear()
        self._nodes.clear()
        self._claims.clear()

    def _adopt(self, parent: Node, items: Sequence[tuple[object, object]]) -> None:
        """Give a row without children its children, silently: only inside a reset."""
        parent.children = [self._new_node(parent, key, data) for key, data in items]
        parent.renumber()

    def sync(self, parent: Node, items: Sequence[tuple[object, object]]) -> None:
        """Make ``parent``'s children the rows ``items`` ((key, data) pairs) in that order."""
        wanted = dict(items)
        with self.changing():
            self._remove(parent, [c.row for c in parent.children if c.key not in wanted])
            self._reorder(parent, [key for key, _ in items])
            self._insert(parent, items)
            self._update(parent, items)

    def _remove(self, parent: Node, rows: list[int]) -> None:
        for first, last in reversed(_runs(rows)):
            self.beginRemoveRows(self.index_of(parent), first, last)
            for node in parent.children[first:last + 1]:
                self._forget(node)
            del parent.children[first:last + 1]
            parent.renumber()
            self.endRemoveRows()

    def _reorder(self, parent: Node, keys: list[object]) -> None:
        """Put the children that stay in the order of ``keys``, moving persistent indexes with them."""
        by_key = {child.key: child for child in parent.children}
        order = [by_key[key] for key in keys if key in by_key]
        if order == parent.children:
            return
        self.layoutAboutToBeChanged.emit()
        parent.children = order
        parent.renumber()
        moved = [(p, self._nodes.get(p.internalId())) for p in self.persistentIndexList()]
        for old, node in moved:
            if node is not None and node.parent is parent and node.row != old.row():
                self.changePersistentIndex(old, self.createIndex(node.row, old.column(), node.uid))
        self.layoutChanged.emit()

    def _insert(self, parent: Node, items: Sequence[tuple[object, object]]) -> None:
        present = {child.key for child in parent.children}
        new_rows = [row for row, (key, _) in enumerate(items) if key not in present]
        for first, last in _runs(new_rows):
            self.beginInsertRows(self.index_of(parent), first, last)
            parent.children[first:first] = [self._new_node(parent, *items[row]) for row in range(first, last + 1)]
            parent.renumber()
            self.endInsertRows()

    def _update(self, parent: Node, items: Sequence[tuple[object, object]]) -> None:
        changed = [row for row, (_, data) in enumerate(items) if parent.children[row].data != data]
        for row in changed:
            parent.children[row].data = items[row][1]
        if changed:
            last_column = self.columnCount() - 1
            self.dataChanged.emit(self.index_of(parent.children[changed[0]]),
                                  self.index_of(parent.children[changed[-1]], last_column))

    def _new_node(self, parent: Node, key: object, data: object) -> Node:
        node = Node(CHILD_KIND[parent.kind], key, data, parent, next(self._uids))
        self._nodes[node.uid] = node
        if node.kind is Kind.CLAIM:
            self._claims[key] = node
        return node

    def _forget(self, node: Node) -> None:
        for child in node.children:
            self._forget(child)
        self._nodes.pop(node.uid, None)
        if node.kind is Kind.CLAIM:
            self._claims.pop(node.key, None)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending rows as (first, last) runs of consecutive rows: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
