"""One record's full story for read-only display: an event, claim, actor or source with its links.

The detail pane asks for this on every selection change, so it costs a fixed handful of queries
however many relations, sources or claims a record has (actors are few and read in one go to find
each one's party). Plain dataclasses, no Qt: the PDF export's appendix can use the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session

from timeline_app.domain.dates import DateValue
from timeline_app.store.crud import date_from_columns, party_of
from timeline_app.store.models import (Actor, Annotation, Claim, ClaimRelation, ClaimSource, ClaimTag, Event,
                                       EventParticipant, EventSource, EventTag, Source, Status, StatusChange, Tag)



@dataclass(frozen=True)
class ActorRef:
    id: str
    name: str
    role_title: str | None = None
    party: str | None = None  # the top-level actor's name, when that is another actor


@dataclass(frozen=True)
class ClaimRef:
    """Another claim, as a line that can be followed to it."""

    id: str
    claimant: str | None
    proposition: str
    said: DateValue | None


@dataclass(frozen=True)
class SourceRef:
    id: str
    title: str
    outlet: str | None
    url: str | None
    attribution: str | None = None  # how the source attributes the claim


@dataclass(frozen=True)
class RelationLine:
    type: str
    outgoing: bool  # True: this claim is the relation's subject ("denies"); False: its object
    basis: str
    other: ClaimRef
    notes: str | None = None


@dataclass(frozen=True)
class StatusEntry:
    at: str  # ISO 8601, UTC
    by: str | None
    from_status: str | None  # statuses by their labels
    to_status: str
    reason: str | None


@dataclass(frozen=True)
class EventDetails:
    id: str
    title: str
    summary: str | None
    start: DateValue | None
    end: DateValue | None
    location: str | None
    parent_title: str | None
    participants: list[tuple[ActorRef, str]]  # with the role each played
    sources: list[SourceRef]
    tags: list[str]
    claims: list[ClaimRef]  # the claims about this event


@dataclass(frozen=True)
class ClaimDetails:
    id: str
    claimant: ActorRef | None
    proposition: str
    quote: str | None
    quote_language: str | None
    translation: str | None
    quote_kind: str
    channel: str | None
    said: DateValue | None
    event: tuple[str, str] | None  # (id, title) of the event the claim is about
    status: str  # the status's label
    credibility: int | None
    history: list[StatusEntry]
    relations: list[RelationLine]
    sources: list[SourceRef]
    annotations: list[tuple[str, str]]  # (source title, exact passage)
    tags: list[str]
    notes: str | None


@dataclass(frozen=True)
class ActorDetails:
    id: str
    name: str
    kind: str
    role_title: str | None
    parent: str | None
    aliases: list[str]
    notes: str | None


@dataclass(frozen=True)
class SourceDetails:
    id: str
    title: str
    kind: str
    outlet: str | None
    url: str | None
    language: str | None
    published: DateValue | None
    retrieved_at: str | None
    notes: str | None


RecordDetails = EventDetails | ClaimDetails | ActorDetails | SourceDetails


def record_details(session: Session, record_id: str) -> RecordDetails | None:
    """Everything about the record with this id, whichever table holds it; None if none does."""
    if claim := session.get(Claim, record_id):
        return _claim_details(session, claim)
    parent = aliased(Event)
    row = session.execute(select(Event, parent.title).outerjoin(parent, parent.id == Event.parent_id)
                          .where(Event.id == record_id)).first()
    if row:
        return _event_details(session, *row)
    if a := session.get(Actor, record_id):
        parent = session.get(Actor, a.parent_id) if a.parent_id else None
        return ActorDetails(a.id, a.name, a.kind, a.role_title, parent and parent.name, list(a.aliases), a.notes)
    if s := session.get(Source, record_id):
        return SourceDetails(s.id, s.title, s.kind, s.outlet, s.url, s.language, date_from_columns(s, "published"),
                             s.retrieved_at, s.notes)
    return None


class _Actors(dict):
    """All actors by id, each one's party found once; actors are few, so one query serves all."""

    def __init__(self, rows: list[tuple[str, str, str | None, str | None]]):
        super().__init__((r[0], r) for r in rows)
        self._party = party_of({r[0]: r[2] for r in rows})

    def ref(self, actor_id: str | None) -> ActorRef | None:
        if actor_id not in self:
            return None
        _id, name, _parent, role_title = self[actor_id]
        top = self._party[actor_id]
        return ActorRef(actor_id, name, role_title, self[top][1] if top != actor_id else None)

    def name(self, actor_id: str | None) -> str | None:
        return self[actor_id][1] if actor_id in self else None


