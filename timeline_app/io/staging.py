"""Rows staged by an importer of another tool's format, inserted together at the end.

Other formats name people, tags and web pages rather than our records, so the importer asks
here for "the actor called X" or "the source at URL Y" and gets the project's existing record
when there is one (names compared without regard to case, aliases included), or a new one
staged for insertion. Nothing touches the database until :meth:`Staging.insert`, which writes
every table in one go with Core bulk inserts, parents before children; the caller owns the
transaction, so a file either imports whole or not at all.

Merge rule for all formats but the project's own: a record whose id is in the project already
(the same iCalendar UID or ClaimReview ``@id`` imported twice) is skipped and reported, never
overwritten.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlmodel import Session, SQLModel

from timeline_app.domain.anchoring import text_sha256
from timeline_app.domain.dates import DateValue
from timeline_app.io.report import ImportReport
from timeline_app.store import crud
from timeline_app.store.models import (Actor, Annotation, Claim, ClaimSource, ClaimTag, Event,
                                       EventParticipant, EventSource, EventTag, Source, Status,
                                       StatusChange, Tag, new_id, utc_now)

#: Verdict words of other fact-checkers that name one of our default statuses unambiguously.
VERDICT_SYNONYMS = {"true": "confirmed", "correct": "confirmed", "false": "refuted", "incorrect": "refuted"}
#: Insertion order: every table after the tables it refers to.
ORDER = (Tag, Actor, Source, Event, EventParticipant, EventSource, EventTag, Claim, ClaimSource,
         ClaimTag, Annotation, StatusChange)
_COUNTED = {Tag: "tags", Actor: "actors", Source: "sources", Event: "events", Claim: "claims",
            Annotation: "annotations", StatusChange: "status changes"}


def parents_first(rows: list[dict], key: str = "parent_id") -> list[dict]:
    """Order rows so that the row each one's ``key`` names is inserted before it (cycles are cut)."""
    by_id = {row["id"]: row for row in rows}
    ordered, placed = [], set()
    for row in rows:
        chain, chain_ids = [], set()
        while row is not None and row["id"] not in placed and row["id"] not in chain_ids:
            chain.append(row)
            chain_ids.add(row["id"])
            row = by_id.get(row.get(key))
        for item in reversed(chain):
            placed.add(item["id"])
            ordered.append(item)
    return ordered


