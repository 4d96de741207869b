"""The CSV formats' rows: records to cells, and cells back to staged records.

See :mod:`timeline_app.io.csv_format` for the columns and the rules; this module does the
per-row work, naming the line and column of any cell it cannot read.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session

from timeline_app.domain.date_input import parse_date
from timeline_app.domain.dates import DateError, DateValue, looks_like_edtf
from timeline_app.io.convert import utc_text
from timeline_app.io.errors import reason
from timeline_app.io.reading import Payload, at_line
from timeline_app.io.staging import Staging
from timeline_app.messages import Message, message
from timeline_app.store import crud
from timeline_app.store.models import (QUOTE_KINDS, Actor, Claim, ClaimSource, ClaimTag, Event,
                                       EventParticipant, EventSource, EventTag, Source, Status, Tag)

SEPARATOR = "; "


# ---------------------------------------------------------------- out


def _instant(seconds: int | None, *, last: bool = False) -> str:
    if seconds is None:
        return ""
    return utc_text(datetime.fromtimestamp(seconds - (1 if last else 0), UTC))


def _grouped(session: Session, owner, value) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for key, item in session.execute(select(owner, value).where(value.is_not(None)).order_by(owner, value)):
        groups[key].append(item)
    return groups


def _people(session: Session) -> tuple[dict[str, str], dict[str, str]]:
    """Actor names by id, and each actor's party name by id."""
    names = dict(session.execute(select(Actor.id, Actor.name)).all())
    parties = crud.party_of(dict(session.execute(select(Actor.id, Actor.parent_id)).all()))
    return names, {actor_id: names[top] for actor_id, top in parties.items()}


def event_rows(session: Session) -> list[dict]:
    names, parties = _people(session)
    members = _grouped(session, EventParticipant.event_id, EventParticipant.actor_id)
    tags = _grouped(session, EventTag.event_id, select(Tag.name).where(Tag.id == EventTag.tag_id).scalar_subquery())
    urls = _grouped(session, EventSource.event_id, select(Source.url).where(Source.id == EventSource.source_id).scalar_subquery())
    rows = []
    for e in session.scalars(select(Event).order_by(Event.start_earliest.is_(None), Event.start_earliest, Event.id)):
        people = sorted(members.get(e.id, []), key=lambda a: (names[a], a))
        rows.append({"id": e.id, "title": e.title, "start": e.start_edtf or "", "end": e.end_edtf or "",
                     "earliest": _instant(e.start_earliest), "latest": _instant(e.span_latest, last=True),
                     "time_zone": e.start_tz or "", "end_time_zone": (e.end_tz or "UTC") if e.end_edtf and e.end_tz != e.start_tz else "",
                     "start_wording": e.start_wording or "",
                     "end_wording": e.end_wording or "", "location": e.location or "", "summary": e.summary or "",
                     "parent_id": e.parent_id or "", "participants": SEPARATOR.join(names[a] for a in people),
                     "parties": SEPARATOR.join(parties[a] for a in people),
                     "tags": SEPARATOR.join(tags.get(e.id, [])), "source_urls": SEPARATOR.join(urls.get(e.id, []))})
    return rows


def claim_rows(session: Session) -> list[dict]:
    names, parties = _people(session)
    labels = dict(session.execute(select(Status.key, Status.label)).all())
    tags = _grouped(session, ClaimTag.claim_id, select(Tag.name).where(Tag.id == ClaimTag.tag_id).scalar_subquery())
    urls = _grouped(session, ClaimSource.claim_id, select(Source.url).where(Source.id == ClaimSource.source_id).scalar_subquery())
    rows = []
    for c in session.scalars(select(Claim).order_by(Claim.said_earliest.is_(None), Claim.said_earliest, Claim.id)):
        rows.append({"id": c.id, "said": c.said_edtf or "", "earliest": _instant(c.said_earliest),
                     "latest": _instant(c.said_latest, last=True), "time_zone": c.said_tz or "",
                     "said_wording": c.said_wording or "", "claimant": names.get(c.claimant_id, ""),
                     "party": parties.get(c.claimant_id, ""), "proposition": c.proposition, "quote": c.quote or "",
                     "quote_language": c.quote_language or "", "translation": c.translation or "",
                     "quote_kind": c.quote_kind, "channel": c.channel or "", "status": labels.get(c.status, c.status),
                     "credibility": "" if c.credibility is None else str(c.credibility), "event_id": c.event_id or "",
                     "tags": SEPARATOR.join(tags.get(c.id, [])), "source_urls": SEPARATOR.join(urls.get(c.id, [])),
                     "notes": c.notes or ""})
    return rows


# ---------------------------------------------------------------- in


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def at_cell(line: int, column: str) -> Message:
    """A place in a CSV file: a line and a column, by its name."""
    return message("line {line}, column {column!r}", line=line, column=column)


def _in_project(model: type, record_id: str) -> Message:
    """A row skipped because its record is in the project: a sentence per kind, for translators."""
    if model is Event:
        return message("event {id} is in the project already", id=record_id)
    return message("claim {id} is in the project already", id=record_id)


