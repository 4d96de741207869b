"""The time axis above the lanes: tiers of ticks and labels from millennia down to five minutes.

The view zooms from two thousand years to two hours, so no fixed unit works. The finest tier is
the finest unit whose labels (measured with the injected ``measure``) fit between its ticks; one
or two coarser tiers above it give the context ("December 2025" above "Sun 14" above "19:00").
The labels of the upper tiers are "sticky": the unit that began left of the view keeps its label
at the left edge, so the view always says which month and year it shows.

All calendar arithmetic is UTC on naive ``datetime`` values (the app stores and draws UTC), in the
proleptic Gregorian calendar of years 1..9999; ticks outside that range are left out. Called on
every paint, so only unit starts in view are generated and label widths are cached per call.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import count, islice

from timeline_app.domain.timeline.scale import DAY, Viewport

_EPOCH = datetime(1970, 1, 1)
_EPOCH_ORDINAL = _EPOCH.toordinal()
#: The first representable instant (0001-01-01) and the first one after 9999-12-31.
T_MIN = (date(1, 1, 1).toordinal() - _EPOCH_ORDINAL) * DAY
T_MAX = (date(9999, 12, 31).toordinal() + 1 - _EPOCH_ORDINAL) * DAY
_WEEK = 7 * DAY
_MONDAY = -3 * DAY  # 1969-12-29, the Monday before the epoch: ISO weeks start there
_SATURDAY = 2 * DAY  # 1970-01-03
_CYCLE_DAYS = 146097  # the Gregorian calendar repeats every 400 years
_EPS = 1e-6


class Unit(enum.Enum):
    """The ladder of axis units, coarse to fine."""

    MILLENNIUM = "millennium"
    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    HOUR6 = "hour6"
    HOUR = "hour"
    MINUTE15 = "minute15"
    MINUTE5 = "minute5"


@dataclass(frozen=True)
class Tick:
    """One unit start.

    ``label`` is '' where this tier shows no label (thinned, or no room); ``label_x`` is then
    where it would have gone. ``major`` is always False on the top tier, which has none above.
    """

    t: float
    x: float
    label: str
    label_x: float
    major: bool


@dataclass(frozen=True)
class AxisTier:
    """One row of the axis: the starts of ``unit`` in view, in time order."""

    unit: Unit
    ticks: tuple[Tick, ...]


@dataclass(frozen=True)
class _Step:
    """How a unit advances: a fixed number of seconds from ``offset``, or a number of months.

    ``longest`` is the longest such unit in seconds; it rules a unit out before its ticks are made.
    """

    longest: float
    seconds: float = 0.0
    months: int = 0
    offset: float = 0.0


def _fixed(seconds: float, offset: float = 0.0) -> _Step:
    return _Step(seconds, seconds=seconds, offset=offset)


_STEPS = {
    Unit.MINUTE5: _fixed(300.0), Unit.MINUTE15: _fixed(900.0), Unit.HOUR: _fixed(3600.0),
    Unit.HOUR6: _fixed(6 * 3600.0), Unit.DAY: _fixed(DAY), Unit.WEEK: _fixed(_WEEK, _MONDAY),
    Unit.MONTH: _Step(31 * DAY, months=1), Unit.QUARTER: _Step(92 * DAY, months=3),
    Unit.YEAR: _Step(366 * DAY, months=12), Unit.DECADE: _Step(3653 * DAY, months=120),
    Unit.CENTURY: _Step(36525 * DAY, months=1200),
    Unit.MILLENNIUM: _Step(365250 * DAY, months=12000),
}
_FINE_TO_COARSE = tuple(reversed(Unit))
_EVERY = {Unit.YEAR: (1, 2, 5), Unit.DECADE: (1, 2, 5), Unit.CENTURY: (1, 2, 5)}
#: The tiers shown above each finest unit, nearest first. Above years nothing is shown: a year
#: label is complete on its own, and "2020s" above "2021 2022 ..." would only repeat it.
_PARENTS = {
    Unit.MINUTE5: (Unit.DAY, Unit.MONTH), Unit.MINUTE15: (Unit.DAY, Unit.MONTH),
    Unit.HOUR: (Unit.DAY, Unit.MONTH), Unit.HOUR6: (Unit.DAY, Unit.MONTH),
    Unit.DAY: (Unit.MONTH, Unit.YEAR), Unit.WEEK: (Unit.MONTH, Unit.YEAR),
    Unit.MONTH: (Unit.YEAR,), Unit.QUARTER: (Unit.YEAR,),
    Unit.YEAR: (), Unit.DECADE: (), Unit.CENTURY: (), Unit.MILLENNIUM: (),
}


# --- Words --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Words:
    """How one language names months and weekdays, and writes a full date."""

    months: tuple[str, ...]
    months_short: tuple[str, ...]
    weekdays: tuple[str, ...]
    day_month: str  # "{day} {month}" with the short month name

    def date(self, d: datetime, weekday: bool) -> str:
        """"Sun 14 Dec 2025"; years keep four digits so that 0025 is not read as a day."""
        text = self.day_month.format(day=d.day, month=self.months_short[d.month - 1])
        text = f"{text} {d.year:04d}"
        return f"{self.weekdays[d.weekday()]} {text}" if weekday else text


_WORDS = {
    "en": _Words(
        months=("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"),
        months_short=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                      "Dec"),
        weekdays=("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), day_month="{day} {month}"),
    "de": _Words(
        months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                "September", "Oktober", "November", "Dezember"),
        # As timeline_app.domain.dates writes them.
        months_short=("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.",
                      "Okt.", "Nov.", "Dez."),
        weekdays=("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"), day_month="{day}. {month}"),
}

Form = Callable[[datetime], str]


def _words(lang: str) -> _Words:
    """"en" or "de"; a locale such as "de_DE" works too, other languages get English."""
    return _WORDS.get(lang[:2].lower(), _WORDS["en"])


def _forms(unit: Unit, above: Sequence[Unit], words: _Words) -> tuple[Form, ...]:
    """The label forms of a tier, longest first. A tier says only what the tiers above do not:
    "Dec" under a year tier, "Dec 2025" when it is the top tier showing a month."""
    if unit in (Unit.MINUTE5, Unit.MINUTE15, Unit.HOUR, Unit.HOUR6):
        return (lambda d: f"{d.hour:02d}:{d.minute:02d}",)
    if unit in (Unit.DAY, Unit.WEEK):
        return _day_forms(unit, Unit.MONTH in above, words)
    if unit is Unit.MONTH:
        return _month_forms(Unit.YEAR in above, words)
    if unit is Unit.QUARTER:
        if Unit.YEAR in above:
            return (lambda d: f"Q{(d.month + 2) // 3}",)
        return (lambda d: f"Q{(d.month + 2) // 3} {d.year:04d}",)
    return (lambda d: str(d.year),)


def _day_forms(unit: Unit, month_above: bool, words: _Words) -> tuple[Form, ...]:
    """Days and weeks (a week is labelled by its Monday); the weekday only for days."""
    if month_above:
        number: Form = lambda d: str(d.day)  # noqa: E731
        if unit is Unit.WEEK:
            return (number,)
        return (lambda d: f"{words.weekdays[d.weekday()]} {d.day}", number)
    plain: Form = lambda d: words.date(d, weekday=False)  # noqa: E731
    if unit is Unit.WEEK:
        return (plain,)
    return (lambda d: words.date(d, weekday=True), plain)


def _month_forms(year_above: bool, words: _Words) -> tuple[Form, ...]:
    """"December" > "Dec" > "D" under a year tier; with the year when no tier above has it."""
    if year_above:
        return (lambda d: words.months[d.month - 1], lambda d: words.months_short[d.month - 1],
                lambda d: words.months[d.month - 1][0])
    return (lambda d: f"{words.months[d.month - 1]} {d.year:04d}",
            lambda d: f"{words.months_short[d.month - 1]} {d.year:04d}")


# --- Unit starts --------------------------------------------------------------------------------

def _month_start(index: int) -> float:
    """Unix seconds of the first of month ``index`` (= year * 12 + month - 1).

    Years outside 1..9999 (the start of "decade 0" or of year 10000, needed only as neighbours
    of real ticks) are shifted by whole 400-year cycles, so datetime never overflows.
    """
    year, month0 = divmod(index, 12)
    cycles = 0 if 1 <= year <= 9999 else (year - 2000) // 400
    year -= 400 * cycles
    days = date(year, month0 + 1, 1).toordinal() - _EPOCH_ORDINAL + cycles * _CYCLE_DAYS
    return days * DAY


def _calendar_starts(months: int, lo: float, hi: float) -> list[tuple[int, float]]:
    """(unit number, start) from the last start <= lo through the first start > hi."""
    moment = _EPOCH + timedelta(seconds=lo)
    index = (moment.year * 12 + moment.month - 1) // months * months
    starts = []
    while True:
        start = _month_start(index)
        starts.append((index // months, start))
        if start > hi:
            return starts
        index += months


def _fixed_starts(step: _Step, lo: float, hi: float) -> list[tuple[int, float]]:
    """(unit number, start) from the last start <= lo through the first start > hi. UTC has no
    daylight saving, so hours, days and weeks are fixed numbers of seconds."""
    first = math.floor((lo - step.offset) / step.seconds)
    last = math.floor((hi - step.offset) / step.seconds) + 1
    return [(k, step.offset + k * step.seconds) for k in range(first, last + 1)]


def _starts(unit: Unit, lo: float, hi: float) -> list[tuple[int, float]]:
    step = _STEPS[unit]
    if step.months:
        return _calendar_starts(step.months, lo, hi)
    return _fixed_starts(step, lo, hi)


# --- One call's state ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Context:
    """The view clipped to years 1..9999 (``lo``..``hi``), and how this call measures text."""

    viewport: Viewport
    lo: float
    hi: float
    words: _Words
    gap: float
    width: Callable[[str], float]

    def x(self, t: float) -> float:
        return self.viewport.x(t)

    @property
    def right(self) -> float:
        return self.viewport.left + self.viewport.width


def _window(viewport: Viewport) -> tuple[float, float] | None:
    """The part of the view inside years 1..9999, or None if there is none (or it is degenerate)."""
    values = (viewport.t0, viewport.t1, viewport.width, viewport.left)
    if not all(math.isfinite(value) for value in values) or viewport.t1 <= viewport.t0:
        return None
    lo, hi = max(viewport.t0, T_MIN), min(viewport.t1, T_MAX - 1.0)
    return (lo, hi) if lo <= hi else None


def _cached(measure: Callable[[str], float]) -> Callable[[str], float]:
    """``measure`` remembered per string: one text is measured once per call, and '' is 0."""
    widths: dict[str, float] = {"": 0.0}

    def width(text: str) -> float:
        found = widths.get(text)
        if found is None:
            found = widths[text] = float(measure(text))
        return found

    return width


@dataclass(frozen=True)
class _Series:
    """The starts of one unit: the ticks to show, then the first start after the view, whose
    position bounds the room of the last label."""

    numbers: list[int]
    ts: list[float]
    xs: list[float]


def _series(ctx: _Context, unit: Unit, sticky: bool) -> _Series:
    """Unit starts in view; for a sticky tier also the one before the view."""
    starts = [(n, t) for n, t in _starts(unit, ctx.lo, ctx.hi) if t >= T_MIN]
    if starts and starts[0][1] < ctx.lo and not sticky:
        starts = starts[1:]
    return _Series([n for n, _ in starts], [t for _, t in starts], [ctx.x(t) for _, t in starts])


# --- Labels -------------------------------------------------------------------------------------

def _fits(ctx: _Context, series: _Series, labels: list[str], every: int = 1) -> bool:
    """Every label plus the gap fits before the next labelled tick (worst case over the ticks
    shown) and within the view. Labels are on every ``every``-th tick; past the last tick made,
    the next labelled one is taken to be ``every`` of the shortest steps away."""
    xs = series.xs
    least = min((b - a for a, b in zip(xs, xs[1:])), default=math.inf)
    for i, label in enumerate(labels):
        width = ctx.width(label)
        room = xs[i + every] - xs[i] if i + every < len(xs) else every * least
        if label and (width + ctx.gap > room + _EPS or width > ctx.viewport.width + _EPS):
            return False
    return True


def _every(series: _Series, labels: list[str], every: int) -> list[str]:
    """Only the labels on unit numbers divisible by ``every``: numbering by unit rather than by
    position keeps the same labels while panning."""
    if every == 1:
        return labels
    return [label if n % every == 0 else "" for n, label in zip(series.numbers, labels)]


def _label_texts(ctx: _Context, series: _Series, forms: Sequence[Form],
                 every: int = 1) -> list[str] | None:
    """The labels in the longest form that fits on every ``every``-th tick, or None."""
    moments = [_EPOCH + timedelta(seconds=t) for t in series.ts[:-1]]
    for form in forms:
        labels = _every(series, [form(moment) for moment in moments], every)
        if _fits(ctx, series, labels, every):
            return labels
    return None


def _thinned(ctx: _Context, series: _Series, forms: Sequence[Form]) -> list[str]:
    """The labels in the longest form that fits, else in the shortest form on every 2nd, 5th,
    10th, 20th, ... tick (ticks stay, labels blank) rather than overlapping; all blank if even a
    single label is wider than the view."""
    for every in islice(_thinning_steps(), 40):
        labels = _label_texts(ctx, series, forms if every == 1 else forms[-1:], every)
        if labels is not None:
            return labels
    return ["" for _ in series.ts[:-1]]


def _thinning_steps() -> Iterator[int]:
    for power in count():
        for k in (1, 2, 5):
            yield k * 10 ** power


def _placed(ctx: _Context, series: _Series, labels: list[str], sticky: bool,
            coarser: frozenset[float]) -> tuple[Tick, ...]:
    """Ticks with label positions. A sticky label is held at the left edge; a label that would
    overlap the next one or stick out of the view is dropped rather than clipped."""
    left, right = ctx.viewport.left, ctx.right
    ticks = []
    next_x = math.inf
    for t, x, label in reversed(list(zip(series.ts, series.xs, labels))):
        label_x = max(x, left) if sticky else x
        end = label_x + ctx.width(label)
        if label and (label_x < left - _EPS or end > right + _EPS
                      or end + ctx.gap > next_x + _EPS):
            label = ""
        if label:
            next_x = label_x
        ticks.append(Tick(t, x, label, label_x, t in coarser))
    return tuple(reversed(ticks))


# --- Tiers --------------------------------------------------------------------------------------

def _plausible(ctx: _Context, unit: Unit, shortest: Form, every: int) -> bool:
    """Whether a unit could fit, judged without making its ticks: even its longest instance must
    hold a sample label (every ``every``-th) and leave its ticks apart (a pixel; when thinned, two
    gaps). Keeps the search from making 10^5 day ticks for a view of centuries."""
    room = _STEPS[unit].longest / ctx.viewport.seconds_per_px
    sample = shortest(_EPOCH + timedelta(seconds=ctx.lo))
    apart = 1.0 if every == 1 else max(2 * ctx.gap, 4.0)
    return room >= apart and ctx.width(sample) + ctx.gap <= every * room + _EPS


def _finest(ctx: _Context, max_tiers: int) -> tuple[Unit, _Series, list[str]]:
    """The finest unit whose labels all fit; the coarsest unit, thinned, if none does.

    Years, decades and centuries may also label every 2nd or 5th tick before giving way to the
    next coarser unit (the 1-2-5 steps of a ruler): "1200 1400 1600" beats a lone "2000". A unit
    with no tier above it is itself the top tier, so its labels are sticky.
    """
    for unit in _FINE_TO_COARSE:
        above = _PARENTS[unit][:max_tiers - 1]
        forms = _forms(unit, above, ctx.words)
        series = None
        for every in _EVERY.get(unit, (1,)):
            if not _plausible(ctx, unit, forms[-1], every):
                continue
            if series is None:
                series = _series(ctx, unit, sticky=not above)
            labels = _label_texts(ctx, series, forms if every == 1 else forms[-1:], every)
            if labels is not None:
                return unit, series, labels
    unit = _FINE_TO_COARSE[-1]
    series = _series(ctx, unit, sticky=True)
    return unit, series, _thinned(ctx, series, _forms(unit, (), ctx.words))


def axis_tiers(viewport: Viewport, measure: Callable[[str], float], *, lang: str = "en",
               min_gap: float = 6.0, max_tiers: int = 3) -> list[AxisTier]:
    """The axis tiers for the view, coarse first (at most ``max_tiers``, at least one).

    ``measure(text)`` gives a label's width in pixels. Every tier but the finest (and the finest
    too when it is the only one) has sticky labels and may start with one tick left of the view;
    every other tick lies inside it. A tick is ``major`` when it also starts a unit of the tier
    above. Empty when the view lies outside years 1..9999.
    """
    window = _window(viewport)
    if window is None:
        return []
    ctx = _Context(viewport, *window, _words(lang), min_gap, _cached(measure))
    max_tiers = max(1, max_tiers)
    finest, series, labels = _finest(ctx, max_tiers)
    parents = _PARENTS[finest][:max_tiers - 1]
    tiers = [(finest, series, labels)]
    for i, unit in enumerate(parents):
        upper = _series(ctx, unit, sticky=True)
        tiers.append((unit, upper, _thinned(ctx, upper, _forms(unit, parents[i + 1:], ctx.words))))
    result = []
    for i, (unit, tier_series, tier_labels) in enumerate(tiers):
        sticky = i > 0 or not parents
        coarser = frozenset(tiers[i + 1][1].ts) if i + 1 < len(tiers) else frozenset()
        result.append(AxisTier(unit, _placed(ctx, tier_series, tier_labels, sticky, coarser)))
    return result[::-1]


def weekend_bands(viewport: Viewport) -> list[tuple[float, float]]:
    """Pixel ranges (start, end) of Saturday+Sunday in view, clipped to it; shading narrower
    days would only grey the whole axis, so none when a day is under 3 px."""
    window = _window(viewport)
    if window is None or DAY / viewport.seconds_per_px < 3.0:
        return []
    lo, hi = window
    first = math.floor((lo - _SATURDAY) / _WEEK)
    last = math.floor((hi - _SATURDAY) / _WEEK)
    bands = []
    for k in range(first, last + 1):
        start = max(_SATURDAY + k * _WEEK, lo)
        end = min(_SATURDAY + k * _WEEK + 2 * DAY, hi)
        if start < end:
            bands.append((viewport.x(start), viewport.x(end)))
    return bands


def today_x(viewport: Viewport, now: float) -> float | None:
    """Where the "now" line goes, or None when now is outside the view."""
    if viewport.t0 <= now <= viewport.t1 and viewport.t1 > viewport.t0:
        return viewport.x(now)
    return None
