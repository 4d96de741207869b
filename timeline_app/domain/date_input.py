"""Reading dates as people type them and as news reports word them.

``parse_date`` turns "14.–15. Dezember 2025", "Dec 2025", "ca. 2025" or "am vergangenen Sonntag
und Montag" into a :class:`~timeline_app.domain.dates.DateValue` at the precision the text
states: "Dezember 2025" is the month, never 1 December. Relative wording is resolved against a
reference date, normally the source's publication date, because that is what "last Sunday"
meant to its author.

python-dateutil reads single dates (German names added through a ``parserinfo``). The small
regexes here do what it cannot: ranges, qualifiers, relative wording, "14.12." without a year,
and telling which parts the text actually stated.
"""

from __future__ import annotations

import re
from calendar import isleap
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import NamedTuple
from dateutil.parser import parser, parserinfo

from timeline_app.domain.dates import (DateError, DatePoint, DateValue, Fields, looks_like_edtf,
                                       time_zone)
from timeline_app.messages import message

EXPECTED = message("expected e.g. 2025-12-14, 14.12.2025, 14. Dezember 2025, Dezember 2025, Dec 2025, "
                   "2025, 14.–15.12.2025, last Sunday")
_WEEKDAY_NAMES = (message("Monday"), message("Tuesday"), message("Wednesday"), message("Thursday"),
                  message("Friday"), message("Saturday"), message("Sunday"))

_QUALIFIER = re.compile(r"^(?:~|(?:ca|approx)\.|(?:circa|ca|etwa|ungefähr|approx|approximately"
                        r"|about|around)\b)\s*", re.IGNORECASE)
_UNCERTAIN = re.compile(r"\s*\?$")
_FILLER = re.compile(r"^(?:am|im|in der|in|on)\s+", re.IGNORECASE)
_OPEN = re.compile(r"(bis|until|ab|from|seit|since)\s+(.+)", re.IGNORECASE)
_FROM = re.compile(r"^(?:ab|from|seit|since|vom|von)\s+", re.IGNORECASE)
# an en or em dash, a spaced hyphen, a hyphen after a dot ("14.-15.12."), one between day numbers
# ("14-15 December") but not inside ISO dates, or a word
_RANGE = re.compile(r"\s*[–—]\s*|\s+-\s+|(?<=\.)-|(?<=^\d)-(?=\d\d?\.?\s)"
                    r"|(?<=^\d\d)-(?=\d\d?\.?\s)|\s+(?:bis|to|until)\s+", re.IGNORECASE)
_DAY_MONTH = re.compile(r"(\d\d?)\.(\d\d?)\.?", re.ASCII)  # "14.12." which dateutil cannot place
_DOTTED_TIME = re.compile(r"\b(\d\d?)\.(\d\d)(?=\s*uhr\b)", re.IGNORECASE)  # "19.30 Uhr"
_TINY_YEAR = re.compile(r"\b00\d\d\b")  # dateutil reads "0025" as 2025
_YEAR_FIRST = re.compile(r"\d{4}\b")

_DAY_OFFSETS = {"heute": 0, "today": 0, "gestern": -1, "yesterday": -1, "vorgestern": -2,
                "the day before yesterday": -2, "morgen": 1, "tomorrow": 1}
_PAST = r"(?:vergangene[nrs]?|letzte[nrs]?|vorige[nrs]?|last)"
_PAST_WEEKDAYS = re.compile(rf"{_PAST} (\w+)(?: (?:und|and) (\w+))?")
_PAST_UNIT = re.compile(rf"{_PAST} (woche|week|monat|month|jahr|year)")


class _Info(parserinfo):
    """dateutil's reader with German month and weekday names and "Uhr", keeping what it read.

    dateutil fills the parts a text leaves out from a default date, and refuses "31.02.2025"
    before saying why; validate() sees the parts as written (None where the text is silent),
    which is what tells the precision and lets DatePoint name the problem.
    """

    JUMP = [*parserinfo.JUMP, "um", "den", "uhr"]
    HMS = [("h", "hour", "hours", "uhr"), ("m", "minute", "minutes"), ("s", "second", "seconds")]
    MONTHS = [("Jan", "January", "Januar", "Jänner"), ("Feb", "Febr", "February", "Februar"),
              ("Mar", "March", "Mär", "März", "Maerz"), ("Apr", "April"), ("May", "Mai"),
              ("Jun", "June", "Juni"), ("Jul", "July", "Juli"), ("Aug", "August"),
              ("Sep", "Sept", "September"), ("Oct", "October", "Okt", "Oktober"),
              ("Nov", "November"), ("Dec", "December", "Dez", "Dezember")]
    WEEKDAYS = [("Mon", "Monday", "Mo", "Montag"), ("Tue", "Tuesday", "Di", "Dienstag"),
                ("Wed", "Wednesday", "Mi", "Mittwoch"), ("Thu", "Thursday", "Do", "Donnerstag"),
                ("Fri", "Friday", "Fr", "Freitag"),
                ("Sat", "Saturday", "Sa", "Samstag", "Sonnabend"),
                ("Sun", "Sunday", "So", "Sonntag")]

    def __init__(self, dayfirst: bool = True) -> None:
        super().__init__(dayfirst=dayfirst)
        self.written = None

    def validate(self, res) -> bool:
        accepted = super().validate(res)
        self.written = res
        return accepted


