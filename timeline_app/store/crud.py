"""Create, read, update and delete: keyword-only functions that take the session first.

They flush but never commit: the caller (a command, an import) owns the transaction, so that one
user action is one transaction. Bulk paths use :func:`bulk_insert` (SQLAlchemy Core), which is an
order of magnitude faster than adding ORM objects one by one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlmodel import Session, SQLModel

from timeline_app.domain.anchoring import selector_at, text_sha256
from timeline_app.domain.dates import DateValue
from timeline_app.store.models import (
    RELATION_BASES,
    RELATION_TYPES,
    Actor,
    Annotation,
    Claim,
    ClaimRelation,
    ClaimSource,
    ClaimTag,
    Event,
    EventParticipant,
    EventSource,
    EventTag,
    ProjectMeta,
    Source,
    Status,
    StatusChange,
    Tag,
    utc_now,
)

# ---------------------------------------------------------------- dates as columns


def to_seconds(instant: datetime | None) -> int | None:
    return None if instant is None else int(instant.timestamp())


def date_columns(prefix: str, value: DateValue | None) -> dict:
    """The five columns that hold one date with precision."""
    if value is None:
        return {f"{prefix}_{name}": None for name in ("edtf", "earliest", "latest", "tz", "wording")}
    return {
        f"{prefix}_edtf": value.edtf,
        f"{prefix}_earliest": to_seconds(value.earliest),
        f"{prefix}_latest": to_seconds(value.latest),
        f"{prefix}_tz": value.tz,
        f"{prefix}_wording": value.wording,
    }


def date_from_columns(row, prefix: str) -> DateValue | None:
    """The date with precision stored in ``row``'s columns named ``prefix_*``."""
    text = getattr(row, f"{prefix}_edtf")
    if text is None:
        return None
    return DateValue.from_edtf(text, tz=getattr(row, f"{prefix}_tz"), wording=getattr(row, f"{prefix}_wording"))


# ---------------------------------------------------------------- project facts


def set_meta(session: Session, *, key: str, value: str | None) -> None:
    session.merge(ProjectMeta(key=key, value=value))


def get_meta(session: Session, *, key: str) -> str | None:
    row = session.get(ProjectMeta, key)
    return None if row is None else row.value


# ---------------------------------------------------------------- creation


def _with_id(record_id: str | None) -> dict:
    return {} if record_id is None else {"id": record_id}


def create_actor(
    session: Session,
    *,
    name: str,
    kind: str = "person",
    role_title: str | None = None,
    parent_id: str | None = None,
    colour: str | None = None,
    aliases: Iterable[str] = (),
    position: int = 0,
    notes: str | None = None,
    id: str | None = None,
) -> Actor:
    actor = Actor(name=name, kind=kind, role_title=role_title, parent_id=parent_id, colour=colour,
                  aliases=list(aliases), position=position, notes=notes, **_with_id(id))
    session.add(actor)
    session.flush()
    return actor


def create_tag(session: Session, *, name: str, colour: str | None = None, id: str | None = None) -> Tag:
    tag = Tag(name=name, colour=colour, **_with_id(id))
    session.add(tag)
    session.flush()
    return tag


def create_source(
    session: Session,
    *,
    title: str,
    text: str,
    kind: str = "article",
    outlet: str | None = None,
    url: str | None = None,
    language: str | None = None,
    published: DateValue | None = None,
    retrieved_at: str | None = None,
    previous_version_id: str | None = None,
    notes: str | None = None,
    id: str | None = None,
) -> Source:
    source = Source(title=title, text=text, text_sha256=text_sha256(text), kind=kind, outlet=outlet,
                    url=url, language=language, retrieved_at=retrieved_at,
                    previous_version_id=previous_version_id, notes=notes,
                    **date_columns("published", published), **_with_id(id))
    session.add(source)
    session.flush()
    return source


def create_event(
    session: Session,
    *,
    title: str,
    start: DateValue | None = None,
    end: DateValue | None = None,
    summary: str | None = None,
    location: str | None = None,
    parent_id: str | None = None,
    participants: Iterable[tuple[str, str]] = (),
    source_ids: Iterable[str] = (),
    tag_ids: Iterable[str] = (),
    id: str | None = None,
) -> Event:
    _check_order(start, end)
    row = Event(title=title, summary=summary, location=location, parent_id=parent_id,
                **date_columns("start", start), **date_columns("end", end), **_with_id(id))
    session.add(row)
    session.flush()
    session.add_all(EventParticipant(event_id=row.id, actor_id=a, role=r) for a, r in participants)
    session.add_all(EventSource(event_id=row.id, source_id=s) for s in source_ids)
    session.add_all(EventTag(event_id=row.id, tag_id=t) for t in tag_ids)
    session.flush()
    return row


def _check_order(start: DateValue | None, end: DateValue | None) -> None:
    if start is None or end is None or start.earliest is None or end.latest is None:
        return
    if end.latest <= start.earliest:
        raise ValueError(f"the end ({end.edtf}) lies before the start ({start.edtf})")


