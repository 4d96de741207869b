"""The selected record, read-only: everything the store knows about it, in plain text.

Every text here comes from users or imported reports, so every label is plain text, and the only
things that act on a click are our own: lines naming a related record (the window selects it) and
a source's web address (opened only as :func:`~timeline_app.ui.links.open_web_address` allows).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, Signal, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from timeline_app.domain.dates import edtf_label
from timeline_app.store.db import Project
from timeline_app.ui import i18n
from timeline_app.ui.i18n import Retranslating, tr
from timeline_app.ui.record_page import RecordPage
from timeline_app.ui.timeline.selection import SelectionModel
from timeline_app.ui.vocabulary import (ACTOR_KINDS, PARTICIPANT_ROLES, QUOTE_KINDS, RELATION_BASES, SOURCE_KINDS,
                                        credibility_text, relation_verb, status_text, word)

if TYPE_CHECKING:
    from timeline_app.store.details import ActorDetails, ActorRef, ClaimDetails, ClaimRef, EventDetails, SourceDetails

NOTHING_SELECTED = QT_TR_NOOP("Nothing selected.\n\nClick an event or a claim on the timeline to see its record here.")


class DetailPane(Retranslating, QScrollArea):
    """Shows the selection's current record, rebuilt whenever the selection changes."""

    record_chosen = Signal(str)  # the id of a related record the user clicked
    edit_requested = Signal(str)  # the record shown, whose Edit button was pressed
    source_requested = Signal(str)  # a source whose text the user wants to read

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None, *, lang: str | None = None) -> None:
        """``lang``: the language of dates; None, the interface's."""
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._lang = lang
        self._selection = selection
        self._project: Project | None = None
        selection.changed.connect(self.refresh)
        self.refresh()

    @property
    def lang(self) -> str:
        return self._lang or i18n.language()

    def set_project(self, project: Project | None) -> None:
        self._project = project
        self.refresh()

    def retranslate(self) -> None:
        """Say it all again in the interface's language."""
        self.refresh()

    @Slot(object)
    def refresh(self, _source: object = None) -> None:
        record_id = self._selection.current()
        details = None
        if self._project is not None and record_id:
            from timeline_app.store.details import record_details  # the record queries load with the first selection

            with self._project.session() as session:
                details = record_details(session, record_id)
        edit = (lambda: self.edit_requested.emit(details.id)) if details is not None else None
        page = RecordPage(self, self.record_chosen.emit, self.lang, read_source=self.source_requested.emit, edit=edit)
        if self._project is None:
            page.empty(tr("No project open."))
        elif details is None:
            page.empty(tr(NOTHING_SELECTED) if not record_id else tr("The selected record no longer exists."))
        else:
            more = len(self._selection.ids()) - 1
            SHOW[type(details).__name__](page, details, tr(" · and %Ln more selected", None, more) if more else "")
        self.setWidget(page.finish())


def actor_text(actor: ActorRef | None) -> str:
    """"Kyiv (unnamed Ukrainian officials, Ukraine)": name, then role and party where known."""
    if actor is None:
        return tr("not attributed")
    extra = ", ".join(filter(None, (actor.role_title, actor.party)))
    return f"{actor.name} ({extra})" if extra else actor.name


def claim_line(claim: ClaimRef, lang: str | None = None) -> str:
    """"the Kremlin, until 21 Dec 2025 — The Kremlin denied …": who, when, what."""
    when = claim.said.label(lang or i18n.language()) if claim.said else tr("undated")
    return f"{claim.claimant or tr('unattributed')}, {when} — {claim.proposition}"


def _moment(iso: str, lang: str) -> str:
    """A moment of the status history: "21 Dec 2025, 14:05 UTC", its date as dates are labelled."""
    moment = datetime.fromisoformat(iso)
    day = edtf_label(moment.date().isoformat(), lang)
    return tr("{}, {} UTC", "a day and a time of day").format(day, f"{moment:%H:%M}")


