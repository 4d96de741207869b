"""Import of the ``.timeline`` XML files of the desktop program Timeline (thetimelineproj).

Parsed with ``defusedxml``, which refuses entity declarations (the "billion laughs" expansion
attack), external references and, here, any DTD: a ``.timeline`` file has none of them, so a file
that does is refused with a message saying why, before a byte is expanded.

What maps: events and periods (a period's end becomes the event's end), categories (tags, with
their colours; a category hierarchy is flattened), fuzzy start and end (approximate dates, EDTF
``~``), descriptions (summaries), hyperlinks (sources), and Timeline's container convention: an
event text ``[N]Title`` is container N and ``(N)Title`` a member of it, so members become child
events of their container. Times of exactly midnight at both ends mean a date without time (day
precision); other times are kept to the minute. What does not map is reported: eras (background
bands the project cannot hold yet, each named with its dates), icons, alerts, progress, "ends
today", and events before year 1; box colours are presentation and left out silently.
Non-Gregorian timelines are refused.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

import defusedxml
from defusedxml import ElementTree

from timeline_app.domain.dates import DatePoint, DateValue
from timeline_app.io.convert import rgb_to_hex
from timeline_app.io.errors import reason
from timeline_app.io.reading import Payload, at_line
from timeline_app.io.report import placed
from timeline_app.io.staging import Staging
from timeline_app.messages import Message, MessageError, message
from timeline_app.store.models import EventSource, EventTag

_STAMP = re.compile(r"\s*(-?\d+)-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?\s*")
_CONTAINER = re.compile(r"\[(\d+)\](.*)", re.DOTALL)
_MEMBER = re.compile(r"\((\d+)\)(.*)", re.DOTALL)
_UNMAPPED = ("icon", "alert", "progress", "milestone", "ends_today")


class _Skip(MessageError):
    """An event the project cannot hold; reported, and the rest of the file imports."""


def register(register_reader, register_writer) -> None:
    register_reader("timeline-xml", (".timeline",), read, sniff)


def sniff(payload: Payload) -> bool:
    head = payload.data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and b"<timeline" in head


def parse(payload: Payload) -> Element:
    try:
        root = ElementTree.fromstring(payload.data, forbid_dtd=True)
    except (defusedxml.EntitiesForbidden, defusedxml.DTDForbidden) as exc:
        if isinstance(exc, defusedxml.EntitiesForbidden) or b"<!ENTITY" in payload.data:
            raise payload.fail("", message("refused: the file declares XML entities, the makings of an "
                                           "entity-expansion (\"billion laughs\") attack; .timeline files have "
                                           "none")) from exc
        raise payload.fail("", message("refused: the file has a document type declaration (DTD); .timeline files "
                                       "have none")) from exc
    except defusedxml.DefusedXmlException as exc:
        raise payload.fail("", message("refused: the file refers to external resources ({reason})",
                                       reason=str(exc))) from exc
    except LookupError as exc:
        raise payload.fail(at_line(1), message("declares an encoding Python does not know ({reason})",
                                               reason=str(exc))) from exc
    except ParseError as exc:
        line, column = exc.position
        raise payload.fail(message("line {line}, column {column}", line=line, column=column + 1),
                           message("not well-formed XML ({reason})", reason=str(exc).split(":")[0])) from exc
    if root.tag != "timeline":
        raise payload.fail("", message("not a Timeline file (its root element is <{root}>, not <timeline>)",
                                       root=root.tag[:40]))
    time_type = (root.findtext("timetype") or "gregoriantime").strip()
    if time_type != "gregoriantime":
        raise payload.fail("timetype", message("a {kind!r} timeline; only Gregorian timelines can be imported",
                                               kind=time_type[:40]))
    return root


def _flag(element: Element, name: str) -> bool:
    return (element.findtext(name) or "").strip().lower() == "true"


def _moment(text: str | None, where: Message, payload: Payload) -> tuple[int, ...]:
    match = _STAMP.fullmatch(text or "")
    if not match:
        raise payload.fail(where, message("expected a time such as 2021-10-13 13:23:09, got {value!r}",
                                          value=(text or "")[:40]))
    parts = tuple(int(part or 0) for part in match.groups())
    if not 1 <= parts[0] <= 9999:
        raise _Skip(message("the year {year} is outside 1 to 9999, which the timeline holds", year=parts[0]))
    return parts


def _dates(element: Element, where: Message, payload: Payload,
           staging: Staging) -> tuple[DateValue, DateValue | None, bool]:
    """The event's start and end, and whether seconds had to be dropped."""
    start, end = (_moment(element.findtext(name), placed(where, name), payload)
                  for name in ("start", "end"))
    fuzzy = _flag(element, "fuzzy")
    timed = any(parts[3:] != (0, 0, 0) for parts in (start, end))
    size = 5 if timed else 3
    try:
        first = DatePoint(*start[:size], approximate=fuzzy or _flag(element, "fuzzy_start"))
        last = DatePoint(*end[:size], approximate=fuzzy or _flag(element, "fuzzy_end"))
        start_value = DateValue(first)
        end_value = None if end[:size] == start[:size] else DateValue(last)
    except ValueError as exc:
        raise payload.fail(where, reason(exc)) from exc
    if end_value is not None and end_value.latest <= start_value.earliest:
        staging.report.approximate(where, message("the end lies before the start; end dropped"))
        end_value = None
    return start_value, end_value, any(parts[5] for parts in (start, end))


