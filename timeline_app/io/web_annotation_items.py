"""One W3C Web Annotation into one annotation: find its source, anchor its passage, link it.

An annotation here marks a passage of a source text the project holds and ties it to a claim or
an event. So one from elsewhere imports only when (1) its target names a source of this project,
by ``urn:uuid:`` id or by URL, (2) its selectors (a TextQuoteSelector and/or a
TextPositionSelector, also when reached through ``refinedBy`` of another selector) find the
passage in that text, re-anchoring by quote and context as the domain does, and (3) a body names
a claim or event of the project. Anything else is reported with the reason: most annotations
made on web pages are *orphaned* here (their page is not a source of the project), which is
reported, never guessed at. The position is counted in code points, as the W3C model does.
"""

from __future__ import annotations

import uuid
from collections import deque
from datetime import datetime
from functools import reduce
from typing import Any

from sqlalchemy import select

from timeline_app.domain.anchoring import TextQuote, anchor, selector_at
from timeline_app.io.reading import Payload
from timeline_app.io.staging import Staging
from timeline_app.messages import Message, message
from timeline_app.store.models import Annotation, Claim, Event, Source

ANNOTATION_NAMESPACE = uuid.UUID("b4f1e0a3-7c2d-4e59-9a86-0d3f5c1b2e47")
MAX_REFINEMENTS = 8
_TEXT_SELECTORS = {"TextQuoteSelector", "TextPositionSelector"}


def types_of(node: dict) -> set[str]:
    kind = node.get("type", node.get("@type"))
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("#", 1)[-1].rsplit(":", 1)[-1] for k in kinds if isinstance(k, str)}


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [] if value is None else [value]


def _urn(value: Any) -> str | None:
    """The record id in a ``urn:uuid:`` reference (a string, or an object's id or source)."""
    if isinstance(value, dict):
        value = value.get("source") if isinstance(value.get("source"), str) else value.get("id")
    if isinstance(value, str) and value.lower().startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(value[9:]))
        except ValueError:
            return None
    return None


def text_selectors(selector: Any) -> tuple[dict[str, dict], list[str | Message]]:
    """The text selectors by type found in a selector (list) and its ``refinedBy`` chains,
    and the names of the other selector types met."""
    found: dict[str, dict] = {}
    others: list[str | Message] = []
    pending = deque((item, 0) for item in _as_list(selector))
    while pending:
        item, depth = pending.popleft()
        if not isinstance(item, dict) or depth > MAX_REFINEMENTS:
            continue
        kinds = types_of(item)
        if kinds & _TEXT_SELECTORS:
            found.setdefault(min(kinds & _TEXT_SELECTORS), item)
        else:
            others += sorted(kinds) or [message("untyped selector")]
        pending += [(refined, depth + 1) for refined in _as_list(item.get("refinedBy"))]
    return found, others


def _comma(first: Message | str, then: Message | str) -> Message:
    """Two items of a list; reduced over a list, the whole list ("a, b, c")."""
    return message("{first}, {then}", first=first, then=then)


def _semicolon(first: Message, then: Message) -> Message:
    """Two reasons in turn; reduced over a list, all of them ("a; b; c")."""
    return message("{first}; {then}", first=first, then=then)


def _orphaned(reasons: list[Message]) -> Message:
    """Why no target of an annotation placed it: each reason once, in the order met."""
    if not reasons:
        return message("orphaned: it has no target")
    return message("orphaned: {reasons}", reasons=reduce(_semicolon, reasons))


