"""The change feed: what others committed to a project, for windows that keep it open.

Writers log: every committed edit adds a row to ``change_log`` (migration 0004) in its own
transaction, naming the records it touched (a JSON object, as ``commands.changes.Changes`` gives
it) and the ``origin`` of the opened project that made it (:func:`record`). Imports and other
programs log nothing: readers notice their commits all the same and reload everything.

Readers follow: :class:`ChangeFeed` answers "what did others commit since I last asked?" and is
cheap enough to ask from a timer. On SQLite it asks ``PRAGMA data_version`` on a connection of
its own (a few microseconds, no query when nothing changed), then reads the new log rows. On
PostgreSQL it listens (``LISTEN timeline_changes``: every table's statement trigger sends the
writing transaction's id), so :meth:`ChangeFeed.fileno` can wake a socket notifier at once and
:meth:`ChangeFeed.wait` blocks until something arrives. A commit the log does not describe (a
write by another program, an import) makes :attr:`FeedBatch.unknown` true: reload everything.
Exactly so on PostgreSQL; on SQLite only when no logged commit came in the same interval between
two polls (``data_version`` says that something changed, not how often). Nothing here uses Qt.

The log keeps its newest KEEP rows; a reader that fell further behind is told ``unknown``.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import quote

from sqlalchemy import BigInteger, Column, Integer, MetaData, String, Table, delete, func, insert, select
from sqlmodel import Session

from timeline_app.store.dialect import raw_cursor_of
from timeline_app.store.models import utc_now

#: Not a model: bookkeeping, like Alembic's own table, so copies and exports leave it out.
CHANGE_LOG = Table("change_log", MetaData(), Column("seq", Integer, primary_key=True),
                   Column("at", String, nullable=False), Column("origin", String, nullable=False),
                   Column("txid", BigInteger), Column("payload", String, nullable=False))
CHANNEL = "timeline_changes"
LISTEN = "LISTEN timeline_changes"
KEEP = 10_000
#: Origin of a change no opened project made: every reader reports it.
ANYONE = ""
NEW_ROWS = "SELECT seq, origin, txid, payload FROM change_log WHERE seq > ? ORDER BY seq"


def record(session: Session, payload: Mapping, origin: str = ANYONE) -> None:
    """Log a change in the session's transaction (it is seen when, and only if, that commits)."""
    session.execute(insert(CHANGE_LOG).values(at=utc_now(), origin=origin, payload=json.dumps(payload, sort_keys=True)))
    newest = select(func.max(CHANGE_LOG.c.seq)).scalar_subquery()
    session.execute(delete(CHANGE_LOG).where(CHANGE_LOG.c.seq <= newest - KEEP))


@dataclass(frozen=True)
class FeedBatch:
    """What others committed since the last poll: each logged change's payload, oldest first,
    and ``unknown`` when something was committed that the log does not name (reload all)."""

    payloads: tuple[dict, ...] = ()
    unknown: bool = False

    def __bool__(self) -> bool:
        return bool(self.payloads) or self.unknown


@dataclass
class _Reader:
    """Reads the log after ``last``, leaving out what the feed's own origin wrote."""

    origin: str
    last: int = 0
    #: Transactions whose log rows were read (PostgreSQL): their notifications are accounted for.
    seen: deque = field(default_factory=lambda: deque(maxlen=4096))

    def read(self, execute) -> tuple[list[dict], int, bool]:
        """(payloads of others, rows read, whether rows were pruned unread) after ``last``."""
        rows = execute(NEW_ROWS, (self.last,)).fetchall()
        if not rows:
            return [], 0, False
        oldest = execute("SELECT min(seq) FROM change_log", ()).fetchone()[0]
        gap = oldest > self.last + 1  # numbers start at 1
        self.last = rows[-1][0]
        self.seen.extend(row[2] for row in rows if row[2] is not None)
        return [json.loads(row[3]) for row in rows if row[1] != self.origin], len(rows), gap


