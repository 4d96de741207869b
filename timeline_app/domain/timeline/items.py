"""What the timeline shows, held in columns so that 400,000 items fit in little memory.

Every event and claim of a project becomes one *item*, addressed by its index (its *key*) into
the columns of :class:`TimelineData`: events first, then claims, each in record order. Only what
drawing needs at every zoom is loaded up front (times, flags, lane, status); titles and date texts
are fetched for the items that come into view (:meth:`TimelineData.texts`) and kept. Lanes
(:class:`LaneIndex`) hold their items' keys sorted by start, so the items in view are found by
bisection; panning and zooming never query the database.

After an edit, :meth:`TimelineData.apply` puts a :class:`~timeline_app.domain.timeline.patch.TimelinePatch`
(the rows of the records touched, read the way loading reads them) in place, and
:meth:`LaneIndex.update` moves just those items between lanes: an edit costs work in proportion
to what it touched, not to the size of the project.
Items keep their keys for the whole session: a new record's item is appended, a deleted one is
marked ``REMOVED`` (and undated, so it is in no lane) rather than shifting every key after it.
"""

from __future__ import annotations

import enum
from array import array
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from timeline_app.domain.timeline.patch import ItemRow, TimelinePatch

# Item flags (one byte per item).
APPROXIMATE = 1
UNCERTAIN = 2
OPEN_START = 4
OPEN_END = 8
IMPRECISE = 16  # coarser than a day: drawn as a bracketed span, never as a sharp point
REMOVED = 32    # the record was deleted after loading: the item is in no lane and no list

