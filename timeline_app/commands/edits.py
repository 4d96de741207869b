"""Edits: one user action as row operations that can be applied and reverted exactly.

A factory reads what it needs, validates, and returns an :class:`Edit` without writing anything;
the edit stack applies it. An edit holds plain rows (ids and before/after values), never live ORM
objects, so it can be reverted and re-applied any number of times in fresh sessions and always
writes the same bytes: undo restores timestamps too, redo re-creates the same ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import reduce

from sqlmodel import Session

from timeline_app.commands.changes import Changes
from timeline_app.domain.anchoring import AnchorError, selector_at, text_sha256
from timeline_app.domain.dates import DateValue
from timeline_app.messages import Message, MessageError, message
from timeline_app.store import crud, rows, wording
from timeline_app.store.rows import Delete, Insert, Update
from timeline_app.store.models import (
    ACTOR_KINDS, PARTICIPANT_ROLES, QUOTE_KINDS, RELATION_BASES, RELATION_TYPES, utc_now,
)

#: The kinds of record an edit names, and their tables.
TABLES = {"event": "event", "claim": "claim", "actor": "actor", "source": "source",
          "relation": "claim_relation", "annotation": "annotation", "tag": "tag"}
#: Dates given as one DateValue and stored as five columns.
DATE_FIELDS = {"event": ("start", "end"), "claim": ("said",), "source": ("published",)}
#: What the user calls each kind of record, in edits' names and refusals.
NOUNS = {kind: rows.NOUNS[table] for kind, table in TABLES.items()}
#: The same at the start of a sentence.
TITLES = {"event": message("Event"), "claim": message("Claim"), "actor": message("Party or person"),
          "source": message("Source"), "relation": message("Relation"), "annotation": message("Passage"),
          "tag": message("Tag")}
#: The names of the edits that make a record: one each, since other languages' nouns differ in gender.
NEW_RECORDS = {"claim": message("New claim"), "event": message("New event"), "source": message("New source"),
               "denial": message("New denial"), "party": message("New party"), "person": message("New person"),
               "organisation": message("New organisation"), "outlet": message("New outlet"),
               "group": message("New group")}
#: The statuses every project starts with (migration 0001), as an edit's name gives them (in lower
#: case); a status the project renamed is named as it is stored.
STATUSES = {"unverified": message("unverified"), "in_progress": message("in progress"),
            "corroborated": message("corroborated"), "confirmed": message("confirmed"),
            "disputed": message("disputed"), "denied": message("denied"), "refuted": message("refuted"),
            "retracted": message("retracted"), "unresolvable": message("unresolvable"),
            "not_applicable": message("not applicable (opinion)")}
#: Fields an edit of fields may not touch, and why.
LOCKED = {
    "text": message("a source's text cannot be changed: annotations point into it; add a new version of the "
                    "source instead"),
    "text_sha256": message("a source's text hash follows its text and cannot be changed"),
    "status": message("a claim's status is changed with Set status, which records it in the status history"),
}
#: The records that can keep another from being deleted (a party's members, a claimant's claims), counted.
COUNTED = {
    "actor": lambda n: message("{count} actor", count=n) if n == 1 else message("{count} actors", count=n),
    "claim": lambda n: message("{count} claim", count=n) if n == 1 else message("{count} claims", count=n),
}


class EditError(MessageError, ValueError):
    """An edit that cannot be made, worded for the user."""


@dataclass(frozen=True)
class Edit:
    """A named list of row operations: what one user action does, and how to take it back.

    ``text`` names it for the undo history and the Undo action ("Delete claim “…”"); ``str()`` of
    it is the English name.
    """

    text: Message
    ops: tuple[Insert | Delete | Update, ...]

    def apply(self, session: Session) -> None:
        for op in self.ops:
            op.apply(session)

    def revert(self, session: Session) -> None:
        for op in reversed(self.ops):
            op.revert(session)

    @property
    def empty(self) -> bool:
        return not self.ops

    def inverse(self) -> Edit:
        """What reverting does, as an edit of its own (an undo that has to be made again)."""
        return Edit(message("Undo {edit}", edit=self.text), tuple(_inverse(op) for op in reversed(self.ops)))

    @property
    def changes(self) -> Changes:
        return reduce(Changes.merge, map(_changes, self.ops), Changes())


def _inverse(op: Insert | Delete | Update) -> Insert | Delete | Update:
    if isinstance(op, Update):
        return Update(op.table, op.key, op.after, op.before, None if op.version is None else op.version + 1)
    return (Delete if isinstance(op, Insert) else Insert)(op.table, op.rows)


def _changes(op: Insert | Delete | Update) -> Changes:
    if isinstance(op, Update):
        both = [{**op.key, **op.before}, {**op.key, **op.after}]
        return Changes.of_rows(op.table, both, structure=False)
    return Changes.of_rows(op.table, op.rows, structure=True)


def _edit(text: Message, ops: Iterable) -> Edit:
    """An edit of the operations that do something (an insert of no rows would still announce)."""
    return Edit(text, tuple(op for op in ops if isinstance(op, Update) or op.rows))


# ---------------------------------------------------------------- reading and checking


def _one(session: Session, table: str, record_id, what: Message) -> dict:
    if record_id is None:
        raise EditError(message("no {record} chosen", record=what))
    found = rows.snapshot(session, table, [record_id])
    if not found:
        raise EditError(message("there is no {record} {id!r} in this project", record=what, id=record_id))
    return found[0]


def _check_ref(session: Session, table: str, record_id, what: Message) -> None:
    if record_id is not None:
        (key,) = rows.table(table).primary_key
        if not rows.count_where(session, table, key.name, [record_id]):
            raise EditError(message("there is no {record} {id!r} in this project", record=what, id=record_id))


def _check_text(value, refusal: Message) -> None:
    if not isinstance(value, str) or not value.strip():
        raise EditError(refusal)


def _check_choice(value, allowed: tuple, what: Message) -> None:
    if value not in allowed:
        raise EditError(message("unknown {what} {value!r}; expected one of {allowed}", what=what, value=value,
                                allowed=", ".join(allowed)))


#: Per table that nests: the word for the record a record is part of, and why it cannot be its own.
_PARENTS = {"event": (message("parent event"),
                      message("an event cannot be placed inside itself or one of its own parts")),
            "actor": (message("parent actor"),
                      message("an actor cannot be placed inside itself or one of its own parts"))}


def _check_parent(session: Session, table: str, record_id: str, parent_id: str | None) -> None:
    """Refuse a parent that does not exist or that would make the record its own ancestor."""
    parent, inside_itself = _PARENTS[table]
    _check_ref(session, table, parent_id, parent)
    seen = set()
    while parent_id is not None and parent_id not in seen:
        if parent_id == record_id:
            raise EditError(inside_itself)
        seen.add(parent_id)
        parent_id = rows.value_of(session, table, "parent_id", parent_id)


def _check_event(session: Session, row: Mapping) -> None:
    _check_text(row["title"], message("an event's title cannot be empty"))
    if None not in (row["start_earliest"], row["end_latest"]) and row["end_latest"] <= row["start_earliest"]:
        raise EditError(message("the end ({end}) lies before the start ({start})", end=row["end_edtf"],
                                start=row["start_edtf"]))
    _check_parent(session, "event", row["id"], row["parent_id"])


def _check_claim(session: Session, row: Mapping) -> None:
    _check_text(row["proposition"], message("a claim's proposition cannot be empty"))
    _check_choice(row["quote_kind"], QUOTE_KINDS, message("quote kind"))
    if row["credibility"] is not None and row["credibility"] not in range(1, 7):
        raise EditError(message("credibility runs from 1 to 6, not {value!r}", value=row["credibility"]))
    _check_ref(session, "actor", row["claimant_id"], message("claimant"))
    _check_ref(session, "event", row["event_id"], NOUNS["event"])
    _check_ref(session, "status", row["status"], message("status"))


def _check_actor(session: Session, row: Mapping) -> None:
    _check_text(row["name"], message("a name cannot be empty"))
    _check_choice(row["kind"], ACTOR_KINDS, message("kind of actor"))
    if not all(isinstance(alias, str) for alias in row["aliases"]):
        raise EditError(message("aliases must be a list of texts"))
    _check_parent(session, "actor", row["id"], row["parent_id"])


def _check_source(session: Session, row: Mapping) -> None:
    _check_text(row["title"], message("a source's title cannot be empty"))
    if row["previous_version_id"] == row["id"]:
        raise EditError(message("a source cannot be its own previous version"))
    _check_ref(session, "source", row["previous_version_id"], NOUNS["source"])


def _check_relation(session: Session, row: Mapping) -> None:
    _check_choice(row["type"], RELATION_TYPES, message("relation type"))
    _check_choice(row["basis"], RELATION_BASES, message("relation basis"))
    if row["from_claim_id"] == row["to_claim_id"]:
        raise EditError(message("a claim cannot be related to itself"))
    _check_ref(session, "claim", row["from_claim_id"], NOUNS["claim"])
    _check_ref(session, "claim", row["to_claim_id"], NOUNS["claim"])
    twins = rows.rows_where(session, "claim_relation", "from_claim_id", [row["from_claim_id"]])
    if any(t["to_claim_id"] == row["to_claim_id"] and t["type"] == row["type"] and t["id"] != row["id"] for t in twins):
        raise EditError(message("these claims are already linked: {relation}", relation=wording.RELATIONS[row["type"]][0]))


def _check_tag(session: Session, row: Mapping) -> None:
    _check_text(row["name"], message("a tag's name cannot be empty"))
    if any(t["id"] != row["id"] for t in rows.rows_where(session, "tag", "name", [row["name"]])):
        raise EditError(message("a tag named {name!r} exists already", name=row["name"]))


CHECKS = {"event": _check_event, "claim": _check_claim, "actor": _check_actor, "source": _check_source,
          "relation": _check_relation, "tag": _check_tag}


def _label(kind: str, row: Mapping) -> str:
    """A record's name for an edit's text, shortened to fit a menu."""
    field = {"event": "title", "source": "title", "claim": "proposition", "actor": "name", "tag": "name",
             "relation": "type", "annotation": "exact"}[kind]
    return _shortened(str(row[field]))


def _shortened(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _stamp() -> dict:
    now = utc_now()
    return {"created_at": now, "updated_at": now}


def _tags(session: Session, names: Iterable[str]) -> tuple[list[dict], list[str]]:
    """Rows for the tags that do not exist yet, and the ids of all tags named."""
    wanted = list(dict.fromkeys(name.strip() for name in names if name.strip()))
    ids = {row["name"]: row["id"] for row in rows.rows_where(session, "tag", "name", wanted)}
    new = [rows.new_row("tag", name=name, **_stamp()) for name in wanted if name not in ids]
    ids.update((row["name"], row["id"]) for row in new)
    return new, [ids[name] for name in wanted]


def _links(session: Session, link: str, owner: dict, values: Iterable[dict], target: str) -> list[dict]:
    """Rows of a link table tying a new record to existing ``target`` records, each once."""
    column = f"{target}_id"
    values = list(values)
    if len({value[column] for value in values}) < len(values):
        raise EditError(message("each {record} can be linked only once", record=NOUNS[target]))
    for value in values:
        if value[column] is None:
            raise EditError(message("no {record} chosen", record=NOUNS[target]))
        _check_ref(session, target, value[column], NOUNS[target])
    return [rows.new_row(link, **owner, **value) for value in values]


def _annotation(session: Session, source_id: str, start: int, end: int, **target) -> dict:
    """An annotation row anchored in the source's text (offsets in code points)."""
    source = _one(session, "source", source_id, NOUNS["source"])
    if start == end:
        raise EditError(message("select a passage of the source first"))
    try:
        quote = selector_at(source["text"], start, end)
    except AnchorError as exc:
        raise EditError(exc.message) from exc
    return rows.new_row("annotation", source_id=source_id, exact=quote.exact, prefix=quote.prefix,
                        suffix=quote.suffix, start=start, end=end,
                        text_sha256=source["text_sha256"], **target, **_stamp())


