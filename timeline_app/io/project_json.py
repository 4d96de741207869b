"""The project JSON format: timeline_app's own open exchange format.

A file holds every record of a project. Ids may be UUIDs (as exported) or readable slugs (as in
the demo's hand-written seed file): a slug becomes a UUID derived from its kind and text, so the
same file always yields the same ids. An annotation may give only its ``exact`` passage; its
offsets and context are then found in the source text, which must contain it exactly once.

The whole file is validated into rows first and inserted in one transaction: a file with an error
imports nothing.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from timeline_app.domain.anchoring import AnchorError, locate_unique, selector_at, text_sha256
from timeline_app.domain.dates import DateError, DateValue
from timeline_app.io.errors import ImportFileError
from timeline_app.store import crud
from timeline_app.store.models import (
    ACTOR_KINDS,
    PARTICIPANT_ROLES,
    QUOTE_KINDS,
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
    Source,
    Status,
    StatusChange,
    Tag,
    utc_now,
)

FORMAT = "timeline_app.project"
FORMAT_VERSION = 1
ID_NAMESPACE = uuid.UUID("6f1c2b9e-8a51-4d0c-9a3e-5f1b7c2d4e60")
MAX_BYTES = 512 * 1024 * 1024


def read_file(path: Path) -> dict:
    """Parse a project JSON file, turning every failure into one line naming file and place."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportFileError(f"{path}: larger than {MAX_BYTES // 2**20} MB; refusing to import")
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"{path}: line {exc.lineno}, column {exc.colno}: invalid JSON: {exc.msg}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFileError(f"{path}: not a timeline_app project file (\"format\" is not {FORMAT!r})")
    if not isinstance(data.get("format_version"), int) or data["format_version"] > FORMAT_VERSION:
        raise ImportFileError(f"{path}: format version {data.get('format_version')!r} is newer than this "
                              f"version of timeline_app reads ({FORMAT_VERSION})")
    return data


def import_file(session: Session, path: Path) -> "ImportReport":
    """Import a project JSON file into the session's project (the caller commits)."""
    path = Path(path)
    rows = _Converter(read_file(path), path).convert()
    try:
        rows.insert(session)
    except IntegrityError as exc:
        session.rollback()
        raise ImportFileError(f"{path}: the records contradict each other or the project "
                              f"({str(exc.orig).splitlines()[0]})") from exc
    return rows.report


@dataclass
class ImportReport:
    counts: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


@dataclass
class _Rows:
    """Validated rows per table, in insertion order (parents before children)."""

    tables: list[tuple[type, list[dict]]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    report: ImportReport = field(default_factory=ImportReport)

    def insert(self, session: Session) -> None:
        for model, rows in self.tables:
            crud.bulk_insert(session, model, rows)
        for key, value in self.meta.items():
            crud.set_meta(session, key=key, value=value)
        session.flush()


class _Converter:
    """Turns the parsed file into rows, naming the record and field of any error."""

    def __init__(self, data: dict, path: Path):
        self.data, self.path, self.now = data, path, utc_now()
        self.ids: dict[str, set[str]] = {}
        self.texts: dict[str, tuple[str, str]] = {}
        self.where = ""

    # -- helpers

    def fail(self, message: str) -> ImportFileError:
        return ImportFileError(f"{self.path}: {self.where}: {message}")

    def records(self, kind: str) -> list[dict]:
        items = self.data.get(kind) or []
        if not isinstance(items, list):
            raise ImportFileError(f"{self.path}: \"{kind}\" must be a list")
        for index, item in enumerate(items):
            self.where = f"{kind}[{index}]" + (f" ({item.get('id')})" if isinstance(item, dict) and item.get("id") else "")
            if not isinstance(item, dict):
                raise self.fail("must be an object")
        return items

    def uid(self, kind: str, value: Any) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or not value:
            raise self.fail(f"a {kind} id must be a non-empty string, not {value!r}")
        try:
            return str(uuid.UUID(value))
        except ValueError:
            return str(uuid.uuid5(ID_NAMESPACE, f"{kind}:{value}"))

    def own_id(self, kind: str, item: dict) -> str:
        new = self.uid(kind, item.get("id")) or str(uuid.uuid4())
        seen = self.ids.setdefault(kind, set())
        if new in seen:
            raise self.fail(f"the id {item.get('id')!r} is used twice")
        seen.add(new)
        return new

    def ref(self, kind: str, value: Any, field_name: str) -> str | None:
        target = self.uid(kind, value)
        if target is not None and target not in self.ids.get(kind, ()):
            raise self.fail(f"{field_name}: no {kind} with id {value!r} in this file")
        return target

    def text(self, item: dict, key: str, *, required: bool = False) -> str | None:
        value = item.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(f"{key}: expected {'non-empty ' if required else ''}text, got {value!r}")
        return value

    def date(self, item: dict, key: str, prefix: str) -> dict:
        value = item.get(key)
        if value is None:
            return crud.date_columns(prefix, None)
        if not isinstance(value, dict) or not isinstance(value.get("edtf"), str):
            raise self.fail(f"{key}: expected an object with an \"edtf\" text")
        try:
            parsed = DateValue.from_edtf(value["edtf"], tz=value.get("tz"), wording=value.get("wording"))
        except DateError as exc:
            raise self.fail(f"{key}: {exc}") from exc
        return crud.date_columns(prefix, parsed)

    def choice(self, item: dict, key: str, allowed: tuple[str, ...], default: str) -> str:
        value = item.get(key) or default
        if value not in allowed:
            raise self.fail(f"{key}: {value!r} is not one of {', '.join(allowed)}")
        return value

    def stamps(self, item: dict) -> dict:
        return {"created_at": item.get("created_at") or self.now, "updated_at": item.get("updated_at") or self.now}

    # -- tables

    def convert(self) -> _Rows:
        rows = _Rows()
        project = self.data.get("project") or {}
        rows.meta = {k: v for k, v in project.items() if isinstance(v, str)}
        rows.tables = [
            (Status, self.statuses()),
            (Tag, self.tags()),
            (Actor, self.actors()),
            (Source, self.sources()),
            *self.events(),
            *self.claims(),
            (ClaimRelation, self.relations()),
            (Annotation, self.annotations()),
            (StatusChange, self.status_history()),
        ]
        rows.report.counts = {m.__tablename__: len(r) for m, r in rows.tables if r}
        return rows

    def statuses(self) -> list[dict]:
        out = []
        for item in self.records("statuses"):
            out.append({"key": self.text(item, "key", required=True), "label": self.text(item, "label", required=True),
                        "colour": self.text(item, "colour", required=True), "position": int(item.get("position", 0))})
        return out

    def tags(self) -> list[dict]:
        return [{"id": self.own_id("tag", item), "name": self.text(item, "name", required=True),
                 "colour": self.text(item, "colour"), **self.stamps(item)} for item in self.records("tags")]

    def actors(self) -> list[dict]:
        items = self.records("actors")
        out = [{"id": self.own_id("actor", item), "name": self.text(item, "name", required=True),
                "kind": self.choice(item, "kind", ACTOR_KINDS, "person"), "role_title": self.text(item, "role_title"),
                "parent_id": item.get("parent"), "colour": self.text(item, "colour"),
                "aliases": list(item.get("aliases") or []), "position": int(item.get("position") or 0),
                "notes": self.text(item, "notes"), **self.stamps(item)} for item in items]
        for row, item in zip(out, items):
            self.where = f"actors ({item.get('id')})"
            row["parent_id"] = self.ref("actor", row["parent_id"], "parent")
        return _parents_first(out)

    def sources(self) -> list[dict]:
        out = []
        for item in self.records("sources"):
            source_id = self.own_id("source", item)
            text = self.source_text(item)
            self.texts[source_id] = (text, text_sha256(text))
            out.append({"id": source_id, "title": self.text(item, "title", required=True), "text": text,
                        "text_sha256": self.texts[source_id][1], "kind": item.get("kind") or "article",
                        "outlet": self.text(item, "outlet"), "url": self.text(item, "url"),
                        "language": self.text(item, "language"), "retrieved_at": self.text(item, "retrieved"),
                        "previous_version_id": None, "notes": self.text(item, "notes"),
                        **self.date(item, "published", "published"), **self.stamps(item)})
        return out

    def source_text(self, item: dict) -> str:
        """The text itself, or (in hand-written seed files) a file beside the JSON file."""
        if "text" in item:
            return self.text(item, "text") or ""
        name = self.text(item, "text_file", required=True)
        if Path(name).name != name:
            raise self.fail(f"text_file: must name a file in the same folder, not a path ({name!r})")
        try:
            return (self.path.parent / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise self.fail(f"text_file: cannot read {name!r} ({exc})") from exc

    def events(self) -> list[tuple[type, list[dict]]]:
        items = self.records("events")
        events = [{"id": self.own_id("event", item), "title": self.text(item, "title", required=True),
                   "summary": self.text(item, "summary"), "location": self.text(item, "location"),
                   "parent_id": item.get("parent"), **self.date(item, "start", "start"),
                   **self.date(item, "end", "end"), **self.stamps(item)} for item in items]
        participants, sources, tags = [], [], []
        for row, item in zip(events, items):
            self.where = f"events ({item.get('id')})"
            row["parent_id"] = self.ref("event", row["parent_id"], "parent")
            for p in item.get("participants") or []:
                participants.append({"event_id": row["id"], "actor_id": self.ref("actor", p.get("actor"), "participants"),
                                     "role": self.choice(p, "role", PARTICIPANT_ROLES, "participant")})
            sources += [{"event_id": row["id"], "source_id": self.ref("source", s, "sources")} for s in item.get("sources") or []]
            tags += [{"event_id": row["id"], "tag_id": self.ref("tag", t, "tags")} for t in item.get("tags") or []]
        return [(Event, _parents_first(events)), (EventParticipant, participants), (EventSource, sources), (EventTag, tags)]

    def claims(self) -> list[tuple[type, list[dict]]]:
        claims, sources, tags = [], [], []
        for item in self.records("claims"):
            claim_id = self.own_id("claim", item)
            claims.append({
                "id": claim_id, "claimant_id": self.ref("actor", item.get("claimant"), "claimant"),
                "proposition": self.text(item, "proposition", required=True), "quote": self.text(item, "quote"),
                "quote_language": self.text(item, "quote_language"), "translation": self.text(item, "translation"),
                "quote_kind": self.choice(item, "quote_kind", QUOTE_KINDS, "direct"), "channel": self.text(item, "channel"),
                "event_id": self.ref("event", item.get("event"), "event"), "status": item.get("status") or "unverified",
                "credibility": item.get("credibility"), "notes": self.text(item, "notes"),
                **self.date(item, "said", "said"), **self.stamps(item)})
            for s in item.get("sources") or []:
                sources.append({"claim_id": claim_id, "source_id": self.ref("source", s.get("source"), "sources"),
                                "attribution": s.get("attribution")})
            tags += [{"claim_id": claim_id, "tag_id": self.ref("tag", t, "tags")} for t in item.get("tags") or []]
        return [(Claim, claims), (ClaimSource, sources), (ClaimTag, tags)]

    def relations(self) -> list[dict]:
        return [{"id": self.own_id("relation", item), "from_claim_id": self.ref("claim", item.get("from"), "from"),
                 "to_claim_id": self.ref("claim", item.get("to"), "to"),
                 "type": self.choice(item, "type", RELATION_TYPES, ""),
                 "basis": self.choice(item, "basis", RELATION_BASES, "stated"), "notes": self.text(item, "notes"), **self.stamps(item)}
                for item in self.records("relations")]

    def annotations(self) -> list[dict]:
        out = []
        for item in self.records("annotations"):
            row = {"id": self.own_id("annotation", item), "source_id": self.ref("source", item.get("source"), "source"),
                   "claim_id": self.ref("claim", item.get("claim"), "claim"),
                   "event_id": self.ref("event", item.get("event"), "event"), **self.stamps(item)}
            out.append({**row, **self.anchor(item, row["source_id"])})
        return out

    def anchor(self, item: dict, source_id: str) -> dict:
        """Stored selectors as given; a bare ``exact`` is located in the source text."""
        text, sha = self.texts[source_id]
        exact = self.text(item, "exact", required=True)
        if "start" in item:
            return {"exact": exact, "prefix": item.get("prefix") or "", "suffix": item.get("suffix") or "",
                    "start": item["start"], "end": item["end"], "text_sha256": item.get("text_sha256") or sha}
        try:
            start = locate_unique(text, exact)
        except AnchorError as exc:
            raise self.fail(f"exact: {exc}") from exc
        quote = selector_at(text, start, start + len(exact))
        return {"exact": quote.exact, "prefix": quote.prefix, "suffix": quote.suffix,
                "start": quote.start, "end": quote.end, "text_sha256": sha}

    def status_history(self) -> list[dict]:
        return [{"id": self.own_id("status_change", item), "claim_id": self.ref("claim", item.get("claim"), "claim"),
                 "at": item.get("at") or self.now, "by": item.get("by"), "from_status": item.get("from"),
                 "to_status": self.text(item, "to", required=True), "reason": item.get("reason")}
                for item in self.records("status_history")]


def _parents_first(rows: list[dict]) -> list[dict]:
    """Order rows so that each row's ``parent_id`` is inserted before it."""
    by_id = {row["id"]: row for row in rows}
    ordered, placed = [], set()

    def place(row: dict, chain: frozenset = frozenset()) -> None:
        if row["id"] in placed or row["id"] in chain:
            return
        parent = by_id.get(row["parent_id"])
        if parent is not None:
            place(parent, chain | {row["id"]})
        placed.add(row["id"])
        ordered.append(row)

    for row in rows:
        place(row)
    return ordered
