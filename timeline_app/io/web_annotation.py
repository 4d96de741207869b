"""W3C Web Annotation (JSON-LD): the project's annotations out as an AnnotationCollection, and
annotations in.

Out: each annotation targets its source record (``urn:uuid:`` and the source id, with the
source's URL as ``scope`` when it has one) through both a TextQuoteSelector (exact, prefix,
suffix) and a TextPositionSelector (start, end in code points, as the W3C model counts them);
its body links (motivation ``linking``) to the claim and/or event as ``urn:uuid:`` resources, with
a plain-text description beside them. ``created`` and ``modified`` are the record's stamps.

In: a single Annotation, a list, an AnnotationPage or an AnnotationCollection with its embedded
first page. See :mod:`timeline_app.io.web_annotation_items` for how each is anchored, and why
most annotations from elsewhere are reported as orphaned.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select

from timeline_app.io.reading import Payload, walk
from timeline_app.io.report import ExportReport
from timeline_app.io.staging import Staging
from timeline_app.io.web_annotation_items import AnnotationReader, types_of
from timeline_app.messages import message
from timeline_app.store import crud
from timeline_app.store.db import Project
from timeline_app.store.models import Annotation, Claim, Event, Source

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
COLLECTION_NAMESPACE = uuid.UUID("5e2a9d17-c4b3-4f60-8e1a-2b7c9d0f3a64")


def register(register_reader, register_writer) -> None:
    register_reader("annotations", (), read, sniff)
    register_writer("annotations", (), write)


def write(project: Project, path: Path, **_options) -> ExportReport:
    with project.session() as session:
        sources = dict(session.execute(select(Source.id, Source.url)).all())
        claims = dict(session.execute(select(Claim.id, Claim.proposition)).all())
        events = dict(session.execute(select(Event.id, Event.title)).all())
        items = [_annotation(a, sources, claims, events)
                 for a in session.scalars(select(Annotation).order_by(Annotation.source_id, Annotation.start, Annotation.id))]
        name = crud.get_meta(session, key="name") or project.name
    document = {"@context": CONTEXT, "id": f"urn:uuid:{uuid.uuid5(COLLECTION_NAMESPACE, name)}",
                "type": "AnnotationCollection", "label": name, "total": len(items),
                "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return ExportReport(format="annotations", counts={"annotations": len(items)})


def _annotation(a: Annotation, sources: dict, claims: dict, events: dict) -> dict:
    body: list[dict] = []
    described = []
    if a.claim_id:
        body.append({"type": "SpecificResource", "source": f"urn:uuid:{a.claim_id}", "purpose": "linking"})
        described.append(f"Claim: {claims[a.claim_id]}")
    if a.event_id:
        body.append({"type": "SpecificResource", "source": f"urn:uuid:{a.event_id}", "purpose": "linking"})
        described.append(f"Event: {events[a.event_id]}")
    body.append({"type": "TextualBody", "purpose": "describing", "format": "text/plain", "value": "\n".join(described)})
    target: dict[str, Any] = {"type": "SpecificResource", "source": f"urn:uuid:{a.source_id}"}
    if sources.get(a.source_id):
        target["scope"] = sources[a.source_id]
    target["selector"] = [
        {"type": "TextQuoteSelector", "exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
        {"type": "TextPositionSelector", "start": a.start, "end": a.end}]
    return {"id": f"urn:uuid:{a.id}", "type": "Annotation", "motivation": "linking", "created": a.created_at,
            "modified": a.updated_at, "body": body, "target": target}


def annotations_in(document: Any, report=None) -> Iterator[tuple[str, dict]]:
    """Each Annotation with its place: in a list, a page's items, a collection's first page."""
    for where, node, descend in walk(document):
        if not isinstance(node, dict):
            if report is not None:
                report.skip(where or message("document"), message("not an annotation object"))
            continue
        kinds = types_of(node)
        if "Annotation" in kinds:
            yield where or message("annotation"), node
        elif "AnnotationCollection" in kinds or "AnnotationPage" in kinds:
            inner, key = (node.get("first"), "first") if "AnnotationCollection" in kinds else (node.get("items"), "items")
            if isinstance(inner, str) and report is not None:
                report.skip(f"{where}{key}", message("a page given only by its address ({address}); pages are not "
                                                     "fetched", address=inner[:80]))
            else:
                descend(f"{where}{'.' if where else ''}{key}", inner)
            if isinstance(node.get("next"), str) and report is not None:
                report.skip(f"{where}next",
                            message("the next page ({address}) is not fetched", address=node["next"][:80]))
        elif report is not None and kinds:
            report.skip(where or message("document"),
                        message("a {types}, not an annotation", types=", ".join(sorted(kinds))))
        elif report is not None:
            report.skip(where or message("document"), message("an untyped object, not an annotation"))


def sniff(payload: Payload) -> bool:
    document = payload.document()
    return document is not None and next(annotations_in(document), None) is not None


def read(payload: Payload, staging: Staging) -> None:
    reader = AnnotationReader(payload, staging)
    found = 0
    for found, (where, node) in enumerate(annotations_in(payload.json(), staging.report), 1):
        reader.annotation(where, node)
    if not found:
        raise payload.fail("", message("no W3C Web Annotation found (expected an Annotation, a list of them, "
                                       "an AnnotationPage or an AnnotationCollection)"))
