"""Where SQLite and PostgreSQL need different SQL: the one module that knows the differences.

The store reads large tables through the DB-API cursor (plain tuples, no ORM objects), with SQL
written once, in SQLite's spelling. Two things keep that SQL shared:

* :func:`raw_cursor` hands out SQLite's own cursor, or on PostgreSQL a thin wrapper around
  psycopg's that takes SQLite's ``?`` placeholders (psycopg wants ``%s``);
* every table on PostgreSQL has a ``rowid`` column (a BIGINT identity, see migration 0001), so
  ``rowid`` means a row's insertion order on both.

What still differs is spelled by an :class:`Sql` per dialect: a few string functions, booleans
as numbers, and whole columns as one text (``group_concat`` against ``string_agg``). SQLite's
spelling is exactly the SQL the store used before PostgreSQL came, so SQLite runs the same
statements as ever.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy.exc import DBAPIError


@dataclass(frozen=True)
class Sql:
    """How one dialect spells the expressions the timeline's queries are built of."""

    name: str

    @property
    def postgresql(self) -> bool:
        return self.name == "postgresql"

    def find(self, text: str, needle: str) -> str:
        """1-based position of ``needle`` in ``text``, 0 when absent."""
        return f"strpos({text}, {needle})" if self.postgresql else f"instr({text}, {needle})"

    def last_two(self, text: str) -> str:
        return f"right({text}, 2)" if self.postgresql else f"substr({text}, -2)"

    def flag(self, condition: str, bit: int) -> str:
        """``bit`` where ``condition`` holds, else 0 (PostgreSQL does not multiply booleans)."""
        return f"({condition})::int * {bit}" if self.postgresql else f"({condition}) * {bit}"

    def plain_day(self, column: str) -> str:
        """True for a bare ``YYYY-MM-DD``."""
        if self.postgresql:
            return f"{column} ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}$'"
        return f"{column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"


SQLITE = Sql("sqlite")
POSTGRESQL = Sql("postgresql")


def sql_of(bind) -> Sql:
    """The spelling for an engine, connection or session's dialect."""
    dialect = bind.get_bind().dialect if hasattr(bind, "get_bind") else bind.dialect
    return POSTGRESQL if dialect.name == "postgresql" else SQLITE


def raw_cursor(connection):
    """The DB-API cursor of a SQLAlchemy connection, taking ``?`` placeholders on both dialects."""
    return raw_cursor_of(connection.connection.dbapi_connection)


def raw_cursor_of(dbapi_connection):
    """A cursor of a DB-API connection (sqlite3 or psycopg) taking ``?`` placeholders."""
    cursor = dbapi_connection.cursor()
    return cursor if isinstance(dbapi_connection, sqlite3.Connection) else _QmarkCursor(cursor)


class _QmarkCursor:
    """psycopg's cursor taking SQLite's ``?`` placeholders; its errors are SQLAlchemy's, as the
    rest of the store's are (sqlite3's own errors are reported as they are)."""

    def __init__(self, cursor) -> None:
        import psycopg

        self._cursor, self._error = cursor, psycopg.Error

    def execute(self, statement: str, parameters=()) -> _QmarkCursor:
        # parameters, even none, make psycopg read placeholders, so the doubled % is read back as %
        try:
            self._cursor.execute(_format_style(statement), tuple(parameters))
        except self._error as exc:
            raise DBAPIError.instance(statement, parameters, exc, self._error) from exc
        return self

    def __iter__(self):
        return iter(self._cursor)

    def __getattr__(self, name: str):
        return getattr(self._cursor, name)


@lru_cache(maxsize=512)
def _format_style(statement: str) -> str:
    """``?`` outside quoted literals becomes ``%s``, and every ``%`` is doubled.

    The store's statements have no identifiers in double quotes, comments or dollar quoting;
    a doubled quote inside a literal (``'it''s'``) keeps the alternation of inside and outside.
    """
    parts = statement.split("'")
    for i, part in enumerate(parts):
        part = part.replace("%", "%%")
        parts[i] = part.replace("?", "%s") if i % 2 == 0 else part
    return "'".join(parts)

