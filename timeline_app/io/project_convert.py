"""Turning a parsed project JSON file into rows, naming the record and field of any error.

Each field kind of :data:`~timeline_app.io.project_schema.TABLES` has a reader method here
(``_text``, ``_ref``, ``_date``, ...). Ids are collected for every table first, so references may
point forward (a child listed before its parent).
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path
from typing import Any

from timeline_app.domain.dates import DateError, DateValue
from timeline_app.io.errors import ImportFileError
from timeline_app.io.project_schema import ID_NAMESPACE, LINKS, SLUG_KINDS, TABLES, F, Link, place
from timeline_app.io.reading import Payload
from timeline_app.messages import Message, message
from timeline_app.store.crud import to_seconds
from timeline_app.store.models import utc_now

_UTC_TIME = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d)(?::(\d\d))?", re.ASCII)
#: What a reference points to, in words, by the table it points into.
_TARGETS = {"tags": message("tag"), "actors": message("actor"), "sources": message("source"),
            "events": message("event"), "claims": message("claim")}


class Converter:
    """Turns the parsed file into rows per table, naming the record and field of any error."""

    def __init__(self, payload: Payload, data: dict, statuses: set[str]):
        self.payload, self.data, self.statuses = payload, data, set(statuses)
        self.verbatim = data.get("ids") == "verbatim"
        self.now = utc_now()
        self.ids: dict[str, set[str]] = {}
        self.slugs: dict[tuple[str, Any], str] = {}
        self.dates: dict[tuple, dict] = {}
        self.at: str | tuple = ""
        self.project_was_empty = True

    @property
    def where(self) -> str:
        """The record being read, for messages (worded only when a message needs it)."""
        return place(*self.at) if isinstance(self.at, tuple) else self.at

    @where.setter
    def where(self, text: str) -> None:
        self.at = text

    def fail(self, field: str, problem: Message | str) -> ImportFileError:
        return self.payload.fail(f"{self.where}: {field}" if field else self.where, problem)

    def convert(self) -> dict[str, tuple[type, list[dict]]]:
        records = {key: self._records(key) for key in TABLES}
        self.statuses |= {item.get("key") for item in records["statuses"] if isinstance(item.get("key"), str)}
        own = {key: self._own_ids(key, items) for key, items in records.items() if key in SLUG_KINDS}
        tables: dict[str, tuple[type, list[dict]]] = {}
        for key, (model, fields) in TABLES.items():
            rows = []
            links = {link.table: [] for link in LINKS.get(key, ())}
            readers = [(f.column, getattr(self, f"_{f.kind}"), f) for f in fields if f.kind not in ("id", "date")]
            dates = [f for f in fields if f.kind == "date"]
            for index, item in enumerate(records[key]):
                self.at = (key, index, item)
                row = {column: read(item, f) for column, read, f in readers}
                for f in dates:
                    row.update(self._date(item, f))
                if key in own:
                    row["id"] = own[key][index]
                rows.append(row)
                for link in LINKS.get(key, ()):
                    links[link.table] += self._links(item, link, row["id"])
            tables[key] = (model, rows)
            tables.update({link.table: (link.model, links[link.table]) for link in LINKS.get(key, ())})
        return tables

    def _records(self, key: str) -> list[dict]:
        items = self.data.get(key)
        if items is None:
            return []
        if not isinstance(items, list):
            raise self.payload.fail(key, message("expected a list of records"))
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise self.payload.fail(f"{key}[{index}]", message("expected an object"))
        return items

    def _own_ids(self, key: str, items: list[dict]) -> list[str]:
        seen: set[str] = set()
        result = []
        for index, item in enumerate(items):
            self.where = place(key, index, item)
            new = self._uid(key, item.get("id")) if item.get("id") is not None else str(uuid.uuid4())
            if new in seen:
                raise self.fail("", message("the id {id!r} is used twice", id=item.get("id")))
            seen.add(new)
            result.append(new)
        self.ids[key] = seen
        return result

    def _uid(self, table: str, value: Any) -> str:
        if not isinstance(value, str) or not value or (self.verbatim and len(value) > 36):
            raise self.fail("id", message("expected an id of 1 to 36 characters, got {value!r}", value=value))
        if self.verbatim:
            return value
        if (table, value) not in self.slugs:
            try:
                self.slugs[table, value] = str(uuid.UUID(value))
            except ValueError:
                self.slugs[table, value] = str(uuid.uuid5(ID_NAMESPACE, f"{SLUG_KINDS[table]}:{value}"))
        return self.slugs[table, value]

    def _links(self, item: dict, link: Link, owner_id: str) -> list[dict]:
        values = item.get(link.key)
        values = [] if values is None else values
        if not isinstance(values, list):
            raise self.fail(link.key, message("expected a list"))
        rows, seen = [], set()
        for value in values:
            if link.bare:
                value = {"": value}
            elif not isinstance(value, dict):
                raise self.fail(link.key, message("expected objects, got {value!r}", value=value))
            row = {link.owner: owner_id, **{f.column: getattr(self, f"_{f.kind}")(value, f) for f in link.fields}}
            target = row[link.fields[0].column]
            if target in seen:
                raise self.fail(link.key, message("{value!r} is listed twice", value=value.get(link.fields[0].key)))
            seen.add(target)
            rows.append(row)
        return rows

    # -- field kinds: each reads item[f.key] and returns the column's value

    def _text(self, item: dict, f: F) -> str | None:
        value = item.get(f.key)
        if value is not None and not isinstance(value, str):
            raise self.fail(f.key, message("expected text, got {value!r}", value=value))
        return value

    def _plain(self, item: dict, f: F) -> str:
        return self._text(item, f) or ""

    def _required(self, item: dict, f: F) -> str:
        value = item.get(f.key)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f.key, message("expected non-empty text, got {value!r}", value=value))
        return value

    def _stamp(self, item: dict, f: F) -> str:
        return self._text(item, f) or self.now

    def _int(self, item: dict, f: F) -> int:
        value = item.get(f.key) or 0
        if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2**62:
            raise self.fail(f.key, message("expected a whole number, got {value!r}", value=value))
        return value

    def _offset(self, item: dict, f: F) -> int | None:
        value = item.get(f.key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 2**62):
            raise self.fail(f.key, message("expected a character offset (a whole number from 0), got {value!r}",
                                           value=value))
        return value

    def _credibility(self, item: dict, f: F) -> int | None:
        value = item.get(f.key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 6):
            raise self.fail(f.key, message("expected 1 to 6 (the Admiralty scale) or null, got {value!r}", value=value))
        return value

    def _choice(self, item: dict, f: F) -> str:
        allowed, default = f.arg
        value = item.get(f.key) or default
        if not isinstance(value, str):
            raise self.fail(f.key, message("expected text, got {value!r}", value=value))
        if allowed is not None and value not in allowed:
            raise self.fail(f.key, message("{value!r} is not one of {allowed}", value=value,
                                           allowed=", ".join(allowed)))
        return value

    def _status(self, item: dict, f: F) -> str:
        value = item.get(f.key) or "unverified"
        if value not in self.statuses:
            raise self.fail(f.key, message("unknown status {status!r}; the file and project know {statuses}",
                                           status=value, statuses=", ".join(sorted(self.statuses))))
        return value

    def _strings(self, item: dict, f: F) -> list[str]:
        value = item.get(f.key)
        value = [] if value is None else value
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f.key, message("expected a list of texts"))
        return value

    def _ref(self, item: dict, f: F) -> str | None:
        value = item.get(f.key)
        if value is None:
            return None
        target = self._uid(f.arg, value)
        if target not in self.ids[f.arg]:
            raise self.fail(f.key, message("no {kind} with id {id!r} in this file", kind=_TARGETS[f.arg], id=value))
        return target

    def _needed(self, item: dict, f: F) -> str:
        if item.get(f.key) is None:
            raise self.fail(f.key or f.arg, message("missing"))
        return self._ref(item, f)

    def _source_text(self, item: dict, f: F) -> str:
        """The text itself, or (in hand-written seed files) a file beside the JSON file."""
        if "text" in item or self.verbatim:
            return self._text(item, f) or ""
        name = self._required(item, F("text_file", "text"))
        if Path(name).name != name:
            raise self.fail("text_file",
                            message("must name a file in the same folder, not a path ({name!r})", name=name))
        try:
            return (self.payload.path.parent / name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise self.fail("text_file",
                            message("cannot read {name!r} ({reason})", name=name, reason=str(exc))) from exc

    def _date(self, item: dict, f: F) -> dict:
        value = item.get(f.key)
        prefix = f.column
        if value is None:
            return {f"{prefix}_edtf": None, f"{prefix}_earliest": None, f"{prefix}_latest": None,
                    f"{prefix}_tz": None, f"{prefix}_wording": None}
        if not isinstance(value, dict) or not isinstance(value.get("edtf"), str):
            raise self.fail(f.key, message("expected an object with an \"edtf\" text"))
        tz, wording = value.get("tz"), value.get("wording")
        if not isinstance(tz, str | None) or not isinstance(wording, str | None):
            raise self.fail(f.key, message("\"tz\" and \"wording\" must be texts"))
        cached = self.dates.get((value["edtf"], tz)) or self._date_columns(value["edtf"], tz, f)
        return {f"{prefix}_edtf": cached[0], f"{prefix}_earliest": cached[1], f"{prefix}_latest": cached[2],
                f"{prefix}_tz": tz, f"{prefix}_wording": wording}

    def _date_columns(self, edtf: str, tz: str | None, f: F) -> tuple[str, int | None, int | None]:
        """(EDTF, earliest, latest) of a date not seen before in this file.

        A large file holds tens of thousands of distinct times, and the domain's exact reading
        (time zones, clock changes, qualifiers) takes tens of microseconds each; a plain UTC
        hour or minute is its day's start plus its offset, so only the day is read that way.
        """
        clock = _UTC_TIME.fullmatch(edtf) if tz is None else None
        if clock and int(clock[2]) < 24 and int(clock[3] or 0) < 60 and clock[1] < "9999":
            day = self.dates.get((clock[1], None)) or self._date_columns(clock[1], None, f)
            start = day[1] + int(clock[2]) * 3600 + int(clock[3] or 0) * 60
            columns = (edtf, start, start + (3600 if clock[3] is None else 60))
        else:
            try:
                parsed = DateValue.from_edtf(edtf, tz=tz)
            except DateError as exc:
                raise self.fail(f.key, exc.message) from exc
            columns = (parsed.edtf, to_seconds(parsed.earliest), to_seconds(parsed.latest))
        self.dates[edtf, tz] = columns
        return columns
