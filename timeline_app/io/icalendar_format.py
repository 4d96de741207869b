"""iCalendar (RFC 5545) through the ``icalendar`` library: events out as VEVENTs, and back in.

Out: a day-precision date is an all-day DATE value, never a date-time, so no calendar shifts it
by a time zone; a month or year is an all-day range over the whole month or year, with the
precision written in the description ("known to the month"), since calendars have no other way to
say it. Times are date-times in the event's IANA zone (UTC without one). UID is the event's id,
DTSTAMP its last change. ``X-TIMELINE-START``/``-END``/``-TZ`` carry the exact EDTF values, so
the app's own files import back at their true precision. Undated events are left out (reported).

In: each VEVENT becomes an event at the precision its values state (a bare date is a day, a
date-time a minute). What a calendar can say that a timeline cannot is reported: recurrence rules
(only the first occurrence is imported), other components (to-dos, journal entries), a VEVENT
without DTSTART (skipped). Lenient where real files are sloppy: a DTEND equal to an all-day
DTSTART reads as that one day, and a missing DTSTAMP is fine.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import select

from timeline_app.domain.dates import Precision
from timeline_app.io.convert import dated_events, event_points, point_bounds
from timeline_app.io.icalendar_events import VEventReader, date_note
from timeline_app.io.reading import Payload, at_line
from timeline_app.io.report import ExportReport
from timeline_app.io.staging import Staging
from timeline_app.messages import message
from timeline_app.store import crud
from timeline_app.store.db import Project
from timeline_app.store.models import EventTag, Tag



def register(register_reader, register_writer) -> None:
    register_reader("ics", (".ics", ".ical", ".ifb"), read, sniff)
    register_writer("ics", (".ics", ".ical"), write)


# ---------------------------------------------------------------- out


def _point_value(point, tz: str | None, *, end: bool, timed: bool) -> date | datetime:
    wall = point_bounds(point)[1 if end else 0]
    if not timed:
        return wall.date()
    return wall.replace(tzinfo=ZoneInfo(tz)) if tz else wall.replace(tzinfo=UTC)


def _stamp(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC).replace(microsecond=0)


def write(project: Project, path: Path, **_options) -> ExportReport:
    report = ExportReport(format="ics")
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//timeline_app//timeline export//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    with project.session() as session:
        calendar.add("x-wr-calname", crud.get_meta(session, key="name") or project.name)
        tags: dict[str, list[str]] = {}
        for event_id, name in session.execute(select(EventTag.event_id, Tag.name).join(Tag).order_by(Tag.name)):
            tags.setdefault(event_id, []).append(name)
        for e, start, end in dated_events(session, report):
            first, last = event_points(start, end)
            last = last or first
            timed = any(p.precision >= Precision.HOUR for p in (first, last))
            tz = start.tz if timed else None
            vevent = icalendar.Event()
            vevent.add("uid", e.id)
            vevent.add("dtstamp", _stamp(e.updated_at))
            vevent.add("created", _stamp(e.created_at))
            vevent.add("last-modified", _stamp(e.updated_at))
            vevent.add("summary", e.title)
            vevent.add("dtstart", _point_value(first, tz, end=False, timed=timed))
            vevent.add("dtend", _point_value(last, tz, end=True, timed=timed))
            description = "\n\n".join(part for part in (e.summary, date_note(start, end)) if part)
            if description:
                vevent.add("description", description)
            if e.location:
                vevent.add("location", e.location)
            if e.id in tags:
                vevent.add("categories", tags[e.id])
            vevent.add("x-timeline-start", start.edtf)
            if end:
                vevent.add("x-timeline-end", end.edtf)
            if start.tz:
                vevent.add("x-timeline-tz", start.tz)
            calendar.add_component(vevent)
            report.counts["events"] = report.counts.get("events", 0) + 1
    calendar.add_missing_timezones()
    path.write_bytes(calendar.to_ical())
    return report


# ---------------------------------------------------------------- in


def sniff(payload: Payload) -> bool:
    return payload.data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCALENDAR")


def check_nesting(payload: Payload) -> None:
    """Refuse a truncated or garbled file: every BEGIN needs its END (the library would quietly
    return nothing for a calendar that never ends)."""
    open_components: list[tuple[str, int]] = []
    for number, line in enumerate(payload.text.splitlines(), 1):
        keyword, _, name = line.partition(":")
        if keyword.strip().upper() == "BEGIN":
            open_components.append((name.strip().upper(), number))
        elif keyword.strip().upper() == "END":
            if not open_components or open_components[-1][0] != name.strip().upper():
                raise payload.fail(at_line(number), message("END:{name} does not close the component opened last",
                                                            name=name.strip()[:40]))
            open_components.pop()
    if open_components:
        name, number = open_components[-1]
        raise payload.fail(at_line(number),
                           message("BEGIN:{name} is never ended; the file is truncated", name=name[:40]))


def read(payload: Payload, staging: Staging) -> None:
    check_nesting(payload)
    try:
        calendars = icalendar.Calendar.from_ical(payload.text, multiple=True)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise payload.fail("", message("not a readable iCalendar file ({reason})",
                                       reason=str(exc).splitlines()[0][:200])) from exc
    reader = VEventReader(payload, staging)
    number = 0
    for calendar in calendars:
        for component in calendar.walk():
            if component.name == "VEVENT":
                number += 1
                reader.event(number, component)
            elif component.name in ("VTODO", "VJOURNAL", "VFREEBUSY"):
                staging.report.skip(component.name, message("not an event; the timeline imports VEVENTs only"))
    if not number:
        staging.report.notes.append(message("the file holds no VEVENT"))

