"""The time axis: tiers of ticks and labels (timeline_app.domain.timeline.axis)."""

import math
from datetime import UTC, datetime, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.domain.timeline.axis import (
    T_MAX,
    T_MIN,
    Unit,
    axis_tiers,
    today_x,
    weekend_bands,
)
from timeline_app.domain.timeline.scale import DAY, HOUR, MAX_SPAN, MIN_SPAN, YEAR, Viewport

EPOCH = datetime(1970, 1, 1)
EPS = 1e-6
LADDER = list(Unit)  # coarse to fine


def measure(text: str) -> float:
    return 7.0 * len(text)


def utc(*parts: int) -> float:
    return datetime(*parts, tzinfo=UTC).timestamp()


def moment(t: float) -> datetime:
    return EPOCH + timedelta(seconds=t)


def labels(tier) -> list[str]:
    return [tick.label for tick in tier.ticks]


# --- An independent oracle: unit starts by dateutil, not by the module's arithmetic -------------

STEP = {
    Unit.MILLENNIUM: relativedelta(years=1000), Unit.CENTURY: relativedelta(years=100),
    Unit.DECADE: relativedelta(years=10), Unit.YEAR: relativedelta(years=1),
    Unit.QUARTER: relativedelta(months=3), Unit.MONTH: relativedelta(months=1),
    Unit.WEEK: relativedelta(weeks=1), Unit.DAY: relativedelta(days=1),
    Unit.HOUR6: relativedelta(hours=6), Unit.HOUR: relativedelta(hours=1),
    Unit.MINUTE15: relativedelta(minutes=15), Unit.MINUTE5: relativedelta(minutes=5),
}


def is_unit_start(unit: Unit, d: datetime) -> bool:
    if d.second or d.microsecond:
        return False
    if unit in (Unit.MINUTE5, Unit.MINUTE15):
        return d.minute % (5 if unit is Unit.MINUTE5 else 15) == 0
    if d.minute:
        return False
    if unit in (Unit.HOUR, Unit.HOUR6):
        return d.hour % (1 if unit is Unit.HOUR else 6) == 0
    if d.hour:
        return False
    if unit in (Unit.DAY, Unit.WEEK):
        return unit is Unit.DAY or d.weekday() == 0
    if d.day != 1:
        return False
    if unit in (Unit.MONTH, Unit.QUARTER):
        return (d.month - 1) % (1 if unit is Unit.MONTH else 3) == 0
    years = {Unit.YEAR: 1, Unit.DECADE: 10, Unit.CENTURY: 100, Unit.MILLENNIUM: 1000}[unit]
    return d.month == 1 and d.year % years == 0


def shifted(t: float, unit: Unit, times: int) -> float:
    """The start ``times`` units after t by dateutil; +-inf past the calendar's ends."""
    try:
        return ((moment(t) + STEP[unit] * times) - EPOCH).total_seconds()
    except (OverflowError, ValueError):
        return math.inf if times > 0 else -math.inf


# --- Invariants ---------------------------------------------------------------------------------

def check_axis(vp: Viewport, tiers, measure=measure, min_gap: float = 6.0, max_tiers: int = 3):
    """What every axis must satisfy, whatever the scale."""
    assert 1 <= len(tiers) <= max_tiers
    units = [tier.unit for tier in tiers]
    assert [LADDER.index(unit) for unit in units] == sorted({LADDER.index(u) for u in units})
    for i, tier in enumerate(tiers):
        sticky = i < len(tiers) - 1 or len(tiers) == 1  # every tier but the finest; the top one
        coarser = {tick.t for tick in tiers[i - 1].ticks} if i else set()
        check_ticks(vp, tier, sticky, coarser)
        check_labels(vp, tier, sticky, measure, min_gap)