_NAMES = _Info()


class _Parts(NamedTuple):
    """What one date text states, None where it is silent."""

    fields: Fields
    weekday: int | None = None
    approximate: bool = False
    uncertain: bool = False


def parse_date(text: str, *, reference: date | datetime | None = None,
               tz: str | None = None) -> DateValue:
    """Read a date as typed or as worded in a source; raise DateError naming the input.

    ``reference`` (the source's publication date) resolves "gestern", "last Sunday", "im November"
    and dates without a year; ``tz`` names the zone the local calendar values are in.
    """
    wording = text.strip()
    try:
        return replace(_read(wording, reference, tz), wording=wording)
    except DateError as err:
        raise DateError(wording, err.reason) from err


def _read(text: str, reference: date | None, tz: str | None) -> DateValue:
    if not text:
        raise DateError(text, message("nothing was given; {expected}", expected=EXPECTED))
    if looks_like_edtf(text):
        return DateValue.from_edtf(text, tz=tz)
    return _read_qualified(text.removesuffix("."), reference, tz)


def _read_qualified(text: str, reference: date | None, tz: str | None) -> DateValue:
    """Qualifiers around the whole text ("ca. 14.–15.12.2025", "2025?") apply to every part."""
    core, approximate, uncertain = _without_qualifiers(text)
    value = _read_core(_FILLER.sub("", core, count=1), reference, tz)
    if not (approximate or uncertain):
        return value
    start, end = (point and replace(point, approximate=approximate or point.approximate,
                                    uncertain=uncertain or point.uncertain)
                  for point in (value.start, value.end))
    return replace(value, start=start, end=end)


def _without_qualifiers(text: str) -> tuple[str, bool, bool]:
    core, approximate = _QUALIFIER.subn("", text.strip())
    core, uncertain = _UNCERTAIN.subn("", core)
    return core.strip(), approximate > 0, uncertain > 0


def _read_core(text: str, reference: date | None, tz: str | None) -> DateValue:
    """A range ("14.–15.12.2025", "vom 14. bis 15.12."), an open range ("bis 21.12.2025",
    "ab vergangene Woche") or a single date."""
    sides = _RANGE.split(text)
    if len(sides) > 2:
        raise DateError(text, EXPECTED)
    if len(sides) == 2:
        return _read_range(_FROM.sub("", sides[0], count=1), sides[1], reference, tz)
    opened = _OPEN.fullmatch(text)
    if not opened:
        return _read_single(text, reference, tz)
    inner = _read_qualified(opened[2], reference, tz)
    if opened[1].lower() in ("bis", "until"):
        last = inner.end if inner.interval else inner.start
        return DateValue(None, last, interval=True, tz=tz)
    return DateValue(inner.start, None, interval=True, tz=tz)


def _read_range(left: str, right: str, reference: date | None, tz: str | None) -> DateValue:
    """Each side may leave out what the other states: "14.–15.12.2025", "19:00–21:30"."""
    first, second = _read_parts(left), _read_parts(right)
    first, second = _completed(first, second), _completed(second, first)
    return DateValue(_to_point(_with_year(first, reference, tz)),
                     _to_point(_with_year(second, reference, tz)), interval=True, tz=tz)


def _completed(partial: _Parts, other: _Parts) -> _Parts:
    """partial with the larger parts it leaves out taken from other."""
    stated = next((index for index, part in enumerate(partial.fields) if part is not None), 0)
    return partial._replace(fields=other.fields[:stated] + partial.fields[stated:])


def _read_single(text: str, reference: date | None, tz: str | None) -> DateValue:
    if looks_like_edtf(text):
        return DateValue.from_edtf(text, tz=tz)
    relative = _read_relative(" ".join(text.lower().split()), reference, tz)
    if relative is not None:
        return relative
    return DateValue(_to_point(_with_year(_read_parts(text), reference, tz)), tz=tz)


def _read_parts(text: str) -> _Parts:
    """The parts one date text states: EDTF, "14.12." or anything dateutil reads."""
    core, approximate, uncertain = _without_qualifiers(text)
    if looks_like_edtf(core) and "/" not in core:
        point = DateValue.from_edtf(core).start
        return _Parts(point.fields, None, approximate or point.approximate,
                      uncertain or point.uncertain)
    day_month = _DAY_MONTH.fullmatch(core)
    if day_month:
        return _Parts((None, int(day_month[2]), int(day_month[1]), None, None), None,
                      approximate, uncertain)
    return _dateutil_parts(core)._replace(approximate=approximate, uncertain=uncertain)


