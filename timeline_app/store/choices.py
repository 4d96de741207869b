"""What editing offers to choose from: records found by a few typed words, labelled for people.

Dialogs never query the store; the window hands them search functions built on these, so a
project of 300,000 claims offers the fifty that match what was typed, never a list of all.
Labels carry what tells records apart at a glance: a person's role and party, an event's or a
claim's date at its precision. They are worded as the caller asks (a :class:`Wording`): its
dates in the interface's language, its words translated; English unless asked otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import literal_column, or_, select
from sqlmodel import Session

from timeline_app.domain.dates import DateValue, time_zone
from timeline_app.store.claims_query import text_condition
from timeline_app.store.crud import date_from_columns, party_of
from timeline_app.store.models import Actor, Claim, ClaimRelation, Event, Source, Status, Tag
from timeline_app.store.wording import ENGLISH, Wording

LIMIT = 50
KINDS = {"event": Event, "claim": Claim, "actor": Actor, "source": Source}
#: Where the timeline places a claim (an open start borrows a day from its end), and its tie-break.
CLAIM_START = literal_column("coalesce(said_earliest, said_latest - 86400)")
CLAIM_ROWID = literal_column("claim.rowid")


@dataclass(frozen=True)
class Choice:
    """A record as a line to choose; ``reference`` is the day relative dates count from (sources)."""

    id: str
    label: str
    reference: date | None = None


def record_kind(session: Session, record_id: str | None) -> str | None:
    """Which kind of record (event, claim, actor, source) has this id."""
    return next((kind for kind, model in KINDS.items() if record_id and session.get(model, record_id)), None)


def existing(session: Session, record_ids: list[str]) -> list[str]:
    """Those of ``record_ids`` that still name a record, in their order."""
    return [record_id for record_id in record_ids if record_kind(session, record_id)]


def label_of(session: Session, record_id: str | None, *, wording: Wording = ENGLISH) -> Choice | None:
    """The record as its kind's search would list it."""
    kind = record_kind(session, record_id)
    if kind is None:
        return None
    found = SEARCHES[kind](session, "", only=record_id, wording=wording)
    return found[0] if found else None


def find_actors(session: Session, text: str = "", *, limit: int = LIMIT, only: str | None = None,
                wording: Wording = ENGLISH) -> list[Choice]:
    """Actors whose name, alias or role contains ``text``, each with role and party; parties first.
    (Their labels hold only their own words; ``wording`` is taken as every search takes it.)"""
    actors = {a.id: a for a in session.scalars(select(Actor))}
    top = party_of({a.id: a.parent_id for a in actors.values()})
    needle = text.casefold().strip()
    found = []
    for actor in sorted(actors.values(), key=lambda a: (a.parent_id is not None, a.name.casefold())):
        words = " ".join([actor.name, actor.role_title or "", *actor.aliases]).casefold()
        if (only is None or actor.id == only) and needle in words:
            party = actors[top[actor.id]].name if top[actor.id] != actor.id else None
            extra = ", ".join(filter(None, (actor.role_title, party)))
            found.append(Choice(actor.id, f"{actor.name} ({extra})" if extra else actor.name))
    return found[:limit]


def find_events(session: Session, text: str = "", *, limit: int = LIMIT, only: str | None = None,
                wording: Wording = ENGLISH) -> list[Choice]:
    """Events whose title contains ``text``, in date order, labelled with their dates."""
    query = select(Event).order_by(Event.start_earliest, Event.title).limit(limit)
    query = query.where(Event.title.contains(text.strip(), autoescape=True)) if text.strip() else query
    query = query.where(Event.id == only) if only else query
    return [Choice(e.id, f"{e.title} · {_span(date_from_columns(e, 'start'), date_from_columns(e, 'end'), wording)}")
            for e in session.scalars(query)]


def find_claims(session: Session, text: str = "", *, limit: int = LIMIT, only: str | None = None,
                wording: Wording = ENGLISH) -> list[Choice]:
    """Claims whose words (proposition, quote, translation, notes) match ``text``, in date order."""
    query = (select(Claim, Actor.name).outerjoin(Actor, Actor.id == Claim.claimant_id)
             .order_by(CLAIM_START.is_(None), CLAIM_START, CLAIM_ROWID).limit(limit))
    if (matching := text_condition(session, text, sources=False)) is not None:
        query = query.where(matching)
    query = query.where(Claim.id == only) if only else query
    return [Choice(c.id, claim_label(name, date_from_columns(c, "said"), c.proposition, wording))
            for c, name in session.execute(query)]


