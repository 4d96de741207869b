"""Benchmark: build a large synthetic project and print how long things take and how much memory.

    python tests/benchmarks/run.py --events 100000 [--json out.json] [--keep big.tlproj] [--postgres URL]

N events, 3N claims and N/10 relations, spread over 25 years at mixed precision, among six
parties with ten speakers each. Rows are generated before timing starts; ``create_s`` times the
project's own bulk path (SQLAlchemy Core inserts), ``create_sqlite3_reference_s`` the same rows
written by plain ``sqlite3`` ``executemany`` into an identical schema in the same run. Not
collected by pytest: speed is measured here, never asserted in tests. With ``--postgres URL`` the
same project is also published to that PostgreSQL server and used from there (see pg_figures.py).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from timeline_app.domain.dates import DateValue  # noqa: E402
from timeline_app.store import crud  # noqa: E402
from timeline_app.store.db import create_project, open_project  # noqa: E402
from timeline_app.store.models import Actor, Claim, ClaimRelation, Event, utc_now  # noqa: E402
from export_figures import measure_export  # noqa: E402
from timeline_figures import ENV as TIMELINE_ENV, measure_timeline  # noqa: E402

EPOCH = datetime(2000, 1, 1, tzinfo=timezone.utc)
SPAN_DAYS = 25 * 365
PARTIES = ("United States", "Ukraine", "Russia", "Europeans", "Germany", "United Nations")


def synthetic_rows(n_events: int, seed: int = 1) -> dict[type, list[dict]]:
    """Rows for every table, as the bulk path takes them."""
    rng = random.Random(seed)
    now = utc_now()
    stamp = {"created_at": now, "updated_at": now}
    actors, speakers = [], []
    for p, name in enumerate(PARTIES):
        party_id = f"00000000-0000-4000-8000-{p:012d}"
        actors.append({"id": party_id, "name": name, "kind": "party", "parent_id": None, "colour": None,
                       "role_title": None, "aliases": [], "position": p, "notes": None, **stamp})
        for s in range(10):
            speaker = f"00000000-0000-4000-9000-{p * 100 + s:012d}"
            speakers.append(speaker)
            actors.append({"id": speaker, "name": f"{name} speaker {s}", "kind": "person", "parent_id": party_id,
                           "colour": None, "role_title": None, "aliases": [], "position": 0, "notes": None, **stamp})
    events = [_event(rng, i, stamp) for i in range(n_events)]
    claims = [_claim(rng, i, speakers, events, stamp) for i in range(3 * n_events)]
    relations = [_relation(rng, i, claims, stamp) for i in range(n_events // 10)]
    return {Actor: actors, Event: events, Claim: claims, ClaimRelation: relations}


def _date(rng: random.Random) -> DateValue:
    day = EPOCH + timedelta(days=rng.randrange(SPAN_DAYS), minutes=rng.randrange(24 * 60))
    kind = rng.random()
    if kind < 0.05:
        return DateValue.from_edtf(f"{day.year:04d}")
    if kind < 0.20:
        return DateValue.from_edtf(f"{day.year:04d}-{day.month:02d}")
    if kind < 0.30:
        return DateValue.from_edtf(day.strftime("%Y-%m-%dT%H:%M"))
    return DateValue.from_edtf(day.strftime("%Y-%m-%d") + ("~" if kind > 0.95 else ""))


def _event(rng: random.Random, i: int, stamp: dict) -> dict:
    start = _date(rng)
    end = None
    if rng.random() < 0.2 and start.latest is not None:
        last = start.latest + timedelta(days=rng.randrange(1, 30))
        end = DateValue.from_edtf(last.strftime("%Y-%m-%d"))
    return {"id": f"e{i:035d}", "title": f"Event {i}", "summary": None, "location": None, "parent_id": None,
            **crud.date_columns("start", start), **crud.date_columns("end", end), **stamp}


def _claim(rng: random.Random, i: int, speakers: list[str], events: list[dict], stamp: dict) -> dict:
    event = events[rng.randrange(len(events))] if rng.random() < 0.7 else None
    return {"id": f"c{i:035d}", "claimant_id": rng.choice(speakers), "proposition": f"Claim number {i}",
            "quote": f"Quote {i}", "quote_language": "en", "translation": None, "quote_kind": "direct",
            "channel": "statement", "event_id": event["id"] if event else None,
            "status": rng.choice(("unverified", "confirmed", "denied", "disputed")), "credibility": None,
            "notes": None, **crud.date_columns("said", _date(rng)), **stamp}


def _relation(rng: random.Random, i: int, claims: list[dict], stamp: dict) -> dict:
    a, b = rng.sample(range(len(claims)), 2)
    return {"id": f"r{i:035d}", "from_claim_id": claims[a]["id"], "to_claim_id": claims[b]["id"],
            "type": rng.choice(("denies", "confirms", "supports")), "basis": "stated", "notes": None, **stamp}


def median_ms(action, repeat: int = 15) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        action()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def create_with_project_code(path: Path, rows: dict) -> float:
    project = create_project(path)
    t = time.perf_counter()
    with project.session() as session:
        for model, table_rows in rows.items():
            crud.bulk_insert(session, model, table_rows)
        session.commit()
    elapsed = time.perf_counter() - t
    project.close()
    return elapsed


def create_with_plain_sqlite3(path: Path, rows: dict) -> float:
    """The same rows through ``sqlite3.executemany``: the floor for the bulk path."""
    create_project(path).close()
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute("PRAGMA cache_size = -65536")
    t = time.perf_counter()
    for model, table_rows in rows.items():
        columns = [c.name for c in model.__table__.columns if c.computed is None and c.name in table_rows[0]]
        sql = f"INSERT INTO {model.__tablename__} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        encode = (lambda v: json.dumps(v) if isinstance(v, list) else v)
        con.executemany(sql, ([encode(r[c]) for c in columns] for r in table_rows))
    con.commit()
    elapsed = time.perf_counter() - t
    con.close()
    return elapsed


def measure(n_events: int, workdir: Path, postgres: str | None = None) -> dict:
    rows = synthetic_rows(n_events)
    path, reference = workdir / "bench.tlproj", workdir / "reference.tlproj"
    figures = {"events": n_events, "claims": 3 * n_events, "relations": n_events // 10}
    figures["create_s"] = create_with_project_code(path, rows)
    figures["create_sqlite3_reference_s"] = create_with_plain_sqlite3(reference, rows)
    del rows

    t = time.perf_counter()
    project = open_project(path)
    with project.session() as session:
        crud.count(session, Claim)
    figures["open_s"] = time.perf_counter() - t

    middle = int((EPOCH + timedelta(days=SPAN_DAYS / 2)).timestamp())
    month = (middle, middle + 31 * 86400)
    with project.session() as session:
        figures["range_query_events"] = len(crud.events_in_range(session, start=month[0], end=month[1]))
        figures["range_query_ms"] = median_ms(lambda: crud.events_in_range(session, start=month[0], end=month[1]))
        figures["party_counts_ms"] = median_ms(lambda: crud.claim_counts_by_party(session))
    project.close()
    figures["file_mb"] = path.stat().st_size / 2**20
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["json_import_s"] = project_json_import_s(path, workdir)  # after peak_rss_mb: it parses the whole file
    figures.update(measure_timeline(path))
    figures.update(measure_panel_in_child(path))
    figures.update(measure_export(workdir, build_project))
    if postgres:
        from pg_figures import measure_postgres

        figures.update(measure_postgres(path, postgres))
    return figures


def measure_panel_in_child(path: Path) -> dict:
    """The claims panel's figures, in a process of their own (Qt and its caches stay out of ours)."""
    import subprocess

    code = ("import json, sys; sys.path.insert(0, 'tests/benchmarks'); from pathlib import Path; "
            "from panel_figures import measure_panel; print(json.dumps(measure_panel(Path(sys.argv[1]))))")
    result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True,
                            timeout=900, cwd=Path(__file__).resolve().parents[2], env=TIMELINE_ENV)
    return json.loads(result.stdout.strip().splitlines()[-1])


