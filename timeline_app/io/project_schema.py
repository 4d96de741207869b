"""The project JSON format's records, declared once for the reader and the writer.

Each table is a list of fields (JSON key, column, kind); the kind says how a value is checked on
the way in (:mod:`timeline_app.io.project_convert`) and written on the way out
(:mod:`timeline_app.io.project_export`), so the two directions cannot drift apart.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from timeline_app.store.models import (ACTOR_KINDS, PARTICIPANT_ROLES, QUOTE_KINDS, RELATION_BASES,
                                       RELATION_TYPES, Actor, Annotation, Claim, ClaimRelation,
                                       ClaimSource, ClaimTag, Event, EventParticipant, EventSource,
                                       EventTag, Source, Status, StatusChange, Tag)

FORMAT = "timeline_app.project"
FORMAT_VERSION = 1
ID_NAMESPACE = uuid.UUID("6f1c2b9e-8a51-4d0c-9a3e-5f1b7c2d4e60")


@dataclass(frozen=True)
class F:
    """One field: its JSON key, its column (a date's column prefix), its kind and the kind's
    argument (the table a reference points into, a choice's allowed values and default)."""

    key: str
    column: str
    kind: str = "text"
    arg: Any = None


@dataclass(frozen=True)
class Link:
    """Link rows nested in their owner record: a list of ids (``bare``) or of objects."""

    key: str
    table: str
    model: type
    owner: str
    fields: tuple[F, ...]
    bare: bool = False


ID = F("id", "id", "id")
STAMPS = (F("created_at", "created_at", "stamp"), F("updated_at", "updated_at", "stamp"))
TABLES: dict[str, tuple[type, tuple[F, ...]]] = {
    "statuses": (Status, (F("key", "key", "required"), F("label", "label", "required"),
                          F("colour", "colour", "required"), F("position", "position", "int"))),
    "tags": (Tag, (ID, F("name", "name", "required"), F("colour", "colour"), *STAMPS)),
    "actors": (Actor, (ID, F("name", "name", "required"), F("kind", "kind", "choice", (ACTOR_KINDS, "person")),
                       F("role_title", "role_title"), F("parent", "parent_id", "ref", "actors"),
                       F("colour", "colour"), F("aliases", "aliases", "strings"),
                       F("position", "position", "int"), F("notes", "notes"), *STAMPS)),
    "sources": (Source, (ID, F("title", "title", "required"), F("kind", "kind", "choice", (None, "article")),
                         F("outlet", "outlet"), F("url", "url"), F("language", "language"),
                         F("published", "published", "date"), F("retrieved", "retrieved_at"),
                         F("text", "text", "source_text"), F("text_sha256", "text_sha256"),
                         F("previous_version", "previous_version_id", "ref", "sources"), F("notes", "notes"),
                         *STAMPS)),
    "events": (Event, (ID, F("title", "title", "required"), F("summary", "summary"), F("start", "start", "date"),
                       F("end", "end", "date"), F("location", "location"), F("parent", "parent_id", "ref", "events"),
                       *STAMPS)),
    "claims": (Claim, (ID, F("claimant", "claimant_id", "ref", "actors"), F("proposition", "proposition", "required"),
                       F("quote", "quote"), F("quote_language", "quote_language"), F("translation", "translation"),
                       F("quote_kind", "quote_kind", "choice", (QUOTE_KINDS, "direct")), F("channel", "channel"),
                       F("said", "said", "date"), F("event", "event_id", "ref", "events"),
                       F("status", "status", "status"), F("credibility", "credibility", "credibility"),
                       F("notes", "notes"), *STAMPS)),
    "relations": (ClaimRelation, (ID, F("from", "from_claim_id", "needed", "claims"), F("to", "to_claim_id", "needed", "claims"),
                                  F("type", "type", "choice", (RELATION_TYPES, None)),
                                  F("basis", "basis", "choice", (RELATION_BASES, "stated")), F("notes", "notes"), *STAMPS)),
    "annotations": (Annotation, (ID, F("source", "source_id", "needed", "sources"), F("claim", "claim_id", "ref", "claims"),
                                 F("event", "event_id", "ref", "events"), F("exact", "exact", "required"),
                                 F("prefix", "prefix", "plain"), F("suffix", "suffix", "plain"),
                                 F("start", "start", "offset"), F("end", "end", "offset"),
                                 F("text_sha256", "text_sha256", "text"), *STAMPS)),
    "status_history": (StatusChange, (ID, F("claim", "claim_id", "needed", "claims"), F("at", "at", "stamp"),
                                      F("by", "by"), F("from", "from_status"), F("to", "to_status", "required"),
                                      F("reason", "reason"))),
}
LINKS: dict[str, tuple[Link, ...]] = {
    "events": (Link("participants", "event_participants", EventParticipant, "event_id",
                    (F("actor", "actor_id", "needed", "actors"),
                     F("role", "role", "choice", (PARTICIPANT_ROLES, "participant")))),
               Link("sources", "event_sources", EventSource, "event_id", (F("", "source_id", "needed", "sources"),), True),
               Link("tags", "event_tags", EventTag, "event_id", (F("", "tag_id", "needed", "tags"),), True)),
    "claims": (Link("sources", "claim_sources", ClaimSource, "claim_id",
                    (F("source", "source_id", "needed", "sources"), F("attribution", "attribution"))),
               Link("tags", "claim_tags", ClaimTag, "claim_id", (F("", "tag_id", "needed", "tags"),), True)),
}
#: Id kinds as the seed files' slugs are derived (kept stable: tests name demo records by them).
SLUG_KINDS = {"tags": "tag", "actors": "actor", "sources": "source", "events": "event", "claims": "claim",
              "relations": "relation", "annotations": "annotation", "status_history": "status_change"}


def place(key: str, index: int, item: Any) -> str:
    """A record's place for messages: its list, index and (as the file writes it) id."""
    record_id = item.get("id") if isinstance(item, dict) else None
    return f"{key}[{index}]" + (f" ({record_id})" if isinstance(record_id, str) and record_id else "")