def check_ticks(vp: Viewport, tier, sticky: bool, coarser: set[float]):
    """Exactly the unit starts in view (plus one before it for a sticky tier), at vp.x(t)."""
    ticks = tier.ticks
    for tick in ticks:
        assert tick.x == vp.x(tick.t)
        assert is_unit_start(tier.unit, moment(tick.t)), (tier.unit, moment(tick.t))
        assert T_MIN <= tick.t < T_MAX
        assert tick.major == (tick.t in coarser)
    for before, after in zip(ticks, ticks[1:]):
        assert after.t == shifted(before.t, tier.unit, 1)
        assert after.x > before.x
    inside = [tick for tick in ticks if tick.t >= vp.t0]
    outside = ticks[:len(ticks) - len(inside)]
    assert len(outside) <= (1 if sticky else 0)
    assert all(tick.x <= vp.left + EPS for tick in outside)
    assert all(vp.left - EPS <= tick.x <= vp.left + vp.width + EPS for tick in inside)
    assert all(tick.t <= vp.t1 for tick in inside)
    if inside:
        assert shifted(inside[0].t, tier.unit, -1) < max(vp.t0, T_MIN)
        assert shifted(inside[-1].t, tier.unit, 1) > min(vp.t1, T_MAX - 1)
    if outside:
        assert shifted(outside[0].t, tier.unit, 1) >= vp.t0


def check_labels(vp: Viewport, tier, sticky: bool, measure, min_gap: float):
    """Labels inside the view, sticky ones held at its left edge, none overlapping the next."""
    right = vp.left + vp.width
    for tick in tier.ticks:
        assert tick.label_x == (max(tick.x, vp.left) if sticky else tick.x)
    shown = [tick for tick in tier.ticks if tick.label]
    for tick in shown:
        assert vp.left - EPS <= tick.label_x
        assert tick.label_x + measure(tick.label) <= right + EPS
    for tick, following in zip(shown, shown[1:]):
        assert tick.label_x + measure(tick.label) + min_gap <= following.label_x + EPS


# --- Every scale --------------------------------------------------------------------------------

SPANS = [MIN_SPAN * (MAX_SPAN / MIN_SPAN) ** (i / 39) for i in range(40)]
CENTRES = [utc(2025, 12, 14, 19, 7, 13), utc(2000, 2, 29, 12), utc(1903, 7, 1, 3, 30)]


@pytest.mark.parametrize("width", [1920, 400])
@pytest.mark.parametrize("centre", CENTRES)
@pytest.mark.parametrize("span", SPANS, ids=lambda span: f"{span / DAY:.4g}d")
def test_every_scale_keeps_the_invariants(span, centre, width):
    vp = Viewport(centre - span / 2, centre + span / 2, width, left=40.0)
    tiers = axis_tiers(vp, measure)
    check_axis(vp, tiers)
    assert any(tick.label for tier in tiers for tick in tier.ticks)


@pytest.mark.parametrize("width", [1920, 400])
def test_zooming_out_never_makes_the_finest_unit_finer(width):
    centre = CENTRES[0]
    finest = [axis_tiers(Viewport(centre - s / 2, centre + s / 2, width), measure)[-1].unit
              for s in SPANS]
    positions = [LADDER.index(unit) for unit in finest]
    assert positions == sorted(positions, reverse=True)
    assert finest[0] is (Unit.MINUTE5 if width == 1920 else Unit.MINUTE15)
    assert finest[-1] is (Unit.CENTURY if width == 1920 else Unit.CENTURY)


