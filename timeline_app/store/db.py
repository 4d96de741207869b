"""Opening, creating and migrating projects: files, and databases on a server.

A location is either a file path or a server address (``postgresql://user@host/dbname``, see
:mod:`timeline_app.store.address`); :func:`open_project` and :func:`create_project` take both,
and :mod:`timeline_app.store.server` does the server's part. What follows is about files.

A project is one SQLite file in WAL mode with foreign keys enforced. Every file is inspected
read-only before anything is written to it, so that a file we refuse (not a project, damaged, made
by a newer version) stays byte-identical. An older project is backed up next to itself before
Alembic upgrades it.

Damage is looked for before a file is opened for writing, so that a damaged file is reported and
left as it is (the user is offered the latest backup, see :mod:`timeline_app.store.backup`):
a truncated file or impossible header, a write-ahead log (``-wal``) that went missing while its
index (``-shm``) says it held committed changes, and, for files up to QUICK_CHECK_MAX_BYTES,
SQLite's ``quick_check`` of every page. A larger file gets the cheap checks only (a quick_check
of 170 MB takes about 0.2 s); its pages are checked when it is backed up after opening, since a
backup verifies its copy. A missing ``-wal`` without a ``-shm`` cannot be told from a cleanly
closed file: changes that were only in it are lost without a trace.

A file opens read-only, with ``read_only_reason`` saying why for the window's banner, when we may
not write it or when another program holds its write lock (probed with ``BEGIN IMMEDIATE`` and
``ROLLBACK``, which write nothing, on a file that passed the checks above); edits on it are
refused by the database and reported by the edit stack.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from timeline_app import __version__
from timeline_app.messages import Message, MessageError, message
from timeline_app.store.address import AddressError, is_server_address, server_address
from timeline_app.store.models import ProjectMeta

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION_LINE = re.compile(r'^revision = "([^"]+)"$', re.MULTILINE)
#: Tables every schema revision has; a file without them is not a project.
PROJECT_TABLES = frozenset({"alembic_version", "project_meta", "actor", "source", "event", "claim", "claim_relation", "annotation"})
#: Files up to this size get SQLite's quick_check of every page before they are opened (about
#: 80 ms for 64 MB from the page cache); larger files only the cheap checks of header and side files.
QUICK_CHECK_MAX_BYTES = 64 * 2**20
#: How long opening waits for another program's write to finish before calling the file locked.
LOCK_PROBE_SECONDS = 0.25
#: Why a project is open read-only: the window shows this as a banner.
READ_ONLY_ASKED = message("Opened read-only")
READ_ONLY_LOCKED = message("Opened read-only: another program is writing to it")
READ_ONLY_DENIED = message("Opened read-only: you may not write to this file")


class ProjectError(MessageError):
    """A problem with a project file, worded for the user: one line, names the file."""


@dataclass
class Project:
    """An open project: its file or server database, its engine and whether it may be written.

    For a shared project (``shared``: a database on a server) ``path`` is only a stand-in built
    from the address, so that code keyed by paths keeps working; there is no such file, and
    ``address`` is the way to name it (``open_project`` takes either back).
    """

    path: Path
    engine: Engine
    read_only: bool
    revision: str
    upgraded_from: str | None = None
    backup_path: Path | None = None
    #: One line for a banner when ``read_only``: READ_ONLY_DENIED, READ_ONLY_LOCKED or READ_ONLY_ASKED
    #: (for a shared project also server.READ_ONLY_DENIED or server.READ_ONLY_STANDBY).
    read_only_reason: Message | None = None
    #: The file's path, or the server address without its password: what to show and to reopen.
    address: str = ""
    shared: bool = False
    #: This opening's name in the change log: its own change feed skips the edits it made itself.
    origin: str = field(default_factory=lambda: uuid.uuid4().hex)
    _closed: bool = field(default=False, repr=False)

    def __post_init__(self) -> None:
        self.address = self.address or str(self.path)

    @property
    def name(self) -> str:
        return server_address(self.address).database if self.shared else self.path.stem

    def session(self) -> Session:
        """A short-lived session; use it in a ``with`` block."""
        return Session(self.engine, expire_on_commit=False)

    def close(self) -> None:
        if not self._closed:
            self.engine.dispose()
            self._closed = True


# ---------------------------------------------------------------- migrations


def _alembic_config(connection=None):
    from alembic.config import Config  # Alembic loads only when a schema changes: it is slow to import

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def known_revisions() -> tuple[str, ...]:
    """Every revision this version can read, oldest first.

    Read from the ``revision = "…"`` line of each migration script rather than through Alembic,
    so that opening a project does not import Alembic at all; a test checks both agree.
    """
    found = []
    for script in sorted((MIGRATIONS / "versions").glob("[0-9]*.py")):
        match = _REVISION_LINE.search(script.read_text(encoding="utf-8"))
        if match:
            found.append(match.group(1))
    return tuple(found)


def head_revision() -> str:
    return known_revisions()[-1]


def _upgrade(engine: Engine, target: str = "head") -> None:
    with engine.begin() as connection:
        migrate(connection, target)


def migrate(connection, target: str = "head") -> None:
    """Bring the schema to ``target`` in the connection's transaction (PostgreSQL: one at a time)."""
    from alembic import command

    if connection.dialect.name == "postgresql":
        from timeline_app.store.server import lock_for_upgrade

        lock_for_upgrade(connection)
    command.upgrade(_alembic_config(connection), target)


