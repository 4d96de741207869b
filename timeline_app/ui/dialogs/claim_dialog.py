"""A claim: who said what and when, where it was reported, and how far it has been checked.

Used for a new claim (from a selected passage or from nothing), for a denial (the denier's claim,
with the claim it denies named at the top) and for changing a claim. The date said is read
against the publication day of the source the claim was reported in, so "gestern" in a report of
21 December means 20 December.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from timeline_app.store.choices import Choice
from timeline_app.store.models import QUOTE_KINDS
from timeline_app.ui.dialogs.base import RecordDialog, side_by_side
from timeline_app.ui.dialogs.date_field import DateField
from timeline_app.ui.dialogs.fields import RecordField, Search, TagsField, TextBox, line_text
from timeline_app.ui.dialogs.values import ClaimValues, PassageRef
from timeline_app.ui.i18n import tr
from timeline_app.ui.plain_text import plain_label
from timeline_app.ui.vocabulary import CREDIBILITY
from timeline_app.ui.vocabulary import QUOTE_KINDS as QUOTE_WORDS
from timeline_app.ui.vocabulary import credibility_text, status_label, word

PASSAGE_SHOWN = 300


class ClaimDialog(RecordDialog):
    """The fields of one claim. ``search`` finds actors, events and sources by kind."""

    def __init__(self, values: ClaimValues, *, search: dict[str, Search], statuses: list[tuple[str, str]],
                 tag_names: list[str], title: str | None = None, passage: PassageRef | None = None,
                 denies: Choice | None = None, editing: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(title or tr("New Claim"), "claim_dialog", parent)
        self._denies = denies
        self._reported_in(values, search, passage, denies, editing)
        self.section(tr("What was said"))
        self.proposition = self.row(tr("Proposition"), TextBox(2))
        self.proposition.setPlaceholderText(tr("what is claimed, in one short sentence"))
        self.quote = self.row(tr("Quote"), TextBox(3))
        self.quote.setPlaceholderText(tr("the words as said, in their language"))
        self.language, self.quote_kind = QLineEdit(), QComboBox()
        self.language.setPlaceholderText(tr("e.g. de"))
        self.language.setMaximumWidth(self.fontMetrics().horizontalAdvance("M" * 6))
        for kind in QUOTE_KINDS:
            self.quote_kind.addItem(word(QUOTE_WORDS, kind), kind)
        self.form.addRow(tr("Language"), side_by_side(self.language, QLabel(tr("Kind of quote")), self.quote_kind))
        self.translation = self.row(tr("Translation"), TextBox(2))
        self.section(tr("Who and when"))
        self.claimant = self.row(tr("Claimant"), RecordField(search["actor"], "party or person"))
        self.channel = self.row(tr("Channel"), QLineEdit())
        self.channel.setPlaceholderText(tr("e.g. post on X, video address, agency interview"))
        self.said = self.row(tr("Said"), DateField())
        self.event = self.row(tr("About event"), RecordField(search["event"], "event"))
        self.section(tr("Assessment"))
        self.status = self.row(tr("Status"), QComboBox())
        for key, label in statuses:
            self.status.addItem(status_label(key, label), key)
        self.credibility = self.row(tr("Credibility"), QComboBox())
        self.credibility.addItem(tr("Not rated"), None)
        for number in CREDIBILITY:
            self.credibility.addItem(credibility_text(number), number)
        self.tags = self.row(tr("Tags"), TagsField(tag_names))
        self.notes = self.row(tr("Notes"), TextBox(2))
        self._fill(values)
        self.watch(self.proposition.textChanged, self.said.changed, self.claimant.changed, self.event.changed)
        self.revalidate()

    def _reported_in(self, values: ClaimValues, search: dict[str, Search], passage: PassageRef | None,
                     denies: Choice | None, editing: bool) -> None:
        """Where the claim was reported: the passage it is made from, or a source to choose (fixed
        for an existing claim, whose sources are its links and are kept as they are)."""
        if denies is not None:
            self.form.addRow(tr("Denies"), plain_label(denies.label))
        self._fixed_source = passage.source if passage else values.source if editing else None
        self.source = None
        if passage is not None:
            shown = passage.exact if len(passage.exact) <= PASSAGE_SHOWN else passage.exact[:PASSAGE_SHOWN] + "…"
            self.form.addRow(tr("Passage"), plain_label(tr("“{}”\nin {}").format(shown, passage.source.label)))
        elif editing:
            self.form.addRow(tr("Reported in"), plain_label(values.source.label if values.source else tr("no source")))
        else:
            self.source = self.row(tr("Reported in"), RecordField(search["source"], "source"))
            self.source.set_choice(values.source)
            self.source.changed.connect(self._follow_source)
            self.watch(self.source.changed)

    def _fill(self, values: ClaimValues) -> None:
        self.proposition.set_text(values.proposition)
        self.quote.set_text(values.quote)
        self.language.setText(values.quote_language or "")
        self.quote_kind.setCurrentIndex(max(0, self.quote_kind.findData(values.quote_kind)))
        self.translation.set_text(values.translation)
        self.claimant.set_choice(values.claimant)
        self.channel.setText(values.channel or "")
        self._follow_source()
        self.said.set_value(values.said)
        self.event.set_choice(values.event)
        self.status.setCurrentIndex(max(0, self.status.findData(values.status)))
        self.credibility.setCurrentIndex(max(0, self.credibility.findData(values.credibility)))
        self.tags.set_names(values.tags)
        self.notes.set_text(values.notes)

    def _chosen_source(self) -> Choice | None:
        return self.source.choice() if self.source is not None else self._fixed_source

    def _follow_source(self) -> None:
        source = self._chosen_source()
        self.said.set_reference(source.reference if source else None)

    def problems(self) -> list[str]:
        found = [] if self.proposition.text() else [tr("Write the proposition: what is claimed, in one short sentence.")]
        if self.said.problem():
            found.append(tr("The date said cannot be read; see the line under it."))
        fields = (self.claimant, self.event) if self.source is None else (self.source, self.claimant, self.event)
        found += [field.problem() for field in fields if field.problem()]
        if self._denies is not None and self._chosen_source() is None:
            found.append(tr("A denial is a claim of its own: choose the source it was reported in."))
        return found

    def values(self) -> ClaimValues:
        return ClaimValues(
            proposition=self.proposition.text() or "", claimant=self.claimant.choice(), quote=self.quote.text(),
            quote_language=line_text(self.language), translation=self.translation.text(),
            quote_kind=self.quote_kind.currentData(), channel=line_text(self.channel), said=self.said.value(),
            event=self.event.choice(), status=self.status.currentData(), credibility=self.credibility.currentData(),
            tags=self.tags.names(), notes=self.notes.text(),
            source=self._chosen_source())