# ---------------------------------------------------------------- new records


def new_event(session: Session, *, title: str, start: DateValue | None, end: DateValue | None = None,
              summary: str | None = None, location: str | None = None, parent_id: str | None = None,
              participants: Iterable[tuple[str, str]] = (), source_ids: Iterable[str] = (),
              tag_names: Iterable[str] = ()) -> Edit:
    """A new event with its participants (actor id, role), sources and tags."""
    event = rows.new_row("event", title=title, summary=summary, location=location, parent_id=parent_id,
                         **crud.date_columns("start", start), **crud.date_columns("end", end), **_stamp())
    _check_event(session, event)
    participants = [{"actor_id": actor, "role": role} for actor, role in participants]
    for item in participants:
        _check_choice(item["role"], PARTICIPANT_ROLES, message("role"))
    new_tags, tag_ids = _tags(session, tag_names)
    owner = {"event_id": event["id"]}
    return _edit(NEW_RECORDS["event"], [
        Insert("tag", tuple(new_tags)), Insert("event", (event,)),
        Insert("event_participant", tuple(_links(session, "event_participant", owner, participants, "actor"))),
        Insert("event_source", tuple(_links(session, "event_source", owner, _ids("source", source_ids), "source"))),
        Insert("event_tag", tuple(rows.new_row("event_tag", **owner, tag_id=t) for t in tag_ids)),
    ])


