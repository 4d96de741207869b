"""Shared projects: one project per database on a PostgreSQL server, for a team.

The schema and its Alembic history are the file's (the migrations branch on the dialect where the
SQL differs). A database is a project when it holds the project tables at a schema this version
knows; one at an older schema is upgraded on opening, under an advisory lock so that two people
opening it at once do not both upgrade it. A new project is made in one transaction (PostgreSQL
changes its schema transactionally), so a failure leaves the database as empty as it was.

A project opens read-only when asked (every transaction is then ``READ ONLY`` on the server),
when the user may not change its tables, or when the server only reads (a standby). There are no
backup files: the server's own backups (``pg_dump``, archiving) are the administrator's.

Nothing here prints or returns a password: errors name the address as :attr:`ServerAddress.shown`.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from timeline_app import __version__
from timeline_app.messages import Message, message
from timeline_app.store import db
from timeline_app.store.address import ServerAddress
from timeline_app.store.models import ProjectMeta

#: Why a shared project is open read-only: the window shows this as a banner.
READ_ONLY_DENIED = message("Opened read-only: you may not change this project on the server")
READ_ONLY_STANDBY = message("Opened read-only: the server only reads (a standby)")
#: Why such a project cannot be upgraded, by the reason it is open read-only.
_UPGRADE_REFUSED = {db.READ_ONLY_ASKED: db.READ_ONLY_ASKED,
                    READ_ONLY_DENIED: message("you may not change this project on the server"),
                    READ_ONLY_STANDBY: message("the server only reads (a standby)")}
#: Upgrades of one database wait for each other (any constant; "TLAP" in ASCII).
UPGRADE_LOCK = 0x544C4150


def engine_for(address: ServerAddress, *, read_only: bool = False) -> Engine:
    """A pool of connections to the server; read-only ones refuse every write on the server."""
    arguments = {"application_name": "timeline_app", "connect_timeout": 10}
    if read_only:
        arguments["options"] = "-c default_transaction_read_only=on"
    return create_engine(address.url, pool_pre_ping=True, connect_args=arguments)


def connection_problem(address: ServerAddress, exc: Exception) -> Message:
    """What went wrong talking to the server, in one line naming the address (never a password)."""
    cause = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(cause).splitlines() if line.strip()]
    detail = lines[0] if lines else type(cause).__name__
    detail = detail.removeprefix("connection failed: ")
    if address.url.password:
        detail = detail.replace(address.url.password, "***")
    return message("{path}: {problem}", path=address.shown, problem=detail)


def tables(connection: Connection) -> set[str]:
    """The tables in the schema the connection works in (the first of its search path)."""
    found = connection.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
    return set(found.scalars())


def read_revision(connection: Connection, address: ServerAddress, project_tables: frozenset[str]) -> str | None:
    """The schema revision of the project in the database; None when the database is empty.

    Raises ProjectError when it holds something else or a damaged project.
    """
    found = tables(connection)
    if not found:
        return None
    if "alembic_version" not in found or "project_meta" not in found:
        raise db.ProjectError(message("{path}: not a timeline_app project (the database holds other tables: "
                                      "{tables})", path=address,
                                      tables=", ".join(sorted(found)[:5]) + (", …" if len(found) > 5 else "")))
    if missing := sorted(project_tables - found):
        raise db.ProjectError(message("{path}: the project is damaged (missing tables: {tables})", path=address,
                                      tables=", ".join(missing)))
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    if revision is None:
        raise db.ProjectError(message("{path}: the project is damaged (no schema version recorded)", path=address))
    return revision


def read_only_reason(connection: Connection) -> Message | None:
    """Why this user cannot write the project on this server, or None when they can."""
    if connection.execute(text("SELECT pg_is_in_recovery()")).scalar():
        return READ_ONLY_STANDBY
    allowed = connection.execute(text(
        "SELECT has_table_privilege('claim', 'UPDATE') AND has_table_privilege('claim', 'INSERT') "
        "AND has_table_privilege('claim', 'DELETE')")).scalar()
    read_only = connection.execute(text("SELECT current_setting('default_transaction_read_only')")).scalar()
    return None if allowed and read_only == "off" else READ_ONLY_DENIED


def lock_for_upgrade(connection: Connection) -> None:
    """Wait until no one else upgrades this database; released when the transaction ends."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})