class ChangeFeed:
    """What others committed to ``project`` since the last :meth:`poll`; :meth:`close` it."""

    def __init__(self, project) -> None:
        self._reader = _Reader(project.origin)
        if project.shared:
            self._watch = _PostgresWatch(project.engine.url)
            self._reader.last = self._watch.newest()
            return
        try:
            self._watch = _SqliteWatch(project.path)
            self._reader.last = self._watch.newest()
        except sqlite3.Error:  # a file it cannot follow (an older schema, a folder it may not write)
            self._watch = _Deaf()

    def poll(self) -> FeedBatch:
        """Never blocks; an empty batch when nothing new arrived."""
        return self._watch.poll(self._reader)

    def wait(self, timeout: float) -> FeedBatch:
        """Block until others commit something or ``timeout`` seconds pass."""
        deadline = time.monotonic() + timeout
        while True:
            batch = self.poll()
            left = deadline - time.monotonic()
            if batch or left <= 0:
                return batch
            self._watch.sleep(left)

    def fileno(self) -> int | None:
        """A socket that turns readable when something may have arrived (PostgreSQL; it may change
        after the feed reconnected); None on SQLite, whose feed is polled."""
        return self._watch.fileno()

    def close(self) -> None:
        self._watch.close()

    def __enter__(self) -> ChangeFeed:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


class _SqliteWatch:
    """A connection of its own on the file, whose ``data_version`` changes with others' commits."""

    INTERVAL = 0.005

    def __init__(self, path) -> None:
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        self._connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        self._version = self._data_version()

    def _data_version(self) -> int:
        return self._connection.execute("PRAGMA data_version").fetchone()[0]

    def newest(self) -> int:
        return self._connection.execute("SELECT coalesce(max(seq), 0) FROM change_log").fetchone()[0]

    def poll(self, reader: _Reader) -> FeedBatch:
        version = self._data_version()
        if version == self._version:
            return FeedBatch()
        self._version = version
        payloads, count, gap = reader.read(self._connection.execute)
        # A commit that logged nothing is noticed when nothing logged came with it.
        return FeedBatch(tuple(payloads), gap or not count)

    def sleep(self, left: float) -> None:
        time.sleep(min(left, self.INTERVAL))

    def fileno(self) -> None:
        return None

    def close(self) -> None:
        self._connection.close()


class _PostgresWatch:
    """A connection of its own to the server, listening; it reconnects after losing the server."""

    def __init__(self, url) -> None:
        import psycopg

        self._psycopg = psycopg
        self._arguments = {**url.translate_connect_args(username="user", database="dbname"), **dict(url.query),
                           "application_name": "timeline_app changes", "autocommit": True}
        self._pending: list[str] = []
        self._connection = None
        try:
            self._connect()
        except self._psycopg.OperationalError:  # tried again at the next poll
            self.close()

    def _connect(self) -> None:
        self._connection = self._psycopg.connect(**self._arguments)
        self._connection.execute(LISTEN)

    def _execute(self, statement: str, parameters):
        return raw_cursor_of(self._connection).execute(statement, parameters)

    def newest(self) -> int:
        if self._connection is None:
            return 0
        return self._execute("SELECT coalesce(max(seq), 0) FROM change_log", ()).fetchone()[0]

    def poll(self, reader: _Reader) -> FeedBatch:
        try:
            if self._connection is None:
                self._connect()
                reader.read(self._execute)  # what came meanwhile is unknown: skip it, and reload all
                return FeedBatch(unknown=True)
            arrived = self._pending + [n.payload for n in self._connection.notifies(timeout=0)]
            self._pending = []
            if not arrived:
                return FeedBatch()
            payloads, _count, gap = reader.read(self._execute)
            unlogged = {int(p) for p in arrived if p.isdigit()}.difference(reader.seen)
            return FeedBatch(tuple(payloads), gap or bool(unlogged))
        except self._psycopg.OperationalError:
            self.close()
            return FeedBatch(unknown=True)

    def sleep(self, left: float) -> None:
        if self._connection is None:
            time.sleep(min(left, 1.0))
            return
        try:
            self._pending += [n.payload for n in self._connection.notifies(timeout=left, stop_after=1)]
        except self._psycopg.OperationalError:
            self.close()

    def fileno(self) -> int | None:
        return None if self._connection is None else self._connection.fileno()

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


class _Deaf:
    """For a file the feed cannot follow: nothing ever arrives."""

    def newest(self) -> int:
        return 0

    def poll(self, _reader: _Reader) -> FeedBatch:
        return FeedBatch()

    def sleep(self, left: float) -> None:
        time.sleep(left)

    def fileno(self) -> None:
        return None

    def close(self) -> None:
        pass
