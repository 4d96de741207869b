"""Make a source's text immutable: annotations point into it by offset.

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


def upgrade() -> None:
    op.execute(
        f"""CREATE TRIGGER source_text_immutable BEFORE UPDATE OF text, text_sha256 ON source
        WHEN NEW.text IS NOT OLD.text OR NEW.text_sha256 IS NOT OLD.text_sha256
        BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"""
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER source_text_immutable")
