"""Shared editing: a version per record, and a log of committed edits that others can follow.

``version`` (on every record table: tag, actor, source, event, claim, claim_relation, annotation)
starts at 1 and goes up by one with every update the edit layer makes, which checks the old value
and refuses a stale edit as a conflict (``store.rows``); undo puts the old version back. Adding
the column with a constant default costs SQLite no rewrite of the table.

``change_log``: one row per committed edit, with the names of the records it touched (a JSON
object, as ``Changes`` has them) and the ``origin`` of the window that made it, so that the other
windows and machines on the same project can refresh just those records. SQLite readers notice a
commit by ``PRAGMA data_version``; on PostgreSQL every table also has a statement trigger sending
``NOTIFY timeline_changes`` with the writing transaction's id (identical notifications of one
transaction arrive once), and ``txid`` in the log says which transaction wrote each entry: a
transaction that wrote without logging (an import, another program) tells readers to reload.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

VERSIONED = ("tag", "actor", "source", "event", "claim", "claim_relation", "annotation")


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


#: PostgreSQL: a statement trigger on every table, notifying listeners of the writing transaction.
POSTGRESQL_TRIGGERS = (
    """CREATE FUNCTION timeline_notify() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_notify('timeline_changes', txid_current()::text); RETURN NULL; END $$""",
    """DO $do$ DECLARE t text;
    BEGIN
        FOREACH t IN ARRAY ARRAY['tag', 'actor', 'source', 'event', 'claim', 'claim_relation', 'annotation',
                                 'project_meta', 'status', 'event_participant', 'event_source', 'event_tag',
                                 'claim_source', 'claim_tag', 'status_change', 'change_log'] LOOP
            EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                           'FOR EACH STATEMENT EXECUTE FUNCTION timeline_notify()', t || '_notify', t);
        END LOOP;
    END $do$""",
)
POSTGRESQL_DOWNGRADE = (
    """DO $do$ DECLARE t text;
    BEGIN
        FOREACH t IN ARRAY ARRAY['tag', 'actor', 'source', 'event', 'claim', 'claim_relation', 'annotation',
                                 'project_meta', 'status', 'event_participant', 'event_source', 'event_tag',
                                 'claim_source', 'claim_tag', 'status_change', 'change_log'] LOOP
            EXECUTE format('DROP TRIGGER %I ON %I', t || '_notify', t);
        END LOOP;
    END $do$""",
    "DROP FUNCTION timeline_notify()",
)


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False))
    if _postgresql():
        _create_change_log(sa.Column("seq", sa.BigInteger(), sa.Identity(always=True), primary_key=True),
                           sa.Column("txid", sa.BigInteger(), server_default=sa.text("txid_current()")))
        for statement in POSTGRESQL_TRIGGERS:
            op.execute(statement)
    else:
        _create_change_log(sa.Column("seq", sa.Integer(), primary_key=True), sa.Column("txid", sa.BigInteger()),
                           sqlite_autoincrement=True)  # never reuse a number, even after pruning


def _create_change_log(seq: sa.Column, txid: sa.Column, **options) -> None:
    op.create_table("change_log", seq, sa.Column("at", sa.String(), nullable=False),
                    sa.Column("origin", sa.String(), nullable=False), txid,
                    sa.Column("payload", sa.String(), nullable=False), **options)


def downgrade() -> None:
    if _postgresql():
        for statement in POSTGRESQL_DOWNGRADE:
            op.execute(statement)
    op.drop_table("change_log")
    for table in VERSIONED:
        op.drop_column(table, "version")
