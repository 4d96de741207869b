"""Test-data builders: small timelines made in memory, without a database."""

from __future__ import annotations

from datetime import datetime, timezone

from timeline_app.domain.dates import DateValue
from timeline_app.domain.timeline.items import (
    APPROXIMATE,
    IMPRECISE,
    OPEN_END,
    OPEN_START,
    UNCERTAIN,
    ItemText,
    Kind,
    Party,
    Relation,
    TimelineData,
)
from timeline_app.domain.timeline.labels import Labeller


def seconds(text: str) -> float:
    return datetime.fromisoformat(text).replace(tzinfo=timezone.utc).timestamp()


def flags_of(edtf: str) -> int:
    value = DateValue.from_edtf(edtf)
    flags = APPROXIMATE * value.approximate | UNCERTAIN * value.uncertain
    flags |= OPEN_START * (value.start is None) | OPEN_END * (value.interval and value.end is None)
    points = [p for p in (value.start, value.end) if p is not None]
    return flags | IMPRECISE * any(p.precision < 3 for p in points)


class Builder:
    """Adds events and claims to a TimelineData the way the store loader does."""

    def __init__(self, parties=("us", "ua", "ru")):
        self.data = TimelineData(parties_info=[Party(p, p.upper(), None, i) for i, p in enumerate(parties)])
        self.texts: dict[int, ItemText] = {}
        self.data.fetch_texts = lambda keys: {k: self.texts[k] for k in keys}

    def _add(self, kind, title, edtf, party, parties=(), status=None, tags=()):
        value = DateValue.from_edtf(edtf) if edtf else None
        key = len(self.data)
        earliest = value.earliest.timestamp() if value and value.earliest else None
        latest = value.latest.timestamp() if value and value.latest else None
        start = earliest if earliest is not None else latest - 86400 if latest is not None else float("nan")
        self.data.kind.append(kind)
        self.data.rowid.append(key + 1)
        self.data.start.append(start)
        self.data.end.append(latest if latest is not None else start + 86400)
        self.data.flags.append(flags_of(edtf) if edtf else 0)
        self.data.status.append(status)
        self.data.party.append(party)
        self.data.parties.append(tuple(parties))
        self.data.tags.append(tuple(tags))
        self.texts[key] = ItemText(f"id-{key}", title, edtf)
        return key

    def event(self, title, edtf, party=None, parties=(), tags=()):
        assert len(self.data) == self.data.n_events, "add events before claims"
        key = self._add(Kind.EVENT, title, edtf, party, parties or ((party,) if party else ()), tags=tags)
        self.data.n_events += 1
        return key

    def claim(self, title, edtf, party=None, status="unverified", tags=()):
        return self._add(Kind.CLAIM, title, edtf, party, status=status, tags=tags)

    def relate(self, source, target, type="denies"):
        self.data.relations.append(Relation(source, target, type))

    def labeller(self):
        return Labeller(self.data)


def measure(text: str) -> float:
    return 7.0 * len(text)