class RowReader:
    """Stages one CSV row at a time; an unreadable cell fails the whole file."""

    def __init__(self, payload: Payload, staging: Staging):
        self.payload, self.staging = payload, staging
        self.seen: set[str] = set()
        self.parents: list[tuple[int, str]] = []

    def fail(self, line: int, column: str, problem: Message | str):
        return self.payload.fail(at_cell(line, column), problem)

    def _id(self, line: int, cells: dict, model) -> str | None:
        """The row's id (None for a new one); False when the project holds it already."""
        record_id = cells.get("id") or None
        if record_id is None:
            return None
        if len(record_id) > 36:
            raise self.fail(line, "id", message("an id has at most 36 characters"))
        if record_id in self.seen:
            raise self.fail(line, "id", message("the id {id!r} appears on an earlier line too", id=record_id))
        self.seen.add(record_id)
        if self.staging.taken(model, record_id):
            self.staging.report.skip(at_line(line), _in_project(model, record_id))
            return False
        return record_id

    def _date(self, line: int, cells: dict, column: str, wording: str) -> DateValue | None:
        text, tz = cells.get(column, ""), (column == "end" and cells.get("end_time_zone")) or cells.get("time_zone") or None
        if not text:
            return None
        try:
            if looks_like_edtf(text):
                return DateValue.from_edtf(text, tz=tz, wording=cells.get(wording) or None)
            value = parse_date(text, tz=tz)
        except (DateError, ValueError, OverflowError) as exc:
            raise self.fail(line, column, reason(exc)) from exc
        self.staging.report.approximate(at_cell(line, column), message("read {text!r} as {date}", text=text,
                                                                       date=value.edtf))
        return DateValue.from_edtf(value.edtf, tz=tz, wording=cells.get(wording) or text)

    def _actor(self, name: str, party: str | None) -> str:
        if not party or party.casefold() == name.casefold():
            return self.staging.actor(name, kind="party" if party else "person")
        return self.staging.actor(name, parent_id=self.staging.actor(party, kind="party"))

    def event(self, line: int, cells: dict) -> None:
        record_id = self._id(line, cells, Event)
        if record_id is False:
            return
        start, end = self._date(line, cells, "start", "start_wording"), self._date(line, cells, "end", "end_wording")
        if start and end and start.earliest and end.latest and end.latest <= start.earliest:
            raise self.fail(line, "end", message("the end ({end}) lies before the start ({start})", end=end.edtf,
                                                 start=start.edtf))
        people, parties = _split(cells.get("participants", "")), _split(cells.get("parties", ""))
        if parties and len(parties) != len(people):
            self.staging.report.approximate(at_line(line), message("parties do not pair up with participants; ignored"))
            parties = []
        event_id = self.staging.event(id=record_id, title=cells.get("title") or self._missing(line, "title"),
                                      start=start, end=end, summary=cells.get("summary") or None,
                                      location=cells.get("location") or None, parent_id=cells.get("parent_id") or None)
        self.seen.add(event_id)
        if cells.get("parent_id"):
            self.parents.append((line, cells["parent_id"]))
        for i, name in enumerate(people):
            actor = self._actor(name, parties[i] if parties else None)
            self.staging.link(EventParticipant, event_id=event_id, actor_id=actor, role="participant")
        for name in _split(cells.get("tags", "")):
            self.staging.link(EventTag, event_id=event_id, tag_id=self.staging.tag(name))
        for url in _split(cells.get("source_urls", "")):
            self.staging.link(EventSource, event_id=event_id, source_id=self.staging.source_for_url(url))

    def _missing(self, line: int, column: str):
        raise self.fail(line, column, message("empty; every row needs one"))

    def check_parents(self) -> None:
        for line, parent in self.parents:
            if parent not in self.seen and self.staging.session.get(Event, parent) is None:
                raise self.fail(line, "parent_id", message("no event {id!r} in the file or the project", id=parent))

    def claim(self, line: int, cells: dict) -> None:
        record_id = self._id(line, cells, Claim)
        if record_id is False:
            return
        status = self.staging.status_for(cells.get("status") or "unverified")
        if status is None:
            raise self.fail(line, "status", message("unknown status {status!r}; expected one of {statuses}",
                                                    status=cells["status"],
                                                    statuses=", ".join(self.staging.statuses.values())))
        kind = cells.get("quote_kind") or "direct"
        if kind not in QUOTE_KINDS:
            raise self.fail(line, "quote_kind", message("{value!r} is not one of {allowed}", value=kind,
                                                        allowed=", ".join(QUOTE_KINDS)))
        credibility = cells.get("credibility") or None
        if credibility is not None and credibility not in tuple("123456"):
            raise self.fail(line, "credibility",
                            message("expected 1 to 6 or nothing, got {value!r}", value=credibility))
        event_id = cells.get("event_id") or None
        if event_id and self.staging.session.get(Event, event_id) is None:
            raise self.fail(line, "event_id", message("no event {id!r} in the project; import its events first",
                                                      id=event_id))
        claimant = cells.get("claimant")
        claim_id = self.staging.claim(
            id=record_id, proposition=cells.get("proposition") or self._missing(line, "proposition"),
            said=self._date(line, cells, "said", "said_wording"), status=status, quote_kind=kind,
            claimant_id=self._actor(claimant, cells.get("party")) if claimant else None,
            credibility=int(credibility) if credibility else None, event_id=event_id,
            **{column: cells.get(column) or None for column in ("quote", "quote_language", "translation", "channel", "notes")})
        for name in _split(cells.get("tags", "")):
            self.staging.link(ClaimTag, claim_id=claim_id, tag_id=self.staging.tag(name))
        for url in _split(cells.get("source_urls", "")):
            self.staging.link(ClaimSource, claim_id=claim_id, source_id=self.staging.source_for_url(url), attribution=None)
