"""A source's text with every passage anchored in it: what the source reader shows.

Each annotation is placed again in the text as the W3C Web Annotation model does it: the stored
offsets where the quote is still there, else the quote with its context (:func:`anchor`). One that
cannot be found is returned as orphaned, with no position, so the reader lists it instead of
highlighting something else. Offsets count code points, as stored; the reader converts them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from timeline_app.domain.anchoring import TextQuote, anchor
from timeline_app.domain.dates import DateValue
from timeline_app.domain.timeline.items import Party
from timeline_app.messages import message
from timeline_app.store.choices import claim_label, find_events
from timeline_app.store.crud import date_from_columns
from timeline_app.store.dialect import raw_cursor
from timeline_app.store.models import Actor, Annotation, Claim, Event, Source, Status
from timeline_app.store.timeline_query import read_actors
from timeline_app.store.wording import ENGLISH, Wording


@dataclass(frozen=True)
class Passage:
    """One annotation: where it is now (None: orphaned), what it quotes and whose it is."""

    id: str
    span: tuple[int, int] | None  # code points, as found in the text now
    exact: str
    record_id: str                # the claim or event it belongs to
    kind: str                     # "claim" or "event"
    label: str                    # the claim or event as one line
    party_id: str | None          # the claimant's party (claims only)
    status: str | None            # the claim's status, by its label


@dataclass(frozen=True)
class SourceText:
    id: str
    title: str
    outlet: str | None
    language: str | None
    published: DateValue | None
    text: str
    passages: list[Passage]
    parties: list[Party]  # every party, so passages take the colours of their timeline lanes


def source_text(session: Session, source_id: str, wording: Wording = ENGLISH) -> SourceText | None:
    """The source with its passages in text order, orphaned ones last, labelled with ``wording``;
    None if it is gone."""
    source = session.get(Source, source_id)
    if source is None:
        return None
    cursor = raw_cursor(session.connection())
    parties, party_of = read_actors(cursor)
    cursor.close()
    passages = [_claim_passage(source.text, a, c, name, label, party_of, wording) for a, c, name, label in session.execute(
        select(Annotation, Claim, Actor.name, Status.label).join(Claim, Claim.id == Annotation.claim_id)
        .outerjoin(Actor, Actor.id == Claim.claimant_id).outerjoin(Status, Status.key == Claim.status)
        .where(Annotation.source_id == source_id))]
    of_events = select(Annotation, Event.id).join(Event, Event.id == Annotation.event_id)
    for annotation, event_id in session.execute(of_events.where(Annotation.source_id == source_id)):
        (event,) = find_events(session, only=event_id, wording=wording)
        passages.append(Passage(annotation.id, _placed(source.text, annotation), annotation.exact, event_id,
                                "event", wording.say(message("Event: {label}", label=event.label)), None, None))
    passages.sort(key=lambda p: (p.span is None, p.span or (0, 0), p.kind))
    return SourceText(source.id, source.title, source.outlet, source.language, date_from_columns(source, "published"),
                      source.text, passages, parties)


def _claim_passage(text: str, annotation: Annotation, claim: Claim, claimant: str | None, status: str | None,
                   party_of: dict[str, str | None], wording: Wording) -> Passage:
    label = claim_label(claimant, date_from_columns(claim, "said"), claim.proposition, wording)
    return Passage(annotation.id, _placed(text, annotation), annotation.exact, claim.id, "claim", label,
                   party_of.get(claim.claimant_id), status)


def _placed(text: str, annotation: Annotation) -> tuple[int, int] | None:
    quote = TextQuote(annotation.exact, annotation.prefix, annotation.suffix, annotation.start, annotation.end)
    return anchor(text, quote)