#: Items lasting longer than this are kept apart, so the short ones can be found with a short
#: look-back before the view's start.
LONG_ITEM = 120 * 86400.0
#: Long items up to this length (a year known only to the year, with room to spare) are found the
#: same way with a longer look-back; only the rarer longer ones are checked one by one.
VERY_LONG_ITEM = 2 * 366 * 86400.0
#: Beyond this many items moved by one edit, building the lane index afresh is quicker than
#: moving them one by one.
REBUILD_AT = 1000
NAN = float("nan")
UNKNOWN = object()  # a cached figure not worked out yet


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
    n_events: int = 0  # events loaded; keys below this are events, then claims until the appended ones
    actor_party: dict[str, str | None] = field(default_factory=dict)  # each actor's party lane, if any
    fetch_texts: TextFetcher | None = None
    _texts: dict[int, ItemText] = field(default_factory=dict, repr=False)
    _appended: dict[tuple[int, int], int] = field(default_factory=dict, repr=False)  # (kind, rowid) -> key
    _known: dict[str, int] = field(default_factory=dict, repr=False)  # record id -> key, where seen
    _relations_by_source: dict[int, list[Relation]] | None = field(default=None, repr=False)
    _bounds: object = field(default=UNKNOWN, repr=False)

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
        if not len(self):
            return []
        undated = np.isnan(np.frombuffer(self.start, dtype=np.float64))
        removed = np.frombuffer(self.flags, dtype=np.uint8) & REMOVED
        return np.flatnonzero(undated & (removed == 0)).tolist()

    def bounds(self) -> tuple[float, float] | None:
        """The earliest start and latest end of all dated items (kept up to date by :meth:`apply`)."""
        if self._bounds is UNKNOWN:
            starts = np.frombuffer(self.start, dtype=np.float64) if len(self) else np.empty(0)
            ends = np.frombuffer(self.end, dtype=np.float64) if len(self) else np.empty(0)
            dated = ~np.isnan(starts)
            self._bounds = (float(starts[dated].min()), float(np.nanmax(ends[dated]))) if dated.any() else None
        return self._bounds

    def key_of(self, kind: Kind, rowid: int) -> int | None:
        """The key of the record with this row id: by bisection among the loaded items of its
        kind, else among those appended since."""
        lo, hi = (0, self.n_events) if kind is Kind.EVENT else (self.n_events, len(self) - len(self._appended))
        i = bisect_left(self.rowid, rowid, lo, hi)
        return i if i < hi and self.rowid[i] == rowid else self._appended.get((kind, rowid))

    def known_key(self, record_id: str) -> int | None:
        """The key of a record whose item was seen here (found, its text fetched, or patched)."""
        return self._known.get(record_id)

    def note_key(self, record_id: str, key: int | None) -> int | None:
        """Remember where a record was found, so that its deletion is found at once; returns ``key``."""
        if key is not None:
            self._known[record_id] = key
        return key

    def texts(self, keys: Iterable[int]) -> None:
        """Make sure the texts of these items are at hand, fetching the missing ones at once."""
        missing = [k for k in keys if k not in self._texts]
        if missing and self.fetch_texts is not None:
            fetched = self.fetch_texts(missing)
            self._texts.update(fetched)
            self._known.update((text.record_id, key) for key, text in fetched.items())

    def text(self, key: int) -> ItemText:
        self.texts((key,))
        return self._texts.get(key) or ItemText("", "", None)

    def apply(self, patch: TimelinePatch) -> list[int]:
        """Put ``patch`` in place; returns the keys of the items it added, changed or removed."""
        touched = list(patch.removed)
        for key in patch.removed:  # first: a new row may reuse a removed one's row id, and key
            self._put(key, NAN, NAN, REMOVED)
        for row in patch.rows:
            key = self.key_of(row.kind, row.rowid)
            if key is None:
                key = self._append(row)
            self._put(key, row.start, row.end, row.flags, row.status, row.party, row.parties, row.tags)
            touched.append(key)
        for key in touched:
            self._texts.pop(key, None)
        self._known = {i: k for i, k in self._known.items() if k not in patch.removed}
        self._known.update((row.record_id, key) for row, key in zip(patch.rows, touched[len(patch.removed):]))
        self._relink(patch)
        self.parties_info = self.parties_info if patch.parties_info is None else patch.parties_info
        self.actor_party = self.actor_party if patch.actor_party is None else patch.actor_party
        self.tag_names = self.tag_names if patch.tag_names is None else patch.tag_names
        return touched

    def _append(self, row: ItemRow) -> int:
        """A new item's place at the end; :meth:`_put` fills it in."""
        self._appended[(row.kind, row.rowid)] = len(self)
        for column, value in ((self.rowid, row.rowid), (self.start, NAN), (self.end, NAN), (self.flags, 0),
                              (self.status, None), (self.party, None), (self.parties, ()), (self.tags, ()),
                              (self.kind, row.kind)):  # kind last: it is what len() counts
            column.append(value)
        return len(self) - 1

    def _put(self, key: int, start: float, end: float, flags: int, status: str | None = None,
             party: str | None = None, parties: tuple[str, ...] = (), tags: tuple[str, ...] = ()) -> None:
        """Overwrite one item, keeping :meth:`bounds` right without a pass over every item."""
        bounds = self._bounds
        if bounds not in (UNKNOWN, None) and (self.start[key] == bounds[0] or self.end[key] == bounds[1]):
            self._bounds = UNKNOWN  # it may have been the earliest or the latest item
        elif bounds is not UNKNOWN and start == start:
            low, high = bounds or (start, end)
            self._bounds = (min(low, start), max(high, end))
        self.start[key], self.end[key], self.flags[key] = start, end, flags
        self.status[key], self.party[key], self.parties[key], self.tags[key] = status, party, parties, tags

    def _relink(self, patch: TimelinePatch) -> None:
        """Replace the relations of the claims the patch names (and drop those of removed items)."""
        claims = {self.key_of(Kind.CLAIM, rowid) for rowid in patch.relation_claims} | set(patch.removed)
        if not claims and not patch.relations:
            return
        kept = [r for r in self.relations if r.source not in claims and r.target not in claims]
        found = ((self.key_of(Kind.CLAIM, a), self.key_of(Kind.CLAIM, b), kind) for a, b, kind in patch.relations)
        self.relations = kept + [Relation(a, b, kind) for a, b, kind in found if a is not None and b is not None]
        self._relations_by_source = None


@dataclass(frozen=True)
class LaneInfo:
    key: str
    name: str
    colour: str | None


class LaneItems:
    """One lane's dated items, sorted by start, with the long ones kept apart."""

    def __init__(self, data: TimelineData, keys: Sequence[int]):
        """``keys`` sorted by start (then key); a NumPy array or any sequence of ints."""
        keys = np.asarray(keys, dtype=np.int64)
        start = np.frombuffer(data.start, dtype=np.float64)[keys] if len(keys) else np.empty(0)
        length = np.frombuffer(data.end, dtype=np.float64)[keys] - start if len(keys) else np.empty(0)
        short, bounded = length <= LONG_ITEM, (length > LONG_ITEM) & (length <= VERY_LONG_ITEM)
        self.short_keys, self.short_starts = _column("l", keys[short]), _column("d", start[short])
        self.long_keys = keys[~short].tolist()
        self.bounded_keys, self.bounded_starts = _column("l", keys[bounded]), _column("d", start[bounded])
        self.very_long_keys = keys[length > VERY_LONG_ITEM].tolist()
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

    def add(self, data: TimelineData, item: int) -> None:
        """File one dated item where building would have put it: by start, then by key."""
        start, length = data.start[item], data.end[item] - data.start[item]
        if length <= LONG_ITEM:
            _insort(self.short_keys, self.short_starts, item, start)
        else:
            insort(self.long_keys, item, key=lambda k: (data.start[k], k))
            if length <= VERY_LONG_ITEM:
                _insort(self.bounded_keys, self.bounded_starts, item, start)
            else:
                self.very_long_keys.append(item)
        self.count += 1

    def discard(self, item: int) -> None:
        """Take an item out, wherever it was filed (its start may have changed since)."""
        if item in self.short_keys:
            i = self.short_keys.index(item)
            del self.short_keys[i], self.short_starts[i]
        elif item in self.long_keys:
            self.long_keys.remove(item)
            if item in self.bounded_keys:
                i = self.bounded_keys.index(item)
                del self.bounded_keys[i], self.bounded_starts[i]
            else:
                self.very_long_keys.remove(item)
        else:
            return
        self.count -= 1


