"""Rows as plain dicts: what an undoable edit writes, and what it puts back.

An edit records the exact column values it inserts, deletes or overwrites, so that undo restores
the database as it was, timestamps included, instead of re-deriving it. A row is a dict keyed by
column name; its *key* is the dict of its primary-key columns, so link tables with composite keys
are handled like any other. Foreign keys are read from the schema itself (``SQLModel.metadata``),
so :func:`dependents` stays right when tables are added. All SQL is Core with bound parameters.

Records carry a ``version`` (see ``models.Stamped``). An operation says which version it expects
and writes the next one itself; when someone else saved the record meanwhile (two windows on a
file, two people on a server), it writes nothing and raises :class:`ConflictError`, with both
versions of the record, instead of overwriting theirs. Undo puts the version back as it was, so
that undoing everything gives back the very rows the project had.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from sqlalchemy import Column, Table, and_, bindparam, delete, func, select, update
from sqlmodel import Session, SQLModel

from timeline_app.messages import Message, message
from timeline_app.store import crud
from timeline_app.store.models import (
    Actor, Annotation, Claim, ClaimRelation, ClaimSource, ClaimTag, Event, EventParticipant,
    EventSource, EventTag, ProjectMeta, Source, Status, StatusChange, Tag,
)

#: Every table's model, by table name (``crud.bulk_insert`` and defaults need the model).
MODELS: dict[str, type[SQLModel]] = {model.__tablename__: model for model in (
    Actor, Annotation, Claim, ClaimRelation, ClaimSource, ClaimTag, Event, EventParticipant,
    EventSource, EventTag, ProjectMeta, Source, Status, StatusChange, Tag)}
#: SQLite allows 32,766 bound parameters per statement; stay far below.
CHUNK = 500
#: The column counting a record's updates.
VERSION = "version"
#: What the user calls a record of each versioned table, for messages that name one.
NOUNS = {"event": message("event"), "claim": message("claim"), "actor": message("party or person"),
         "source": message("source"), "claim_relation": message("relation"), "annotation": message("passage"),
         "tag": message("tag")}


class RowMismatch(LookupError):
    """A row an edit expects is not there: the file was changed behind the edit's back."""


class ConflictError(Exception):
    """Someone else saved a record since an edit read it: the edit wrote nothing.

    ``base``: the values the edit was made on; ``mine``: what it meant to write (empty when it
    meant to delete the record); ``theirs``: the whole record as stored now, None when it was
    deleted meanwhile. The command layer sets ``edit`` to the edit that was refused, so that the
    user can keep theirs (nothing more to do) or keep their own (see ``commands.conflicts``).
    """

    def __init__(self, table: str, key: Mapping, *, expected: int, base: Mapping, mine: Mapping,
                 theirs: Mapping | None) -> None:
        self.table, self.key, self.expected = table, dict(key), expected
        self.base, self.mine = dict(base), dict(mine)
        self.theirs = None if theirs is None else dict(theirs)
        self.edit = None
        super().__init__(str(self.describe()))

    @property
    def record_id(self):
        return self.key.get("id")

    @property
    def deleted(self) -> bool:
        return self.theirs is None

    @property
    def current(self) -> int | None:
        """The version stored now (None: the record is gone)."""
        return None if self.theirs is None else self.theirs.get(VERSION)

    def describe(self) -> Message:
        noun = NOUNS[self.table]
        if self.deleted:
            return message("this {record} was deleted by someone else meanwhile", record=noun)
        return message("this {record} was changed by someone else meanwhile (version {expected}, now {current})",
                       record=noun, expected=self.expected, current=self.current)


@dataclass(frozen=True)
class Reference:
    """A column that deleting a record sets to null (ON DELETE SET NULL), with its old value."""

    table: str
    key: dict
    column: str
    value: object
    #: The row's version when it was read (None: a table without versions).
    version: int | None = None


@dataclass(frozen=True)
class Dependents:
    """What deleting one record takes along.

    ``deleted``: rows removed with it, per table, parents before children; ``detached``: references
    set to null; ``blocking``: per table, how many rows forbid the deletion (RESTRICT).
    """

    deleted: dict[str, list[dict]]
    detached: list[Reference]
    blocking: dict[str, int]


