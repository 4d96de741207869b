"""Moving from item to item with the keyboard: along a lane in time, or across to the next lane.

Each lane keeps its items sorted by start (short ones and long ones apart, see
:class:`~timeline_app.domain.timeline.items.LaneItems`), so the neighbour of an item is found by
bisection in both lists, whatever the lane's size.
"""

from __future__ import annotations

from bisect import bisect_left

from timeline_app.domain.timeline.items import LaneIndex, LaneItems, TimelineData


def step_along(data: TimelineData, index: LaneIndex, key: int, step: int) -> int | None:
    """The item after (``step`` = 1) or before (-1) ``key`` in its lane, ordered by start then key."""
    items = index.items.get(index.lane_of[key])
    if items is None or not data.dated(key):
        return None
    here = (data.start[key], key)
    found = [k for k in (_short_neighbour(items, here, step), _long_neighbour(data, items, here, step)) if k is not None]
    if not found:
        return None
    order = [(data.start[k], k) for k in found]
    return found[order.index(min(order) if step > 0 else max(order))]


def nearest_in(data: TimelineData, items: LaneItems, t: float) -> int | None:
    """The item of a lane whose start is nearest to ``t`` (None: the lane is empty)."""
    candidates = []
    i = bisect_left(items.short_starts, t)
    candidates += [items.short_keys[j] for j in (i - 1, i) if 0 <= j < len(items.short_keys)]
    candidates += items.long_keys
    return min(candidates, key=lambda k: (abs(data.start[k] - t), k), default=None)


def _short_neighbour(items: LaneItems, here: tuple[float, int], step: int) -> int | None:
    keys, starts = items.short_keys, items.short_starts
    i = bisect_left(starts, here[0])
    while i < len(keys) and (starts[i], keys[i]) < here:
        i += 1
    if i < len(keys) and (starts[i], keys[i]) == here:  # the item itself is a short one
        j = i + step
    else:
        j = i if step > 0 else i - 1
    return keys[j] if 0 <= j < len(keys) else None


def _long_neighbour(data: TimelineData, items: LaneItems, here: tuple[float, int], step: int) -> int | None:
    """Long items are few: a pass over them is cheap."""
    after = [(data.start[k], k) for k in items.long_keys if ((data.start[k], k) > here if step > 0 else (data.start[k], k) < here)]
    if not after:
        return None
    return (min(after) if step > 0 else max(after))[1]
