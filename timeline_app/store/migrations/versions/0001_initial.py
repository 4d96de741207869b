"""The first schema: actors, sources, events, claims, relations, annotations, history, tags.

PostgreSQL (a shared project on a server) gets the same tables with three differences, all in
:func:`_create_table` and the column types below: every table has a ``rowid`` column (a BIGINT
identity, unique), standing in for the row id SQLite gives every table implicitly, which the
timeline and the project export read in insertion order; instants in Unix seconds are BIGINT
(SQLite's INTEGER has 64 bits already); and the column ``end``, a reserved word there, is quoted
in the annotation's check.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

DEFAULT_STATUSES = (
    ("unverified", "Unverified", "#8a8f98"),
    ("in_progress", "In progress", "#3b82c4"),
    ("corroborated", "Corroborated", "#5a9e4b"),
    ("confirmed", "Confirmed", "#2e7d32"),
    ("disputed", "Disputed", "#d08a1e"),
    ("denied", "Denied", "#c62828"),
    ("refuted", "Refuted", "#8e1b1b"),
    ("retracted", "Retracted", "#7b5ea7"),
    ("unresolvable", "Unresolvable", "#6d6d6d"),
    ("not_applicable", "Not applicable (opinion)", "#a0a0a0"),
)


#: Unix seconds: 64 bits on both (PostgreSQL's INTEGER stops in 2038).
SECONDS = sa.Integer().with_variant(sa.BigInteger(), "postgresql")


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _create_table(name, *columns):
    """A table, with PostgreSQL's stand-in for SQLite's implicit row id."""
    if _postgresql():
        columns = (*columns, sa.Column("rowid", sa.BigInteger(), sa.Identity(), nullable=False, unique=True))
    op.create_table(name, *columns)


def upgrade() -> None:
    _create_table('actor',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('updated_at', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('role_title', sa.String(), nullable=True),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.Column('colour', sa.String(), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('notes', sa.String(), nullable=True),
    sa.CheckConstraint("kind IN ('party', 'person', 'organisation', 'outlet', 'group')", name='actor_kind'),
    sa.ForeignKeyConstraint(['parent_id'], ['actor.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_actor_parent_id'), 'actor', ['parent_id'], unique=False)
    _create_table('event',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('updated_at', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('summary', sa.String(), nullable=True),
    sa.Column('start_edtf', sa.String(), nullable=True),
    sa.Column('start_earliest', SECONDS, nullable=True),
    sa.Column('start_latest', SECONDS, nullable=True),
    sa.Column('start_tz', sa.String(), nullable=True),
    sa.Column('start_wording', sa.String(), nullable=True),
    sa.Column('end_edtf', sa.String(), nullable=True),
    sa.Column('end_earliest', SECONDS, nullable=True),
    sa.Column('end_latest', SECONDS, nullable=True),
    sa.Column('end_tz', sa.String(), nullable=True),
    sa.Column('end_wording', sa.String(), nullable=True),
    sa.Column('span_latest', SECONDS, sa.Computed('coalesce(end_latest, start_latest)', persisted=True), nullable=True),
    sa.Column('location', sa.String(), nullable=True),
    sa.Column('parent_id', sa.String(length=36), nullable=True),
    sa.ForeignKeyConstraint(['parent_id'], ['event.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_event_parent_id'), 'event', ['parent_id'], unique=False)
    op.create_index('ix_event_span', 'event', ['start_earliest', 'span_latest'], unique=False)
    _create_table('project_meta',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('key')
    )
    _create_table('source',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('updated_at', sa.String(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('outlet', sa.String(), nullable=True),
    sa.Column('url', sa.String(), nullable=True),
    sa.Column('language', sa.String(), nullable=True),
    sa.Column('published_edtf', sa.String(), nullable=True),
    sa.Column('published_earliest', SECONDS, nullable=True),
    sa.Column('published_latest', SECONDS, nullable=True),
    sa.Column('published_tz', sa.String(), nullable=True),
    sa.Column('published_wording', sa.String(), nullable=True),
    sa.Column('retrieved_at', sa.String(), nullable=True),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('text_sha256', sa.String(length=64), nullable=False),
    sa.Column('previous_version_id', sa.String(length=36), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['previous_version_id'], ['source.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_source_previous_version_id'), 'source', ['previous_version_id'], unique=False)
    op.create_index(op.f('ix_source_published_earliest'), 'source', ['published_earliest'], unique=False)
    _create_table('status',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('label', sa.String(), nullable=False),
    sa.Column('colour', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    _create_table('tag',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('updated_at', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('colour', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name')
    )
    _create_table('claim',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('updated_at', sa.String(), nullable=False),
    sa.Column('claimant_id', sa.String(length=36), nullable=True),
    sa.Column('proposition', sa.String(), nullable=False),
    sa.Column('quote', sa.String(), nullable=True),
    sa.Column('quote_language', sa.String(), nullable=True),
    sa.Column('translation', sa.String(), nullable=True),
    sa.Column('quote_kind', sa.String(), nullable=False),
    sa.Column('channel', sa.String(), nullable=True),
    sa.Column('said_edtf', sa.String(), nullable=True),
    sa.Column('said_earliest', SECONDS, nullable=True),
    sa.Column('said_latest', SECONDS, nullable=True),
    sa.Column('said_tz', sa.String(), nullable=True),
    sa.Column('said_wording', sa.String(), nullable=True),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('credibility', sa.Integer(), nullable=True),
    sa.Column('notes', sa.String(), nullable=True),
    sa.CheckConstraint("quote_kind IN ('direct', 'indirect', 'paraphrase')", name='claim_quote_kind'),
    sa.CheckConstraint('credibility IS NULL OR credibility BETWEEN 1 AND 6', name='claim_credibility'),
    sa.ForeignKeyConstraint(['claimant_id'], ['actor.id'], ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['status'], ['status.key'], onupdate='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_claim_claimant_status', 'claim', ['claimant_id', 'status'], unique=False)
    op.create_index(op.f('ix_claim_event_id'), 'claim', ['event_id'], unique=False)
    op.create_index(op.f('ix_claim_said_earliest'), 'claim', ['said_earliest'], unique=False)
    _create_table('event_participant',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actor.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'actor_id')
    )
    op.create_index(op.f('ix_event_participant_actor_id'), 'event_participant', ['actor_id'], unique=False)
    _create_table('event_source',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'source_id')
    )
    op.create_index(op.f('ix_event_source_source_id'), 'event_source', ['source_id'], unique=False)
    _create_table('event_tag',
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('tag_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'tag_id')
    )
    op.create_index(op.f('ix_event_tag_tag_id'), 'event_tag', ['tag_id'], unique=False)
    _create_table('annotation',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('updated_at', sa.String(), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.Column('exact', sa.String(), nullable=False),
    sa.Column('prefix', sa.String(), nullable=False),
    sa.Column('suffix', sa.String(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text_sha256', sa.String(length=64), nullable=False),
    sa.Column('claim_id', sa.String(length=36), nullable=True),
    sa.Column('event_id', sa.String(length=36), nullable=True),
    sa.CheckConstraint('claim_id IS NOT NULL OR event_id IS NOT NULL', name='annotation_target'),
    sa.CheckConstraint('start >= 0 AND "end" >= start' if _postgresql() else 'start >= 0 AND end >= start',
                       name='annotation_offsets'),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_annotation_claim_id'), 'annotation', ['claim_id'], unique=False)
    op.create_index(op.f('ix_annotation_event_id'), 'annotation', ['event_id'], unique=False)
    op.create_index(op.f('ix_annotation_source_id'), 'annotation', ['source_id'], unique=False)
    _create_table('claim_relation',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(), nullable=False),
    sa.Column('updated_at', sa.String(), nullable=False),
    sa.Column('from_claim_id', sa.String(length=36), nullable=False),
    sa.Column('to_claim_id', sa.String(length=36), nullable=False),
    sa.Column('type', sa.String(), nullable=False),
    sa.Column('basis', sa.String(), nullable=False),
    sa.Column('notes', sa.String(), nullable=True),
    sa.CheckConstraint("basis IN ('stated', 'inferred')", name='relation_basis'),
    sa.CheckConstraint("type IN ('denies', 'confirms', 'supports', 'contradicts', 'qualifies', 'retracts', 'repeats')", name='relation_type'),
    sa.CheckConstraint('from_claim_id <> to_claim_id', name='relation_not_self'),
    sa.ForeignKeyConstraint(['from_claim_id'], ['claim.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['to_claim_id'], ['claim.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_claim_relation_from_claim_id'), 'claim_relation', ['from_claim_id'], unique=False)
    op.create_index(op.f('ix_claim_relation_to_claim_id'), 'claim_relation', ['to_claim_id'], unique=False)
    _create_table('claim_source',
    sa.Column('claim_id', sa.String(length=36), nullable=False),
    sa.Column('source_id', sa.String(length=36), nullable=False),
    sa.Column('attribution', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['source_id'], ['source.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('claim_id', 'source_id')
    )
    op.create_index(op.f('ix_claim_source_source_id'), 'claim_source', ['source_id'], unique=False)
    _create_table('claim_tag',
    sa.Column('claim_id', sa.String(length=36), nullable=False),
    sa.Column('tag_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['tag.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('claim_id', 'tag_id')
    )
    op.create_index(op.f('ix_claim_tag_tag_id'), 'claim_tag', ['tag_id'], unique=False)
    _create_table('status_change',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('claim_id', sa.String(length=36), nullable=False),
    sa.Column('at', sa.String(), nullable=False),
    sa.Column('by', sa.String(), nullable=True),
    sa.Column('from_status', sa.String(), nullable=True),
    sa.Column('to_status', sa.String(), nullable=False),
    sa.Column('reason', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['claim.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_status_change_claim_id'), 'status_change', ['claim_id'], unique=False)
    status = sa.table("status", sa.column("key"), sa.column("label"), sa.column("colour"), sa.column("position"))
    op.bulk_insert(status, [dict(key=k, label=l, colour=c, position=i) for i, (k, l, c) in enumerate(DEFAULT_STATUSES)])


def downgrade() -> None:
    op.drop_index(op.f('ix_status_change_claim_id'), table_name='status_change')
    op.drop_table('status_change')
    op.drop_index(op.f('ix_claim_tag_tag_id'), table_name='claim_tag')
    op.drop_table('claim_tag')
    op.drop_index(op.f('ix_claim_source_source_id'), table_name='claim_source')
    op.drop_table('claim_source')
    op.drop_index(op.f('ix_claim_relation_to_claim_id'), table_name='claim_relation')
    op.drop_index(op.f('ix_claim_relation_from_claim_id'), table_name='claim_relation')
    op.drop_table('claim_relation')
    op.drop_index(op.f('ix_annotation_source_id'), table_name='annotation')
    op.drop_index(op.f('ix_annotation_event_id'), table_name='annotation')
    op.drop_index(op.f('ix_annotation_claim_id'), table_name='annotation')
    op.drop_table('annotation')
    op.drop_index(op.f('ix_event_tag_tag_id'), table_name='event_tag')
    op.drop_table('event_tag')
    op.drop_index(op.f('ix_event_source_source_id'), table_name='event_source')
    op.drop_table('event_source')
    op.drop_index(op.f('ix_event_participant_actor_id'), table_name='event_participant')
    op.drop_table('event_participant')
    op.drop_index(op.f('ix_claim_said_earliest'), table_name='claim')
    op.drop_index(op.f('ix_claim_event_id'), table_name='claim')
    op.drop_index('ix_claim_claimant_status', table_name='claim')
    op.drop_table('claim')
    op.drop_table('tag')
    op.drop_table('status')
    op.drop_index(op.f('ix_source_published_earliest'), table_name='source')
    op.drop_index(op.f('ix_source_previous_version_id'), table_name='source')
    op.drop_table('source')
    op.drop_table('project_meta')
    op.drop_index('ix_event_span', table_name='event')
    op.drop_index(op.f('ix_event_parent_id'), table_name='event')
    op.drop_table('event')
    op.drop_index(op.f('ix_actor_parent_id'), table_name='actor')
    op.drop_table('actor')
