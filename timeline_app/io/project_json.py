"""Reading the project JSON format: timeline_app's own complete, lossless exchange format.

:data:`TABLES` declares, once for reader and writer, every table's records as (JSON key,
column, kind) fields; links (an event's participants, sources and tags; a claim's sources and
tags) are nested in their record. The derived columns (a date's earliest and latest instants, an
event's span, a source text's SHA-256) are recomputed on import rather than trusted; a source's
``text_sha256``, when given, must match its text.

Ids: an exported file says ``"ids": "verbatim"`` and its ids are kept exactly. A hand-written
file (the demo's seed) may use readable slugs instead: each becomes a UUID derived from its kind
and text, so the same file always yields the same ids, and an annotation there may give only its
``exact`` passage, which is then located in the source text (it must occur exactly once).

Merge rules when the project is not empty: a record id that exists already, or a tag name held by
another tag, refuses the file with one message naming the record; statuses are matched by key
and take the file's label, colour and position; the project's facts (name, description) are
adopted only by an empty project. The whole file is validated before anything is inserted, in
one transaction: a file with an error imports nothing.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from timeline_app.domain.anchoring import AnchorError, locate_unique, selector_at, text_sha256
from timeline_app.io.project_schema import ID_NAMESPACE  # noqa: F401 (tests derive the demo's ids from it)
from timeline_app.io.errors import contradiction
from timeline_app.io.project_convert import Converter
from timeline_app.io.project_schema import FORMAT, FORMAT_VERSION, TABLES, place
from timeline_app.io.reading import Payload
from timeline_app.io.report import ImportReport
from timeline_app.io.staging import Staging, parents_first
from timeline_app.messages import message
from timeline_app.store import crud
from timeline_app.store.models import Actor, Claim, Event, Source, Status, Tag

#: Tables whose records make a project "not empty" for the rule on project facts.
CONTENT = (Tag, Actor, Source, Event, Claim)


def sniff(payload: Payload) -> bool:
    document = payload.document()
    return isinstance(document, dict) and document.get("format") == FORMAT


def read(payload: Payload, staging: Staging) -> None:
    """The registry's reader: validate the whole file, then insert it into the session."""
    _import(payload, staging.session, staging.report)


def import_file(session: Session, path: Path | str) -> ImportReport:
    """Import a project JSON file into the session's project (the caller commits)."""
    report = ImportReport(format="project")
    _import(Payload.load(path), session, report)
    return report


def _import(payload: Payload, session: Session, report: ImportReport) -> None:
    data = payload.json(check_depth=False)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise payload.fail("", message("not a timeline_app project file (\"format\" is not {format!r})", format=FORMAT))
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise payload.fail("", message("format version {version!r} is newer than this version of timeline_app "
                                       "reads ({supported})", version=version, supported=FORMAT_VERSION))
    statuses = set(session.scalars(select(Status.key)))
    converter = Converter(payload, data, statuses)
    tables = converter.convert()
    _derive(converter, tables)
    _refuse_existing(payload, session, converter, tables)
    try:
        _insert(session, tables)
    except IntegrityError as exc:
        session.rollback()
        raise payload.fail("", contradiction(exc)) from exc
    _adopt_facts(payload, session, data, report, empty=converter.project_was_empty)
    report.counts.update({key.replace("_", " "): len(rows) for key, (_, rows) in tables.items()
                          if rows and key in TABLES and key != "statuses"})


def _derive(converter: Converter, tables: dict) -> None:
    """Check each source text against its SHA-256, and complete annotations from the texts.

    Seed files may give an annotation's ``exact`` passage alone: it is found in the source text.
    """
    hashes = {}
    for index, row in enumerate(tables["sources"][1]):
        actual = text_sha256(row["text"])
        if row["text_sha256"] not in (None, actual):
            converter.where = place("sources", index, converter.data["sources"][index])
            raise converter.fail("text_sha256", message("does not match the SHA-256 of the text; the text was altered"))
        row["text_sha256"] = hashes[row["id"]] = actual
    texts = {row["id"]: row["text"] for row in tables["sources"][1]}
    for index, row in enumerate(tables["annotations"][1]):
        converter.where = place("annotations", index, converter.data["annotations"][index])
        row["text_sha256"] = row["text_sha256"] or hashes[row["source_id"]]
        if (row["start"] is None) != (row["end"] is None) or (row["start"] or 0) > (row["end"] or 0):
            raise converter.fail("start", message("give both start and end, with start <= end"))
        if row["start"] is not None:
            continue
        text = texts[row["source_id"]]
        try:
            start = locate_unique(text, row["exact"])
        except AnchorError as exc:
            raise converter.fail("exact", exc.message) from exc
        quote = selector_at(text, start, start + len(row["exact"]))
        row.update(prefix=quote.prefix, suffix=quote.suffix, start=quote.start, end=quote.end)


def _refuse_existing(payload: Payload, session: Session, converter: Converter, tables: dict) -> None:
    """Refuse ids the project holds already, and tag names another tag holds."""
    converter.project_was_empty = all(crud.count(session, model) == 0 for model in CONTENT)
    for key, (model, rows) in tables.items():
        if key == "statuses" or not rows or crud.count(session, model) == 0:
            continue
        ids = [row["id"] for row in rows]
        for chunk in range(0, len(ids), 500):
            clash = session.scalar(select(model.id).where(model.id.in_(ids[chunk:chunk + 500])).limit(1))
            if clash is not None:
                raise payload.fail(f"{key}[{ids.index(clash)}] ({clash})",
                                   message("a record with this id is in the project already; import the file "
                                           "into a new project, or remove that record first"))
    names = {name: tag_id for tag_id, name in session.execute(select(Tag.id, Tag.name))}
    for index, row in enumerate(tables["tags"][1]):
        if names.get(row["name"], row["id"]) != row["id"]:
            raise payload.fail(f"tags[{index}] ({row['name']})", message("the project has another tag of this name"))


def _insert(session: Session, tables: dict) -> None:
    for key, (model, rows) in tables.items():
        if key == "statuses":
            for row in rows:
                session.merge(Status(**row))
            session.flush()
            continue
        if key in ("actors", "events"):
            rows = parents_first(rows)
        elif key == "sources":
            rows = parents_first(rows, "previous_version_id")
        crud.bulk_insert(session, model, rows)
    session.flush()


def _adopt_facts(payload: Payload, session: Session, data: dict, report: ImportReport, *, empty: bool) -> None:
    facts = data.get("project") or {}
    if not isinstance(facts, dict):
        raise payload.fail("project", message("expected an object of project facts"))
    facts = {key: value for key, value in facts.items() if isinstance(value, str)}
    if empty:
        for key, value in facts.items():
            crud.set_meta(session, key=key, value=value)
        session.flush()
    elif facts:
        report.skip("project", message("the project's own facts ({facts}) were kept, since it holds records already",
                                       facts=", ".join(facts)))

