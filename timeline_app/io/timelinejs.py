"""Knight Lab TimelineJS3 JSON: events out for publishing on the web, and TimelineJS files in.

Out: one slide per dated event. The date parts present are exactly the date's precision (a month
has no ``day``, so TimelineJS does not place it on the 1st), ``display_date`` is the app's label
("Nov 2025", "~14–15 Dec 2025"), ``group`` is the party of the event's first participant (its
lane), ``unique_id`` the event id; headline and text are plain text, HTML-escaped.

In: dates at the precision their parts state, as real files write them: numbers or strings,
``""`` for a missing part, zero-padded months. ``display_date`` is kept as the date's wording,
HTML in text is reduced to its words, ``group`` becomes a party taking part, and a media URL a
source. Eras are background bands the project cannot hold yet: each is reported as skipped with
its name and years, so nothing vanishes silently; so are BCE dates and the title slide.
"""

from __future__ import annotations

import html
import json
import uuid
from pathlib import Path

from sqlalchemy import select

from timeline_app.domain.dates import DatePoint
from timeline_app.io.convert import dated_events, event_points, value_of
from timeline_app.io.report import ExportReport
from timeline_app.io.reading import Payload
from timeline_app.io.staging import Staging
from timeline_app.io.timelinejs_slides import SlideReader
from timeline_app.messages import Message, message
from timeline_app.store import crud
from timeline_app.store.db import Project
from timeline_app.store.models import Actor, EventParticipant

UNIQUE_ID_NAMESPACE = uuid.UUID("2d3c6a1e-5b7f-4f8e-a0c4-9e1d2b3c4a5f")
_PARTS = ("year", "month", "day", "hour", "minute")


def register(register_reader, register_writer) -> None:
    register_reader("timelinejs", (), read, sniff)
    register_writer("timelinejs", (), write)


def _escaped(text: str | None) -> str:
    return html.escape(text or "").replace("\n", "<br>")


def date_parts(point: DatePoint) -> dict:
    return {name: value for name, value in zip(_PARTS, point.fields) if value is not None}


def write(project: Project, path: Path, **_options) -> ExportReport:
    report = ExportReport(format="timelinejs")
    with project.session() as session:
        names = dict(session.execute(select(Actor.id, Actor.name)).all())
        parties = crud.party_of(dict(session.execute(select(Actor.id, Actor.parent_id)).all()))
        position = dict(session.execute(select(Actor.id, Actor.position)).all())
        lanes: dict[str, list[str]] = {}
        for event_id, actor_id in session.execute(select(EventParticipant.event_id, EventParticipant.actor_id)):
            lanes.setdefault(event_id, []).append(parties[actor_id])
        slides = []
        for e, start, end in dated_events(session, report):
            first, last = event_points(start, end)
            slide = {"unique_id": e.id, "start_date": date_parts(first)}
            if last is not None and last != first:
                slide["end_date"] = date_parts(last)
            slide["display_date"] = (value_of(first, last) if start.start else start).label()
            slide["text"] = {"headline": _escaped(e.title), "text": _escaped(e.summary)}
            if e.id in lanes:
                slide["group"] = _escaped(names[min(lanes[e.id], key=lambda a: (position[a], names[a]))])
            slides.append(slide)
        name = crud.get_meta(session, key="name") or project.name
        description = crud.get_meta(session, key="description")
    document = {"title": {"text": {"headline": _escaped(name), "text": _escaped(description)}}, "events": slides}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    report.counts["events"] = len(slides)
    return report


def sniff(payload: Payload) -> bool:
    document = payload.document()
    return (isinstance(document, dict) and isinstance(document.get("events"), list)
            and "format" not in document and "@context" not in document
            and all(isinstance(slide, dict) and "start_date" in slide for slide in document["events"][:5]))


def read(payload: Payload, staging: Staging) -> None:
    document = payload.json()
    if not isinstance(document, dict) or not isinstance(document.get("events", []), list):
        raise payload.fail("", message("not a TimelineJS file (expected an object with a list of \"events\")"))
    slides = SlideReader(payload, staging, UNIQUE_ID_NAMESPACE)
    title = document.get("title")
    if isinstance(title, dict):
        staging.report.skip("title", _title_slide(slides.headline(title, "title")))
    eras = document.get("eras") or []
    if not isinstance(eras, list):
        raise payload.fail("eras", message("expected a list"))
    for index, era in enumerate(eras):
        slides.era(index, era)
    for index, slide in enumerate(document.get("events", [])):
        slides.event(index, slide)
    if slides.dropped_parts:
        staging.report.approximate("", message("seconds and milliseconds dropped (the timeline keeps minutes)"))


def _title_slide(headline: str) -> Message:
    """The title slide left out: a sentence with its headline, another for one without."""
    if headline:
        return message("the title slide ({headline}) is not imported; the project keeps its own name",
                       headline=headline)
    return message("the title slide (untitled) is not imported; the project keeps its own name")