@pytest.mark.parametrize(("width", "span", "unit", "above"), [
    (1920, 2 * HOUR, Unit.MINUTE5, [Unit.MONTH, Unit.DAY]),
    (1920, 10 * HOUR, Unit.MINUTE15, [Unit.MONTH, Unit.DAY]),
    (1920, 12 * HOUR, Unit.HOUR, [Unit.MONTH, Unit.DAY]),  # 40 px: no room for 35 + 6
    (1920, DAY, Unit.HOUR, [Unit.MONTH, Unit.DAY]),
    (1920, 7 * DAY, Unit.HOUR6, [Unit.MONTH, Unit.DAY]),
    (1920, 60 * DAY, Unit.DAY, [Unit.YEAR, Unit.MONTH]),
    (1920, 200 * DAY, Unit.WEEK, [Unit.YEAR, Unit.MONTH]),
    (1920, 5 * YEAR, Unit.MONTH, [Unit.YEAR]),
    (1920, 40 * YEAR, Unit.YEAR, []),
    (1920, 300 * YEAR, Unit.DECADE, []),
    (1920, 2000 * YEAR, Unit.CENTURY, []),
    (400, 2 * HOUR, Unit.MINUTE15, [Unit.MONTH, Unit.DAY]),
    (400, DAY, Unit.HOUR6, [Unit.MONTH, Unit.DAY]),
])
def test_the_finest_unit_that_fits_is_chosen(width, span, unit, above):
    centre = utc(2025, 12, 14, 19, 7)
    tiers = axis_tiers(Viewport(centre - span / 2, centre + span / 2, width), measure)
    assert [tier.unit for tier in tiers] == [*above, unit]


# --- Specific layouts ---------------------------------------------------------------------------

def test_november_and_december_show_year_month_and_every_day():
    vp = Viewport(utc(2025, 11, 1), utc(2026, 1, 1), 1500)
    year, month, day = axis_tiers(vp, measure)
    assert (year.unit, month.unit, day.unit) == (Unit.YEAR, Unit.MONTH, Unit.DAY)
    days = [str(n) for n in range(1, 31)] + [str(n) for n in range(1, 32)]
    assert labels(day) == days + [""]  # the last tick is the right edge: no room for "1"
    assert [tick.t for tick in day.ticks if tick.major] == [utc(2025, 11, 1), utc(2025, 12, 1),
                                                           utc(2026, 1, 1)]
    assert labels(month) == ["November", "December", ""]
    assert [tick.label_x for tick in month.ticks] == [0.0, vp.x(utc(2025, 12, 1)), 1500.0]
    assert month.ticks[2].major and not month.ticks[0].major
    # 2025 began before the view: its label sticks to the left edge.
    assert [(tick.t, tick.label, tick.label_x) for tick in year.ticks] == [
        (utc(2025, 1, 1), "2025", 0.0), (utc(2026, 1, 1), "", 1500.0)]
    assert year.ticks[0].x < 0


def test_one_day_shows_every_hour():
    vp = Viewport(utc(2025, 12, 14), utc(2025, 12, 15), 1500)
    month, day, hour = axis_tiers(vp, measure)
    assert labels(hour) == [f"{h:02d}:00" for h in range(24)] + [""]
    assert [tick.x for tick in hour.ticks] == [62.5 * h for h in range(25)]
    assert [tick.major for tick in hour.ticks] == [True] + [False] * 23 + [True]
    assert labels(day) == ["Sun 14", ""]
    assert [(tick.t, tick.label, tick.label_x) for tick in month.ticks] == [
        (utc(2025, 12, 1), "December 2025", 0.0)]


def test_two_hours_show_five_minute_ticks():
    vp = Viewport(utc(2025, 12, 21, 18, 2), utc(2025, 12, 21, 20, 2), 1920, left=100)
    month, day, minute = axis_tiers(vp, measure)
    assert minute.unit is Unit.MINUTE5
    # "20:00" at 1988 px would end at 2023 px, past the right edge at 2020 px.
    assert labels(minute) == ["18:05", "18:10", "18:15", "18:20", "18:25", "18:30", "18:35",
                              "18:40", "18:45", "18:50", "18:55", "19:00", "19:05", "19:10",
                              "19:15", "19:20", "19:25", "19:30", "19:35", "19:40", "19:45",
                              "19:50", "19:55", ""]
    assert minute.ticks[0].x == pytest.approx(100 + 3 * 16)
    assert (labels(day), labels(month)) == (["Sun 21"], ["December 2025"])
    assert day.ticks[0].label_x == month.ticks[0].label_x == 100


