"""Shared by the exchange tests: the samples folder, a full database dump, a generated project."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

from timeline_app.domain.dates import DateError, DateValue
from timeline_app.store import crud
from timeline_app.store.models import QUOTE_KINDS, RELATION_TYPES

#: The shared samples beside the checkout (tests run from the repository root; CI lays shared/
#: beside the clone too).
SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
ZONES = (None, None, "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Europe/Kyiv")
WORDS = ("Gespräche", "Kreml", "Kyiv", "talks", "😀", "Miami", "denial", "«Zitat»", "peace", "plan", "ceasefire")


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (the schema version aside), sorted: a database's full content."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        tables = [name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                  if name != "alembic_version" and not name.startswith("sqlite_")]
        return {name: sorted(con.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in tables}


def counts(project) -> dict[str, int]:
    """Rows per table of an open project."""
    with project.engine.connect() as connection:
        names = [n for (n,) in connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table' "
                                                          "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'")]
        return {n: connection.exec_driver_sql(f'SELECT count(*) FROM "{n}"').scalar_one() for n in names}


def random_point(rng: random.Random, year: int) -> str:
    """One EDTF point at a random precision (year to minute), sometimes qualified."""
    level = rng.choice((1, 2, 3, 3, 3, 4, 5, 5))
    parts = (f"{year:04d}", f"-{rng.randrange(1, 13):02d}", f"-{rng.randrange(1, 29):02d}",
             f"T{rng.randrange(24):02d}", f":{rng.randrange(60):02d}")
    return "".join(parts[:level]) + rng.choice(("", "", "", "", "~", "?", "%"))


def random_edtf(rng: random.Random, year: int) -> str:
    """A point, or sometimes a closed or open interval."""
    kind = rng.random()
    if kind < 0.1:
        return f"{random_point(rng, year)}/{random_point(rng, year + rng.randrange(1, 3))}"
    if kind < 0.14:
        return f"../{random_point(rng, year)}"
    if kind < 0.17:
        return f"{random_point(rng, year)}/.."
    return random_point(rng, year)


def random_date(rng: random.Random, *, after: DateValue | None = None) -> DateValue:
    """A date in some zone and with some wording; with ``after``, one that lies wholly later."""
    while True:
        year = after.latest.year + 2 if after is not None else rng.randrange(1900, 2030)
        try:
            return DateValue.from_edtf(random_edtf(rng, year), tz=rng.choice(ZONES),
                                       wording=rng.choice((None, None, "im November")))
        except DateError:
            continue  # a time skipped by a clock change in that zone


def sentence(rng: random.Random, n: int = 8) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def build_random_project(project, *, seed: int = 7, events: int = 200, claims: int = 300) -> None:
    """A project with every table filled: dates at all precisions, links, annotations, history."""
    rng = random.Random(seed)
    with project.session() as s:
        tags = [crud.create_tag(s, name=f"Tag {i} {rng.choice(WORDS)}", colour=rng.choice((None, "#a0b0c0"))).id
                for i in range(6)]
        parties = [crud.create_actor(s, name=f"Party {i}", kind="party", colour="#123456", aliases=[f"P{i}"],
                                     position=i).id for i in range(4)]
        people = [crud.create_actor(s, name=f"Speaker {i} {rng.choice(WORDS)}", role_title=rng.choice((None, "envoy")),
                                    parent_id=rng.choice(parties), notes=rng.choice((None, "note"))).id
                  for i in range(12)]
        sources = []
        for i in range(8):
            sources.append(crud.create_source(
                s, title=f"Report {i}", text=sentence(rng, 60), url=rng.choice((None, f"https://example.org/r{i}")),
                language="de", published=random_date(rng), retrieved_at="2025-12-22T10:00:00+00:00",
                previous_version_id=sources[-1] if sources and rng.random() < 0.3 else None).id)
        event_ids: list[str] = []
        for i in range(events):
            start = random_date(rng)
            end = random_date(rng, after=start) if rng.random() < 0.3 and start.latest and start.latest.year < 2100 else None
            event_ids.append(crud.create_event(
                s, title=f"Event {i} {sentence(rng, 3)}", start=None if rng.random() < 0.03 else start, end=end,
                summary=rng.choice((None, sentence(rng))), location=rng.choice((None, "Miami")),
                parent_id=rng.choice(event_ids) if event_ids and rng.random() < 0.2 else None,
                participants=[(a, rng.choice(("participant", "host", "mediator"))) for a in rng.sample(people + parties, rng.randrange(3))],
                source_ids=rng.sample(sources, rng.randrange(3)), tag_ids=rng.sample(tags, rng.randrange(3))).id)
        claim_ids = []
        for i in range(claims):
            claim_ids.append(crud.create_claim(
                s, proposition=f"Claim {i}: {sentence(rng)}", claimant_id=rng.choice([None, *people, *parties]),
                quote=rng.choice((None, sentence(rng, 5))), quote_language=rng.choice((None, "de", "ru")),
                translation=rng.choice((None, "translated")), quote_kind=rng.choice(QUOTE_KINDS),
                channel=rng.choice((None, "post on X")), said=rng.choice((None, random_date(rng))),
                event_id=rng.choice((None, *event_ids[:20])), status=rng.choice(("unverified", "confirmed", "denied")),
                credibility=rng.choice((None, 1, 6)), notes=rng.choice((None, "n")),
                sources=[(src, rng.choice((None, "schrieb auf X"))) for src in rng.sample(sources, rng.randrange(3))],
                tag_ids=rng.sample(tags, rng.randrange(2))).id)
        for _ in range(claims // 5):
            a, b = rng.sample(claim_ids, 2)
            crud.create_relation(s, from_claim_id=a, to_claim_id=b, type=rng.choice(RELATION_TYPES),
                                 basis=rng.choice(("stated", "inferred")), notes=rng.choice((None, "why")))
        for _ in range(40):
            source = rng.choice(sources)
            start = rng.randrange(100)
            crud.create_annotation(s, source_id=source, start=start, end=start + rng.randrange(1, 30),
                                   claim_id=rng.choice(claim_ids), event_id=rng.choice((None, *event_ids)))
        for claim_id in rng.sample(claim_ids, 30):
            crud.set_claim_status(s, claim_id=claim_id, status=rng.choice(("disputed", "refuted")), by="Analyst",
                                  reason=rng.choice((None, "second source")))
        s.commit()
