"""Make a source's text immutable: annotations point into it by offset.

SQLite and PostgreSQL each get a trigger in their own syntax, refusing with the same message.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

MESSAGE = "a source text is an immutable snapshot; add a new version instead"


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    if _postgresql():
        op.execute(
            f"""CREATE FUNCTION source_text_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'restrict_violation'; END $$"""
        )
        op.execute(
            """CREATE TRIGGER source_text_immutable BEFORE UPDATE OF text, text_sha256 ON source FOR EACH ROW
            WHEN (NEW.text IS DISTINCT FROM OLD.text OR NEW.text_sha256 IS DISTINCT FROM OLD.text_sha256)
            EXECUTE FUNCTION source_text_immutable()"""
        )
        return
    op.execute(
        f"""CREATE TRIGGER source_text_immutable BEFORE UPDATE OF text, text_sha256 ON source
        WHEN NEW.text IS NOT OLD.text OR NEW.text_sha256 IS NOT OLD.text_sha256
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"""
    )


def downgrade() -> None:
    if _postgresql():
        op.execute("DROP TRIGGER source_text_immutable ON source")
        op.execute("DROP FUNCTION source_text_immutable()")
        return
    op.execute("DROP TRIGGER source_text_immutable")
