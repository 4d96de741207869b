"""The layout: stacking, hidden labels, clusters, precision spans, density, links, hit tests."""

from timeline_app.domain.timeline.items import Grouping, LaneIndex
from timeline_app.domain.timeline.layout import LayoutConfig, compute_layout
from timeline_app.domain.timeline.scale import Viewport

from .builders import Builder, measure, seconds

DEC = (seconds("2025-11-01"), seconds("2026-01-01"))


def lay(builder, t0=DEC[0], t1=DEC[1], width=1200.0, left=150.0, **kw):
    index = LaneIndex.build(builder.data, kw.pop("grouping", Grouping.PARTY))
    viewport = Viewport(t0, t1, width, left)
    return compute_layout(builder.data, index, viewport, measure, builder.labeller(), **kw)


def glyph_of(layout, key):
    return next(g for g in layout.glyphs if key in g.keys)


def test_a_month_is_drawn_as_a_span_across_the_month_never_a_point():
    b = Builder()
    plan = b.event("Plan", "2025-11", "us")
    layout = lay(b)
    g = glyph_of(layout, plan)
    vp = layout.viewport
    assert g.span and g.x0 == vp.x(seconds("2025-11-01")) and g.x1 == vp.x(seconds("2025-12-01"))
    assert g.label == "Plan · Nov 2025"  # labelled at its precision


def test_an_approximate_day_is_a_widened_span_labelled_with_its_qualifier():
    b = Builder()
    talk = b.event("Talk", "2025-12-14~", "us")
    g = glyph_of(lay(b), talk)
    assert g.span and g.label == "Talk · ~14 Dec 2025"
    assert round(g.x1 - g.x0) == round(3 * 1200 / 61)


def test_a_plain_day_at_a_coarse_zoom_is_a_point_with_just_its_title():
    b = Builder()
    day = b.event("Day", "2025-12-14", "us")
    g = glyph_of(lay(b, t0=seconds("2000-01-01"), t1=seconds("2030-01-01")), day)
    assert not g.span and g.label == "Day"


def test_open_start_claims_sit_at_their_known_end():
    b = Builder()
    claim = b.claim("Said by then", "../2025-12-21", "ru")
    layout = lay(b)
    g = glyph_of(layout, claim)
    assert g.x == layout.viewport.x(seconds("2025-12-22")) and g.label == "Said by then · until 21 Dec 2025"


def test_items_on_the_same_day_stack_in_rows_with_their_labels():
    b = Builder()
    keys = [b.claim(f"Claim {i}", "2025-12-21", "ua") for i in range(4)]
    layout = lay(b)
    rows = sorted(glyph_of(layout, k).y for k in keys)
    assert len(set(rows)) == 4 and all(glyph_of(layout, k).label for k in keys)
    band = next(l for l in layout.lanes if l.info.key == "ua")
    assert band.height == 2 * 8 + 4 * 24 and band.hidden_labels == 0


def test_labels_never_overlap_within_a_lane():
    b = Builder()
    for day in range(1, 29):
        b.claim(f"A rather long claim label number {day}", f"2025-12-{day:02d}", "ua")
    layout = lay(b)
    for row in {g.y for g in layout.glyphs}:
        extents = sorted((min(g.x - 6, g.label_x if g.label else g.x), max(g.x + 6, (g.label_x + g.label_width) if g.label else g.x))
                         for g in layout.glyphs if g.y == row)
        assert all(a[1] <= b_[0] for a, b_ in zip(extents, extents[1:]))


def test_when_rows_run_out_labels_are_hidden_and_counted_then_items_cluster():
    b = Builder()
    keys = [b.claim(f"Claim {i}", "2025-12-21", "ua") for i in range(12)]
    layout = lay(b, config=LayoutConfig(max_rows=3))
    band = next(l for l in layout.lanes if l.info.key == "ua")
    clusters = [g for g in layout.glyphs if g.cluster]
    assert len(clusters) == 1 and len(clusters[0].keys) == 10
    assert sorted(k for g in layout.glyphs for k in g.keys) == keys  # nothing dropped
    assert band.hidden_labels >= 10 and clusters[0].label is None
    assert all(layout.positions[k] == clusters[0].centre(24.0) for k in clusters[0].keys)


