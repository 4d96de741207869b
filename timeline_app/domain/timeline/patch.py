"""What an edit changed of the timeline, as the store reads it after the edit was committed.

The store builds a :class:`TimelinePatch` for the records an edit names (``commands.changes``),
with the same SQL that loads the whole timeline, and :meth:`TimelineData.apply
<timeline_app.domain.timeline.items.TimelineData.apply>` puts it in place. Plain values only, so
a patch can be built and checked without a display.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.domain.timeline.items import Kind, Party


@dataclass(frozen=True)
class ItemRow:
    """One event or claim as loading reads it: what an edit's patch puts in place."""

    kind: Kind
    rowid: int
    record_id: str
    start: float
    end: float
    flags: int
    status: str | None
    party: str | None
    parties: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class TimelinePatch:
    """What an edit changed of the timeline, read from the store after it was committed.

    ``rows``: the current rows of the records touched (new ones are appended); ``removed``: keys of
    items whose records are gone; ``relation_claims``: row ids of the claims whose relations are
    replaced by ``relations`` (row id of the claim the relation starts from, row id of its target,
    type). Parties, actors' parties and tag names are given only when they changed.
    """

    rows: tuple[ItemRow, ...] = ()
    removed: tuple[int, ...] = ()
    relation_claims: frozenset[int] = frozenset()
    relations: tuple[tuple[int, int, str], ...] = ()
    parties_info: list[Party] | None = None
    actor_party: dict[str, str | None] | None = None
    tag_names: dict[str, str] | None = None