def create_claim(
    session: Session,
    *,
    proposition: str,
    claimant_id: str | None = None,
    quote: str | None = None,
    quote_language: str | None = None,
    translation: str | None = None,
    quote_kind: str = "direct",
    channel: str | None = None,
    said: DateValue | None = None,
    event_id: str | None = None,
    status: str = "unverified",
    credibility: int | None = None,
    notes: str | None = None,
    sources: Iterable[tuple[str, str | None]] = (),
    tag_ids: Iterable[str] = (),
    id: str | None = None,
) -> Claim:
    claim = Claim(proposition=proposition, claimant_id=claimant_id, quote=quote,
                  quote_language=quote_language, translation=translation, quote_kind=quote_kind,
                  channel=channel, event_id=event_id, status=status, credibility=credibility,
                  notes=notes, **date_columns("said", said), **_with_id(id))
    session.add(claim)
    session.flush()
    session.add_all(ClaimSource(claim_id=claim.id, source_id=s, attribution=a) for s, a in sources)
    session.add_all(ClaimTag(claim_id=claim.id, tag_id=t) for t in tag_ids)
    session.flush()
    return claim


def create_relation(
    session: Session,
    *,
    from_claim_id: str,
    to_claim_id: str,
    type: str,
    basis: str = "stated",
    notes: str | None = None,
    id: str | None = None,
) -> ClaimRelation:
    if type not in RELATION_TYPES:
        raise ValueError(f"unknown relation type {type!r}; expected one of {', '.join(RELATION_TYPES)}")
    if basis not in RELATION_BASES:
        raise ValueError(f"unknown relation basis {basis!r}; expected one of {', '.join(RELATION_BASES)}")
    if from_claim_id == to_claim_id:
        raise ValueError("a claim cannot be related to itself")
    relation = ClaimRelation(from_claim_id=from_claim_id, to_claim_id=to_claim_id, type=type,
                             basis=basis, notes=notes, **_with_id(id))
    session.add(relation)
    session.flush()
    return relation


def create_annotation(
    session: Session,
    *,
    source_id: str,
    start: int,
    end: int,
    claim_id: str | None = None,
    event_id: str | None = None,
    id: str | None = None,
) -> Annotation:
    """Anchor a passage of a source's text, taking quote and context from the text itself."""
    source = session.get(Source, source_id)
    if source is None:
        raise ValueError(f"no source with id {source_id}")
    quote = selector_at(source.text, start, end)
    annotation = Annotation(source_id=source_id, exact=quote.exact, prefix=quote.prefix,
                            suffix=quote.suffix, start=start, end=end,
                            text_sha256=source.text_sha256, claim_id=claim_id, event_id=event_id,
                            **_with_id(id))
    session.add(annotation)
    session.flush()
    return annotation


def set_claim_status(
    session: Session, *, claim_id: str, status: str, by: str | None = None, reason: str | None = None
) -> StatusChange:
    """Change a claim's status and record who changed it, when, from what and why."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise ValueError(f"no claim with id {claim_id}")
    if session.get(Status, status) is None:
        raise ValueError(f"unknown status {status!r}")
    change = StatusChange(claim_id=claim_id, by=by, from_status=claim.status, to_status=status, reason=reason)
    claim.status, claim.updated_at = status, utc_now()
    session.add_all([claim, change])
    session.flush()
    return change


def bulk_insert(session: Session, model: type[SQLModel], rows: list[Mapping]) -> None:
    """Insert many rows in one Core statement (import, demo, benchmark)."""
    if rows:
        session.execute(insert(model.__table__), rows)


# ---------------------------------------------------------------- queries


def events_in_range(session: Session, *, start: int, end: int) -> list[Event]:
    """Events whose time span overlaps ``[start, end)`` (Unix seconds), in start order."""
    query = (
        select(Event)
        .where(Event.start_earliest < end, Event.span_latest > start)
        .order_by(Event.start_earliest)
    )
    return list(session.scalars(query))


def party_of(parents: Mapping[str, str | None]) -> dict[str, str]:
    """Map each actor id to the id of its top-level actor (its party, or itself).

    ``parents`` maps actor ids to their parent's id; a cycle stops at the actor it returns to.
    """
    resolved: dict[str, str] = {}
    for actor_id in parents:
        top, seen = actor_id, set()
        while parents.get(top) and top not in seen:
            seen.add(top)
            top = parents[top]
        resolved[actor_id] = top
    return resolved


def claim_counts_by_party(session: Session) -> Counter:
    """Claims per party id (``None`` for unattributed claims), from the covering index."""
    per_claimant = session.execute(select(Claim.claimant_id, func.count()).group_by(Claim.claimant_id))
    parties = party_of(dict(session.execute(select(Actor.id, Actor.parent_id)).all()))
    counts: Counter = Counter()
    for claimant_id, n in per_claimant:
        counts[parties.get(claimant_id) if claimant_id else None] += n
    return counts


def relation_counts(session: Session) -> dict[str, int]:
    rows = session.execute(select(ClaimRelation.type, func.count()).group_by(ClaimRelation.type))
    return dict(sorted((kind, n) for kind, n in rows))


def count(session: Session, model: type[SQLModel]) -> int:
    return session.scalar(select(func.count()).select_from(model))


def date_range(session: Session) -> tuple[int | None, int | None]:
    """The earliest and latest instants of all events and claims (Unix seconds)."""
    lows = [session.scalar(select(func.min(Event.start_earliest))), session.scalar(select(func.min(Claim.said_earliest)))]
    highs = [session.scalar(select(func.max(Event.span_latest))), session.scalar(select(func.max(Claim.said_latest)))]
    lows, highs = [v for v in lows if v is not None], [v for v in highs if v is not None]
    return (min(lows) if lows else None, max(highs) if highs else None)

