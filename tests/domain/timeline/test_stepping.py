"""Keyboard stepping between items, without Qt: along a lane and to the nearest item of a lane."""

import math

from timeline_app.domain.timeline.items import Grouping, Kind, LaneIndex, Party, TimelineData
from timeline_app.domain.timeline.stepping import nearest_in, step_along

DAY = 86400.0


def build(spans: list[tuple[float, float]], party: str = "p") -> tuple[TimelineData, LaneIndex]:
    data = TimelineData(parties_info=[Party(party, party, None, 0)])
    for i, (start, end) in enumerate(spans):
        data.kind.append(Kind.EVENT)
        data.rowid.append(i + 1)
        data.start.append(start)
        data.end.append(end)
        data.flags.append(0)
        data.status.append(None)
        data.party.append(party)
        data.parties.append((party,))
        data.tags.append(())
    data.n_events = len(spans)
    return data, LaneIndex.build(data, Grouping.PARTY)


def walk(data, index, key, step):
    seen = [key]
    while (key := step_along(data, index, key, step)) is not None:
        seen.append(key)
    return seen


def test_stepping_visits_short_and_long_items_in_start_order_both_ways():
    # key: 0 short day 5, 1 long (a year) from day 2, 2 short day 1, 3 short day 5 (same start as 0), 4 long from day 9
    data, index = build([(5 * DAY, 6 * DAY), (2 * DAY, 367 * DAY), (DAY, 2 * DAY), (5 * DAY, 6 * DAY),
                         (9 * DAY, 400 * DAY)])
    assert walk(data, index, 2, 1) == [2, 1, 0, 3, 4]
    assert walk(data, index, 4, -1) == [4, 3, 0, 1, 2]


def test_undated_items_have_no_neighbours_and_nearest_finds_the_closest_start():
    data, index = build([(DAY, 2 * DAY), (math.nan, math.nan), (10 * DAY, 11 * DAY), (3 * DAY, 500 * DAY)])
    assert step_along(data, index, 1, 1) is None
    items = index.items["p"]
    assert nearest_in(data, items, 0) == 0
    assert nearest_in(data, items, 9 * DAY) == 2
    assert nearest_in(data, items, 3.2 * DAY) == 3
