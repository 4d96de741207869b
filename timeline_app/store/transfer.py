"""Moving a whole project between a file and a server: "Publish to server", "Copy to local project".

:func:`copy_to` copies every row of every table from an open project into a new one, at a file
path or a server address, whichever way round, in one transaction: a file is written under a
temporary name and renamed when complete, a server database is filled in one transaction (its
schema included), so a failure leaves nothing behind. The target must be new: a file that does
not exist yet, or an empty database (or one holding a project without records, as
``timeline-app new ADDRESS`` leaves it).

Rows keep the source's insertion order (``rowid`` on both dialects), so the copy exports to the
very same project JSON as the original. A record pointing at another record of its own table (an
actor's parent, an event's parent, a source's previous version) may come before it in that order:
those references are written once all rows of the table are in. The change log is bookkeeping of
the original and is not copied; versions are.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, bindparam, delete, func, insert, literal_column, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import SQLModel

from timeline_app.messages import message
from timeline_app.store import db, rows
from timeline_app.store.address import is_server_address
from timeline_app.store.db import Project, ProjectError

#: Rows read and written per batch.
BATCH = 5000
#: Tables the new project has rows in before the copy (the default statuses, its name), replaced.
REPLACED = ("status", "project_meta")


def copy_to(source: Project, target: Path | str, *, name: str | None = None) -> Project:
    """Copy the whole ``source`` project to ``target`` (a new file or an empty server database);
    the copy, opened. ``name`` renames it (default: the source's name)."""
    if is_server_address(target):
        _copy_to_server(source, db._address(target), name)
    else:
        _copy_to_file(source, Path(target), name)
    return db.open_project(target)


def _copy_to_file(source: Project, target: Path, name: str | None) -> None:
    if target.exists():
        raise ProjectError(db.exists_already(target))
    part = target.with_name(target.name + ".part")
    for leftover in (part, *db._side_files(part)):
        leftover.unlink(missing_ok=True)
    copy = db.create_project(part)
    try:
        with copy.engine.begin() as connection:
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            _copy_rows(source, connection, name)
    except BaseException:
        copy.close()
        for leftover in (part, *db._side_files(part)):
            leftover.unlink(missing_ok=True)
        raise
    copy.close()
    os.replace(part, target)


def _copy_to_server(source: Project, address, name: str | None) -> None:
    from timeline_app.store import server

    engine = server.engine_for(address)
    try:
        with engine.begin() as connection:
            server.lock_for_upgrade(connection)
            _prepare_server(connection, address)
            _copy_rows(source, connection, name)
            connection.execute(text("ANALYZE"))  # the planner's statistics, for the first queries
    except SQLAlchemyError as exc:
        raise ProjectError(server.connection_problem(address, exc)) from exc
    finally:
        engine.dispose()


def _prepare_server(connection: Connection, address) -> None:
    """An empty database gets the schema; a project without records is taken as it is."""
    from timeline_app.store import server

    try:
        revision = server.read_revision(connection, address, db.PROJECT_TABLES)
    except ProjectError as exc:
        raise ProjectError(message("{problem}; publish to an empty database", problem=exc.message)) from None
    if revision is None:
        db.migrate(connection)
        return
    if revision != db.head_revision():
        raise ProjectError(message("{path}: holds a project at another schema ({revision}); publish to an empty "
                                   "database", path=address, revision=revision))
    if held := _records(connection):
        raise ProjectError(message("{path}: holds a project with {count:,} records already; publish to an empty "
                                   "database", path=address, count=held))


def _records(connection: Connection) -> int:
    """Rows in the project's tables, its statuses and name aside."""
    return sum(connection.execute(select(func.count()).select_from(t)).scalar_one()
               for t in SQLModel.metadata.sorted_tables if t.name not in REPLACED)


def _copy_rows(source: Project, connection: Connection, name: str | None) -> None:
    for name_ in REPLACED:
        connection.execute(delete(rows.table(name_)))
    with source.engine.connect() as reading:
        if reading.dialect.name == "postgresql":  # one snapshot of every table
            reading = reading.execution_options(isolation_level="REPEATABLE READ")
        with reading.begin():
            if reading.dialect.name == "sqlite":  # Python's sqlite3 begins only before writes
                reading.exec_driver_sql("BEGIN")
            for table in SQLModel.metadata.sorted_tables:
                _copy_table(reading, connection, table.name)
    if name is not None:
        meta = rows.table("project_meta")
        connection.execute(update(meta).where(meta.c.key == "name").values(value=name))


def _copy_table(reading: Connection, writing: Connection, name: str) -> None:
    table = rows.table(name)
    own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    later: list[dict] = []
    for batch in _batches(reading, name):
        if own:
            later += [{"key": row["id"], **{c: row[c] for c in own}} for row in batch if any(row[c] for c in own)]
            batch = [{**row, **{c: None for c in own}} for row in batch]
        writing.execute(insert(table), batch)
    if later:
        statement = (update(table).where(table.c.id == bindparam("key"))
                     .values({c: bindparam(f"later_{c}") for c in own}))
        later = [{"key": row["key"], **{f"later_{c}": row[c] for c in own}} for row in later]
        for start in range(0, len(later), BATCH):
            writing.execute(statement, later[start:start + BATCH])


def _batches(reading: Connection, name: str) -> Iterator[list[dict]]:
    """The table's stored columns, in insertion order, a batch at a time."""
    columns = rows.stored_columns(name)
    order = literal_column("rowid")
    result = reading.execution_options(yield_per=BATCH).execute(select(*columns).order_by(order))
    for partition in result.mappings().partitions():
        yield [dict(row) for row in partition]
