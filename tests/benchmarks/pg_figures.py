"""PostgreSQL figures for the benchmark: the same project, published to a server, used from there.

``--postgres URL`` names any database on a server (``postgresql://postgres@127.0.0.1:5432/postgres``)
as a role that may create databases: the benchmark makes a scratch database beside it, publishes
the benchmark project into it and drops it afterwards.

* ``pg_publish_s``: copying the whole project to the server (one transaction), for orientation;
* ``pg_open_first_frame_s``: opening the shared project, loading the timeline and painting the
  first frame, in a fresh process: the very code of ``timeline_open_first_frame_s``;
* ``pg_edit_roundtrip_ms``: the median of EDITS edits of a claim, each made through the command
  layer (read, build, commit) on one connection until a second connection's change feed has
  delivered it.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

from timeline_figures import ENV, OPEN_AND_PAINT

EDITS = 50


def measure_postgres(path: Path, url: str) -> dict:
    from timeline_app.store.db import open_project
    from timeline_app.store.transfer import copy_to

    admin, name = _admin(url), f"timeline_bench_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        address = _address(url, name)
        local = open_project(path, read_only=True)
        started = time.perf_counter()
        copy_to(local, address).close()
        figures = {"pg_publish_s": time.perf_counter() - started}
        local.close()
        figures.update(_open_first_frame(address))
        figures["pg_edit_roundtrip_ms"] = _edit_roundtrip_ms(address)
        return figures
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def _admin(url: str):
    import psycopg

    from timeline_app.store.address import server_address

    parsed = server_address(url).url
    return psycopg.connect(**parsed.translate_connect_args(username="user", database="dbname"),
                           **dict(parsed.query), autocommit=True)


def _address(url: str, database: str) -> str:
    from timeline_app.store.address import server_address

    parsed = server_address(url).url._replace(database=database, drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


def _open_first_frame(address: str) -> dict:
    """The timeline's own figure, in a fresh process, on the shared project."""
    out = subprocess.run([sys.executable, "-c", OPEN_AND_PAINT, address], capture_output=True, text=True, env=ENV,
                         timeout=600, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    return {"pg_open_first_frame_s": figures["timeline_open_first_frame_s"],
            "pg_timeline_rss_mb": figures["timeline_rss_mb"]}


def _edit_roundtrip_ms(address: str) -> float:
    from sqlalchemy import select

    from timeline_app.commands import edits
    from timeline_app.commands.changes import from_feed
    from timeline_app.commands.commit import commit_edit
    from timeline_app.store.changes_feed import ChangeFeed
    from timeline_app.store.db import open_project
    from timeline_app.store.models import Claim

    writer, reader = open_project(address), open_project(address)
    feed = ChangeFeed(reader)
    with writer.session() as session:
        claims = list(session.scalars(select(Claim.id).limit(EDITS)))
    times = []
    try:
        for n, claim in enumerate(claims):
            started = time.perf_counter()
            with writer.session() as session:
                edit = edits.update_fields(session, kind="claim", record_id=claim,
                                           values={"proposition": f"Edited claim {n}"})
            commit_edit(writer, edit)
            seen = set()
            while claim not in seen:
                seen |= from_feed(feed.wait(5)).claims
                if time.perf_counter() - started > 5:
                    raise RuntimeError("the change feed did not deliver an edit within 5 s")
            times.append((time.perf_counter() - started) * 1000)
    finally:
        feed.close()
        writer.close()
        reader.close()
    return statistics.median(times)
