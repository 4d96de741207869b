"""All tables of a project, in one place.

Ids are UUID strings so that projects can later be merged and shared. A date with precision is
stored as five columns (see :func:`date_columns`): its EDTF text, its earliest and latest instants
as Unix seconds (UTC, latest exclusive; these drive sorting and range queries), its IANA time zone
and the source's own wording. Timestamps are ISO 8601 text in UTC.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from sqlalchemy import JSON, BigInteger, CheckConstraint, Column, Computed, ForeignKey, Index, Integer, String, text
from sqlmodel import Field, SQLModel

RELATION_TYPES = ("denies", "confirms", "supports", "contradicts", "qualifies", "retracts", "repeats")
RELATION_BASES = ("stated", "inferred")
QUOTE_KINDS = ("direct", "indirect", "paraphrase")
ACTOR_KINDS = ("party", "person", "organisation", "outlet", "group")
PARTICIPANT_ROLES = ("participant", "host", "mediator")
#: Unix seconds: SQLite's INTEGER holds 64 bits already; PostgreSQL needs BIGINT beyond 2038.
SECONDS = Integer().with_variant(BigInteger(), "postgresql")


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _fk(target: str, *, nullable: bool = True, ondelete: str | None = None, index: bool = True) -> Column:
    return Column(String(36), ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


class Stamped(SQLModel):
    """Columns every record carries.

    ``version`` counts the record's updates by edits: an edit says which version it was made on
    and writes the next, and a stale one is refused as a conflict instead of overwriting what
    someone else saved meanwhile (see ``rows.update_row``).
    """

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)
    version: int = Field(default=1, sa_column_kwargs={"server_default": text("1")})


class ProjectMeta(SQLModel, table=True):
    """Key/value facts about the project itself (its name, description, creating version)."""

    __tablename__ = "project_meta"
    key: str = Field(primary_key=True)
    value: str | None = None


class Status(SQLModel, table=True):
    """A claim status the project uses, with its colour; the list is configurable."""

    __tablename__ = "status"
    key: str = Field(primary_key=True)
    label: str
    colour: str
    position: int = 0


class Tag(Stamped, table=True):
    __tablename__ = "tag"
    name: str = Field(sa_column=Column(String, nullable=False, unique=True))
    colour: str | None = None


class Actor(Stamped, table=True):
    """A party, person, organisation, outlet or group; parties (no parent) get timeline lanes."""

    __tablename__ = "actor"
    name: str
    kind: str = "person"
    role_title: str | None = None
    parent_id: str | None = Field(default=None, sa_column=_fk("actor.id", ondelete="RESTRICT"))
    colour: str | None = None
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    position: int = 0
    notes: str | None = None

    __table_args__ = (CheckConstraint(f"kind IN {ACTOR_KINDS}", name="actor_kind"),)


class Source(Stamped, table=True):
    """A report, post or statement with its full text as an immutable snapshot.

    Annotations point into ``text`` by code-point offsets, so the text never changes after
    creation (a database trigger refuses it); a re-captured text is a new source whose
    ``previous_version_id`` names the old one.
    """

    __tablename__ = "source"
    title: str
    kind: str = "article"
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published_edtf: str | None = None
    published_earliest: int | None = Field(default=None, index=True, sa_type=SECONDS)
    published_latest: int | None = Field(default=None, sa_type=SECONDS)
    published_tz: str | None = None
    published_wording: str | None = None
    retrieved_at: str | None = None
    text: str = ""
    text_sha256: str = Field(max_length=64)
    previous_version_id: str | None = Field(default=None, sa_column=_fk("source.id", ondelete="SET NULL"))
    notes: str | None = None


class Event(Stamped, table=True):
    """Something that happened, with a start and an optional end, each a date with precision."""

    __tablename__ = "event"
    title: str
    summary: str | None = None
    start_edtf: str | None = None
    start_earliest: int | None = Field(default=None, sa_type=SECONDS)
    start_latest: int | None = Field(default=None, sa_type=SECONDS)
    start_tz: str | None = None
    start_wording: str | None = None
    end_edtf: str | None = None
    end_earliest: int | None = Field(default=None, sa_type=SECONDS)
    end_latest: int | None = Field(default=None, sa_type=SECONDS)
    end_tz: str | None = None
    end_wording: str | None = None
    #: The whole event's last instant: what range queries compare against.
    span_latest: int | None = Field(
        default=None,
        sa_column=Column(SECONDS, Computed("coalesce(end_latest, start_latest)", persisted=True)),
    )
    location: str | None = None
    parent_id: str | None = Field(default=None, sa_column=_fk("event.id", ondelete="SET NULL"))

    __table_args__ = (Index("ix_event_span", "start_earliest", "span_latest"),)


class EventParticipant(SQLModel, table=True):
    __tablename__ = "event_participant"
    event_id: str = Field(sa_column=Column(String(36), ForeignKey("event.id", ondelete="CASCADE"), primary_key=True))
    actor_id: str = Field(sa_column=Column(String(36), ForeignKey("actor.id", ondelete="CASCADE"), primary_key=True, index=True))
    role: str = "participant"


class EventSource(SQLModel, table=True):
    __tablename__ = "event_source"
    event_id: str = Field(sa_column=Column(String(36), ForeignKey("event.id", ondelete="CASCADE"), primary_key=True))
    source_id: str = Field(sa_column=Column(String(36), ForeignKey("source.id", ondelete="CASCADE"), primary_key=True, index=True))


class EventTag(SQLModel, table=True):
    __tablename__ = "event_tag"
    event_id: str = Field(sa_column=Column(String(36), ForeignKey("event.id", ondelete="CASCADE"), primary_key=True))
    tag_id: str = Field(sa_column=Column(String(36), ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True))


class Claim(Stamped, table=True):
    """Who said what, when: a proposition with its verbatim quote, tied to a claimant.

    ``claimant_id`` is null for statements the report does not attribute to anyone.
    """

    __tablename__ = "claim"
    claimant_id: str | None = Field(default=None, sa_column=_fk("actor.id", ondelete="RESTRICT", index=False))
    proposition: str
    quote: str | None = None
    quote_language: str | None = None
    translation: str | None = None
    quote_kind: str = "direct"
    channel: str | None = None
    said_edtf: str | None = None
    said_earliest: int | None = Field(default=None, index=True, sa_type=SECONDS)
    said_latest: int | None = Field(default=None, sa_type=SECONDS)
    said_tz: str | None = None
    said_wording: str | None = None
    event_id: str | None = Field(default=None, sa_column=_fk("event.id", ondelete="SET NULL"))
    status: str = Field(default="unverified", sa_column=Column(String, ForeignKey("status.key", onupdate="CASCADE"), nullable=False))
    credibility: int | None = None
    notes: str | None = None

    __table_args__ = (
        # Covering index for per-party and per-status counts without touching the table.
        Index("ix_claim_claimant_status", "claimant_id", "status"),
        # Date-range filters ("said between"): both bounds, so overlap tests stay in the index.
        Index("ix_claim_said_span", "said_earliest", "said_latest"),
        CheckConstraint(f"quote_kind IN {QUOTE_KINDS}", name="claim_quote_kind"),
        CheckConstraint("credibility IS NULL OR credibility BETWEEN 1 AND 6", name="claim_credibility"),
    )


class ClaimSource(SQLModel, table=True):
    """A claim's appearance in a source, with the source's attribution wording."""

    __tablename__ = "claim_source"
    claim_id: str = Field(sa_column=Column(String(36), ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True))
    source_id: str = Field(sa_column=Column(String(36), ForeignKey("source.id", ondelete="CASCADE"), primary_key=True, index=True))
    attribution: str | None = None


class ClaimTag(SQLModel, table=True):
    __tablename__ = "claim_tag"
    claim_id: str = Field(sa_column=Column(String(36), ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True))
    tag_id: str = Field(sa_column=Column(String(36), ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True))


class ClaimRelation(Stamped, table=True):
    """A typed link between two claims; a denial is the denier's claim ``denies`` the denied one."""

    __tablename__ = "claim_relation"
    from_claim_id: str = Field(sa_column=_fk("claim.id", nullable=False, ondelete="CASCADE"))
    to_claim_id: str = Field(sa_column=_fk("claim.id", nullable=False, ondelete="CASCADE"))
    type: str
    basis: str = "stated"
    notes: str | None = None

    __table_args__ = (
        CheckConstraint(f"type IN {RELATION_TYPES}", name="relation_type"),
        CheckConstraint(f"basis IN {RELATION_BASES}", name="relation_basis"),
        CheckConstraint("from_claim_id <> to_claim_id", name="relation_not_self"),
    )