def _ids(target: str, ids: Iterable[str]) -> list[dict]:
    return [{f"{target}_id": value} for value in ids]


def new_actor(session: Session, *, name: str, kind: str = "person", role_title: str | None = None,
              parent_id: str | None = None, colour: str | None = None, aliases: Iterable[str] = (),
              position: int = 0, notes: str | None = None) -> Edit:
    actor = rows.new_row("actor", name=name, kind=kind, role_title=role_title, parent_id=parent_id,
                         colour=colour, aliases=list(aliases), position=position, notes=notes, **_stamp())
    _check_actor(session, actor)
    return _edit(NEW_RECORDS[kind], [Insert("actor", (actor,))])


def new_source(session: Session, *, title: str, text: str, kind: str = "article", outlet: str | None = None,
               url: str | None = None, language: str | None = None, published: DateValue | None = None,
               retrieved_at: str | None = None, previous_version_id: str | None = None,
               notes: str | None = None) -> Edit:
    """A new source; its text is fixed from now on (annotations point into it)."""
    source = rows.new_row("source", title=title, text=text, text_sha256=text_sha256(text), kind=kind,
                          outlet=outlet, url=url, language=language, retrieved_at=retrieved_at,
                          previous_version_id=previous_version_id, notes=notes,
                          **crud.date_columns("published", published), **_stamp())
    _check_source(session, source)
    return _edit(NEW_RECORDS["source"], [Insert("source", (source,))])