def stand_in_path(address: ServerAddress) -> Path:
    """What ``Project.path`` holds for a shared project: the address as a path (no such file).

    Window titles, settings keys and lists of recent projects built from the path keep working;
    :func:`~timeline_app.store.address.server_address` reads it back.
    """
    return Path(address.shown)


def open_server_project(address: ServerAddress, *, read_only: bool = False, allow_older: bool = False) -> db.Project:
    """Open the project in a server database: see :func:`timeline_app.store.db.open_project`."""
    engine = engine_for(address, read_only=read_only)  # without the right to write, the server refuses
    try:
        with engine.connect() as connection:
            revision = _project_revision(connection, address)
            reason = db.READ_ONLY_ASKED if read_only else read_only_reason(connection)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise db.ProjectError(connection_problem(address, exc)) from exc
    except db.ProjectError:
        engine.dispose()
        raise
    head = db.head_revision()
    if revision != head and reason is not None and not allow_older:
        engine.dispose()
        raise db.ProjectError(message("{path}: uses an older schema ({revision}) and needs an upgrade, but it can "
                                      "only be opened read-only here ({why})", path=address, revision=revision,
                                      why=_UPGRADE_REFUSED[reason]))
    project = db.Project(stand_in_path(address), engine, reason is not None, revision, read_only_reason=reason,
                         address=address.shown, shared=True)
    if revision != head and reason is None:
        _guarded(address, lambda: db.upgrade_engine(engine))
        project.upgraded_from, project.revision = revision, head
    return project


def _project_revision(connection: Connection, address: ServerAddress) -> str:
    revision = read_revision(connection, address, db.PROJECT_TABLES)
    if revision is None:
        raise db.ProjectError(message("{path}: the database holds no project yet; create one there "
                                      "(timeline-app new ADDRESS) or publish a local project to it", path=address))
    db.check_revision(address.shown, revision)
    return revision


def create_server_project(address: ServerAddress, *, name: str | None = None, revision: str = "head") -> db.Project:
    """Make a new project in an empty database, in one transaction; refuses a database with tables."""
    engine = engine_for(address)
    try:
        with engine.begin() as connection:
            lock_for_upgrade(connection)
            if found := tables(connection):
                raise db.ProjectError(_not_empty(address, found))
            _guarded(address, lambda: db.migrate(connection, revision))
            connection.execute(ProjectMeta.__table__.insert(), [
                {"key": "name", "value": name or address.database},
                {"key": "created_by", "value": f"timeline_app {__version__}"}])
            current = connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    except SQLAlchemyError as exc:
        engine.dispose()
        raise db.ProjectError(connection_problem(address, exc)) from exc
    except BaseException:
        engine.dispose()
        raise
    return db.Project(stand_in_path(address), engine, False, current, address=address.shown, shared=True)


def _not_empty(address: ServerAddress, found: set[str]) -> Message:
    if "alembic_version" in found:
        return message("{path}: the database is not empty ({count} tables, a timeline_app project); a new project "
                       "needs an empty database", path=address, count=len(found))
    return message("{path}: the database is not empty ({count} tables); a new project needs an empty database",
                   path=address, count=len(found))


def _guarded(address: ServerAddress, action) -> None:
    """Run a schema change; a refusal by the server (no right to create extensions) is worded."""
    try:
        action()
    except SQLAlchemyError as exc:
        problem = connection_problem(address, exc)
        if "extension" in str(problem) or "permission denied" in str(problem):
            problem = message("{problem}; the project needs the extensions unaccent and pg_trgm: ask the database's "
                              "owner or administrator to run CREATE EXTENSION unaccent; CREATE EXTENSION pg_trgm;",
                              problem=problem)
        raise db.ProjectError(problem) from exc


def check(project: db.Project) -> str:
    """"ok" when the server answers and the project's tables are there, else what is wrong."""
    with project.engine.connect() as connection:
        found = tables(connection)
    missing = sorted(db.PROJECT_TABLES - found)
    return f"missing tables: {', '.join(missing)}" if missing else "ok"
