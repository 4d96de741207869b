"""Events and claims with no date: the timeline cannot place them, so they are listed here instead.

Dropping them silently would hide part of the record; listed, they can be selected like anything on
the timeline (and dated, once editing arrives).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from timeline_app.domain.timeline.items import Kind, TimelineData
from timeline_app.ui.i18n import Retranslating, tr
from timeline_app.ui.plain_text import literal, plain_label
from timeline_app.ui.timeline.selection import SelectionModel

RECORD_ID_ROLE = Qt.ItemDataRole.UserRole


class UndatedList(Retranslating, QWidget):
    """The undated items of the open project; selecting here selects in the shared model."""

    count_changed = Signal(int)

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection = selection
        self.summary = plain_label()
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._data: TimelineData | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # takes the room only while the list is hidden
        self.list.itemSelectionChanged.connect(self._select_in_model)
        selection.changed.connect(self._follow_model)
        self.set_data(None)

    def retranslate(self) -> None:
        """Say it all again in the interface's language."""
        self.set_data(self._data)

    def set_data(self, data: TimelineData | None) -> None:
        """List ``data``'s undated items, or nothing (no project open)."""
        self._data = data
        self.list.setAccessibleName(tr("Undated items"))
        self.list.blockSignals(True)  # emptying the list is no choice of the user's
        self.list.clear()
        self.list.blockSignals(False)
        keys = data.undated_keys() if data is not None else []
        if keys:
            data.texts(keys)
        for key in keys:
            self.list.addItem(_item(data, key))
        self.summary.setText(_summary(len(keys)) if data is not None else tr("No project open."))
        self.list.setVisible(bool(keys))
        self.count_changed.emit(len(keys))
        self._follow_model()

    def record_ids(self) -> list[str]:
        return [self.list.item(row).data(RECORD_ID_ROLE) for row in range(self.list.count())]

    @Slot()
    def _select_in_model(self) -> None:
        """A click here replaces the selection, as a click on the timeline does."""
        self._selection.select([item.data(RECORD_ID_ROLE) for item in self.list.selectedItems()], source=self)

    @Slot()
    @Slot(object)
    def _follow_model(self, source: object = None) -> None:
        if source is self:
            return
        chosen = set(self._selection.ids())
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setSelected(item.data(RECORD_ID_ROLE) in chosen)
        self.list.blockSignals(False)


def _item(data: TimelineData, key: int) -> QListWidgetItem:
    text = data.text(key)
    kind = tr("Claim") if data.kind[key] == Kind.CLAIM else tr("Event")
    item = QListWidgetItem(f"{kind}: {text.title}")
    item.setToolTip(literal(f"{kind}: {text.title}\n" + tr("No date given")))
    item.setData(RECORD_ID_ROLE, text.record_id)
    return item


def _summary(count: int) -> str:
    if count == 0:
        return tr("Every event and claim has a date.")
    return tr("%Ln item(s) without a date, so the timeline cannot place them:", None, count)