def read(payload: Payload, staging: Staging) -> None:
    root = parse(payload)
    report = staging.report
    for category in root.iterfind("categories/category"):
        name = (category.findtext("name") or "").strip()
        if name:
            staging.tag(name, rgb_to_hex(category.findtext("color") or ""))
            if (category.findtext("parent") or "").strip():
                report.approximate(message("category {name!r}", name=name),
                                   message("its parent category is not kept (tags are flat)"))
    for era in root.iterfind("eras/era"):
        span = f"{(era.findtext('start') or '').strip()} – {(era.findtext('end') or '').strip()}"
        report.skip(message("era {name!r}", name=(era.findtext("name") or "").strip()),
                    message("eras are background bands, which the project cannot hold yet ({span})", span=span))
    containers: dict[str, str] = {}
    members: list[tuple[str, str, str]] = []
    with_seconds = 0
    for index, element in enumerate(root.iterfind("events/event"), 1):
        text = element.findtext("text") or ""
        where = message("event {number} ({title})", number=index, title=text.strip()[:40])
        container, member = _CONTAINER.fullmatch(text.strip()), _MEMBER.fullmatch(text.strip())
        title = ((container or member).group(2) if container or member else text).strip() or "(no title)"
        try:
            start, end, seconds = _dates(element, where, payload, staging)
        except _Skip as exc:
            report.skip(where, exc.message)
            continue
        with_seconds += seconds
        event_id = staging.event(title=title, start=start, end=end,
                                 summary=(element.findtext("description") or "").strip() or None)
        if container:
            containers[container.group(1)] = event_id
        elif member:
            members.append((member.group(1), event_id, where))
        category = (element.findtext("category") or "").strip()
        if category:
            staging.link(EventTag, event_id=event_id, tag_id=staging.tag(category))
        for url in (element.findtext("hyperlink") or "").replace(";", " ").split():
            staging.link(EventSource, event_id=event_id, source_id=staging.source_for_url(url))
        for name in _UNMAPPED:
            if (element.findtext(name) or "").strip() not in ("", "False", "0"):
                report.skip(where, message("its {field} is not imported", field=name))
    if with_seconds:
        report.approximate("", message("seconds dropped in {count} events (the timeline keeps minutes)",
                                       count=with_seconds))
    for number, event_id, where in members:
        if number in containers:
            staging.by_id[event_id]["parent_id"] = containers[number]
        else:
            report.approximate(where, message("no container [{number}] in the file; imported without one",
                                              number=number))
