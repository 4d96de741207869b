"""One VEVENT into one event: dates at the precision the calendar states, and what was left out.

A problem confined to one VEVENT (no DTSTART, a date the timeline cannot hold) skips that event
and is reported; the rest of the calendar imports. See :mod:`timeline_app.io.icalendar_format`.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar

from timeline_app.domain.dates import DateError, DateValue, Precision
from timeline_app.io.convert import day_point, moment_point
from timeline_app.io.reading import Payload
from timeline_app.io.report import placed
from timeline_app.io.staging import Staging
from timeline_app.messages import Message, message
from timeline_app.store.models import Event, EventSource, EventTag

UID_NAMESPACE = uuid.UUID("0c6f3f49-6a38-4f0e-9d55-3b1d8f0a2c71")
_PRECISION_WORDS = {Precision.YEAR: "known to the year", Precision.MONTH: "known to the month"}
_RECURRENCE = ("RRULE", "RDATE", "EXDATE", "EXRULE")


def date_note(start: DateValue, end: DateValue | None) -> str | None:
    """The description's sentence on precision, or None where the calendar values say it all."""
    points = [p for value in (start, end) if value for p in (value.start, value.end) if p]
    vague = [p for p in points if p.precision in (Precision.YEAR, Precision.MONTH, Precision.HOUR)
             or p.approximate or p.uncertain]
    open_ended = [value for value in (start, end) if value and value.interval and None in (value.start, value.end)]
    if not vague and not open_ended:
        return None
    label = start.label() + (f" – {end.label()}" if end else "")
    words = sorted({_PRECISION_WORDS.get(p.precision, "to the hour") for p in vague
                    if p.precision != Precision.DAY and p.precision != Precision.MINUTE})
    words += [w for w, on in (("approximate", any(p.approximate for p in points)),
                              ("uncertain", any(p.uncertain for p in points))) if on]
    words += ["open-ended"] if open_ended else []
    return f"Date as the sources give it: {label} ({', '.join(words)})."


def _vevent(number: int, uid: str) -> Message:
    """A VEVENT's place: its number in the file, and its UID when it has one."""
    if uid:
        return message("VEVENT {number} ({uid})", number=number, uid=uid[:60])
    return message("VEVENT {number}", number=number)


def _value(component, name: str):
    """A property's decoded value, or None when it is missing or broken."""
    prop = component.get(name)
    if prop is None or isinstance(prop, icalendar.vBroken) or isinstance(prop, list):
        return None
    return getattr(prop, "dt", prop)


def _stamp(component) -> dict:
    stamps = {}
    for key, names in (("created", ("CREATED", "DTSTAMP")), ("updated", ("LAST-MODIFIED", "DTSTAMP"))):
        for name in names:
            moment = _value(component, name)
            if isinstance(moment, datetime):
                moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
                stamps[key] = moment.isoformat(timespec="microseconds")
                break
    return stamps


def _texts(component, name: str) -> list[str]:
    props = component.get(name) or []
    props = props if isinstance(props, list) else [props]
    return [str(item).strip() for prop in props for item in (getattr(prop, "cats", None) or [prop]) if str(item).strip()]


class VEventReader:
    def __init__(self, payload: Payload, staging: Staging):
        self.payload, self.staging, self.report = payload, staging, staging.report

    def event(self, number: int, component) -> None:
        uid = str(component.get("UID") or "").strip()
        where = _vevent(number, uid)
        for name, problem in getattr(component, "errors", []):
            self.report.skip(where, message("{property} unreadable ({reason})", property=name,
                                            reason=str(problem)[:120]))
        record_id = self._id(uid)
        if record_id and self.staging.taken(Event, record_id):
            self.report.skip(where, message("an event with this UID is in the project already"))
            return
        try:
            dates = self._dates(component, where)
        except DateError as exc:
            self.report.skip(where, message("a date the timeline cannot hold ({reason})", reason=exc.message))
            return
        if dates is None:
            return
        start, end = dates
        title = str(component.get("SUMMARY") or "").strip()
        if not title:
            title = "(no title)"
            self.report.approximate(where, message("no SUMMARY; titled \"(no title)\""))
        summary = str(component.get("DESCRIPTION") or "").strip()
        note = component.get("X-TIMELINE-START") and date_note(start, end)
        if note and summary.endswith(note):
            summary = summary[: -len(note)].rstrip()
        for name in _RECURRENCE:
            if component.get(name) is not None:
                self.report.skip(where, message("{property} not expanded; only the first occurrence was imported",
                                                property=name))
        event_id = self.staging.event(id=record_id, title=title, start=start, end=end, summary=summary or None,
                                      location=str(component.get("LOCATION") or "").strip() or None, **_stamp(component))
        for name in _texts(component, "CATEGORIES"):
            self.staging.link(EventTag, event_id=event_id, tag_id=self.staging.tag(name))
        for url in _texts(component, "URL"):
            self.staging.link(EventSource, event_id=event_id, source_id=self.staging.source_for_url(url))

    def _id(self, uid: str) -> str | None:
        if not uid:
            return None
        try:
            return str(uuid.UUID(uid)) if len(uid) == 36 else str(uuid.uuid5(UID_NAMESPACE, uid))
        except ValueError:
            return str(uuid.uuid5(UID_NAMESPACE, uid))

    def _dates(self, component, where: Message) -> tuple[DateValue, DateValue | None] | None:
        own = component.get("X-TIMELINE-START")
        if own is not None:
            tz = str(component.get("X-TIMELINE-TZ") or "") or None
            end = component.get("X-TIMELINE-END")
            return DateValue.from_edtf(str(own), tz=tz), (DateValue.from_edtf(str(end), tz=tz) if end else None)
        first = _value(component, "DTSTART")
        if not isinstance(first, date):
            self.report.skip(where, message("no readable DTSTART"))
            return None
        last = _value(component, "DTEND")
        duration = _value(component, "DURATION")
        if last is None and isinstance(duration, timedelta):
            last = first + duration
        if not isinstance(first, datetime):
            return self._days(first, last, where)
        return self._moments(first, last, where)

    def _days(self, first: date, last, where: Message) -> tuple[DateValue, DateValue | None]:
        start = DateValue(day_point(first))
        if isinstance(last, datetime) or not isinstance(last, date):
            return start, None
        if last <= first:
            self.report.approximate(where, message("DTEND is not after the all-day DTSTART; read as that one day"))
            return start, None
        final = last - timedelta(days=1)
        return start, (DateValue(day_point(final)) if final > first else None)

    def _moments(self, first: datetime, last, where: Message) -> tuple[DateValue, DateValue | None]:
        point, tz, notes = moment_point(first)
        for note in notes:
            self.report.approximate(where, placed("DTSTART", note))
        start = DateValue(point, tz=tz)
        if not isinstance(last, datetime) or last.tzinfo is None and first.tzinfo is not None:
            return start, None
        if first.tzinfo is None and last.tzinfo is not None or last <= first:
            return start, None
        if tz:
            last = last.astimezone(ZoneInfo(tz)).replace(tzinfo=None)
        elif last.tzinfo is not None:
            last = last.astimezone(UTC)
        end_point = moment_point(last)[0]
        return start, (None if end_point == point else DateValue(end_point, tz=tz))
