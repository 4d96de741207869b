"""A party, person, organisation, outlet or group: its name, what it is part of, and its colour.

Top-level parties get a lane on the timeline, in their colour; a person belongs to a party through
"Part of" (Witkoff to the United States), which also gives their claims the party's colour.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QComboBox, QLineEdit, QPushButton, QWidget

from timeline_app.store.models import ACTOR_KINDS
from timeline_app.ui.dialogs.base import RecordDialog, side_by_side
from timeline_app.ui.dialogs.fields import RecordField, Search, line_text
from timeline_app.ui.dialogs.values import ActorValues, listed
from timeline_app.ui.i18n import tr
from timeline_app.ui.vocabulary import ACTOR_KINDS as KIND_WORDS
from timeline_app.ui.vocabulary import word


class ActorDialog(RecordDialog):
    def __init__(self, values: ActorValues, *, search: Search, title: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title or tr("New Party or Person"), "actor_dialog", parent)
        self.name = self.row(tr("Name"), QLineEdit(values.name))
        self.kind = self.row(tr("Kind"), QComboBox())
        for kind in ACTOR_KINDS:
            self.kind.addItem(word(KIND_WORDS, kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.kind)))
        self.role_title = self.row(tr("Role"), QLineEdit(values.role_title or ""))
        self.role_title.setPlaceholderText(tr("e.g. US special envoy"))
        self.part_of = self.row(tr("Part of"), RecordField(search, "party or person"))
        self.part_of.set_choice(values.parent)
        self.colour_button, self.no_colour = QPushButton(), QPushButton(tr("No Colour"))
        self.colour_button.clicked.connect(self._choose_colour)
        self.no_colour.clicked.connect(lambda: self._set_colour(None))
        self.form.addRow(tr("Colour"), side_by_side(self.colour_button, self.no_colour))
        self.aliases = self.row(tr("Also known as"), QLineEdit(", ".join(values.aliases)))
        self.aliases.setPlaceholderText(tr("other names, separated by commas"))
        self._set_colour(values.colour)
        self.watch(self.name.textChanged, self.part_of.changed)
        self.revalidate()

    def _set_colour(self, colour: str | None) -> None:
        """The button shows the colour itself and its code; no colour: the lane takes a palette colour."""
        self._colour = colour
        self.colour_button.setText(colour or tr("Choose…"))
        self.colour_button.setIcon(_swatch(colour) if colour else QIcon())
        self.no_colour.setEnabled(colour is not None)

    @Slot()
    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour or "#808080"), self, tr("Lane Colour"))
        if chosen.isValid():
            self._set_colour(chosen.name())

    def problems(self) -> list[str]:
        found = [] if self.name.text().strip() else [tr("Give a name.")]
        return found + ([self.part_of.problem()] if self.part_of.problem() else [])

    def values(self) -> ActorValues:
        return ActorValues(self.name.text().strip(), self.kind.currentData(), line_text(self.role_title),
                           self.part_of.choice(), self._colour, listed(self.aliases.text()))


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)