def table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def stored_columns(name: str) -> list[Column]:
    """The columns a row carries: all but computed ones (``event.span_latest``)."""
    return [column for column in table(name).columns if column.computed is None]


def versioned(name: str) -> bool:
    return VERSION in table(name).c


def key_of(name: str, row: Mapping) -> dict:
    return {column.name: row[column.name] for column in table(name).primary_key}


def new_row(name: str, /, **values) -> dict:
    """A complete row for a new record: ``values`` plus the model's defaults (id, timestamps)."""
    columns = [column.name for column in stored_columns(name)]
    if unknown := values.keys() - set(columns):
        raise TypeError(f"{name} has no column {', '.join(sorted(unknown))}")
    record = MODELS[name](**values)
    return {column: getattr(record, column) for column in columns}


# ---------------------------------------------------------------- reading


def rows_where(session: Session, name: str, column: str, values: Iterable) -> list[dict]:
    """Full rows of ``name`` whose ``column`` is one of ``values``, in key order."""
    t, found = table(name), []
    query = select(*stored_columns(name)).order_by(*t.primary_key)
    for chunk in _chunks(values):
        found += [dict(row) for row in session.execute(query.where(t.c[column].in_(chunk))).mappings()]
    return found


def snapshot(session: Session, name: str, ids: Iterable) -> list[dict]:
    """Full rows of a table with a one-column key (every record table), by key value."""
    (key_column,) = table(name).primary_key
    return rows_where(session, name, key_column.name, ids)


def count_where(session: Session, name: str, column: str, values: Sequence) -> int:
    t = table(name)
    return sum(session.scalar(select(func.count()).select_from(t).where(t.c[column].in_(chunk)))
               for chunk in _chunks(values))


def _chunks(values: Iterable) -> list[list]:
    values = list(dict.fromkeys(values))
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]


# ---------------------------------------------------------------- writing


def insert_rows(session: Session, name: str, rows: Sequence[Mapping]) -> None:
    crud.bulk_insert(session, MODELS[name], [dict(row) for row in rows])


def delete_rows(session: Session, name: str, rows: Sequence[Mapping]) -> None:
    """Delete rows by key; all of them must exist, and records at the version they carry."""
    if not rows:
        return
    t = table(name)
    checked = versioned(name) and all(VERSION in row for row in rows)
    where = and_(*(column == bindparam(f"key_{column.name}") for column in t.primary_key),
                 *([t.c[VERSION] == bindparam("expect_version")] if checked else []))
    params = [{**{f"key_{c.name}": row[c.name] for c in t.primary_key},
               **({"expect_version": row[VERSION]} if checked else {})} for row in rows]
    result = session.execute(delete(t).where(where), params)
    if result.rowcount != len(rows):
        if checked:
            _raise_conflict(session, name, rows)
        raise RowMismatch(f"expected to delete {len(rows)} {name} rows, found {result.rowcount}")


def _raise_conflict(session: Session, name: str, rows: Sequence[Mapping]) -> None:
    """After a deletion missed rows: a conflict for the first one still there at another version."""
    stored = {_key_tuple(name, row): row for row in rows_where(session, name, "id", [row["id"] for row in rows])}
    for row in rows:
        now = stored.get(_key_tuple(name, row))
        if now is not None and now[VERSION] != row[VERSION]:
            raise ConflictError(name, key_of(name, row), expected=row[VERSION], base=row, mine={}, theirs=now)


def update_row(session: Session, name: str, key: Mapping, values: Mapping, *, version: int | None = None,
               new_version: int | None = None, base: Mapping | None = None) -> None:
    """Overwrite some columns of one existing row.

    With ``version``, only while the row is at that version, which becomes ``new_version``;
    otherwise :class:`ConflictError` (``base``: the values the change was made on).
    """
    t = table(name)
    where = and_(*(t.c[column] == value for column, value in key.items()))
    values = dict(values)
    if version is not None:
        where, values[VERSION] = and_(where, t.c[VERSION] == version), new_version
    if session.execute(update(t).where(where).values(values)).rowcount == 1:
        return
    if version is not None:
        (key_column,) = t.primary_key
        now = snapshot(session, name, [key[key_column.name]])
        mine = {column: value for column, value in values.items() if column != VERSION}
        raise ConflictError(name, key, expected=version, base=base or {}, mine=mine, theirs=now[0] if now else None)
    raise RowMismatch(f"the {name} row {dict(key)} is missing")


