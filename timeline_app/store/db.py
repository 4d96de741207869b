"""Opening, creating and migrating project files.

A project is one SQLite file in WAL mode with foreign keys enforced. Every file is inspected
read-only before anything is written to it, so that a file we refuse (not a project, damaged, made
by a newer version) stays byte-identical. An older project is backed up next to itself before
Alembic upgrades it.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from timeline_app import __version__
from timeline_app.store.models import ProjectMeta

SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION_LINE = re.compile(r'^revision = "([^"]+)"$', re.MULTILINE)
#: Tables every schema revision has; a file without them is not a project.
PROJECT_TABLES = frozenset({"alembic_version", "project_meta", "actor", "source", "event", "claim", "claim_relation", "annotation"})


class ProjectError(Exception):
    """A problem with a project file, worded for the user: one line, names the file."""


@dataclass
class Project:
    """An open project: its file, its engine and whether it may be written."""

    path: Path
    engine: Engine
    read_only: bool
    revision: str
    upgraded_from: str | None = None
    backup_path: Path | None = None
    _closed: bool = field(default=False, repr=False)

    @property
    def name(self) -> str:
        return self.path.stem

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
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), target)


# ---------------------------------------------------------------- engines


def _writable_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA cache_size = -65536")  # 64 MB: large imports stay in memory
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


def inspect_file(path: Path | str) -> FileState:
    """Look at a file without writing to it; raise ProjectError unless it is a readable project."""
    path = Path(path)
    if not path.exists():
        raise ProjectError(f"{path}: no such file")
    if path.is_dir():
        raise ProjectError(f"{path}: is a folder, not a project file")
    if not os.access(path, os.R_OK):
        raise ProjectError(f"{path}: permission denied")
    with open(path, "rb") as f:
        header = f.read(100)
    if not header:
        raise ProjectError(f"{path}: the file is empty, not a timeline_app project")
    if not header.startswith(SQLITE_MAGIC):
        raise ProjectError(f"{path}: not a timeline_app project (not an SQLite database)")
    if len(header) < 100:
        raise ProjectError(f"{path}: the project file is damaged (truncated)")
    revision = _read_revision(path)
    _check_revision(path, revision)
    return FileState(revision=revision)


def _read_revision(path: Path) -> str:
    try:
        with closing(sqlite3.connect(_read_only_uri(path), uri=True)) as con:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "project_meta" not in tables:
                raise ProjectError(f"{path}: not a timeline_app project (an SQLite database without project tables)")
            if missing := sorted(PROJECT_TABLES - tables):
                raise ProjectError(f"{path}: the project file is damaged (missing tables: {', '.join(missing)})")
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise ProjectError(f"{path}: the project file is damaged ({exc})") from exc
    if row is None:
        raise ProjectError(f"{path}: the project file is damaged (no schema version recorded)")
    return row[0]


def _check_revision(path: Path, revision: str) -> None:
    if revision not in known_revisions():
        raise ProjectError(
            f"{path}: made by a newer version of timeline_app (schema {revision}; this is version "
            f"{__version__}, which reads schemas up to {head_revision()}); please update timeline_app"
        )


def check_integrity(project: Project) -> str:
    """SQLite's own consistency check: "ok" or the first problem found."""
    with project.engine.connect() as connection:
        return connection.exec_driver_sql("PRAGMA quick_check(1)").scalar_one()


# ---------------------------------------------------------------- open and create


def open_project(path: Path | str, *, read_only: bool = False, allow_older: bool = False) -> Project:
    """Open an existing project, upgrading an older schema after backing the file up.

    A file we may not write opens read-only. A read-only project at an older schema is refused
    (upgrading it would need a write) unless ``allow_older`` says the caller only reads what every
    schema has, as ``info`` does.
    """
    path = Path(path)
    state = inspect_file(path)
    read_only = read_only or not _can_write(path)
    head = head_revision()
    if state.revision != head and read_only and not allow_older:
        raise ProjectError(
            f"{path}: uses an older schema ({state.revision}) and needs an upgrade, "
            "but it can only be opened read-only here; open a writable copy"
        )
    if read_only:
        return Project(path, _read_only_engine(path), True, state.revision)
    project = Project(path, _writable_engine(path), False, state.revision)
    if state.revision != head:
        project.backup_path = backup_project(path, label=f"before-upgrade-from-{state.revision}")
        _upgrade(project.engine)
        project.upgraded_from, project.revision = state.revision, head
    return project


def create_project(path: Path | str, *, name: str | None = None, revision: str = "head") -> Project:
    """Create a new, empty project file; refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise ProjectError(f"{path}: a file of that name exists already; choose another name")
    if not path.parent.is_dir():
        raise ProjectError(f"{path.parent}: no such folder")
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
    """Save a consistent copy of an open project under another name ("Save a Copy As")."""
    target = Path(target)
    if target.resolve() == project.path.resolve():
        raise ProjectError(f"{target}: that is the open project itself")
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    with closing(sqlite3.connect(_read_only_uri(project.path), uri=True)) as src, closing(sqlite3.connect(tmp)) as dst:
        src.backup(dst)
    shutil.move(tmp, target)
    return target