def upgrade_engine(engine: Engine) -> None:
    """Bring the schema behind ``engine`` to the newest revision."""
    _upgrade(engine)


# ---------------------------------------------------------------- engines


#: Page cache per connection (8 MiB). Kept modest: the app holds several pooled connections, and
#: reading a large project through a big cache leaves that much resident for the whole session.
CACHE_PRAGMA = "PRAGMA cache_size = -8192"
#: A bulk import's connection gets 64 MiB while it runs, so index pages stay in memory.
BULK_CACHE_PRAGMA = "PRAGMA cache_size = -65536"


@contextmanager
def bulk_cache(session: Session) -> Iterator[None]:
    """Give this session's connection a large page cache for a bulk write, then hand it back."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":  # a server keeps its own cache
        yield
        return
    # the pooled SQLite connection itself: a failed write may have ended the session's hold on it
    raw = connection.connection.dbapi_connection
    raw.execute(BULK_CACHE_PRAGMA)
    try:
        yield
    finally:
        with contextlib.suppress(sqlite3.ProgrammingError):  # closed when the pool dropped it
            raw.execute(CACHE_PRAGMA)
            raw.execute("PRAGMA shrink_memory")


def _writable_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute(CACHE_PRAGMA)
        cursor.close()

    return engine


def _read_only_uri(path: Path) -> str:
    """A URI that never writes, not even WAL's side files.

    SQLite's read-only mode still creates ``-wal`` and ``-shm`` files, and cannot remove them
    again. When no ``-wal`` file exists, no other connection is writing and the main file is
    complete, so it is read as ``immutable``; otherwise the side files are there already.
    """
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    if not _can_write(path) or not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"
    return uri


def _read_only_engine(path: Path) -> Engine:
    uri = _read_only_uri(path)
    return create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False)
    )


def _can_write(path: Path) -> bool:
    """WAL needs to create ``-wal`` and ``-shm`` files beside the project."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