def _show_claim(page: RecordPage, claim: ClaimDetails, more: str) -> None:
    page.header(tr("Claim"), claim.proposition, more)
    if claim.quote:
        page.line(tr("“{}”", "a quotation").format(claim.quote))
        kind = tr("{} quote", "direct, indirect, paraphrase").format(word(QUOTE_KINDS, claim.quote_kind))
        page.line(", ".join(filter(None, (kind, claim.quote_language))), secondary=True)
    page.line(tr("Translation: “{}”").format(claim.translation) if claim.translation else None)
    page.section()
    page.field(tr("Claimant"), actor_text(claim.claimant))
    page.date(tr("Said"), claim.said)
    page.field(tr("Channel"), claim.channel)
    if claim.event:
        page.link(claim.event[1], claim.event[0], tr("About"))
    page.field(tr("Status"), status_text(claim.status))
    if claim.credibility:
        page.field(tr("Credibility"), credibility_text(claim.credibility))
    page.field(tr("Tags"), ", ".join(claim.tags))
    if claim.relations:
        page.section(tr("Relations"))
    for relation in claim.relations:
        verb = relation_verb(relation.type, relation.outgoing)
        page.link(f"{verb}: {claim_line(relation.other, page.lang)}", relation.other.id)
        basis = word(RELATION_BASES, relation.basis)
        page.line(" · ".join(filter(None, (basis, relation.notes))), secondary=True)
    if claim.history:
        page.section(tr("Status history"))
    for change in claim.history:
        page.line(tr("{}, {}: {} → {}", "when, who: from which status to which").format(
            _moment(change.at, page.lang), change.by or tr("unknown"),
            status_text(change.from_status) if change.from_status else tr("new"), status_text(change.to_status)))
        page.line(change.reason, secondary=True)
    page.sources(claim.sources)
    if claim.annotations:
        page.section(tr("Passages"))
    for source_title, exact in claim.annotations:
        page.line(tr("“{}”", "a quotation").format(exact))
        page.line(tr("in {}", "a passage in a source").format(source_title), secondary=True)
    if claim.notes:
        page.section(tr("Notes"))
        page.line(claim.notes)


def _show_event(page: RecordPage, event: EventDetails, more: str) -> None:
    page.header(tr("Event"), event.title, more)
    page.line(event.summary)
    page.section()
    page.date(tr("Start") if event.end else tr("Date"), event.start)
    page.date(tr("End"), event.end)
    page.field(tr("Location"), event.location)
    page.field(tr("Part of"), event.parent_title)
    page.field(tr("Tags"), ", ".join(event.tags))
    if event.participants:
        page.section(tr("Participants"))
    for actor, role in event.participants:
        page.line(actor_text(actor) + ("" if role == "participant" else f" — {word(PARTICIPANT_ROLES, role)}"))
    page.sources(event.sources)
    if event.claims:
        page.section(tr("Claims about it"))
    for claim in event.claims:
        page.link(claim_line(claim, page.lang), claim.id)


def _show_actor(page: RecordPage, actor: ActorDetails, more: str) -> None:
    kind = word(ACTOR_KINDS, actor.kind)
    page.header(kind[:1].upper() + kind[1:], actor.name, more)
    page.section()
    page.field(tr("Role"), actor.role_title)
    page.field(tr("Part of"), actor.parent)
    page.field(tr("Also known as"), ", ".join(actor.aliases))
    page.field(tr("Notes"), actor.notes)


def _show_source(page: RecordPage, source: SourceDetails, more: str) -> None:
    page.header(tr("Source ({})").format(word(SOURCE_KINDS, source.kind)), source.title, more)
    page.section()
    page.field(tr("Outlet"), source.outlet)
    page.date(tr("Published"), source.published)
    page.field(tr("Language"), source.language)
    page.field(tr("Retrieved"), source.retrieved_at)
    if source.url:
        page.field(tr("Address"), page.address(source.url))
    page.field(tr("Notes"), source.notes)
    page.reader_link(source.id)


#: How each kind of record is shown, by the name of its class in ``store.details`` (which loads only
#: once a record is selected).
SHOW = {"ClaimDetails": _show_claim, "EventDetails": _show_event, "ActorDetails": _show_actor,
        "SourceDetails": _show_source}
