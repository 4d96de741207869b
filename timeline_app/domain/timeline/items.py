"""What the timeline shows, held in columns so that 400,000 items fit in little memory.

Every event and claim of a project becomes one *item*, addressed by its index (its *key*) into
the columns of :class:`TimelineData`: events first, then claims, each in record order. Only what
drawing needs at every zoom is loaded up front (times, flags, lane, status); titles and date texts
are fetched for the items that come into view (:meth:`TimelineData.texts`) and kept. Lanes
(:class:`LaneIndex`) hold their items' keys sorted by start, so the items in view are found by
bisection; panning and zooming never query the database.
"""

from __future__ import annotations

import enum
from array import array
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field

# Item flags (one byte per item).
APPROXIMATE = 1
UNCERTAIN = 2
OPEN_START = 4
OPEN_END = 8
IMPRECISE = 16  # coarser than a day: drawn as a bracketed span, never as a sharp point

#: Items lasting longer than this are kept apart, so the short ones can be found with a short
#: look-back before the view's start.
LONG_ITEM = 120 * 86400.0
#: Long items up to this length (a year known only to the year, with room to spare) are found the
#: same way with a longer look-back; only the rarer longer ones are checked one by one.
VERY_LONG_ITEM = 2 * 366 * 86400.0


class Kind(enum.IntEnum):
    EVENT = 0
    CLAIM = 1


class Grouping(enum.Enum):
    """How items are divided into lanes."""

    PARTY = "party"
    TAG = "tag"
    SINGLE = "single"


JOINT_LANE = "joint"
GENERAL_LANE = "general"
UNTAGGED_LANE = "untagged"
ALL_LANE = "all"


@dataclass(frozen=True)
class Party:
    id: str
    name: str
    colour: str | None
    position: int


@dataclass(frozen=True)
class Relation:
    source: int  # key of the claim the relation starts from (the denier's claim)
    target: int  # key of the claim it points at (the denied claim)
    type: str


@dataclass(frozen=True)
class ItemText:
    """What labels and tooltips need of one item; fetched when the item first comes into view."""

    record_id: str
    title: str
    edtf: str | None
    end_edtf: str | None = None
    about: int = -1  # claims: the key of the event the claim is about


TextFetcher = Callable[[list[int]], dict[int, ItemText]]


@dataclass
class TimelineData:
    """Columns of all items; index ``k`` of every column describes item ``k``."""

    kind: bytearray = field(default_factory=bytearray)
    rowid: array = field(default_factory=lambda: array("q"))
    start: array = field(default_factory=lambda: array("d"))  # NaN: undated
    end: array = field(default_factory=lambda: array("d"))
    flags: bytearray = field(default_factory=bytearray)
    status: list[str | None] = field(default_factory=list)
    party: list[str | None] = field(default_factory=list)         # claims: claimant's party; events: sole party
    parties: list[tuple[str, ...]] = field(default_factory=list)  # events: every participating party
    tags: list[tuple[str, ...]] = field(default_factory=list)
    parties_info: list[Party] = field(default_factory=list)
    tag_names: dict[str, str] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    n_events: int = 0
    fetch_texts: TextFetcher | None = None
    _texts: dict[int, ItemText] = field(default_factory=dict, repr=False)
    _relations_by_source: dict[int, list[Relation]] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.kind)

    def dated(self, key: int) -> bool:
        return self.start[key] == self.start[key]  # NaN marks an undated item

    def relations_from(self, keys: Collection[int]) -> list[Relation]:
        """The relations starting at any of ``keys``: through an index built on first use when
        ``keys`` are fewer than the relations (the items in view, say), else by one pass."""
        if len(keys) >= len(self.relations):
            return [r for r in self.relations if r.source in keys]
        if self._relations_by_source is None:
            self._relations_by_source = {}
            for relation in self.relations:
                self._relations_by_source.setdefault(relation.source, []).append(relation)
        found = self._relations_by_source
        return [r for key in keys for r in found.get(key, ())]

    def undated_keys(self) -> list[int]:
        return [k for k, s in enumerate(self.start) if s != s]

    def bounds(self) -> tuple[float, float] | None:
        """The earliest start and latest end of all dated items."""
        starts = [s for s in self.start if s == s]
        ends = [e for e in self.end if e == e]
        return (min(starts), max(ends)) if starts else None

    def key_of(self, kind: Kind, rowid: int) -> int | None:
        """The key of the record with this row id, by bisection in its kind's range."""
        lo, hi = (0, self.n_events) if kind is Kind.EVENT else (self.n_events, len(self))
        i = bisect_left(self.rowid, rowid, lo, hi)
        return i if i < hi and self.rowid[i] == rowid else None

    def texts(self, keys: Iterable[int]) -> None:
        """Make sure the texts of these items are at hand, fetching the missing ones at once."""
        missing = [k for k in keys if k not in self._texts]
        if missing and self.fetch_texts is not None:
            self._texts.update(self.fetch_texts(missing))

    def text(self, key: int) -> ItemText:
        self.texts((key,))
        return self._texts.get(key) or ItemText("", "", None)


