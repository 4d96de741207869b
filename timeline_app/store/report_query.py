"""What a printed report lists: claims per party in date order, their relations, their sources.

A few bulk queries, whatever the number of claims, so that an appendix of 10,000 claims is
gathered in well under a second.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlmodel import Session

from timeline_app.store.crud import party_of
from timeline_app.store.models import Actor, Claim, ClaimRelation, ClaimSource, Source, Status
from timeline_app.store.wording import UNATTRIBUTED


@dataclass(frozen=True)
class SourceEntry:
    number: int
    id: str
    title: str
    outlet: str | None
    url: str | None
    published_edtf: str | None
    published_tz: str | None


@dataclass(frozen=True, slots=True)
class RelationEntry:
    type: str
    outgoing: bool  # True: this claim denies/confirms the other one
    other_claimant: str | None
    other_said_edtf: str | None
    other_quote: str | None
    other_proposition: str


@dataclass(slots=True)
class ClaimEntry:
    id: str
    said_edtf: str | None
    claimant: str | None
    role_title: str | None
    channel: str | None
    quote: str | None
    translation: str | None
    proposition: str
    status_label: str
    credibility: int | None
    sources: list[tuple[int, str | None]] = field(default_factory=list)  # (source number, attribution)
    relations: list[RelationEntry] = field(default_factory=list)


@dataclass
class PartySection:
    party_id: str | None
    name: str
    claims: list[ClaimEntry] = field(default_factory=list)


@dataclass
class Report:
    parties: list[PartySection]
    sources: list[SourceEntry]


def parties(session: Session) -> list[tuple[str, str]]:
    """(id, name) of every party, in lane order."""
    query = select(Actor.id, Actor.name).where(Actor.parent_id.is_(None), Actor.kind == "party")
    return [(pid, name) for pid, name in session.execute(query.order_by(Actor.position, Actor.name))]


def party_ids_by_name(session: Session) -> dict[str, str]:
    """Parties by their name in any letter case, for choosing parties by name on the command line."""
    return {name.casefold(): party_id for party_id, name in parties(session)}


def gather_report(
    session: Session, *, party_ids: set[str | None] | None = None, t0: int | None = None, t1: int | None = None
) -> Report:
    """Claims per party (``None``: unattributed) in date order, optionally limited to parties and
    to claims said within ``[t0, t1)``; then every source they cite, numbered."""
    actors = {a.id: a for a in session.scalars(select(Actor))}
    top = party_of({a.id: a.parent_id for a in actors.values()})
    parties = sorted((a for a in actors.values() if a.parent_id is None and a.kind == "party"), key=lambda a: (a.position, a.name))
    sections = {p.id: PartySection(p.id, p.name) for p in parties}
    sections[None] = PartySection(None, str(UNATTRIBUTED))
    labels = dict(session.execute(select(Status.key, Status.label)).all())
    claims = _claims(session, t0, t1)
    entries: dict[str, ClaimEntry] = {}
    # who said it, per claimant: (section's claims, name, role title); read once, not per claim
    speakers = {None: (None, None, None)}
    for claimant_id, actor in actors.items():
        party = top.get(claimant_id)
        speakers[claimant_id] = (party if party in sections else None, actor.name, actor.role_title)
    for c in claims:
        party, name, role_title = speakers.get(c.claimant_id) or speakers[None]
        if party_ids is not None and party not in party_ids:
            continue
        entry = entries[c.id] = ClaimEntry(c.id, c.said_edtf, name, role_title, c.channel, c.quote, c.translation,
                                           c.proposition, labels.get(c.status, c.status), c.credibility)
        sections[party].claims.append(entry)
    sources = _attach_sources(session, entries)
    _attach_relations(session, entries, actors, {c.id: c for c in claims})
    return Report([s for s in sections.values() if s.claims], sources)


_CLAIM_COLUMNS = (Claim.id, Claim.claimant_id, Claim.said_edtf, Claim.channel, Claim.quote, Claim.translation,
                  Claim.proposition, Claim.status, Claim.credibility)


def _claims(session: Session, t0: int | None, t1: int | None) -> list:
    """Plain rows, not ORM objects: an appendix may list 30,000 claims."""
    # An open start ("until 21 Dec") sorts by its known end, as the timeline places it.
    position = func.coalesce(Claim.said_earliest, Claim.said_latest - 86400)
    query = select(*_CLAIM_COLUMNS).order_by(position.is_(None), position, Claim.said_latest, Claim.id)
    if t0 is not None:
        query = query.where(Claim.said_latest > t0)
    if t1 is not None:
        query = query.where(Claim.said_earliest < t1)
    return session.execute(query).all()


def _attach_sources(session: Session, entries: dict[str, ClaimEntry]) -> list[SourceEntry]:
    links = session.execute(select(ClaimSource.claim_id, ClaimSource.source_id, ClaimSource.attribution)).all()
    cited = sorted({source_id for claim_id, source_id, _ in links if claim_id in entries})
    rows = {s.id: s for s in session.scalars(select(Source).where(Source.id.in_(cited)))} if cited else {}
    ordered = sorted(rows.values(), key=lambda s: (s.published_earliest is None, s.published_earliest, s.title))
    numbers = {s.id: i for i, s in enumerate(ordered, start=1)}
    for claim_id, source_id, attribution in links:
        if claim_id in entries:
            entries[claim_id].sources.append((numbers[source_id], attribution))
    return [SourceEntry(numbers[s.id], s.id, s.title, s.outlet, s.url, s.published_edtf, s.published_tz) for s in ordered]


def _attach_relations(session: Session, entries: dict[str, ClaimEntry], actors: dict[str, Actor], read: dict) -> None:
    """Each entry's denials, confirmations and other relations; ``read``: the claim rows at hand
    (only claims outside the report's range or parties are read again)."""
    relations = session.execute(select(ClaimRelation.from_claim_id, ClaimRelation.to_claim_id, ClaimRelation.type)).all()
    wanted = {a for a, b, _ in relations if a in entries or b in entries} | {b for a, b, _ in relations if a in entries or b in entries}
    missing = sorted(wanted - read.keys())
    others = {claim_id: read[claim_id] for claim_id in wanted & read.keys()}
    for chunk in (missing[i:i + 500] for i in range(0, len(missing), 500)):
        others.update((c.id, c) for c in session.execute(select(*_CLAIM_COLUMNS).where(Claim.id.in_(chunk))))
    by_claim = defaultdict(list)
    for source, target, kind in relations:
        for mine, other, outgoing in ((source, target, True), (target, source, False)):
            if mine in entries and other in others:
                o = others[other]
                claimant = actors.get(o.claimant_id)
                by_claim[mine].append(RelationEntry(kind, outgoing, claimant.name if claimant else None,
                                                    o.said_edtf, o.quote, o.proposition))
    for claim_id, found in by_claim.items():
        entries[claim_id].relations = found
