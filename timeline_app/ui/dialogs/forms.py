"""The logic behind the dialogs: a record's values for a dialog, and a dialog's values as one edit.

No widgets here. Each ``*_values`` function reads what a dialog shows; each ``*_edit`` function turns
what it hands back into one :class:`~timeline_app.commands.edits.Edit` through the edit factories,
so every dialog is one undo step, whatever it changed (fields, tags, status, participants). The
edits are named with Messages, as the commands name theirs; the undo history shows both alike in
the interface's language (``i18n.translated``).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import chain

from sqlmodel import Session

from timeline_app.commands import edits
from timeline_app.commands.edits import Edit, EditError
from timeline_app.domain.dates import DateValue
from timeline_app.messages import Message, message
from timeline_app.store import choices, rows
from timeline_app.store.models import PARTICIPANT_ROLES
from timeline_app.ui.dialogs.values import (ActorValues, ClaimValues, EventValues, PassageRef, RelationValues,
                                            SourceValues, StatusValues)
from timeline_app.ui.vocabulary import wording

Builder = Callable[[Session], Edit]


def combined(session: Session, text: Message, *builders: Builder) -> Edit:
    """One edit made of several, each built on what the ones before it wrote.

    Every part is applied in ``session`` as soon as it is built, so that the next part sees it
    (a passage attached to the event just created); the session is rolled back at the end, and
    the edit stack applies the whole once.
    """
    ops = []
    try:
        for build in builders:
            part = build(session)
            part.apply(session)
            ops += part.ops
    finally:
        session.rollback()
    return Edit(text, tuple(ops))


def _date(row: dict, prefix: str) -> DateValue | None:
    edtf = row[f"{prefix}_edtf"]
    return edtf and DateValue.from_edtf(edtf, tz=row[f"{prefix}_tz"], wording=row[f"{prefix}_wording"])


def _tags(session: Session, kind: str, record_id: str) -> tuple[str, ...]:
    ids = [row["tag_id"] for row in rows.rows_where(session, f"{kind}_tag", f"{kind}_id", [record_id])]
    return tuple(sorted((row["name"] for row in rows.snapshot(session, "tag", ids)), key=str.casefold))


def _choice(session: Session, record_id: str | None):
    """A record the dialog names, labelled as a search in the interface's language would list it."""
    return choices.label_of(session, record_id, wording=wording()) if record_id else None


# The table of each kind of record a dialog edits.
TABLES = {"claim": "claim", "event": "event", "actor": "actor", "source": "source", "relation": "claim_relation"}


def version_of(session: Session, kind: str, record_id: str) -> int | None:
    """The record's version as a dialog loads it: saving later refuses the edit as a conflict
    when someone else saved the record meanwhile (see ``commands.conflicts``)."""
    found = rows.snapshot(session, TABLES[kind], [record_id])
    return found[0][rows.VERSION] if found else None


def _id(choice) -> str | None:
    return choice.id if choice else None


# ---------------------------------------------------------------- claims


def claim_values(session: Session, claim_id: str) -> ClaimValues:
    (row,) = rows.snapshot(session, "claim", [claim_id])
    linked = rows.rows_where(session, "claim_source", "claim_id", [claim_id])
    return ClaimValues(
        proposition=row["proposition"], claimant=_choice(session, row["claimant_id"]), quote=row["quote"],
        quote_language=row["quote_language"], translation=row["translation"], quote_kind=row["quote_kind"],
        channel=row["channel"], said=_date(row, "said"), event=_choice(session, row["event_id"]),
        status=row["status"], credibility=row["credibility"], tags=_tags(session, "claim", claim_id),
        notes=row["notes"], source=_choice(session, linked[0]["source_id"]) if linked else None)


def _claim_fields(values: ClaimValues) -> dict:
    return dict(proposition=values.proposition.strip(), claimant_id=_id(values.claimant), quote=values.quote,
                quote_language=values.quote_language, translation=values.translation, quote_kind=values.quote_kind,
                channel=values.channel, said=values.said, event_id=_id(values.event), credibility=values.credibility,
                notes=values.notes)


def claim_edit(session: Session, values: ClaimValues, *, claim_id: str | None = None,
               passage: PassageRef | None = None, denies: str | None = None, by: str | None = None,
               version: int | None = None) -> Edit:
    """A new claim (from a passage, or denying another claim), or the changes to an existing one
    (``version``: the one the dialog loaded; the first change checks it for the whole edit)."""
    fields = _claim_fields(values)
    source = passage.source if passage else values.source
    if denies is not None:
        return edits.new_denial(session, denied_claim_id=denies, source_id=_id(source), status=values.status,
                                annotation=passage and (passage.start, passage.end), tag_names=values.tags, **fields)
    if claim_id is None:
        return edits.new_claim(session, **fields, status=values.status, tag_names=values.tags,
                               sources=[(source.id, None)] if source and not passage else [],
                               annotation=passage and (source.id, passage.start, passage.end))
    return combined(session, edits.edit_name("claim", values.proposition),
                    lambda s: edits.update_fields(s, kind="claim", record_id=claim_id, values=fields, version=version),
                    lambda s: edits.set_tags(s, kind="claim", record_id=claim_id, names=values.tags),
                    lambda s: edits.set_status(s, claim_id=claim_id, status=values.status, by=by))


def status_edit(session: Session, claim_id: str, values: StatusValues, version: int | None = None) -> Edit:
    return edits.set_status(session, claim_id=claim_id, status=values.status, by=values.by, reason=values.reason,
                            version=version)