# ---------------------------------------------------------------- following foreign keys


@cache
def references_to(name: str) -> tuple[tuple[str, str, str, str], ...]:
    """(table, column, referenced column, ON DELETE action) for every foreign key into ``name``."""
    return tuple(
        (t.name, fk.parent.name, fk.column.name, (fk.ondelete or "NO ACTION").upper())
        for t in SQLModel.metadata.sorted_tables for fk in sorted(t.foreign_keys, key=lambda f: f.parent.name)
        if fk.column.table.name == name
    )


def dependents(session: Session, name: str, record_id: str) -> Dependents:
    """Every row that deleting the record would delete, detach or that forbids deleting it."""
    deleted: dict[str, list[dict]] = {}
    detached: list[Reference] = []
    blocking: Counter = Counter()
    record = snapshot(session, name, [record_id])
    gone = {(name, _key_tuple(name, row)) for row in record}
    todo = [(name, record)]
    while todo:
        parent, parent_rows = todo.pop(0)
        for child, column, target, action in references_to(parent):
            values = [row[target] for row in parent_rows]
            if action == "CASCADE":
                found = [row for row in rows_where(session, child, column, values)
                         if (child, _key_tuple(child, row)) not in gone]
                gone.update((child, _key_tuple(child, row)) for row in found)
                if found:
                    deleted.setdefault(child, []).extend(found)
                    todo.append((child, found))
            elif action == "SET NULL":
                detached += [Reference(child, key_of(child, row), column, row[column], row.get(VERSION))
                             for row in rows_where(session, child, column, values)]
            elif n := count_where(session, child, column, values):
                blocking[child] += n
    detached = [ref for ref in detached if (ref.table, tuple(ref.key.values())) not in gone]
    return Dependents(deleted, detached, dict(blocking))


def _key_tuple(name: str, row: Mapping) -> tuple:
    return tuple(key_of(name, row).values())


def value_of(session: Session, name: str, column: str, record_id) -> object:
    """One column of one record (None when the record is missing)."""
    t = table(name)
    (key,) = t.primary_key
    return session.scalar(select(t.c[column]).where(key == record_id))


# ---------------------------------------------------------------- operations an edit is made of


@dataclass(frozen=True)
class Insert:
    """Rows to add; reverted by deleting them by key."""

    table: str
    rows: tuple[dict, ...]

    def apply(self, session: Session) -> None:
        insert_rows(session, self.table, self.rows)

    def revert(self, session: Session) -> None:
        delete_rows(session, self.table, self.rows)


@dataclass(frozen=True)
class Delete:
    """Rows to remove, kept whole so that reverting puts back every column."""

    table: str
    rows: tuple[dict, ...]

    def apply(self, session: Session) -> None:
        delete_rows(session, self.table, self.rows)

    def revert(self, session: Session) -> None:
        insert_rows(session, self.table, self.rows)


@dataclass(frozen=True)
class Update:
    """Some columns of one row, with their values before and after.

    ``version``: the record's version that ``before`` was read at (None: a table without
    versions); applying expects it and writes the next, reverting expects the next and puts it back.
    """

    table: str
    key: dict
    before: dict
    after: dict
    version: int | None = None

    def apply(self, session: Session) -> None:
        later = None if self.version is None else self.version + 1
        update_row(session, self.table, self.key, self.after, version=self.version, new_version=later,
                   base=self.before)

    def revert(self, session: Session) -> None:
        if self.version is None:
            update_row(session, self.table, self.key, self.before)
        else:
            update_row(session, self.table, self.key, self.before, version=self.version + 1,
                       new_version=self.version, base=self.after)