class Annotation(Stamped, table=True):
    """A passage of a source text, anchored as the W3C Web Annotation model does.

    ``start``/``end`` count Unicode code points (not UTF-16 units as Qt does); ``prefix`` and
    ``suffix`` (about 32 characters each) and ``exact`` let the passage be found again when the
    offsets no longer fit; ``text_sha256`` names the text version the offsets were made on.
    """

    __tablename__ = "annotation"
    source_id: str = Field(sa_column=_fk("source.id", nullable=False, ondelete="CASCADE"))
    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int
    end: int
    text_sha256: str = Field(max_length=64)
    claim_id: str | None = Field(default=None, sa_column=_fk("claim.id", ondelete="CASCADE"))
    event_id: str | None = Field(default=None, sa_column=_fk("event.id", ondelete="CASCADE"))

    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" >= start', name="annotation_offsets"),
        CheckConstraint("claim_id IS NOT NULL OR event_id IS NOT NULL", name="annotation_target"),
    )


class StatusChange(SQLModel, table=True):
    """One entry of a claim's status history: who changed it, when, from what, to what, why."""

    __tablename__ = "status_change"
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    claim_id: str = Field(sa_column=_fk("claim.id", nullable=False, ondelete="CASCADE"))
    at: str = Field(default_factory=utc_now)
    by: str | None = None
    from_status: str | None = None
    to_status: str
    reason: str | None = None