def find_sources(session: Session, text: str = "", *, limit: int = LIMIT, only: str | None = None,
                 wording: Wording = ENGLISH) -> list[Choice]:
    """Sources whose title or outlet contains ``text``, newest first, with the day they count from."""
    query = select(Source.id, Source.title, Source.outlet, Source.published_edtf, Source.published_tz)
    query = query.order_by(Source.published_earliest.desc(), Source.title).limit(limit)
    if text.strip():
        query = query.where(or_(Source.title.contains(text.strip(), autoescape=True),
                                Source.outlet.contains(text.strip(), autoescape=True)))
    query = query.where(Source.id == only) if only else query
    found = []
    for source_id, title, outlet, edtf, tz in session.execute(query):
        published = DateValue.from_edtf(edtf, tz=tz) if edtf else None
        label = " · ".join(filter(None, (title, outlet, published and published.label(wording.lang))))
        found.append(Choice(source_id, label, reference_day(published)))
    return found


SEARCHES = {"actor": find_actors, "event": find_events, "claim": find_claims, "source": find_sources}


def claim_label(claimant: str | None, said: DateValue | None, proposition: str, wording: Wording = ENGLISH) -> str:
    """"Kyiv, until 21 Dec 2025 — There could also be direct talks …": who, when, what."""
    return f"{wording.claimant(claimant)}, {wording.date(said)} — {proposition}"


def _span(start: DateValue | None, end: DateValue | None, wording: Wording) -> str:
    return f"{wording.date(start)} – {wording.date(end)}" if end else wording.date(start)


def reference_day(published: DateValue | None) -> date | None:
    """The day a source's relative words ("gestern", "last Sunday") count from: its publication
    day in its own time zone; None unless it was published on a known day."""
    if published is None or published.earliest is None or published.precision < 3:
        return None
    zone = time_zone(published.tz)
    return (published.earliest.astimezone(zone) if zone else published.earliest).date()


def statuses(session: Session) -> list[tuple[str, str]]:
    """(key, label) of every claim status, in the project's order."""
    return [tuple(row) for row in session.execute(select(Status.key, Status.label).order_by(Status.position))]


def tag_names(session: Session) -> list[str]:
    return sorted(session.scalars(select(Tag.name)), key=str.casefold)


def neighbour_claim(session: Session, record_id: str | None, step: int) -> str | None:
    """The dated claim after (``step`` 1) or before (-1) a record in date order, as the timeline
    places claims; from no record, the first or the last."""
    start, rowid = CLAIM_START, CLAIM_ROWID
    query = select(Claim.id).where(start.is_not(None))
    here = _position(session, record_id)
    if here is not None:
        query = query.where((start > here[0]) | ((start == here[0]) & (rowid > here[1])) if step > 0 else
                            (start < here[0]) | ((start == here[0]) & (rowid < here[1])))
    order = (start, rowid) if step > 0 else (start.desc(), rowid.desc())
    return session.scalar(query.order_by(*order).limit(1))


def _position(session: Session, record_id: str | None) -> tuple[int, int] | None:
    """(start, row id) of a claim or event to step from; an event sorts before claims of its time."""
    claim = session.execute(select(CLAIM_START, CLAIM_ROWID).where(Claim.id == record_id)).first()
    if claim and claim[0] is not None:
        return tuple(claim)
    event = session.scalar(select(literal_column("coalesce(start_earliest, start_latest - 86400)"))
                           .where(Event.id == record_id))
    return None if event is None else (event, -1)


def find_relations(session: Session, claim_id: str, *, wording: Wording = ENGLISH) -> list[Choice]:
    """A claim's relations both ways, each named by its verb and the other claim."""
    from_rows = session.execute(select(ClaimRelation.id, ClaimRelation.type, ClaimRelation.to_claim_id)
                                .where(ClaimRelation.from_claim_id == claim_id).order_by(ClaimRelation.created_at))
    to_rows = session.execute(select(ClaimRelation.id, ClaimRelation.type, ClaimRelation.from_claim_id)
                              .where(ClaimRelation.to_claim_id == claim_id).order_by(ClaimRelation.created_at))
    lines = [(r, wording.relation(kind), other) for r, kind, other in from_rows]
    lines += [(r, wording.relation(kind, outgoing=False), other) for r, kind, other in to_rows]
    return [Choice(r, f"{verb}: {find_claims(session, only=other, wording=wording)[0].label}")
            for r, verb, other in lines]