# ---------------------------------------------------------------- inspection


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a file found."""

    revision: str


def inspect_file(path: Path | str, *, check_pages: bool | None = None) -> FileState:
    """Look at a file without writing to it; raise ProjectError unless it is a readable project.

    ``check_pages``: run SQLite's quick_check of every page (None: only for files up to
    QUICK_CHECK_MAX_BYTES).
    """
    path = Path(path)
    if not path.exists():
        raise ProjectError(message("{path}: no such file", path=path))
    if path.is_dir():
        raise ProjectError(message("{path}: is a folder, not a project file", path=path))
    if not os.access(path, os.R_OK):
        raise ProjectError(message("{path}: permission denied", path=path))
    with open(path, "rb") as f:
        header = f.read(100)
    if not header:
        raise ProjectError(message("{path}: the file is empty, not a timeline_app project", path=path))
    if not header.startswith(SQLITE_MAGIC):
        raise ProjectError(message("{path}: not a timeline_app project (not an SQLite database)", path=path))
    if len(header) < 100:
        raise ProjectError(message("{path}: the project file is damaged (truncated)", path=path))
    page_size = _check_header(path, header)
    _check_side_files(path, page_size)
    revision = _read_revision(path)
    _check_revision(path, revision)
    size = path.stat().st_size
    if check_pages or (check_pages is None and size <= QUICK_CHECK_MAX_BYTES):
        _quick_check(path)
    return FileState(revision=revision)


def _check_header(path: Path, header: bytes) -> int:
    """The page size, after checking the header against the file's length; raises if damaged."""
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        raise ProjectError(message("{path}: the project file is damaged (its header names no valid page size)",
                                   path=path))
    size = path.stat().st_size
    if size % page_size:
        raise ProjectError(message("{path}: the project file is damaged (truncated: {size:,} bytes is not a "
                                   "whole number of {page_size}-byte pages)", path=path, size=size,
                                   page_size=page_size))
    pages = int.from_bytes(header[28:32], "big")
    counted = header[24:28] == header[92:96] and pages > 0  # SQLite's rule for a valid page count
    wal = _side(path, "-wal")
    if counted and size < pages * page_size and not (wal.exists() and wal.stat().st_size > 0):
        # With a -wal, a checkpoint cut short by a crash may have written page 1 before the
        # others; SQLite finishes it from the log, so only a file without one is truncated.
        raise ProjectError(message("{path}: the project file is damaged (truncated: it holds {held:,} of its "
                                   "{pages:,} pages)", path=path, held=size // page_size, pages=pages))
    return page_size


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


#: The -shm file (the write-ahead log's index) starts with two copies of a 48-byte header, then
#: the checkpoint's progress; all in the byte order of the machine that wrote it.
_SHM_VERSION = 3007000


def _check_side_files(path: Path, page_size: int) -> None:
    """Refuse a file whose write-ahead log is missing or cut short while its index says it holds
    committed changes not yet copied into the file: opening it would lose them silently.

    An index in another layout or byte order (copied from another machine) is not judged.
    """
    shm = _side(path, "-shm")
    try:
        with open(shm, "rb") as f:
            index = f.read(136)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ProjectError(message("{path}: cannot read the project's log index ({problem})", path=shm,
                                   problem=exc.strerror or exc)) from exc
    if len(index) < 100 or index[:48] != index[48:96]:
        return
    order = sys.byteorder
    version, frames = int.from_bytes(index[0:4], order), int.from_bytes(index[16:20], order)
    backfilled = int.from_bytes(index[96:100], order)
    if version != _SHM_VERSION or index[12] != 1 or frames <= backfilled:
        return
    wal = _side(path, "-wal")
    needed = 32 + frames * (page_size + 24)
    if not wal.exists():
        raise ProjectError(message("{path}: the project file is damaged (its log {log} is missing, and with it "
                                   "the latest saved changes; the file holds the state before them: to use it, "
                                   "delete {index}, or open the latest backup)", path=path, log=wal.name,
                                   index=shm.name))
    if wal.stat().st_size < needed:
        raise ProjectError(message("{path}: the project file is damaged (its log {log} is cut short, and with it "
                                   "the latest saved changes are lost; open the latest backup)", path=path,
                                   log=wal.name))


def _quick_check(path: Path) -> None:
    try:
        with closing(sqlite3.connect(_read_only_uri(path), uri=True)) as con:
            result = con.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise _database_error(path, exc) from exc
    if result != "ok":
        raise ProjectError(_damaged(path, one_line(result)))


def one_line(verdict: str) -> str:
    """A quick_check or integrity_check verdict on one line, without SQLite's "*** in database
    main ***" heading."""
    lines = [line.strip() for line in verdict.splitlines() if line.strip() and not line.startswith("*** in database")]
    return "; ".join(lines) or verdict.strip()


def _damaged(path: Path | str, detail: object) -> Message:
    return message("{path}: the project file is damaged ({detail})", path=path, detail=detail)


def _database_error(path: Path, exc: sqlite3.DatabaseError) -> ProjectError:
    """SQLite's complaint about a file as one line: locked, or damaged."""
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if "locked" in detail or "busy" in detail:
        return ProjectError(message("{path}: another program has locked the project file; close it there and try "
                                    "again", path=path))
    return ProjectError(_damaged(path, detail))


def _read_revision(path: Path) -> str:
    try:
        with closing(sqlite3.connect(_read_only_uri(path), uri=True)) as con:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "project_meta" not in tables:
                raise ProjectError(message("{path}: not a timeline_app project (an SQLite database without project "
                                           "tables)", path=path))
            if missing := sorted(PROJECT_TABLES - tables):
                raise ProjectError(message("{path}: the project file is damaged (missing tables: {tables})",
                                           path=path, tables=", ".join(missing)))
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _database_error(path, exc) from exc
    if row is None:
        raise ProjectError(message("{path}: the project file is damaged (no schema version recorded)", path=path))
    return row[0]


def check_revision(path: Path | str, revision: str) -> None:
    """Refuse a project made by a newer version (its schema revision is unknown here)."""
    _check_revision(path, revision)


def _check_revision(path: Path | str, revision: str) -> None:
    if revision not in known_revisions():
        raise ProjectError(message(
            "{path}: made by a newer version of timeline_app (schema {revision}; this is version "
            "{version}, which reads schemas up to {head}); please update timeline_app",
            path=path, revision=revision, version=__version__, head=head_revision()))


def check_integrity(project: Project) -> str:
    """SQLite's own consistency check: "ok" or the first problem found, on one line (for a shared
    project, whether the server answers with the project's tables)."""
    if project.shared:
        from timeline_app.store.server import check

        return check(project)
    with project.engine.connect() as connection:
        return one_line(connection.exec_driver_sql("PRAGMA quick_check(1)").scalar_one())


# ---------------------------------------------------------------- open and create


def open_project(path: Path | str, *, read_only: bool = False, allow_older: bool = False) -> Project:
    """Open an existing project, upgrading an older schema after backing the file up.

    ``path`` may also be a server address (see :mod:`timeline_app.store.server`).

    A damaged file is refused (ProjectError) and left as it is. A file we may not write, or whose
    write lock another program holds, opens read-only with ``read_only_reason`` saying which. A
    read-only project at an older schema is refused (upgrading it would need a write) unless
    ``allow_older`` says the caller only reads what every schema has, as ``info`` does.
    """
    if is_server_address(path):
        from timeline_app.store.server import open_server_project

        return open_server_project(_address(path), read_only=read_only, allow_older=allow_older)
    path = Path(path)
    state = inspect_file(path)
    if not _can_write(path):
        reason = READ_ONLY_DENIED
    elif read_only:
        reason = READ_ONLY_ASKED
    elif _write_locked(path):
        reason = READ_ONLY_LOCKED
    else:
        reason = None
    read_only = reason is not None
    head = head_revision()
    if state.revision != head and read_only and not allow_older:
        why = {READ_ONLY_DENIED: message("you may not write to this file; open a writable copy"),
               READ_ONLY_LOCKED: message("another program is writing to it; close it there and try again"),
               READ_ONLY_ASKED: message("open it for editing")}[reason]
        raise ProjectError(message("{path}: uses an older schema ({revision}) and needs an upgrade, but it can "
                                   "only be opened read-only here: {why}", path=path, revision=state.revision,
                                   why=why))
    if read_only:
        return Project(path, _read_only_engine(path), True, state.revision, read_only_reason=reason)
    project = Project(path, _writable_engine(path), False, state.revision)
    if state.revision != head:
        project.backup_path = backup_project(path, label=f"before-upgrade-from-{state.revision}")
        _upgrade(project.engine)
        project.upgraded_from, project.revision = state.revision, head
    return project


def _write_locked(path: Path) -> bool:
    """True if another program holds the file's write lock (asked with ``BEGIN IMMEDIATE``).

    In WAL mode (every project's) a writer always has a ``-wal`` file, so a file without one is
    not probed; the probe creates no side files then.
    """
    with open(path, "rb") as f:
        header = f.read(20)
    if header[18:20] == b"\x02\x02" and not _side(path, "-wal").exists():
        return False
    uri = f"file:{quote(str(path.resolve()))}?mode=rw"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=LOCK_PROBE_SECONDS, isolation_level=None)) as con:
            con.execute("BEGIN IMMEDIATE")
            con.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return True
        raise _database_error(path, exc) from exc
    return False