def _dateutil_parts(text: str) -> _Parts:
    if _TINY_YEAR.search(text):
        raise DateError(text, message("years before 100 are only read as EDTF, e.g. 0025-12-14"))
    info = _Info(dayfirst=not _YEAR_FIRST.match(text))
    try:
        parser(info).parse(_DOTTED_TIME.sub(r"\1:\2", text), ignoretz=True)
    except (ValueError, OverflowError):
        pass  # the parts as written are judged below, where DatePoint can say what is wrong
    written = info.written
    fields = written and (written.year, written.month, written.day, written.hour, written.minute)
    if not fields or all(part is None for part in fields):
        raise DateError(text, EXPECTED)
    if written.tzname or written.tzoffset is not None:
        raise DateError(text, message("time zones in the text are not read; choose the zone separately"))
    if written.second or written.microsecond:
        raise DateError(text, message("seconds are not kept; the finest precision is the minute"))
    return _Parts(fields, written.weekday)


def _with_year(parts: _Parts, reference: date | None, tz: str | None) -> _Parts:
    """A date without a year ("im November", "14. Dezember") gets the most recent year that
    keeps it on or before the reference date."""
    _, month, day, *time = parts.fields
    if parts.fields[0] is not None or month is None:
        return parts
    today = _reference_day(reference, tz)
    year = today.year if (month, day or 1) <= (today.month, today.day) else today.year - 1
    while (month, day) == (2, 29) and not isleap(year):
        year -= 1
    return parts._replace(fields=(year, month, day, *time))


def _to_point(parts: _Parts) -> DatePoint:
    """The DatePoint the parts state, checking a stated weekday against the date."""
    if parts.fields[0] is None:
        raise DateError("", EXPECTED)
    point = DatePoint(*parts.fields, approximate=parts.approximate, uncertain=parts.uncertain)
    if parts.weekday is None:
        return point
    if point.day is None:
        raise DateError(point.edtf, message("a weekday needs a day, e.g. 'Sunday, 14 Dec 2025' or "
                                            "'last Sunday'"))
    actual = date(point.year, point.month, point.day).weekday()
    if actual != parts.weekday:
        raise DateError(point.edtf, message("{date} is a {actual}, not a {stated}", date=point.edtf,
                                            actual=_WEEKDAY_NAMES[actual], stated=_WEEKDAY_NAMES[parts.weekday]))
    return point


# --- Relative expressions -----------------------------------------------------------------------

def _read_relative(words: str, reference: date | None, tz: str | None) -> DateValue | None:
    """Resolve "gestern", "last Sunday and Monday", "vergangene Woche" and the like against the
    reference date; None if the words are none of these."""
    try:
        return _resolve_relative(words, reference, tz)
    except OverflowError as err:
        raise DateError(words, message("from that reference date it falls outside years 1 to 9999")) from err


def _resolve_relative(words: str, reference: date | None, tz: str | None) -> DateValue | None:
    if words in _DAY_OFFSETS:
        day = _reference_day(reference, tz) + timedelta(days=_DAY_OFFSETS[words])
        return DateValue(_day_point(day), tz=tz)
    unit = _PAST_UNIT.fullmatch(words)
    if unit:
        return _previous_unit(unit[1], _reference_day(reference, tz), tz)
    weekdays = _PAST_WEEKDAYS.fullmatch(words)
    if weekdays and all(name is None or _NAMES.weekday(name) is not None
                        for name in weekdays.groups()):
        return _past_weekdays(*weekdays.groups(), _reference_day(reference, tz), tz)
    return None


def _past_weekdays(first: str, second: str | None, today: date, tz: str | None) -> DateValue:
    """The most recent such weekday strictly before today; with a second name, through the first
    such weekday after it ("vergangenen Sonntag und Montag")."""
    start = today - timedelta(days=(today.weekday() - _NAMES.weekday(first) - 1) % 7 + 1)
    if second is None:
        return DateValue(_day_point(start), tz=tz)
    end = start + timedelta(days=(_NAMES.weekday(second) - start.weekday() - 1) % 7 + 1)
    return DateValue(_day_point(start), _day_point(end), interval=True, tz=tz)


def _previous_unit(unit: str, today: date, tz: str | None) -> DateValue:
    """Last week (Monday to Sunday), last calendar month or last year, at that precision."""
    if unit in ("woche", "week"):
        monday = today - timedelta(days=today.weekday() + 7)
        sunday = monday + timedelta(days=6)
        return DateValue(_day_point(monday), _day_point(sunday), interval=True, tz=tz)
    if unit in ("monat", "month"):
        last_month = today.replace(day=1) - timedelta(days=1)
        return DateValue(DatePoint(last_month.year, last_month.month), tz=tz)
    return DateValue(DatePoint(today.year - 1), tz=tz)


def _day_point(day: date) -> DatePoint:
    return DatePoint(day.year, day.month, day.day)


def _reference_day(reference: date | datetime | None, tz: str | None) -> date:
    """The reference's calendar day, in tz when it is an aware datetime and tz is given."""
    if reference is None:
        raise DateError("", message("a reference date (such as the source's publication date) is needed "
                                    "to resolve it"))
    if isinstance(reference, datetime):
        if tz and reference.tzinfo:
            reference = reference.astimezone(time_zone(tz))
        return reference.date()
    return reference