def _actors(session: Session) -> _Actors:
    return _Actors([tuple(r) for r in session.execute(select(Actor.id, Actor.name, Actor.parent_id, Actor.role_title))])


def _claim_ref(claim: Claim, actors: _Actors) -> ClaimRef:
    return ClaimRef(claim.id, actors.name(claim.claimant_id), claim.proposition, date_from_columns(claim, "said"))


def _tag_names(session: Session, link, owner_column, owner_id: str) -> list[str]:
    query = select(Tag.name).join(link, link.tag_id == Tag.id).where(owner_column == owner_id).order_by(Tag.name)
    return list(session.scalars(query))


def _event_details(session: Session, event: Event, parent_title: str | None) -> EventDetails:
    actors = _actors(session)
    participants = session.execute(select(EventParticipant.actor_id, EventParticipant.role)
                                   .where(EventParticipant.event_id == event.id)).all()
    sources = session.execute(select(Source.id, Source.title, Source.outlet, Source.url)
                              .join(EventSource, EventSource.source_id == Source.id)
                              .where(EventSource.event_id == event.id).order_by(Source.title)).all()
    claims = session.scalars(select(Claim).where(Claim.event_id == event.id)
                             .order_by(Claim.said_earliest, Claim.said_latest))
    return EventDetails(
        event.id, event.title, event.summary, date_from_columns(event, "start"), date_from_columns(event, "end"),
        event.location, parent_title,
        sorted(((actors.ref(a), role) for a, role in participants), key=lambda p: p[0].name),
        [SourceRef(*s) for s in sources], _tag_names(session, EventTag, EventTag.event_id, event.id),
        [_claim_ref(c, actors) for c in claims])


def _claim_details(session: Session, claim: Claim) -> ClaimDetails:
    actors = _actors(session)
    event = session.execute(select(Event.id, Event.title).where(Event.id == claim.event_id)).first()
    labels = dict(session.execute(select(Status.key, Status.label)).all())
    history = session.scalars(select(StatusChange).where(StatusChange.claim_id == claim.id).order_by(StatusChange.at))
    sources = session.execute(select(Source.id, Source.title, Source.outlet, Source.url, ClaimSource.attribution)
                              .join(ClaimSource, ClaimSource.source_id == Source.id)
                              .where(ClaimSource.claim_id == claim.id).order_by(Source.title)).all()
    annotations = session.execute(select(Source.title, Annotation.exact).join(Source, Source.id == Annotation.source_id)
                                  .where(Annotation.claim_id == claim.id).order_by(Source.title, Annotation.start)).all()
    return ClaimDetails(
        claim.id, actors.ref(claim.claimant_id), claim.proposition, claim.quote, claim.quote_language,
        claim.translation, claim.quote_kind, claim.channel, date_from_columns(claim, "said"),
        tuple(event) if event else None, labels.get(claim.status, claim.status), claim.credibility,
        [StatusEntry(h.at, h.by, h.from_status and labels.get(h.from_status, h.from_status),
                     labels.get(h.to_status, h.to_status), h.reason) for h in history],
        _relations(session, claim.id, actors), [SourceRef(*s) for s in sources],
        [tuple(a) for a in annotations], _tag_names(session, ClaimTag, ClaimTag.claim_id, claim.id), claim.notes)


def _relations(session: Session, claim_id: str, actors: _Actors) -> list[RelationLine]:
    """Relations in both directions, each with the other claim, read in one joined query."""
    other = aliased(Claim)
    query = (select(ClaimRelation, other)
             .join(other, or_((ClaimRelation.from_claim_id == claim_id) & (other.id == ClaimRelation.to_claim_id),
                              (ClaimRelation.to_claim_id == claim_id) & (other.id == ClaimRelation.from_claim_id)))
             .order_by(ClaimRelation.created_at))
    return [RelationLine(r.type, r.from_claim_id == claim_id, r.basis, _claim_ref(c, actors), r.notes)
            for r, c in session.execute(query)]