@dataclass(frozen=True)
class LaneInfo:
    key: str
    name: str
    colour: str | None


class LaneItems:
    """One lane's dated items, sorted by start, with the long ones kept apart."""

    def __init__(self, data: TimelineData, keys: list[int]):
        start, end = data.start, data.end
        short = [k for k in keys if end[k] - start[k] <= LONG_ITEM]
        self.short_keys = array("l", short)
        self.short_starts = array("d", (start[k] for k in short))
        self.long_keys = [k for k in keys if end[k] - start[k] > LONG_ITEM]
        bounded = [k for k in self.long_keys if end[k] - start[k] <= VERY_LONG_ITEM]
        self.bounded_keys = array("l", bounded)
        self.bounded_starts = array("d", (start[k] for k in bounded))
        self.very_long_keys = [k for k in self.long_keys if end[k] - start[k] > VERY_LONG_ITEM]
        self.count = len(keys)

    def visible(self, data: TimelineData, t0: float, t1: float) -> list[int]:
        """Keys of the items overlapping ``[t0, t1)``, in start order."""
        lo = bisect_left(self.short_starts, t0 - LONG_ITEM)
        hi = bisect_left(self.short_starts, t1)
        end = data.end
        found = [k for k in self.short_keys[lo:hi] if end[k] > t0]
        lo = bisect_left(self.bounded_starts, t0 - VERY_LONG_ITEM)
        hi = bisect_left(self.bounded_starts, t1)
        longs = [k for k in self.bounded_keys[lo:hi] if end[k] > t0]
        longs += [k for k in self.very_long_keys if data.start[k] < t1 and end[k] > t0]
        if longs:
            found = sorted(found + longs, key=data.start.__getitem__)
        return found

    def count_between(self, t0: float, t1: float) -> int:
        """How many short items start in ``[t0, t1)``: a density figure, found by bisection."""
        return bisect_left(self.short_starts, t1) - bisect_left(self.short_starts, t0)


def lane_keys(data: TimelineData, grouping: Grouping) -> list[str]:
    """Every item's lane under a grouping.

    By party, an event with several participating parties goes to the shared "joint" lane, and
    one with none (or an unattributed claim) to the "general" lane. By tag, an item with several
    tags goes to the lane of the first tag in alphabetical order.
    """
    if grouping is Grouping.SINGLE:
        return [ALL_LANE] * len(data)
    if grouping is Grouping.TAG:
        name = data.tag_names.get
        return [min(tags, key=lambda t: name(t, t)) if tags else UNTAGGED_LANE for tags in data.tags]
    lanes = [p or GENERAL_LANE for p in data.party]
    for key in range(data.n_events):
        if len(data.parties[key]) > 1:
            lanes[key] = JOINT_LANE
    return lanes


def lane_infos(data: TimelineData, grouping: Grouping, used: set[str]) -> list[LaneInfo]:
    """The lanes of a grouping in their display order; parties' lanes exist even when empty."""
    if grouping is Grouping.SINGLE:
        return [LaneInfo(ALL_LANE, "All", None)]
    if grouping is Grouping.TAG:
        tags = sorted((k for k in used if k != UNTAGGED_LANE), key=lambda t: data.tag_names.get(t, t).lower())
        lanes = [LaneInfo(t, data.tag_names.get(t, t), None) for t in tags]
        return lanes + ([LaneInfo(UNTAGGED_LANE, "Untagged", None)] if UNTAGGED_LANE in used else [])
    lanes = [LaneInfo(JOINT_LANE, "Joint", None)] if JOINT_LANE in used else []
    lanes += [LaneInfo(p.id, p.name, p.colour) for p in sorted(data.parties_info, key=lambda p: (p.position, p.name))]
    return lanes + ([LaneInfo(GENERAL_LANE, "General", None)] if GENERAL_LANE in used else [])


@dataclass
class LaneIndex:
    """Items divided into lanes under one grouping, with each lane's sorted index."""

    grouping: Grouping
    lanes: list[LaneInfo]
    items: dict[str, LaneItems]
    lane_of: list[str]

    @classmethod
    def build(cls, data: TimelineData, grouping: Grouping) -> "LaneIndex":
        lane_of = lane_keys(data, grouping)
        members: dict[str, list[int]] = {}
        for key in sorted((k for k, s in enumerate(data.start) if s == s), key=data.start.__getitem__):
            members.setdefault(lane_of[key], []).append(key)
        lanes = lane_infos(data, grouping, set(members))
        items = {lane.key: LaneItems(data, members.get(lane.key, [])) for lane in lanes}
        return cls(grouping, lanes, items, lane_of)