def new_claim(session: Session, *, proposition: str, claimant_id: str | None = None, quote: str | None = None,
              quote_language: str | None = None, translation: str | None = None, quote_kind: str = "direct",
              channel: str | None = None, said: DateValue | None = None, event_id: str | None = None,
              status: str = "unverified", credibility: int | None = None, notes: str | None = None,
              sources: Iterable[tuple[str, str | None]] = (), tag_names: Iterable[str] = (),
              annotation: tuple[str, int, int] | None = None) -> Edit:
    """A new claim with its sources (source id, attribution), tags and an annotated passage.

    The annotation's source (``(source_id, start, end)``) is linked as a source when missing.
    """
    _claim, ops = _claim_ops(session, dict(
        proposition=proposition, claimant_id=claimant_id, quote=quote, quote_language=quote_language,
        translation=translation, quote_kind=quote_kind, channel=channel, event_id=event_id, status=status,
        credibility=credibility, notes=notes, **crud.date_columns("said", said)), sources, tag_names, annotation)
    return _edit(NEW_RECORDS["claim"], ops)


def _claim_ops(session: Session, values: dict, sources, tag_names, annotation) -> tuple[dict, list]:
    claim = rows.new_row("claim", **values, **_stamp())
    _check_claim(session, claim)
    sources = [{"source_id": source, "attribution": attribution} for source, attribution in sources]
    if annotation and annotation[0] not in {item["source_id"] for item in sources}:
        sources.append({"source_id": annotation[0], "attribution": None})
    owner = {"claim_id": claim["id"]}
    anchored = [_annotation(session, *annotation, **owner)] if annotation else []
    new_tags, tag_ids = _tags(session, tag_names)
    return claim, [
        Insert("tag", tuple(new_tags)), Insert("claim", (claim,)),
        Insert("claim_source", tuple(_links(session, "claim_source", owner, sources, "source"))),
        Insert("claim_tag", tuple(rows.new_row("claim_tag", **owner, tag_id=t) for t in tag_ids)),
        Insert("annotation", tuple(anchored)),
    ]


def new_relation(session: Session, *, from_claim_id: str, to_claim_id: str, type: str,
                 basis: str = "stated", notes: str | None = None) -> Edit:
    relation = rows.new_row("claim_relation", from_claim_id=from_claim_id, to_claim_id=to_claim_id,
                            type=type, basis=basis, notes=notes, **_stamp())
    _check_relation(session, relation)
    return _edit(message("New relation: {relation}", relation=wording.RELATIONS[type][0]),
                 [Insert("claim_relation", (relation,))])