def test_german_labels():
    day_view = Viewport(utc(2025, 12, 14), utc(2025, 12, 15), 1500)
    month, day, _ = axis_tiers(day_view, measure, lang="de")
    assert (labels(month), labels(day)) == (["Dezember 2025"], ["So 14", ""])
    months = Viewport(utc(2025, 1, 1), utc(2026, 1, 1), 1920)
    assert labels(axis_tiers(months, measure, lang="de_DE")[1])[:12] == [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember"]
    two_years = Viewport(utc(2024, 1, 1), utc(2026, 1, 1), 1000)
    assert labels(axis_tiers(two_years, measure, lang="de")[1])[9:13] == [
        "Okt.", "Nov.", "Dez.", "Jan."]
    no_month = axis_tiers(day_view, measure, lang="de", max_tiers=2)
    assert labels(no_month[0]) == ["So 14. Dez. 2025", ""]


def test_month_names_take_the_longest_form_that_fits():
    def month_labels(start, end, width):
        return labels(axis_tiers(Viewport(start, end, width), measure)[1])

    # 160 px a month holds "September" (63 + 6 px); 41 px only "Sep"; 15 px only "S".
    assert month_labels(utc(2025, 1, 1), utc(2026, 1, 1), 1920)[8] == "September"
    assert month_labels(utc(2024, 1, 1), utc(2026, 1, 1), 1000)[:3] == ["Jan", "Feb", "Mar"]
    assert month_labels(utc(2020, 1, 1), utc(2030, 1, 1), 1920)[:12] == list("JFMAMJJASOND")


def test_a_month_on_top_says_its_year_and_a_day_on_top_its_month_and_year():
    vp = Viewport(utc(2025, 12, 14), utc(2025, 12, 15), 1500)
    assert labels(axis_tiers(vp, measure, max_tiers=2)[0]) == ["Sun 14 Dec 2025", ""]
    assert [tier.unit for tier in axis_tiers(vp, measure, max_tiers=1)] == [Unit.HOUR]
    quarters = Viewport(utc(2020, 1, 1), utc(2026, 1, 1), 1920)  # 80 px a quarter
    assert labels(axis_tiers(quarters, measure, max_tiers=1)[0])[:2] == ["Q1 2020", "Q2 2020"]
    decades = Viewport(utc(2010, 1, 1), utc(2030, 1, 1), 1920)  # 24 px a quarter, 8 a month
    assert labels(axis_tiers(decades, measure)[1])[:5] == ["Q1", "Q2", "Q3", "Q4", "Q1"]
    weeks = Viewport(utc(2025, 3, 10), utc(2025, 9, 1), 1920)
    assert labels(axis_tiers(weeks, measure)[2])[:6] == ["10", "17", "24", "31", "7", "14"]


@pytest.mark.parametrize(("year", "month", "days"), [
    (2024, 2, 29), (2025, 2, 28), (2000, 2, 29), (1900, 2, 28), (2025, 4, 30), (2025, 12, 31)])
def test_month_lengths(year, month, days):
    start = datetime(year, month, 1, tzinfo=UTC)
    end = start + relativedelta(months=1)
    vp = Viewport(start.timestamp(), end.timestamp() - 1, 1920)
    day = axis_tiers(vp, measure)[-1]
    assert day.unit is Unit.DAY
    assert len(day.ticks) == days
    assert [tick.label.split()[-1] for tick in day.ticks] == [str(n) for n in range(1, days + 1)]


def test_weeks_start_on_monday():
    vp = Viewport(utc(2025, 3, 12), utc(2025, 9, 1), 1920)
    week = axis_tiers(vp, measure)[-1]
    assert week.unit is Unit.WEEK
    assert week.ticks[0].t == utc(2025, 3, 17)
    assert {moment(tick.t).weekday() for tick in week.ticks} == {0}


def test_a_sticky_label_gives_way_to_the_next_one():
    # "November" held at the left edge would run into "December" 2 days (49 px) later.
    vp = Viewport(utc(2025, 11, 29), utc(2026, 1, 29), 1500)
    month = axis_tiers(vp, measure)[1]
    assert month.ticks[0].t == utc(2025, 11, 1)
    assert (month.ticks[0].label, month.ticks[0].label_x) == ("", 0.0)
    assert month.ticks[1].label == "December"
    later = Viewport(utc(2025, 11, 20), utc(2026, 1, 20), 1500)
    assert axis_tiers(later, measure)[1].ticks[0].label == "November"


def test_labels_that_would_stick_out_on_the_right_are_left_out():
    vp = Viewport(utc(2025, 12, 14), utc(2025, 12, 14, 23, 40), 1500)
    hour = axis_tiers(vp, measure)[-1]
    assert hour.ticks[-1].label == "23:00"
    assert hour.ticks[-1].x + measure("23:00") <= 1500
    cut = Viewport(utc(2025, 12, 14), utc(2025, 12, 14, 23, 20), 1500)
    assert axis_tiers(cut, measure)[-1].ticks[-1].label == ""


# --- Thinning and extremes ----------------------------------------------------------------------

def test_centuries_are_labelled_every_second_one_when_each_has_no_room():
    vp = Viewport(utc(1025, 3, 10), utc(2995, 9, 1), 400)
    (century,) = axis_tiers(vp, measure)
    assert century.unit is Unit.CENTURY
    # 1000 began left of the view: the top tier holds its label at the left edge.
    assert [(tick.label, tick.label_x) for tick in century.ticks[:3]] == [
        ("1000", 0.0), ("", century.ticks[1].x), ("1200", century.ticks[2].x)]
    assert [tick.label for tick in century.ticks if tick.label] == [
        str(year) for year in range(1000, 3000, 200)]
    assert len(century.ticks) == 20


def test_the_coarsest_unit_is_thinned_rather_than_overlapping():
    vp = Viewport(utc(1500, 1, 1), utc(3500, 1, 1), 200)  # 100 px a millennium
    (millennium,) = axis_tiers(vp, lambda s: 30.0 * len(s))  # 120 px a label
    assert millennium.unit is Unit.MILLENNIUM
    assert [(tick.t, tick.label) for tick in millennium.ticks] == [
        (utc(1000, 1, 1), ""), (utc(2000, 1, 1), "2000"), (utc(3000, 1, 1), "")]


def test_every_label_counts_not_just_the_first():
    # 15 px a day holds "1" (7 + 6 px) but not "10": weeks, not days with every other label.
    vp = Viewport(utc(2025, 12, 1), utc(2026, 1, 1), 465)
    assert [tier.unit for tier in axis_tiers(vp, measure)] == [Unit.YEAR, Unit.MONTH, Unit.WEEK]


def test_a_shorter_form_is_taken_when_the_long_one_is_wider_than_the_view():
    vp = Viewport(utc(2025, 12, 14, 13), utc(2025, 12, 14, 15), 80)
    assert labels(axis_tiers(vp, measure)[0]) == ["Dec 2025"]  # "December 2025" is 91 px


def test_a_label_wider_than_the_view_is_left_out():
    vp = Viewport(utc(2025, 12, 14, 13), utc(2025, 12, 14, 15), 50)
    tiers = axis_tiers(vp, measure)
    check_axis(vp, tiers)
    assert tiers[0].unit is Unit.MONTH and labels(tiers[0]) == [""]  # "Dec 2025" is 56 px
    assert labels(tiers[1]) == ["Sun 14"]


@pytest.mark.parametrize(("t0", "t1"), [
    (T_MIN - 500 * YEAR, T_MIN + 1500 * YEAR),
    (T_MIN - 10 * DAY, T_MIN + 30 * DAY),
    (T_MIN, T_MIN + 2 * HOUR),
    (T_MAX - 1500 * YEAR, T_MAX + 500 * YEAR),
    (T_MAX - 30 * DAY, T_MAX + 10 * DAY),
    (T_MAX - 2 * HOUR, T_MAX),
    (T_MAX - 40 * YEAR, T_MAX + 10 * YEAR),
])
@pytest.mark.parametrize("width", [1920, 400])
def test_the_ends_of_the_calendar(t0, t1, width):
    vp = Viewport(t0, t1, width)
    tiers = axis_tiers(vp, measure)
    check_axis(vp, tiers)
    assert any(tick.label for tier in tiers for tick in tier.ticks)


def test_year_one_is_labelled():
    vp = Viewport(T_MIN - 10 * YEAR, T_MIN + 30 * YEAR, 1920)
    (year,) = axis_tiers(vp, measure)
    assert (year.ticks[0].t, year.ticks[0].label) == (T_MIN, "1")
    last = axis_tiers(Viewport(T_MAX - 30 * YEAR, T_MAX + 10 * YEAR, 1920), measure)[0]
    assert last.ticks[-1].label == "9999"


@pytest.mark.parametrize("vp", [
    Viewport(T_MAX, T_MAX + YEAR, 1920), Viewport(T_MIN - YEAR, T_MIN - DAY, 1920),
    Viewport(utc(2025, 1, 1), utc(2025, 1, 1), 1920),
    Viewport(utc(2025, 1, 2), utc(2025, 1, 1), 100),
    Viewport(math.nan, utc(2025, 1, 1), 1920), Viewport(0.0, math.inf, 1920),
])
def test_no_axis_outside_the_calendar_or_for_a_degenerate_view(vp):
    assert axis_tiers(vp, measure) == []
    assert weekend_bands(vp) == []


def test_each_text_is_measured_once_per_call():
    calls = []

    def counting(text):
        calls.append(text)
        return 7.0 * len(text)

    vp = Viewport(utc(2025, 11, 1), utc(2026, 1, 1), 1500)
    axis_tiers(vp, counting)
    assert calls and len(calls) == len(set(calls))
    assert len(calls) < 100  # only what is in view: 61 days, 2 months and a year, in two forms


@settings(max_examples=300, deadline=None)
@given(
    t0=st.floats(utc(1900, 1, 1), utc(2100, 1, 1)),
    log_span=st.floats(math.log(2 * HOUR), math.log(500 * YEAR)),
    width=st.floats(200, 3000),
    left=st.floats(0, 300),
    char=st.floats(4, 12),
    min_gap=st.floats(0, 16),
    lang=st.sampled_from(["en", "de"]),
    max_tiers=st.integers(1, 3),
)
def test_random_viewports_keep_the_invariants(t0, log_span, width, left, char, min_gap, lang,
                                              max_tiers):
    vp = Viewport(t0, t0 + math.exp(log_span), width, left)

    def fake(text):
        return char * len(text)

    tiers = axis_tiers(vp, fake, lang=lang, min_gap=min_gap, max_tiers=max_tiers)
    check_axis(vp, tiers, fake, min_gap, max_tiers)


# --- Weekends and today -------------------------------------------------------------------------

def test_weekend_bands_of_two_known_weeks():
    vp = Viewport(utc(2025, 12, 8), utc(2025, 12, 22), 1400, left=10)  # Monday to Monday
    assert weekend_bands(vp) == [(510.0, 710.0), (1210.0, 1410.0)]


def test_weekend_bands_are_clipped_to_the_view():
    vp = Viewport(utc(2025, 12, 14, 12), utc(2025, 12, 20, 12), 600)  # Sunday noon to Saturday noon
    assert weekend_bands(vp) == [(0.0, 50.0), (550.0, 600.0)]


def test_no_weekend_bands_when_a_day_is_narrower_than_three_pixels():
    assert weekend_bands(Viewport(utc(2025, 1, 1), utc(2025, 1, 1) + 400 * DAY, 1200)) != []
    assert weekend_bands(Viewport(utc(2025, 1, 1), utc(2025, 1, 1) + 401 * DAY, 1200)) == []


def test_today_x():
    vp = Viewport(utc(2025, 12, 1), utc(2025, 12, 31), 3000, left=20)
    assert today_x(vp, utc(2025, 12, 14)) == 20 + 1300
    assert today_x(vp, utc(2025, 12, 1)) == 20
    assert today_x(vp, utc(2025, 12, 31)) == 3020
    assert today_x(vp, utc(2025, 12, 31, 0, 0, 1)) is None
    assert today_x(vp, utc(2025, 11, 30)) is None