def relation_values(session: Session, relation_id: str) -> tuple[str, RelationValues]:
    """The claim a relation starts from, and the rest of it as the dialog shows it."""
    (row,) = rows.snapshot(session, "claim_relation", [relation_id])
    return row["from_claim_id"], RelationValues(row["type"], row["basis"], _choice(session, row["to_claim_id"]),
                                                row["notes"])


def relation_edit(session: Session, from_claim_id: str, values: RelationValues, relation_id: str | None = None,
                  version: int | None = None) -> Edit:
    fields = dict(to_claim_id=_id(values.target), type=values.type, basis=values.basis, notes=values.notes)
    if relation_id is None:
        return edits.new_relation(session, from_claim_id=from_claim_id, **fields)
    return edits.update_fields(session, kind="relation", record_id=relation_id, values=fields, version=version)


# ---------------------------------------------------------------- events, actors, sources


def event_values(session: Session, event_id: str) -> EventValues:
    (row,) = rows.snapshot(session, "event", [event_id])
    taking_part = rows.rows_where(session, "event_participant", "event_id", [event_id])
    return EventValues(row["title"], row["summary"], _date(row, "start"), _date(row, "end"), row["location"],
                       _choice(session, row["parent_id"]),
                       tuple((_choice(session, p["actor_id"]), p["role"]) for p in taking_part),
                       _tags(session, "event", event_id))


def event_edit(session: Session, values: EventValues, *, event_id: str | None = None,
               passage: PassageRef | None = None, version: int | None = None) -> Edit:
    """A new event (with the passage it was made from), or the changes to an existing one."""
    fields = dict(title=values.title.strip(), summary=values.summary, start=values.start, end=values.end,
                  location=values.location, parent_id=_id(values.parent))
    taking_part = [(actor.id, role) for actor, role in values.participants]
    if event_id is None:
        new = edits.new_event(session, **fields, participants=taking_part, tag_names=values.tags)
        if passage is None:
            return new
        (created,) = next(op.rows for op in new.ops if op.table == "event")
        return combined(session, new.text, lambda s: new, lambda s: edits.attach_annotation(
            s, event_id=created["id"], source_id=passage.source.id, start=passage.start, end=passage.end))
    return combined(session, edits.edit_name("event", values.title),
                    lambda s: edits.update_fields(s, kind="event", record_id=event_id, values=fields, version=version),
                    lambda s: edits.set_tags(s, kind="event", record_id=event_id, names=values.tags),
                    lambda s: _participants(s, event_id, taking_part))


def _participants(session: Session, event_id: str, wanted: list[tuple[str, str]]) -> Edit:
    """The event's participants exactly as ``wanted`` (actor id, role)."""
    if len({actor for actor, _role in wanted}) < len(wanted):
        raise EditError(message("each party or person can take part only once"))
    for _actor, role in wanted:
        if role not in PARTICIPANT_ROLES:
            raise EditError(message("unknown role {role!r}", role=role))
    current = rows.rows_where(session, "event_participant", "event_id", [event_id])
    have = {(row["actor_id"], row["role"]) for row in current}
    gone = tuple(row for row in current if (row["actor_id"], row["role"]) not in set(wanted))
    new = tuple(rows.new_row("event_participant", event_id=event_id, actor_id=a, role=r)
                for a, r in wanted if (a, r) not in have)
    return Edit(message("Participants"), tuple(op for op in (rows.Delete("event_participant", gone),
                                                             rows.Insert("event_participant", new)) if op.rows))


def actor_values(session: Session, actor_id: str) -> ActorValues:
    (row,) = rows.snapshot(session, "actor", [actor_id])
    return ActorValues(row["name"], row["kind"], row["role_title"], _choice(session, row["parent_id"]), row["colour"],
                       tuple(row["aliases"]))


def actor_edit(session: Session, values: ActorValues, actor_id: str | None = None, version: int | None = None) -> Edit:
    fields = dict(name=values.name.strip(), kind=values.kind, role_title=values.role_title,
                  parent_id=_id(values.parent), colour=values.colour, aliases=list(values.aliases))
    if actor_id is None:
        return edits.new_actor(session, **fields)
    return edits.update_fields(session, kind="actor", record_id=actor_id, values=fields, version=version)


def source_values(session: Session, source_id: str) -> SourceValues:
    (row,) = rows.snapshot(session, "source", [source_id])
    return SourceValues(row["title"], row["kind"], row["outlet"], row["url"], row["language"],
                        _date(row, "published"), row["text"])


def source_edit(session: Session, values: SourceValues, source_id: str | None = None,
                version: int | None = None) -> Edit:
    """A new source with its text, or changes to everything of a source but its text (fixed)."""
    fields = dict(title=values.title.strip(), kind=values.kind, outlet=values.outlet, url=values.url,
                  language=values.language, published=values.published)
    if source_id is None:
        return edits.new_source(session, **fields, text=values.text)
    return edits.update_fields(session, kind="source", record_id=source_id, values=fields, version=version)


def attach_edit(session: Session, claim_id: str, passage: PassageRef) -> Edit:
    return edits.attach_annotation(session, claim_id=claim_id, source_id=passage.source.id, start=passage.start,
                                   end=passage.end)


def changed_ids(edit: Edit, table: str) -> list[str]:
    """Ids of the ``table`` records an edit creates, in order: what to select once it is made."""
    return [row["id"] for op in edit.ops if isinstance(op, rows.Insert) and op.table == table for row in op.rows]


def first_new(edit: Edit, *tables: str) -> str | None:
    return next(chain.from_iterable(changed_ids(edit, table) for table in tables), None)