def test_zooming_in_splits_a_cluster():
    b = Builder()
    for hour in range(10):
        b.claim(f"C{hour}", f"2025-12-21T{hour:02d}:00", "ua")
    wide = lay(b, config=LayoutConfig(max_rows=2))
    close = lay(b, t0=seconds("2025-12-20T22:00"), t1=seconds("2025-12-21T12:00"), config=LayoutConfig(max_rows=2))
    assert any(g.cluster for g in wide.glyphs)
    assert not any(g.cluster for g in close.glyphs)


def test_a_label_near_the_right_edge_goes_to_the_left_of_its_marker():
    b = Builder()
    late = b.claim("Late claim", "2025-12-31", "ua")
    g = glyph_of(lay(b), late)
    assert g.label_x + g.label_width <= g.x - 6


def test_a_crowded_lane_shows_density_instead_of_items():
    b = Builder()
    for i in range(300):
        b.claim(f"C{i}", f"2025-12-{1 + i % 28:02d}", "ru")
    layout = lay(b, config=LayoutConfig(dense_limit=100))
    band = next(l for l in layout.lanes if l.info.key == "ru")
    assert band.dense and band.in_view == 300
    assert not [g for g in layout.glyphs if g.lane == "ru"]
    bars = [d for d in layout.density if d.lane == "ru"]
    assert sum(d.count for d in bars) == 300 and max(d.value for d in bars) == 1.0


def test_collapsed_hidden_and_reordered_lanes():
    b = Builder()
    b.claim("x", "2025-12-01", "us")
    b.claim("y", "2025-12-01", "ru")
    layout = lay(b, collapsed={"us"}, hidden={"ua"}, order=["ru", "us"])
    assert [l.info.key for l in layout.lanes] == ["ru", "us"]
    us = layout.lanes[1]
    assert us.collapsed and us.height == LayoutConfig().collapsed_height and us.top == layout.lanes[0].height


def test_denial_link_runs_from_the_denier_to_the_denied_claim():
    b = Builder()
    kyiv = b.claim("Kyiv", "../2025-12-21", "ua", status="denied")
    kremlin = b.claim("Kremlin", "../2025-12-21", "ru")
    b.relate(kremlin, kyiv, "denies")
    layout = lay(b)
    (link,) = layout.links
    assert (link.source, link.target, link.type) == (kremlin, kyiv, "denies")
    assert (link.x1, link.y1) == layout.positions[kremlin] and (link.x2, link.y2) == layout.positions[kyiv]
    assert link.y1 > link.y2  # Russia's lane lies below Ukraine's


def test_focus_adds_a_claims_link_to_its_event():
    b = Builder()
    talks = b.event("Talks", "2025-12-16/2025-12-20", "ua")
    claim = b.claim("About the talks", "2025-12-21", "ua")
    b.texts[claim] = b.texts[claim].__class__("id", "About the talks", "2025-12-21", None, talks)
    assert [l.type for l in lay(b).links] == []
    assert [(l.source, l.target, l.type) for l in lay(b, focus={claim}).links] == [(claim, talks, "about")]


def test_hit_testing_and_rubber_band():
    b = Builder()
    a = b.claim("A", "2025-12-05", "ua")
    c = b.claim("C", "2025-12-25", "ua")
    layout = lay(b)
    x, y = layout.positions[a]
    assert layout.glyph_at(x, y).keys == [a]
    assert layout.glyph_at(x, y + 200) is None
    assert layout.keys_in(x - 5, y - 5, layout.positions[c][0] + 5, y + 5) == {a, c}
    assert layout.lane_at(y).info.key == "ua"