def build_project(path: Path, n_events: int) -> None:
    """A synthetic project of ``n_events`` events (3 claims each), for figures of their own."""
    create_with_project_code(path, synthetic_rows(n_events))


# ---------------------------------------------------------------- project JSON import (issue 5)


def project_json_import_s(path: Path, workdir: Path) -> float:
    """Export the benchmark project as project JSON, then time importing that file (reading,
    validating, inserting, committing) into an empty project. Target: <= 2 x create_sqlite3_reference_s."""
    from timeline_app.io.formats import export_file, import_file

    source = open_project(path, read_only=True)
    export_file(source, workdir / "bench.json")
    source.close()
    target = create_project(workdir / "imported.tlproj")
    t = time.perf_counter()
    import_file(target, workdir / "bench.json")
    elapsed = time.perf_counter() - t
    target.close()
    return elapsed


def print_table(figures: dict) -> None:
    width = max(map(len, figures))
    for key, value in figures.items():
        shown = f"{value:,.3f}" if isinstance(value, float) else f"{value:,}"
        print(f"{key:<{width}}  {shown:>12}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000, help="number of events (claims: 3x, relations: x/10)")
    parser.add_argument("--json", type=Path, help="also write the figures as one flat JSON object here")
    parser.add_argument("--keep", type=Path, help="keep the generated project at this path")
    parser.add_argument("--postgres", metavar="URL", help="also measure the project on this PostgreSQL server "
                        "(postgresql://user@host:port/dbname, a role that may create a scratch database)")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="timeline-bench-"))
    try:
        figures = measure(args.events, workdir, args.postgres)
        if args.keep:
            shutil.copy(workdir / "bench.tlproj", args.keep)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print_table(figures)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
