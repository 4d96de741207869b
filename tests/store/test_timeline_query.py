"""Loading the timeline's columns from a project, and the texts of items in view."""

import sqlite3

from hypothesis import given, settings

from timeline_app.domain.timeline.items import IMPRECISE, OPEN_START, UNCERTAIN, Grouping, Kind, LaneIndex
from timeline_app.store.timeline_query import flags_sql, keys_of_records, load_timeline

from tests.domain.test_dates import values
from tests.domain.timeline.builders import flags_of


def by_title(data):
    return {data.text(k).title: k for k in range(len(data))}


def test_the_demo_loads_every_event_and_claim_with_honest_flags(demo_project):
    data = load_timeline(demo_project)
    assert data.n_events == 8 and len(data) == 20 and data.undated_keys() == []
    titles = by_title(data)
    plan = titles["US 28-point plan presented"]
    assert data.flags[plan] & IMPRECISE and data.text(plan).edtf == "2025-11"
    kyiv = next(k for t, k in titles.items() if t.startswith("There could also be direct talks"))
    assert data.flags[kyiv] & OPEN_START and data.status[kyiv] == "denied"
    miami = titles["Ukraine talks in Miami"]
    assert data.flags[miami] & UNCERTAIN and len(data.parties[miami]) == 5
    (denial,) = [r for r in data.relations if r.type == "denies"]
    assert denial.target == kyiv and data.text(denial.source).title.startswith("The Kremlin denied")


def test_lanes_of_the_demo(demo_project):
    data = load_timeline(demo_project)
    index = LaneIndex.build(data, Grouping.PARTY)
    names = [lane.name for lane in index.lanes]
    assert names == ["Joint", "United States", "Ukraine", "Russia", "Europeans", "Germany", "General"]
    assert index.items[index.lanes[0].key].count == 3  # the Miami talks and their two rounds


def test_record_ids_map_back_to_keys(demo_project):
    data = load_timeline(demo_project)
    wanted = [data.text(k).record_id for k in (0, 9, 19)]
    assert sorted(keys_of_records(demo_project, data, wanted)) == [0, 9, 19]
    assert data.key_of(Kind.CLAIM, data.rowid[9]) == 9


@settings(max_examples=300, deadline=None)
@given(values())
def test_sql_flags_agree_with_the_date_model(value):
    con = sqlite3.connect(":memory:")
    (flags,) = con.execute(f"SELECT {flags_sql('x')} FROM (SELECT ? AS x)", (value.edtf,)).fetchone()
    assert flags == flags_of(value.edtf), value.edtf