def new_denial(session: Session, *, denied_claim_id: str, claimant_id: str | None, proposition: str,
               source_id: str, quote: str | None = None, said: DateValue | None = None,
               annotation: tuple[int, int] | None = None, attribution: str | None = None,
               basis: str = "stated", relation_notes: str | None = None, **claim_fields) -> Edit:
    """The denier's claim, its source and passage, and its ``denies`` relation: one undo step.

    ``annotation`` is ``(start, end)`` in ``source_id``'s text; ``claim_fields`` are any other
    fields :func:`new_claim` takes (status, notes, event_id, ...).
    """
    _one(session, "claim", denied_claim_id, NOUNS["claim"])
    _check_choice(basis, RELATION_BASES, message("relation basis"))
    tag_names = claim_fields.pop("tag_names", ())
    claim, ops = _claim_ops(
        session, dict(proposition=proposition, claimant_id=claimant_id, quote=quote,
                      **crud.date_columns("said", said), **claim_fields),
        [(source_id, attribution)], tag_names, annotation and (source_id, *annotation))
    relation = rows.new_row("claim_relation", from_claim_id=claim["id"], to_claim_id=denied_claim_id,
                            type="denies", basis=basis, notes=relation_notes, **_stamp())
    return _edit(NEW_RECORDS["denial"], [*ops, Insert("claim_relation", (relation,))])


def attach_annotation(session: Session, *, claim_id: str | None = None, event_id: str | None = None,
                      source_id: str, start: int, end: int) -> Edit:
    """Anchor a passage to a claim or event, linking the source to it when it is not yet."""
    if (claim_id is None) == (event_id is None):
        raise EditError(message("a passage is attached to either a claim or an event"))
    kind, record_id = ("claim", claim_id) if claim_id else ("event", event_id)
    record = _one(session, kind, record_id, NOUNS[kind])
    annotation = _annotation(session, source_id, start, end, claim_id=claim_id, event_id=event_id)
    link = f"{kind}_source"
    linked = rows.rows_where(session, link, f"{kind}_id", [record_id])
    missing = [] if any(row["source_id"] == source_id for row in linked) else [
        rows.new_row(link, **{f"{kind}_id": record_id, "source_id": source_id})]
    return _edit(message("Attach passage to {record} “{label}”", record=NOUNS[kind], label=_label(kind, record)),
                 [Insert(link, tuple(missing)), Insert("annotation", (annotation,))])


# ---------------------------------------------------------------- changing and deleting


def update_fields(session: Session, *, kind: str, record_id: str, values: Mapping, version: int | None = None) -> Edit:
    """Change some fields of a record; dates are given as DateValue (or None) by their name.

    ``version``: the record's version the values were chosen on (a dialog's, when it loaded the
    record); saving refuses the edit as a conflict when the record has changed since. Without it,
    the version read here.
    """
    table = _table(kind, CHECKS)
    before = _one(session, table, record_id, NOUNS[kind])
    after = _columns(kind, table, values)
    CHECKS[kind](session, {**before, **after})
    changed = {column: value for column, value in after.items() if before[column] != value}
    if changed and "updated_at" in before:
        changed["updated_at"] = utc_now()
    update = Update(table, rows.key_of(table, before), {c: before[c] for c in changed}, changed,
                    before.get(rows.VERSION) if version is None else version)
    return _edit(edit_name(kind, _label(kind, before)), [update] if changed else [])


def edit_name(kind: str, label: str) -> Message:
    """The name of an edit of a record's fields: "Edit claim “…”", the label shortened to fit a menu."""
    return message("Edit {record} “{label}”", record=NOUNS[kind], label=_shortened(label))


def _table(kind: str, allowed: Iterable[str]) -> str:
    _check_choice(kind, tuple(allowed), message("kind of record"))
    return TABLES[kind]


