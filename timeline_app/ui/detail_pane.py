"""The selected record, read-only: everything the store knows about it, in plain text.

Every text here comes from users or imported reports, so every label is plain text, and the only
things that act on a click are our own: lines naming a related record (the window selects it) and
a source's web address (opened only as :func:`~timeline_app.ui.links.open_web_address` allows).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from timeline_app.store.db import Project
from timeline_app.store.details import (CREDIBILITY, ActorDetails, ActorRef, ClaimDetails, ClaimRef, EventDetails,
                                        SourceDetails, record_details)
from timeline_app.ui.record_page import RecordPage
from timeline_app.ui.timeline.selection import SelectionModel

NOTHING_SELECTED = "Nothing selected.\n\nClick an event or a claim on the timeline to see its record here."


class DetailPane(QScrollArea):
    """Shows the selection's current record, rebuilt whenever the selection changes."""

    record_chosen = Signal(str)  # the id of a related record the user clicked
    edit_requested = Signal(str)  # the record shown, whose Edit button was pressed
    source_requested = Signal(str)  # a source whose text the user wants to read

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.lang = lang
        self._selection = selection
        self._project: Project | None = None
        selection.changed.connect(self.refresh)
        self.refresh()

    def set_project(self, project: Project | None) -> None:
        self._project = project
        self.refresh()

    @Slot(object)
    def refresh(self, _source: object = None) -> None:
        record_id = self._selection.current()
        details = None
        if self._project is not None and record_id:
            with self._project.session() as session:
                details = record_details(session, record_id)
        edit = (lambda: self.edit_requested.emit(details.id)) if details is not None else None
        page = RecordPage(self, self.record_chosen.emit, self.lang, read_source=self.source_requested.emit, edit=edit)
        if self._project is None:
            page.empty("No project open.")
        elif details is None:
            page.empty(NOTHING_SELECTED if not record_id else "The selected record no longer exists.")
        else:
            more = len(self._selection.ids()) - 1
            SHOW[type(details)](page, details, f" · and {more} more selected" if more else "")
        self.setWidget(page.finish())


def actor_text(actor: ActorRef | None) -> str:
    """"Kyiv (unnamed Ukrainian officials, Ukraine)": name, then role and party where known."""
    if actor is None:
        return "not attributed"
    extra = ", ".join(filter(None, (actor.role_title, actor.party)))
    return f"{actor.name} ({extra})" if extra else actor.name


def claim_line(claim: ClaimRef, lang: str = "en") -> str:
    """"the Kremlin, until 21 Dec 2025 — The Kremlin denied …": who, when, what."""
    when = claim.said.label(lang) if claim.said else "undated"
    return f"{claim.claimant or 'unattributed'}, {when} — {claim.proposition}"


def _moment(iso: str) -> str:
    moment = datetime.fromisoformat(iso)
    return f"{moment.day} {moment:%b %Y, %H:%M} UTC"


def _show_claim(page: RecordPage, claim: ClaimDetails, more: str) -> None:
    page.header("Claim", claim.proposition, more)
    if claim.quote:
        page.line(f"“{claim.quote}”")
        page.line(", ".join(filter(None, (f"{claim.quote_kind} quote", claim.quote_language))), secondary=True)
    page.line(f"Translation: “{claim.translation}”" if claim.translation else None)
    page.section()
    page.field("Claimant", actor_text(claim.claimant))
    page.date("Said", claim.said)
    page.field("Channel", claim.channel)
    if claim.event:
        page.link(claim.event[1], claim.event[0], "About")
    page.field("Status", claim.status)
    if claim.credibility:
        page.field("Credibility", f"{claim.credibility} – {CREDIBILITY.get(claim.credibility, '')}")
    page.field("Tags", ", ".join(claim.tags))
    if claim.relations:
        page.section("Relations")
    for relation in claim.relations:
        page.link(f"{relation.verb}: {claim_line(relation.other, page.lang)}", relation.other.id)
        page.line(" · ".join(filter(None, (f"{relation.basis.capitalize()} relation", relation.notes))), secondary=True)
    if claim.history:
        page.section("Status history")
    for change in claim.history:
        page.line(f"{_moment(change.at)}, {change.by or 'unknown'}: {change.from_status or 'new'} → {change.to_status}")
        page.line(change.reason, secondary=True)
    page.sources(claim.sources)
    if claim.annotations:
        page.section("Passages")
    for source_title, exact in claim.annotations:
        page.line(f"“{exact}”")
        page.line(f"in {source_title}", secondary=True)
    if claim.notes:
        page.section("Notes")
        page.line(claim.notes)


def _show_event(page: RecordPage, event: EventDetails, more: str) -> None:
    page.header("Event", event.title, more)
    page.line(event.summary)
    page.section()
    page.date("Start" if event.end else "Date", event.start)
    page.date("End", event.end)
    page.field("Location", event.location)
    page.field("Part of", event.parent_title)
    page.field("Tags", ", ".join(event.tags))
    if event.participants:
        page.section("Participants")
    for actor, role in event.participants:
        page.line(actor_text(actor) + ("" if role == "participant" else f" — {role}"))
    page.sources(event.sources)
    if event.claims:
        page.section("Claims about it")
    for claim in event.claims:
        page.link(claim_line(claim, page.lang), claim.id)


def _show_actor(page: RecordPage, actor: ActorDetails, more: str) -> None:
    page.header(actor.kind.capitalize(), actor.name, more)
    page.section()
    page.field("Role", actor.role_title)
    page.field("Part of", actor.parent)
    page.field("Also known as", ", ".join(actor.aliases))
    page.field("Notes", actor.notes)


def _show_source(page: RecordPage, source: SourceDetails, more: str) -> None:
    page.header(f"Source ({source.kind})", source.title, more)
    page.section()
    page.field("Outlet", source.outlet)
    page.date("Published", source.published)
    page.field("Language", source.language)
    page.field("Retrieved", source.retrieved_at)
    if source.url:
        page.field("Address", page.address(source.url))
    page.field("Notes", source.notes)
    page.reader_link(source.id)


SHOW = {ClaimDetails: _show_claim, EventDetails: _show_event, ActorDetails: _show_actor, SourceDetails: _show_source}