def _insort(keys: array, starts: array, item: int, start: float) -> None:
    i, hi = bisect_left(starts, start), bisect_right(starts, start)
    while i < hi and keys[i] < item:
        i += 1
    keys.insert(i, item)
    starts.insert(i, start)


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
    return [JOINT_LANE if len(parties) > 1 else party or GENERAL_LANE
            for party, parties in zip(data.party, data.parties)]


def lane_key(data: TimelineData, grouping: Grouping, key: int) -> str:
    """One item's lane, as :func:`lane_keys` gives every item's."""
    if grouping is Grouping.SINGLE:
        return ALL_LANE
    if grouping is Grouping.TAG:
        return min(data.tags[key], key=lambda t: data.tag_names.get(t, t)) if data.tags[key] else UNTAGGED_LANE
    return JOINT_LANE if len(data.parties[key]) > 1 else data.party[key] or GENERAL_LANE


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
        """Sort every dated item by lane, start and key in one NumPy pass: on 400,000 items
        this is a tenth of what sorting and distributing them item by item costs in Python."""
        lane_of = lane_keys(data, grouping)
        names = list(dict.fromkeys(lane_of))
        code = {name: i for i, name in enumerate(names)}
        codes = np.fromiter(map(code.__getitem__, lane_of), dtype=np.int32, count=len(lane_of))
        if len(names) > 32767:
            raise ValueError("more lanes than the index can sort")
        start = np.frombuffer(data.start, dtype=np.float64) if len(data) else np.empty(0)
        keys = np.flatnonzero(start == start)  # NaN marks the undated
        # by start, then (stably: equal starts stay in key order) by lane with a radix sort
        keys = keys[np.argsort(start[keys], kind="stable")]
        keys = keys[np.argsort(codes[keys].astype(np.int16), kind="stable")]
        bounds = np.searchsorted(codes[keys], np.arange(len(names) + 1))
        members = {names[i]: keys[bounds[i]:bounds[i + 1]] for i in range(len(names)) if bounds[i + 1] > bounds[i]}
        lanes = lane_infos(data, grouping, set(members))
        empty = np.empty(0, dtype=np.int64)
        items = {lane.key: LaneItems(data, members.get(lane.key, empty)) for lane in lanes}
        return cls(grouping, lanes, items, lane_of)

    def update(self, data: TimelineData, keys: Collection[int], *, tags_renamed: bool = False) -> LaneIndex:
        """This index with ``keys`` (items just added, changed or removed) in their lanes now.

        Lanes come and go as building would have them: a tag's lane with its first item, the
        joint lane with the first shared event. A new index is built instead past ``REBUILD_AT``
        keys, or when tags were renamed while lanes are by tag (any item may move then).
        """
        if len(keys) > REBUILD_AT or (tags_renamed and self.grouping is Grouping.TAG):
            return LaneIndex.build(data, self.grouping)
        self.lane_of.extend([""] * (len(data) - len(self.lane_of)))  # new items were in no lane
        for key in keys:
            if self.lane_of[key] in self.items:
                self.items[self.lane_of[key]].discard(key)
        for key in keys:
            self.lane_of[key] = lane_key(data, self.grouping, key)
            if data.dated(key):
                self.items.setdefault(self.lane_of[key], LaneItems(data, [])).add(data, key)
        self.lanes = lane_infos(data, self.grouping, {lane for lane, items in self.items.items() if items.count})
        self.items = {lane.key: self.items.get(lane.key) or LaneItems(data, []) for lane in self.lanes}
        return self


def _column(typecode: str, values: np.ndarray) -> array:
    """A NumPy column as the ``array`` the lanes keep (bisect works on it without NumPy scalars)."""
    column = array(typecode)
    column.frombytes(values.astype(np.int64 if typecode == "l" else np.float64).tobytes())
    return column
