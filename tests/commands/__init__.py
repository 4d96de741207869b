"""Tests of undoable edits; ``dump`` reads a whole project so that tests can compare databases."""

from sqlmodel import SQLModel

from timeline_app.store import models  # noqa: F401  (registers every table in the metadata)


def dump(project) -> dict[str, list[tuple]]:
    """Every row of every table in the schema, in key order: equal dumps, equal databases."""
    with project.engine.connect() as connection:
        return {
            table.name: connection.exec_driver_sql(
                f"SELECT * FROM {table.name} ORDER BY {', '.join(c.name for c in table.primary_key)}"
            ).all()
            for table in SQLModel.metadata.sorted_tables
        }
