"""What an edit changed: the one notification every view listens to.

After each edit, undo or redo, the edit stack announces a :class:`Changes` naming the records
touched per kind. A view refreshes only the records it shows (the claims panel looks at
``claims`` and ``relations``, the timeline at ``events`` and ``claims``), and rebuilds its lists
only when ``structure`` says records came or went. Ids are derived from the rows an edit writes,
following the schema's foreign keys, so a new relation also names the two claims it links.

The same notification travels between windows and machines: each committed edit logs
:meth:`Changes.payload` in the project's change log, and :func:`from_feed` turns what a
``ChangeFeed`` brings back into one Changes (``everything`` when others changed more than the log
names: an import, another program).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields

from timeline_app.store.changes_feed import ChangeFeed, FeedBatch

from sqlmodel import SQLModel

#: Which field of Changes collects the ids of each record table.
KINDS = {"event": "events", "claim": "claims", "actor": "actors", "source": "sources",
         "claim_relation": "relations", "annotation": "annotations", "tag": "tags"}


@dataclass(frozen=True)
class Changes:
    """Ids of the records touched, per kind, plus what kind of change it was.

    ``structure``: records were created or deleted, so lists, counts and layouts change, not only
    the rows named. ``tag_list``: the set of tags changed, so tag completion and tag lanes change.
    ``everything``: more changed than is named (someone imported, another program wrote): views
    reload all they show.
    """

    events: frozenset[str] = frozenset()
    claims: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    relations: frozenset[str] = frozenset()
    annotations: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()
    structure: bool = False
    tag_list: bool = False
    everything: bool = False

    def merge(self, other: Changes) -> Changes:
        """Both changes as one notification (several undo steps, or an edit's several rows)."""
        return Changes(**{f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def payload(self) -> dict:
        """As the change log keeps it: sorted id lists and the flags that are set."""
        return {f.name: (sorted(value) if isinstance(value, frozenset) else value)
                for f in fields(self) if (value := getattr(self, f.name))}

    @classmethod
    def from_payload(cls, payload: Mapping) -> Changes:
        """Back from :meth:`payload`; names it does not know (from a newer version) mean everything."""
        known = {f.name: f for f in fields(cls)}
        if set(payload) - set(known):
            return cls(everything=True)
        return cls(**{name: (frozenset(value) if isinstance(value, list) else bool(value))
                      for name, value in payload.items()})

    @classmethod
    def of_rows(cls, table: str, rows: Iterable[Mapping], *, structure: bool) -> Changes:
        """The records that rows of ``table`` are, or point to."""
        ids: dict[str, set[str]] = {}
        columns = _kind_columns(table)
        for row in rows:
            for column, kind in columns:
                if row.get(column) is not None:
                    ids.setdefault(kind, set()).add(row[column])
        return cls(**{kind: frozenset(found) for kind, found in ids.items()},
                   structure=structure, tag_list=table == "tag")


def _kind_columns(table: str) -> list[tuple[str, str]]:
    """(column, Changes field) for a table's own id and each foreign key into a record table."""
    t = SQLModel.metadata.tables[table]
    columns = [("id", KINDS[table])] if table in KINDS else []
    return columns + [(fk.parent.name, KINDS[fk.column.table.name]) for fk in t.foreign_keys
                      if fk.column.table.name in KINDS]


def from_feed(batch: FeedBatch) -> Changes:
    """What a change feed brought, as one notification."""
    changes = Changes(everything=batch.unknown)
    for payload in batch.payloads:
        changes = changes.merge(Changes.from_payload(payload))
    return changes


def poll_changes(feed: ChangeFeed) -> Changes:
    """What others changed since the last call: empty (false) when nothing; for a timer."""
    return from_feed(feed.poll())