def latest_good_backup(path: Path | str) -> Path | None:
    """The newest backup of the project at ``path`` that passes its checks, for "Open the latest
    backup" after a refusal; None when there is none (see :mod:`timeline_app.store.backup`)."""
    from timeline_app.store.backup import latest_good_backup as latest

    return latest(path)


def create_project(path: Path | str, *, name: str | None = None, revision: str = "head") -> Project:
    """Create a new, empty project file; refuses to overwrite an existing file.

    ``path`` may also be the address of an empty database on a server.
    """
    if is_server_address(path):
        from timeline_app.store.server import create_server_project

        return create_server_project(_address(path), name=name, revision=revision)
    path = Path(path)
    if path.exists():
        raise ProjectError(exists_already(path))
    if not path.parent.is_dir():
        raise ProjectError(message("{path}: no such folder", path=path.parent))
    engine = _writable_engine(path)
    try:
        _upgrade(engine, revision)
        with Session(engine) as session:
            session.add(ProjectMeta(key="name", value=name or path.stem))
            session.add(ProjectMeta(key="created_by", value=f"timeline_app {__version__}"))
            session.commit()
    except Exception:
        engine.dispose()
        for leftover in (path, *_side_files(path)):
            leftover.unlink(missing_ok=True)
        raise
    with engine.connect() as connection:
        current = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
    return Project(path, engine, False, current)