def _columns(kind: str, table: str, values: Mapping) -> dict:
    """The columns to write for ``values``, refusing fields that cannot be edited."""
    dates = DATE_FIELDS.get(kind, ())
    editable = {c.name for c in rows.stored_columns(table)} - {"id", "created_at", "updated_at", rows.VERSION}
    editable -= {f"{prefix}_{part}" for prefix in dates for part in ("edtf", "earliest", "latest", "tz", "wording")}
    columns = {}
    for field, value in values.items():
        if field in dates:
            if value is not None and not isinstance(value, DateValue):
                raise EditError(message("{field} must be a date value, not {value!r}", field=field, value=value))
            columns.update(crud.date_columns(field, value))
        elif field in LOCKED and field in editable:
            raise EditError(LOCKED[field])
        elif field not in editable:
            raise EditError(message("the field {field!r} of a {record} cannot be edited", field=field,
                                    record=NOUNS[kind]))
        else:
            columns[field] = list(value) if field == "aliases" else value
    return columns


def set_status(session: Session, *, claim_id: str, status: str, by: str | None = None,
               reason: str | None = None, version: int | None = None) -> Edit:
    """Change a claim's status and record who, when, from what, to what and why (``version``: as
    for :func:`update_fields`)."""
    claim = _one(session, "claim", claim_id, NOUNS["claim"])
    text = message("Set status to {status}", status=_status_word(status, _one(session, "status", status,
                                                                              message("status"))["label"]))
    if claim["status"] == status:
        return _edit(text, [])
    now = utc_now()
    change = rows.new_row("status_change", claim_id=claim_id, at=now, by=by, from_status=claim["status"],
                          to_status=status, reason=reason)
    before = {"status": claim["status"], "updated_at": claim["updated_at"]}
    after = {"status": status, "updated_at": now}
    return _edit(text, [Update("claim", {"id": claim_id}, before, after,
                               claim[rows.VERSION] if version is None else version),
                        Insert("status_change", (change,))])


def _status_word(key: str, label: str) -> Message | str:
    """A status as an edit's name gives it: in lower case; translated unless the project renamed it."""
    word = STATUSES.get(key)
    return word if word is not None and str(word) == label.lower() else label.lower()


def set_tags(session: Session, *, kind: str, record_id: str, names: Iterable[str]) -> Edit:
    """Give an event or claim exactly these tags, creating tags that do not exist yet."""
    record = _one(session, _table(kind, ("event", "claim")), record_id, NOUNS[kind])
    link, column = f"{kind}_tag", f"{kind}_id"
    new_tags, tag_ids = _tags(session, names)
    current = rows.rows_where(session, link, column, [record_id])
    have = {row["tag_id"] for row in current}
    return _edit(message("Set tags of {record} “{label}”", record=NOUNS[kind], label=_label(kind, record)), [
        Insert("tag", tuple(new_tags)),
        Delete(link, tuple(row for row in current if row["tag_id"] not in tag_ids)),
        Insert(link, tuple(rows.new_row(link, **{column: record_id, "tag_id": t}) for t in tag_ids if t not in have)),
    ])


def delete_record(session: Session, *, kind: str, record_id: str, version: int | None = None) -> Edit:
    """Delete a record with every row that depends on it; refused while others must keep it
    (``version``: as for :func:`update_fields`)."""
    table = _table(kind, TABLES)
    record = _one(session, table, record_id, NOUNS[kind])
    if version is not None:
        record = {**record, rows.VERSION: version}
    found = rows.dependents(session, table, record_id)
    if found.blocking:
        raise EditError(message("{record} “{label}” cannot be deleted: {others} still refer to it; delete or "
                                "reassign them first", record=TITLES[kind], label=_label(kind, record),
                                others=_counted(found.blocking)))
    return _edit(message("Delete {record} “{label}”", record=NOUNS[kind], label=_label(kind, record)), [
        *_detaching(found.detached),
        *(Delete(name, tuple(deleted)) for name, deleted in reversed(found.deleted.items())),
        Delete(table, (record,)),
    ])


def _detaching(references: Iterable[rows.Reference]) -> list[Update]:
    """One update per row that loses references, however many of its columns (each row's
    version goes up once)."""
    grouped: dict[tuple, list[rows.Reference]] = {}
    for ref in references:
        grouped.setdefault((ref.table, tuple(ref.key.items())), []).append(ref)
    return [Update(refs[0].table, refs[0].key, {r.column: r.value for r in refs}, {r.column: None for r in refs},
                   refs[0].version) for refs in grouped.values()]


def _counted(per_table: Mapping[str, int]) -> Message:
    """Counts as words: "4 actors and 1 claim"."""
    return reduce(lambda first, second: message("{first} and {second}", first=first, second=second),
                  (COUNTED[name](n) for name, n in per_table.items()))