class Staging:
    """The rows one import will add, and lookups of what the project holds already."""

    def __init__(self, session: Session, report: ImportReport, origin: str):
        self.session, self.report, self.origin = session, report, origin
        self.now = utc_now()
        self.rows: dict[type, list[dict]] = defaultdict(list)
        self.links: dict[type, dict[tuple, dict]] = defaultdict(dict)
        self.by_id: dict[str, dict] = {}
        self._tags = {name.casefold(): tag_id for tag_id, name in session.execute(select(Tag.id, Tag.name))}
        self._actors: dict[str, str] = {}
        for actor_id, name, aliases in session.execute(select(Actor.id, Actor.name, Actor.aliases)):
            for alias in aliases or []:
                self._actors.setdefault(alias.casefold(), actor_id)
            self._actors[name.casefold()] = actor_id
        self._sources = {url: source_id for source_id, url in session.execute(select(Source.id, Source.url)) if url}
        self.statuses = {key: label for key, label in session.execute(select(Status.key, Status.label))}

    def stamps(self, created: str | None = None, updated: str | None = None) -> dict:
        return {"created_at": created or self.now, "updated_at": updated or created or self.now}

    def taken(self, model: type[SQLModel], record_id: str) -> bool:
        """True if the id is in the project or staged already."""
        return record_id in self.by_id or self.session.get(model, record_id) is not None

    def _add(self, model: type[SQLModel], row: dict) -> str:
        self.rows[model].append(row)
        self.by_id[row["id"]] = row
        return row["id"]

    def link(self, model: type[SQLModel], **row) -> None:
        """A link row (event-tag, claim-source, ...); the same link twice is kept once."""
        self.links[model].setdefault(tuple(row.values())[:2], row)

    # -- lookups that create what is missing

    def tag(self, name: str, colour: str | None = None) -> str:
        key = name.casefold()
        if key not in self._tags:
            self._tags[key] = self._add(Tag, {"id": new_id(), "name": name, "colour": colour, **self.stamps()})
        return self._tags[key]

    def actor(self, name: str, *, kind: str = "person", parent_id: str | None = None) -> str:
        key = name.casefold()
        if key not in self._actors:
            self._actors[key] = self._add(Actor, {
                "id": new_id(), "name": name, "kind": kind, "role_title": None, "parent_id": parent_id,
                "colour": None, "aliases": [], "position": 0, "notes": None, **self.stamps()})
        return self._actors[key]

    def source_for_url(self, url: str, *, title: str | None = None, kind: str = "web page",
                       outlet: str | None = None, published: DateValue | None = None) -> str:
        """The source at ``url``; a new one holds no text (the import did not capture the page)."""
        if url not in self._sources:
            self._sources[url] = self._add(Source, {
                "id": new_id(), "title": title or url, "kind": kind, "outlet": outlet, "url": url,
                "language": None, "retrieved_at": None, "text": "", "text_sha256": text_sha256(""),
                "previous_version_id": None, "notes": f"Created by importing {self.origin}; the page's "
                "text was not captured.", **crud.date_columns("published", published), **self.stamps()})
        return self._sources[url]

    def status_for(self, verdict: str) -> str | None:
        """The status key a verdict names (its key or label, or an unambiguous synonym)."""
        wanted = " ".join(verdict.split()).casefold()
        for key, label in self.statuses.items():
            if wanted in (key.casefold(), label.casefold(), key.replace("_", " ").casefold()):
                return key
        synonym = VERDICT_SYNONYMS.get(wanted)
        return synonym if synonym in self.statuses else None

    # -- records

    def event(self, *, title: str, start: DateValue | None, end: DateValue | None = None,
              id: str | None = None, **columns) -> str:
        return self._add(Event, {"id": id or new_id(), "title": title, "summary": columns.pop("summary", None),
                                 "location": columns.pop("location", None), "parent_id": columns.pop("parent_id", None),
                                 **crud.date_columns("start", start), **crud.date_columns("end", end),
                                 **self.stamps(**columns)})

    def claim(self, *, proposition: str, said: DateValue | None, id: str | None = None, **columns) -> str:
        row = {"id": id or new_id(), "proposition": proposition, "claimant_id": None, "quote": None,
               "quote_language": None, "translation": None, "quote_kind": "direct", "channel": None,
               "event_id": None, "status": "unverified", "credibility": None, "notes": None,
               **crud.date_columns("said", said), **self.stamps(columns.pop("created", None), columns.pop("updated", None))}
        row.update(columns)
        return self._add(Claim, row)

    def annotation(self, **row) -> str:
        row.setdefault("id", new_id())
        return self._add(Annotation, {"claim_id": None, "event_id": None, **self.stamps(
            row.pop("created", None), row.pop("updated", None)), **row})

    def status_change(self, *, claim_id: str, to_status: str, at: str | None, by: str | None,
                      reason: str | None) -> None:
        self._add(StatusChange, {"id": new_id(), "claim_id": claim_id, "at": at or self.now, "by": by,
                                 "from_status": "unverified", "to_status": to_status, "reason": reason})

    def insert(self) -> None:
        """Write every staged row, parents first, and count them in the report."""
        for model in ORDER:
            rows = self.rows.get(model) or list(self.links.get(model, {}).values())
            if model in (Actor, Event):
                rows = parents_first(rows)
            crud.bulk_insert(self.session, model, rows)
            if model in _COUNTED and rows:
                self.report.count(_COUNTED[model], len(rows))
        self.session.flush()