def exists_already(path: Path) -> Message:
    """The refusal to make a project where a file is: nothing is ever overwritten."""
    return message("{path}: a file of that name exists already; choose another name", path=path)


def _address(location):
    try:
        return server_address(location)
    except AddressError as exc:
        raise ProjectError(exc.message) from None


def upgrade_project(project: Project) -> None:
    """Bring an open, writable project to the newest schema."""
    _upgrade(project.engine)
    project.revision = head_revision()


def backup_project(path: Path, *, label: str) -> Path:
    """Copy a project with SQLite's online backup API (consistent even mid-WAL) beside itself."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}.{stamp}{path.suffix or '.tlproj'}")
    with closing(sqlite3.connect(_read_only_uri(path), uri=True)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def copy_project(project: Project, target: Path | str) -> Path:
    """Save a consistent copy of an open project under another name ("Save a Copy As").

    A shared project, or a copy onto a server, goes row by row (:mod:`timeline_app.store.transfer`).
    """
    if project.shared or is_server_address(target):
        from timeline_app.store.transfer import copy_to

        copy_to(project, target).close()
        return Path(target)
    target = Path(target)
    if target.resolve() == project.path.resolve():
        raise ProjectError(message("{path}: that is the open project itself", path=target))
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    with closing(sqlite3.connect(_read_only_uri(project.path), uri=True)) as src, closing(sqlite3.connect(tmp)) as dst:
        src.backup(dst)
    shutil.move(tmp, target)
    return target
