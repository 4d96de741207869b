"""The timeline brought up to date after an edit, reading only the records the edit touched.

:func:`timeline_patch` reads the events and claims a :class:`~timeline_app.commands.changes.Changes`
names with the very column expressions :func:`~timeline_app.store.timeline_query.load_timeline`
uses, so a patched timeline cannot drift from a freshly loaded one. An edit of an actor that moves
it to another party re-reads the claims and events of that actor; nothing else is read in bulk.
Deleted records are found by the keys the timeline saw them under, and only when it never saw
one, by one pass over the row ids of that table.
"""

from __future__ import annotations

from collections import defaultdict

from timeline_app.commands.changes import Changes
from timeline_app.domain.timeline.items import REMOVED, Kind, TimelineData
from timeline_app.domain.timeline.patch import ItemRow, TimelinePatch
from timeline_app.store.db import Project
from timeline_app.store.dialect import Sql, raw_cursor, sql_of
from timeline_app.store.timeline_query import (borrowed_end, chunks, claim_columns, event_columns, marks,
                                               read_actors)

TABLES = {Kind.EVENT: "event", Kind.CLAIM: "claim"}


def timeline_patch(project: Project, data: TimelineData, changes: Changes) -> TimelinePatch:
    """What ``changes`` changed of ``data``: see :class:`TimelinePatch`."""
    with project.engine.connect() as connection:
        cursor = raw_cursor(connection)
        try:
            return _Reader(cursor, data, sql_of(connection)).patch(changes)
        finally:
            cursor.close()


class _Reader:
    def __init__(self, cursor, data: TimelineData, sql: Sql) -> None:
        self.cursor, self.data, self.sql = cursor, data, sql

    def patch(self, changes: Changes) -> TimelinePatch:
        ids = {Kind.EVENT: set(changes.events), Kind.CLAIM: set(changes.claims)}
        parties, actor_party = read_actors(self.cursor) if changes.actors else (None, None)
        if actor_party is not None:
            old = self.data.actor_party
            moved = [a for a in old.keys() | actor_party.keys() if old.get(a) != actor_party.get(a)]
            ids[Kind.CLAIM] |= self._ids("SELECT id FROM claim WHERE claimant_id IN ({})", moved)
            ids[Kind.EVENT] |= self._ids("SELECT event_id FROM event_participant WHERE actor_id IN ({})", moved)
        party = actor_party if actor_party is not None else self.data.actor_party
        rows = {kind: self._rows(kind, found, party) for kind, found in ids.items()}
        removed = [key for kind in Kind for key in self._removed(kind, ids[kind] - {r.record_id for r in rows[kind]})]
        linked = set(changes.claims) | self._ids("SELECT from_claim_id FROM claim_relation WHERE id IN ({}) UNION "
                                                 "SELECT to_claim_id FROM claim_relation WHERE id IN ({})",
                                                 changes.relations, twice=True)
        rows[Kind.CLAIM] += self._rows(Kind.CLAIM, linked - ids[Kind.CLAIM], party)
        named_claims = [row for row in rows[Kind.CLAIM] if row.record_id in linked]
        return TimelinePatch(
            rows=(*rows[Kind.EVENT], *rows[Kind.CLAIM]), removed=tuple(removed),
            relation_claims=frozenset(row.rowid for row in named_claims),
            relations=self._relations(linked), parties_info=parties, actor_party=actor_party,
            tag_names=self._tag_names() if changes.tag_list else None)

    def _tag_names(self) -> dict[str, str]:
        self.cursor.execute("SELECT id, name FROM tag")
        return dict(self.cursor.fetchall())

    def _ids(self, sql: str, values, *, twice: bool = False) -> set[str]:
        """The first column of ``sql`` for ``values`` (given ``twice`` for two placeholders)."""
        found = set()
        for chunk in chunks(list(values)):
            self.cursor.execute(sql.format(marks(chunk), marks(chunk)), chunk + chunk if twice else chunk)
            found.update(value for (value,) in self.cursor.fetchall())
        return found

    def _grouped(self, sql: str, values) -> dict[int, list[str]]:
        """Second column per first (a row id), for ``values`` in chunks."""
        found = defaultdict(list)
        for chunk in chunks(list(values)):
            self.cursor.execute(sql.format(marks(chunk)), chunk)
            for rowid, value in self.cursor.fetchall():
                found[rowid].append(value)
        return found

    def _rows(self, kind: Kind, ids: set[str], party: dict[str, str | None]) -> list[ItemRow]:
        """The items of these records (those that still exist), read as loading reads them."""
        table = TABLES[kind]
        columns = event_columns(self.sql) if kind is Kind.EVENT else claim_columns(self.sql)
        found = []
        for chunk in chunks(sorted(ids)):
            self.cursor.execute(f"SELECT rowid, id, {', '.join(columns)} FROM {table} "
                                f"WHERE id IN ({marks(chunk)})", chunk)
            found += self.cursor.fetchall()
        tags = self._grouped(f"SELECT o.rowid, t.tag_id FROM {table}_tag t JOIN {table} o ON o.id = t.{table}_id "
                             "WHERE o.id IN ({})", ids)
        if kind is Kind.CLAIM:
            return [_row(kind, r, party.get(r[5]), (), r[6], tags) for r in found]
        actors = self._grouped("SELECT e.rowid, p.actor_id FROM event_participant p JOIN event e ON e.id = p.event_id "
                               "WHERE e.id IN ({})", ids)
        rows = []
        for r in found:
            involved = tuple(sorted({party[a] for a in actors.get(r[0], ()) if party.get(a)}))
            rows.append(_row(kind, r, involved[0] if len(involved) == 1 else None, involved, None, tags))
        return rows

    def _removed(self, kind: Kind, missing: set[str]) -> list[int]:
        """Keys of the items whose records are gone: known ones at once, others by a pass over row ids."""
        data = self.data
        keys = {data.known_key(record_id) for record_id in missing}
        if None in keys:
            self.cursor.execute(f"SELECT rowid FROM {TABLES[kind]}")
            gone = set(data.rowid).difference(rowid for (rowid,) in self.cursor.fetchall())
            keys |= {data.key_of(kind, rowid) for rowid in gone}  # row ids of the other kind give None
        return sorted(k for k in keys if k is not None and not data.flags[k] & REMOVED)

    def _relations(self, claim_ids) -> tuple[tuple[int, int, str], ...]:
        """Every relation from or to these claims, by the row ids of its two claims."""
        found = {}
        for chunk in chunks(sorted(claim_ids)):
            self.cursor.execute(
                "SELECT r.id, f.rowid, t.rowid, r.type FROM claim_relation r JOIN claim f ON f.id = r.from_claim_id "
                f"JOIN claim t ON t.id = r.to_claim_id WHERE r.from_claim_id IN ({marks(chunk)}) "
                f"OR r.to_claim_id IN ({marks(chunk)})", chunk + chunk)
            found.update((row[0], row[1:]) for row in self.cursor.fetchall())
        return tuple(found.values())


def _row(kind: Kind, r: tuple, party: str | None, parties: tuple[str, ...], status: str | None,
         tags: dict[int, list[str]]) -> ItemRow:
    start = float("nan") if r[2] is None else float(r[2])
    end = borrowed_end(start, float("nan") if r[3] is None else float(r[3]))
    return ItemRow(kind, r[0], r[1], start, end, r[4], status, party, parties, tuple(tags.get(r[0], ())))
