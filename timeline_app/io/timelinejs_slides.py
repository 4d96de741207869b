"""TimelineJS slides into events: date parts as real files write them, HTML reduced to words.

A slide whose values have the wrong shape (a year of "abc", a day without a month, text that
is not text) fails the file with the field named; a slide TimelineJS can show but the project
cannot hold (a BCE year, no start date) is skipped and reported. See
:mod:`timeline_app.io.timelinejs`.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import replace

from timeline_app.domain.dates import DateError, DatePoint, DateValue
from timeline_app.io.convert import html_to_text, value_of
from timeline_app.io.reading import Payload
from timeline_app.io.staging import Staging
from timeline_app.messages import MessageError, message
from timeline_app.store.models import Event, EventParticipant, EventSource

_PARTS = ("year", "month", "day", "hour", "minute")
_DROPPED = ("second", "millisecond")
_WHOLE = re.compile(r"\s*-?\d{1,9}\s*")
_URL = re.compile(r"https?://\S+", re.IGNORECASE)


class _Skip(MessageError):
    """A slide the project cannot hold; reported, and the rest of the file imports."""


class SlideReader:
    def __init__(self, payload: Payload, staging: Staging, namespace: uuid.UUID):
        self.payload, self.staging, self.report, self.namespace = payload, staging, staging.report, namespace
        self.dropped_parts = False

    def text(self, container: dict, key: str, where: str) -> str:
        value = container.get(key)
        if value is None:
            return ""
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise self.payload.fail(f"{where}.{key}", message("expected text, got {type}", type=type(value).__name__))
        return html_to_text(str(value))

    def headline(self, slide: dict, where: str) -> str:
        text = slide.get("text")
        if text is None:
            return ""
        if not isinstance(text, dict):
            raise self.payload.fail(f"{where}.text", message("expected an object with headline and text"))
        return self.text(text, "headline", f"{where}.text")

    def part(self, parts: dict, key: str, where: str) -> int | None:
        value = parts.get(key)
        if value is None or value == "":
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not (isinstance(value, int) or isinstance(value, str) and _WHOLE.fullmatch(value)):
            raise self.payload.fail(f"{where}.{key}", message("expected a whole number, got {value!r}", value=value))
        number = int(value)
        if key == "year" and not 1 <= number <= 9999:
            raise _Skip(message("the year {year} is outside 1 to 9999, which the timeline holds", year=number))
        return number

    def point(self, slide: dict, key: str, where: str) -> DatePoint | None:
        parts = slide.get(key)
        if parts is None:
            return None
        where = f"{where}.{key}"
        if not isinstance(parts, dict):
            raise self.payload.fail(where, message("expected an object with year, month, day, ..."))
        fields = [self.part(parts, name, where) for name in _PARTS]
        if all(value is None for value in fields):
            return None
        if any(self.part(parts, name, where) for name in _DROPPED):
            self.dropped_parts = True
        try:
            return DatePoint(*fields)
        except DateError as exc:
            raise self.payload.fail(where, exc.reason) from exc

    def era(self, index: int, era) -> None:
        where = f"eras[{index}]"
        if not isinstance(era, dict):
            raise self.payload.fail(where, message("expected an object"))
        try:
            span = " – ".join(p.edtf for p in (self.point(era, "start_date", where), self.point(era, "end_date", where)) if p)
        except _Skip as exc:
            span = exc.message
        name = self.headline(era, where)
        self.report.skip(f"{where} ({name})" if name else message("{place} (untitled)", place=where),
                         message("eras are background bands, which the project cannot hold yet ({span})", span=span))

    def event(self, index: int, slide) -> None:
        where = f"events[{index}]"
        if not isinstance(slide, dict):
            raise self.payload.fail(where, message("expected an object"))
        title = self.headline(slide, where)
        label = f"{where} ({title[:50]})" if title else where
        try:
            start, end = self.point(slide, "start_date", where), self.point(slide, "end_date", where)
        except _Skip as exc:
            self.report.skip(label, exc.message)
            return
        if start is None:
            self.report.skip(label, message("no start date"))
            return
        record_id = self._id(slide.get("unique_id"), where)
        if record_id and self.staging.taken(Event, record_id):
            self.report.skip(label, message("an event with this unique_id is in the project already"))
            return
        start_value, end_value = self._dates(start, end, self.text(slide, "display_date", where) or None)
        if end_value and end_value.latest <= start_value.earliest:
            self.report.approximate(label, message("end date {date} lies before the start; dropped", date=end.edtf))
            end_value = None
        if not title:
            title = (self.text(slide["text"], "text", where) if isinstance(slide.get("text"), dict) else "")[:80] or "(no title)"
            self.report.approximate(label, message("no headline; titled {title!r}", title=title))
        summary = self.text(slide["text"], "text", f"{where}.text") if isinstance(slide.get("text"), dict) else ""
        event_id = self.staging.event(id=record_id, title=title, start=start_value, end=end_value,
                                      summary=summary or None)
        group = self.text(slide, "group", where)
        if group:
            party = self.staging.actor(group, kind="party")
            self.staging.link(EventParticipant, event_id=event_id, actor_id=party, role="participant")
        self._media(slide, event_id, label)

    @staticmethod
    def _dates(start: DatePoint, end: DatePoint | None, display: str | None) -> tuple[DateValue, DateValue | None]:
        """The slide's dates; a ``display_date`` that is this app's own label ("~Nov 2025?",
        "until 21 Dec 2025") restores the qualifiers or open start it shows, any other is kept as
        the source's wording."""
        end = None if end == start else end
        for approximate, uncertain in ((False, False), (True, False), (False, True), (True, True)):
            first = replace(start, approximate=approximate, uncertain=uncertain)
            last = end and replace(end, approximate=approximate, uncertain=uncertain)
            if value_of(first, last).label() == display:
                return DateValue(first), last and DateValue(last)
            if end is None and DateValue(None, first, interval=True).label() == display:
                return DateValue(None, first, interval=True), None
        return DateValue(start, wording=display), end and DateValue(end)

    def _media(self, slide: dict, event_id: str, label: str) -> None:
        media = slide.get("media")
        if not isinstance(media, dict) or not media.get("url"):
            return
        url = str(media["url"]).strip()
        if _URL.fullmatch(url):
            caption = html_to_text(str(media.get("caption") or "")) or None
            self.staging.link(EventSource, event_id=event_id,
                              source_id=self.staging.source_for_url(url, title=caption))
        else:
            self.report.skip(label, message("media given as embedded HTML, not a URL; not imported"))

    def _id(self, value, where: str) -> str | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str | int):
            raise self.payload.fail(f"{where}.unique_id", message("expected text, got {value!r}", value=value))
        value = str(value)
        try:
            return str(uuid.UUID(value)) if len(value) == 36 else str(uuid.uuid5(self.namespace, value))
        except ValueError:
            return str(uuid.uuid5(self.namespace, value))
