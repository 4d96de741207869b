"""Lane state (collapsed, hidden, user order) without Qt."""

from timeline_app.domain.timeline.lane_state import LaneState

LANES = ["joint", "us", "ua", "ru", "eu"]


def test_user_order_comes_first_and_new_lanes_keep_the_grouping_order():
    state = LaneState(order=["ru", "us"])
    assert state.arranged(LANES) == ["ru", "us", "joint", "ua", "eu"]
    assert state.arranged(["ru", "cn", "us"]) == ["ru", "us", "cn"]  # a lane gone, a lane new


def test_moving_swaps_with_the_visible_neighbour_and_stops_at_the_ends():
    state = LaneState(hidden={"ua"})
    assert state.move(LANES, "ru", -1)  # over the hidden "ua", next to "us"
    assert state.arranged(LANES, visible_only=True) == ["joint", "ru", "us", "eu"]
    assert not state.move(LANES, "joint", -1)
    assert not state.move(LANES, "eu", 1)
    assert state.arranged(LANES, visible_only=True) == ["joint", "ru", "us", "eu"]


def test_collapse_hide_and_show_all():
    state = LaneState()
    state.toggle_collapsed("us")
    state.hide("ru")
    state.hide("eu")
    assert state.collapsed == {"us"} and state.arranged(LANES, visible_only=True) == ["joint", "us", "ua"]
    state.toggle_collapsed("us")
    state.show_all()
    assert not state.collapsed and state.arranged(LANES, visible_only=True) == LANES


def test_round_trip_and_rubbish_is_dropped():
    state = LaneState({"us"}, {"ru"}, ["eu", "us"])
    assert LaneState.from_dict(state.to_dict()) == state
    assert LaneState.from_dict({"hidden": "Germany", "collapsed": [3, None, "ua"], "order": None}) == \
        LaneState({"ua"}, set(), [])
    assert LaneState.from_dict(None) == LaneState()