class AnnotationReader:
    def __init__(self, payload: Payload, staging: Staging):
        self.payload, self.staging, self.report = payload, staging, staging.report
        session = staging.session
        self.by_url = {url: source_id for source_id, url in session.execute(select(Source.id, Source.url)) if url}

    def annotation(self, where: Message | str, node: dict) -> None:
        label = message("{place} ({id})", place=where, id=node["id"][:80]) if isinstance(node.get("id"), str) else where
        record_id = _urn(node.get("id")) or (str(uuid.uuid5(ANNOTATION_NAMESPACE, node["id"]))
                                            if isinstance(node.get("id"), str) else None)
        if record_id and self.staging.taken(Annotation, record_id):
            self.report.skip(label, message("an annotation with this id is in the project already"))
            return
        links = self._links(node)
        reasons = []
        for target in _as_list(node.get("target")):
            placed = self._place(target, reasons)
            if placed is None:
                continue
            if not links:
                self.report.skip(label, message("its body names no claim or event of this project to link the "
                                                "passage to"))
                return
            self.staging.annotation(id=record_id, **placed, **links, created=self._stamp(node, "created"),
                                    updated=self._stamp(node, "modified"))
            return
        self.report.skip(label, _orphaned(list(dict.fromkeys(reasons))))

    def _links(self, node: dict) -> dict:
        links = {}
        for body in _as_list(node.get("body")):
            record_id = _urn(body)
            if record_id is None:
                continue
            if self.staging.session.get(Claim, record_id) is not None:
                links.setdefault("claim_id", record_id)
            elif self.staging.session.get(Event, record_id) is not None:
                links.setdefault("event_id", record_id)
        return links

    def _source(self, target: Any) -> tuple[Source | None, Message]:
        if isinstance(target, str):
            address = target
        elif isinstance(target, dict):
            address = target.get("source", target.get("id"))
            address = address.get("id") if isinstance(address, dict) else address
        else:
            return None, message("a target that is neither an address nor an object")
        if not isinstance(address, str):
            return None, message("a target without an address")
        source_id = _urn(address) or self.by_url.get(address.split("#", 1)[0])
        if source_id is None and isinstance(target, dict) and isinstance(target.get("scope"), str):
            source_id = self.by_url.get(target["scope"])
        source = self.staging.session.get(Source, source_id) if source_id else None
        return source, message("{address} is not a source of this project", address=address[:100])

    def _place(self, target: Any, reasons: list[Message]) -> dict | None:
        source, why = self._source(target)
        if source is None:
            reasons.append(why)
            return None
        selectors, others = text_selectors(target.get("selector")) if isinstance(target, dict) else ({}, [])
        if not selectors:
            reasons.append(message("no text selector for {title!r} (only {types})", title=source.title[:60],
                                   types=reduce(_comma, others))
                           if others else message("no text selector for {title!r}", title=source.title[:60]))
            return None
        quote, position = selectors.get("TextQuoteSelector", {}), selectors.get("TextPositionSelector", {})
        start, end = position.get("start"), position.get("end")
        if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in (start, end)):
            start = end = None
        exact = quote.get("exact") if isinstance(quote.get("exact"), str) else None
        if exact is None and start is not None and start <= end <= len(source.text):
            exact = source.text[start:end]
        context = {key: quote.get(key) if isinstance(quote.get(key), str) else "" for key in ("prefix", "suffix")}
        found = exact and anchor(source.text, TextQuote(exact, context["prefix"], context["suffix"], start or 0, end or 0))
        if not found:
            reasons.append(message("the passage is not in the text of {title!r}", title=source.title[:60]))
            return None
        if (start, end) != found:
            context = {"prefix": selector_at(source.text, *found).prefix, "suffix": selector_at(source.text, *found).suffix}
            if start is not None:
                self.report.approximate(message("annotation on {title!r}", title=source.title[:60]),
                                        message("re-anchored from {start}–{end} to {new_start}–{new_end}",
                                                start=start, end=end, new_start=found[0], new_end=found[1]))
        return {"source_id": source.id, "exact": exact, "start": found[0], "end": found[1],
                "text_sha256": source.text_sha256, **context}

    def _stamp(self, node: dict, key: str) -> str | None:
        value = node.get(key)
        try:
            return datetime.fromisoformat(value).isoformat() if isinstance(value, str) else None
        except ValueError:
            return None
