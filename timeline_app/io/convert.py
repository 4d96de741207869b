"""Small conversions shared by the format modules: HTML to plain text, other tools' dates and
times to dates with precision (and back), colours.

Other formats carry dates as calendar parts (TimelineJS), date or date-time values (iCalendar,
schema.org) or local timestamps (thetimelineproj). The rule throughout is the domain's: keep the
precision the file states, never invent one, and keep date-only values as dates (no time zone
ever shifts them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta
from sqlalchemy import select
from sqlmodel import Session

from timeline_app.domain.dates import DateError, DatePoint, DateValue, Precision, looks_like_edtf
from timeline_app.io.report import ExportReport
from timeline_app.messages import Message, message
from timeline_app.store import crud
from timeline_app.store.models import Event

_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "blockquote", "tr", "h1", "h2", "h3", "h4",
               "h5", "h6", "section", "article", "header", "footer", "table", "hr", "cite"}
_HIDDEN_TAGS = {"script", "style", "template", "head", "title"}
_STEPS = {Precision.YEAR: relativedelta(years=1), Precision.MONTH: relativedelta(months=1),
          Precision.DAY: relativedelta(days=1), Precision.HOUR: relativedelta(hours=1),
          Precision.MINUTE: relativedelta(minutes=1)}
_RGB = re.compile(r"\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*")


class _TextCollector(HTMLParser):
    """Keeps the words of an HTML fragment: no tags, no scripts, entities decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """The words of an HTML fragment as plain text: paragraphs on their own lines, spaces tidied."""
    if "<" not in fragment and "&" not in fragment:
        return " ".join(fragment.split())
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def rgb_to_hex(text: str) -> str | None:
    """thetimelineproj's "235,82,255" as "#eb52ff"; None if it is no colour."""
    match = _RGB.fullmatch(text or "")
    if not match or any(int(part) > 255 for part in match.groups()):
        return None
    return "#" + "".join(f"{int(part):02x}" for part in match.groups())


# ---------------------------------------------------------------- into dates with precision


def day_point(day: date, *, approximate: bool = False) -> DatePoint:
    return DatePoint(day.year, day.month, day.day, approximate=approximate)


def moment_point(moment: datetime, *, approximate: bool = False) -> tuple[DatePoint, str | None, list[Message]]:
    """A date-time as a minute-precision point, its IANA zone, and what had to give.

    An aware value in a named IANA zone keeps its wall time and zone; any other aware value is
    converted to UTC; a floating (naive) value is read as UTC, which is reported.
    """
    notes: list[Message] = []
    tz = None
    if moment.tzinfo is None:
        notes.append(message("a floating local time (no time zone) was read as UTC"))
    elif isinstance(moment.tzinfo, ZoneInfo) and moment.tzinfo.key != "UTC":
        tz = moment.tzinfo.key
    else:
        moment = moment.astimezone(UTC)
    if moment.second or moment.microsecond:
        notes.append(message("seconds dropped (minute precision)"))
    point = DatePoint(moment.year, moment.month, moment.day, moment.hour, moment.minute, approximate=approximate)
    return point, tz, notes


def value_of(start: DatePoint, end: DatePoint | None = None, *, tz: str | None = None,
             wording: str | None = None) -> DateValue:
    """A single point, or an interval when the end differs from the start."""
    if end is None or end == start:
        return DateValue(start, tz=tz, wording=wording)
    return DateValue(start, end, interval=True, tz=tz, wording=wording)


def iso_value(text: str) -> tuple[DateValue, list[Message]]:
    """An ISO 8601 date or date-time as schema.org gives it ("2019-09", "2019-09-07T10:00+02:00").

    Raises DateError for anything else.
    """
    text = text.strip()
    if looks_like_edtf(text) and "/" not in text:
        return DateValue.from_edtf(text), []
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise DateError(text, message("expected an ISO 8601 date such as 2019-09-07 or 2019-09-07T10:00Z")) from exc
    point, tz, notes = moment_point(moment)
    return DateValue(point, tz=tz), notes


# ---------------------------------------------------------------- out of dates with precision


def point_bounds(point: DatePoint) -> tuple[datetime, datetime]:
    """The naive wall-clock [start, end) a point covers at its precision (qualifiers ignored)."""
    start = datetime(point.year, point.month or 1, point.day or 1, point.hour or 0, point.minute or 0)
    try:
        return start, start + _STEPS[point.precision]
    except (OverflowError, ValueError):
        return start, datetime.max


def iso_text(point: DatePoint) -> str:
    """The point as plain ISO 8601 at its precision, qualifiers left out ("2025-11")."""
    text = point.edtf.rstrip("~?%")
    return text + ":00" if point.precision == Precision.HOUR else text


def utc_text(moment: datetime | None) -> str:
    """An instant as "2025-11-01T00:00:00Z" (empty for None)."""
    return "" if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def event_points(start: DateValue, end: DateValue | None) -> tuple[DatePoint, DatePoint | None]:
    """An event's first and last calendar points, for formats that take a start and an end: an open
    start is placed at its known end; the last point is None when the event has no end of its own."""
    first = start.start or start.end
    last = (end.end if end and end.interval else end and end.start) or (start.end if start.interval else None)
    return first, last


def dated_events(session: Session, report: ExportReport) -> Iterator[tuple[Event, DateValue, DateValue | None]]:
    """Every event with its start and end, in date order, for formats that need a date; those
    without one are reported as skipped."""
    for event in session.scalars(select(Event).order_by(Event.start_earliest, Event.id)):
        start, end = crud.date_from_columns(event, "start"), crud.date_from_columns(event, "end")
        if start is None:
            report.skip(message("event {id} ({title})", id=event.id, title=event.title), message("no date"))
            continue
        yield event, start, end
