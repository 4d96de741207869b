"""Alembic environment: always run in-process on a connection that timeline_app hands over."""

from alembic import context

from timeline_app.store.models import SQLModel

connection = context.config.attributes["connection"]


def include_object(obj, name, type_, reflected, compare_to):
    """The full-text tables are SQLite virtual tables made by migration 0003, not models."""
    return not (type_ == "table" and (name.startswith("claim_fts") or name.startswith("source_fts")))


context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite can only alter tables by copying them
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
