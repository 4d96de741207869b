"""Items and lanes: grouping, sorting, finding what is in view by bisection."""

from timeline_app.domain.timeline.items import (
    GENERAL_LANE,
    JOINT_LANE,
    LONG_ITEM,
    UNTAGGED_LANE,
    Grouping,
    Kind,
    LaneIndex,
)

from .builders import Builder, seconds


def story():
    b = Builder()
    plan = b.event("28-point plan", "2025-11", "us")
    berlin = b.event("Berlin talks", "2025-12-14/2025-12-15")
    miami = b.event("Miami talks", "2025-12-16?/2025-12-21?", parties=("us", "ua", "ru"), tags=("t-neg",))
    war = b.event("The war", "2022-02-24/..", "ru")
    kyiv = b.claim("Direct talks possible", "../2025-12-21", "ua", status="denied")
    kremlin = b.claim("Kremlin denies", "../2025-12-21", "ru", tags=("t-neg", "t-a"))
    goal = b.claim("Stated goal", "2025-12-21?", None)
    undated = b.claim("Undated rumour", None, "ru")
    b.relate(kremlin, kyiv)
    b.data.tag_names = {"t-neg": "negotiations", "t-a": "accusations"}
    return b, dict(plan=plan, berlin=berlin, miami=miami, war=war, kyiv=kyiv, kremlin=kremlin, goal=goal, undated=undated)


def test_party_grouping_puts_joint_events_and_unattributed_items_in_their_own_lanes():
    b, k = story()
    index = LaneIndex.build(b.data, Grouping.PARTY)
    assert [lane.key for lane in index.lanes] == [JOINT_LANE, "us", "ua", "ru", GENERAL_LANE]
    assert index.lane_of[k["miami"]] == JOINT_LANE
    assert index.lane_of[k["berlin"]] == GENERAL_LANE and index.lane_of[k["goal"]] == GENERAL_LANE
    assert index.lane_of[k["kremlin"]] == "ru" and index.lane_of[k["plan"]] == "us"


def test_undated_items_are_kept_apart_never_dropped():
    b, k = story()
    index = LaneIndex.build(b.data, Grouping.PARTY)
    assert b.data.undated_keys() == [k["undated"]]
    assert sum(items.count for items in index.items.values()) == len(b.data) - 1


def test_tag_and_single_grouping():
    b, k = story()
    by_tag = LaneIndex.build(b.data, Grouping.TAG)
    assert [lane.name for lane in by_tag.lanes] == ["accusations", "negotiations", "Untagged"]
    assert by_tag.lane_of[k["kremlin"]] == "t-a"  # first tag alphabetically
    assert by_tag.lane_of[k["plan"]] == UNTAGGED_LANE
    single = LaneIndex.build(b.data, Grouping.SINGLE)
    assert [lane.name for lane in single.lanes] == ["All"] and single.items["all"].count == 7


def test_visible_finds_spans_that_started_before_the_view_and_long_ones():
    b, k = story()
    index = LaneIndex.build(b.data, Grouping.PARTY)
    t0, t1 = seconds("2025-11-20"), seconds("2025-11-21")
    assert index.items["us"].visible(b.data, t0, t1) == [k["plan"]]
    assert index.items["ru"].visible(b.data, t0, t1) == []
    war = b.data
    assert war.end[k["war"]] - war.start[k["war"]] <= LONG_ITEM  # an open end borrows a day
    assert index.items["ru"].visible(b.data, seconds("2025-12-20"), seconds("2025-12-22")) == [k["kremlin"]]


def test_a_long_item_is_found_from_anywhere_inside_it():
    b = Builder()
    decade = b.event("A decade", "2010/2019", "us")
    short = b.event("A day", "2015-06-01", "us")
    index = LaneIndex.build(b.data, Grouping.PARTY)
    assert index.items["us"].long_keys == [decade]
    assert index.items["us"].visible(b.data, seconds("2015-05-31"), seconds("2015-06-02")) == [decade, short]
    assert index.items["us"].visible(b.data, seconds("2018-01-01"), seconds("2018-01-02")) == [decade]


def test_key_of_finds_records_by_row_id_per_kind():
    b, k = story()
    assert b.data.key_of(Kind.EVENT, 2) == k["berlin"]
    assert b.data.key_of(Kind.CLAIM, k["kremlin"] + 1) == k["kremlin"]
    assert b.data.key_of(Kind.EVENT, k["kremlin"] + 1) is None


def test_density_counts_by_bisection():
    b = Builder()
    for day in range(1, 11):
        b.claim(f"c{day}", f"2025-12-{day:02d}", "ua")
    index = LaneIndex.build(b.data, Grouping.PARTY)
    assert index.items["ua"].count_between(seconds("2025-12-03"), seconds("2025-12-06")) == 3
