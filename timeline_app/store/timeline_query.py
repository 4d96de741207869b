"""Loading what the timeline draws into compact columns, and the texts of items in view.

The view then works from memory: panning and zooming never query the database, and titles are
fetched only for items that come into view. Rows are read through the DB-API cursor (plain
tuples, no ORM objects) and date flags are computed by SQLite itself, which keeps opening a
project of 400,000 items to a fraction of a second. A shared project on PostgreSQL runs the same
queries; :mod:`timeline_app.store.dialect` spells the few expressions that differ.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

import numpy as np

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
from timeline_app.store.crud import party_of
from timeline_app.store.db import Project
from timeline_app.store.dialect import SQLITE, Sql, raw_cursor, sql_of

DAY = 86400
#: SQLite placeholders per statement stay far below its limit.
CHUNK = 500
#: Row id bounds taking every row (SQLite row ids are 64-bit and never negative here).
ALL_ROWS = (-1, 2**63 - 1)
#: A relation as the row ids of its two claims. PostgreSQL's planner would join by scanning every
#: claim twice; there each claim is looked up by its key, as SQLite does with the join.
RELATIONS = ("SELECT f.rowid, t.rowid, r.type FROM claim_relation r "
             "JOIN claim f ON f.id = r.from_claim_id JOIN claim t ON t.id = r.to_claim_id")
RELATIONS_BY_KEY = ("SELECT (SELECT rowid FROM claim WHERE id = r.from_claim_id), "
                    "(SELECT rowid FROM claim WHERE id = r.to_claim_id), r.type FROM claim_relation r")


def flags_sql(column: str, sql: Sql = SQLITE) -> str:
    """An SQL expression giving the item flags of an EDTF column (see ``items``)."""
    c = column
    slash, tilde, percent, question = (sql.find(c, f"'{mark}'") for mark in "/~%?")
    short = "(length(rtrim({part}, '~?%')) <= 7 AND {part} <> '..')"
    left, right = f"substr({c}, 1, {slash} - 1)", f"substr({c}, {slash} + 1)"
    imprecise = (f"CASE WHEN {slash} = 0 THEN {short.format(part=c)} "
                 f"ELSE ({short.format(part=left)} OR {short.format(part=right)}) END")
    terms = [
        sql.flag(f"{tilde} + {percent} > 0", APPROXIMATE),
        sql.flag(f"{question} + {percent} > 0", UNCERTAIN),
        sql.flag(f"substr({c}, 1, 2) = '..'", OPEN_START),
        sql.flag(f"{sql.last_two(c)} = '..'", OPEN_END),
        sql.flag(imprecise, IMPRECISE),
    ]
    # A plain day ("2025-12-14", by far the most common) has no flags: skip the string work.
    return f"CASE WHEN {c} IS NULL OR {sql.plain_day(c)} THEN 0 ELSE " + " | ".join(f"({t})" for t in terms) + " END"


def event_columns(sql: Sql = SQLITE) -> list[str]:
    """Start, end and flags of an event, as loading and refreshing read them."""
    return ["coalesce(start_earliest, start_latest - 86400)", "span_latest",
            f"({flags_sql('start_edtf', sql)}) | ({flags_sql('end_edtf', sql)})"]


def claim_columns(sql: Sql = SQLITE) -> list[str]:
    """Start, end, flags, claimant and status of a claim, as loading and refreshing read them."""
    return ["coalesce(said_earliest, said_latest - 86400)", "said_latest", flags_sql("said_edtf", sql), "claimant_id",
            "status"]


def borrowed_end(start: float, end: float) -> float:
    """An open end borrows a day from the known start: ``2025-12-14/..`` spans 14 December."""
    return start + DAY if end != end and start == start else end


def load_timeline(project: Project) -> TimelineData:
    """Every event and claim of the project as timeline items (texts come later, on demand)."""
    data = TimelineData()
    sql = sql_of(project.engine)
    # SQLite works without Python's lock: the claims (the largest part), in two halves by row id,
    # are read on two more connections while this one reads the rest, so both processor cores
    # work on opening (a server's processes work in parallel likewise).
    with ThreadPoolExecutor(max_workers=2) as pool, project.engine.connect() as connection:
        cursor = raw_cursor(connection)
        cursor.execute("SELECT max(rowid) FROM claim")
        middle = (cursor.fetchone()[0] or 0) // 2
        halves = [pool.submit(_read_columns, project, "claim", claim_columns(sql), rowids, sql)
                  for rowids in ((-1, middle), (middle, ALL_ROWS[1]))]
        parties = _load_actors(cursor, data)
        _load_events(cursor, data, parties, sql)
        cursor.execute(RELATIONS_BY_KEY if sql.postgresql else RELATIONS)
        relations = cursor.fetchall()
        _load_claims([half.result() for half in halves], data, parties)
        data.relations = _relations(data, relations)
        _load_tags(cursor, data)
        cursor.close()
    data.fetch_texts = lambda keys: fetch_texts(project, data, keys)
    return data


def _columns(cursor, table: str, expressions: list[str], rowids: tuple[int, int] = ALL_ROWS,
             sql: Sql = SQLITE) -> list[str]:
    """Whole columns at once, in row id order: one comma-separated ``group_concat`` text each.

    Building one tuple per row costs far more than the values themselves; one string per column,
    parsed by NumPy in C (:func:`_numbers`) or split in Python, is several times faster. NULLs
    become 'nan' (group_concat would drop them). The first column is the row id; rows are those
    with ``rowids[0] < rowid <= rowids[1]``.
    """
    inner = ", ".join(f"{e} AS c{i}" for i, e in enumerate(["rowid", *expressions]))
    if sql.postgresql:
        outer = ", ".join(f"string_agg(coalesce(c{i}::text, 'nan'), ',')" for i in range(len(expressions) + 1))
        cursor.execute(f"SELECT {outer} FROM (SELECT {inner} FROM {table} WHERE rowid > ? AND rowid <= ? "
                       "ORDER BY rowid) AS r", rowids)
        return _in_row_order([text or "" for text in cursor.fetchone()])
    outer = ", ".join(f"group_concat(coalesce(c{i}, 'nan'))" for i in range(len(expressions) + 1))
    cursor.execute(f"SELECT {outer} FROM (SELECT {inner} FROM {table} WHERE rowid > ? AND rowid <= ? ORDER BY rowid)",
                   rowids)
    return [text or "" for text in cursor.fetchone()]


def _in_row_order(columns: list[str]) -> list[str]:
    """The columns sorted by row id, should a server have aggregated the ordered rows out of order
    (PostgreSQL keeps a sorted subquery's order for ``string_agg``, without promising it)."""
    rowids = _numbers(columns[0], np.int64)
    if not np.any(rowids[1:] < rowids[:-1]):
        return columns
    order = np.argsort(rowids, kind="stable")
    return [",".join(np.array(_words(text), dtype=object)[order]) for text in columns]


def _read_columns(project: Project, table: str, expressions: list[str], rowids: tuple[int, int],
                  sql: Sql = SQLITE) -> list[str]:
    """:func:`_columns` on a connection of its own, for a worker thread."""
    with project.engine.connect() as connection:
        cursor = raw_cursor(connection)
        try:
            return _columns(cursor, table, expressions, rowids, sql)
        finally:
            cursor.close()


def _numbers(text: str, dtype) -> np.ndarray:
    return np.fromstring(text, dtype=dtype, sep=",") if text else np.empty(0, dtype=dtype)


def _words(text: str) -> list[str]:
    return text.split(",") if text else []


def _load_actors(cursor, data: TimelineData) -> dict[str, str | None]:
    """Each actor's party id (None when its top-level actor is not a party)."""
    data.parties_info, data.actor_party = read_actors(cursor)
    return data.actor_party


def read_actors(cursor) -> tuple[list[Party], dict[str, str | None]]:
    """The parties (top-level actors of kind party), and each actor's party (None: no party)."""
    cursor.execute("SELECT id, parent_id, kind, name, colour, position FROM actor")
    actors = cursor.fetchall()
    top = party_of({a[0]: a[1] for a in actors})
    party_ids = {a[0] for a in actors if a[1] is None and a[2] == "party"}
    parties = [Party(a[0], a[3], a[4], a[5]) for a in actors if a[0] in party_ids]
    return parties, {actor_id: (t if t in party_ids else None) for actor_id, t in top.items()}


def _append_columns(data: TimelineData, kind: Kind, columns: list[str]) -> int:
    """Append the rowid, start, end and flags columns (texts as :func:`_columns` gives them).

    An open side borrows a day from the known one: ``../2025-12-21`` spans 21 December (drawn
    with an open start), ``2025-12-14/..`` spans 14 December (drawn with an open end).
    """
    rowids = _numbers(columns[0], np.int64)
    if np.any(rowids[1:] < rowids[:-1]):
        raise RuntimeError(f"the database returned the {kind.name.lower()}s out of row order")
    starts, ends = _numbers(columns[1], np.float64), _numbers(columns[2], np.float64)
    for i in np.flatnonzero(np.isnan(ends) & ~np.isnan(starts)).tolist():
        ends[i] = borrowed_end(float(starts[i]), float(ends[i]))
    n = len(rowids)
    data.kind.extend(bytes([kind]) * n)
    data.rowid.frombytes(rowids.tobytes())
    data.start.frombytes(starts.tobytes())
    data.end.frombytes(ends.tobytes())
    data.flags.extend(_numbers(columns[3], np.uint8).tobytes())
    data.tags.extend([()] * n)
    return n


def _relations(data: TimelineData, rows: list[tuple[int, int, str]]) -> list[Relation]:
    """Relations between claims given by row ids, as relations between item keys."""
    if not rows:
        return []
    rowids = np.frombuffer(data.rowid, dtype=np.int64)[data.n_events:]
    wanted = np.array([(a, b) for a, b, _ in rows], dtype=np.int64)
    found = np.minimum(np.searchsorted(rowids, wanted), len(rowids) - 1)
    # a claim written by another program between the reads has no item yet: skip its relations
    keep = (rowids[found] == wanted).all(axis=1) if len(rowids) else np.zeros(len(rows), dtype=bool)
    ends = (found + data.n_events).tolist()
    return [Relation(a, b, row[2]) for (a, b), row, ok in zip(ends, rows, keep.tolist()) if ok]


def _load_events(cursor, data: TimelineData, parties: dict, sql: Sql = SQLITE) -> None:
    columns = _columns(cursor, "event", event_columns(sql), ALL_ROWS, sql)
    data.n_events = n = _append_columns(data, Kind.EVENT, columns)
    involved = defaultdict(set)
    cursor.execute("SELECT e.rowid, p.actor_id FROM event_participant p JOIN event e ON e.id = p.event_id")
    for rowid, actor_id in cursor:
        if parties.get(actor_id):
            involved[rowid].add(parties[actor_id])
    groups, sole = [()] * n, [None] * n
    for rowid, found in involved.items():
        key = data.key_of(Kind.EVENT, rowid)
        groups[key] = tuple(sorted(found))
        sole[key] = groups[key][0] if len(found) == 1 else None
    data.parties.extend(groups)
    data.party.extend(sole)
    data.status.extend([None] * n)


def _load_claims(halves: list[list[str]], data: TimelineData, parties: dict) -> None:
    for columns in halves:
        n = _append_columns(data, Kind.CLAIM, columns[:4])
        statuses = _words(columns[5])
        interned = {s: sys.intern(s) for s in set(statuses)}
        data.status.extend(map(interned.__getitem__, statuses))
        data.party.extend(map(parties.get, _words(columns[4])))
        data.parties.extend([()] * n)


def _load_tags(cursor, data: TimelineData) -> None:
    cursor.execute("SELECT id, name FROM tag")
    data.tag_names = dict(cursor.fetchall())
    found = defaultdict(list)
    for kind, sql in ((Kind.EVENT, "SELECT e.rowid, t.tag_id FROM event_tag t JOIN event e ON e.id = t.event_id"),
                      (Kind.CLAIM, "SELECT c.rowid, t.tag_id FROM claim_tag t JOIN claim c ON c.id = t.claim_id")):
        cursor.execute(sql)
        for rowid, tag_id in cursor.fetchall():
            found[data.key_of(kind, rowid)].append(tag_id)
    for key, tags in found.items():
        data.tags[key] = tuple(tags)


def fetch_texts(project: Project, data: TimelineData, keys: list[int]) -> dict[int, ItemText]:
    """Record ids, titles and date texts of some items, a few hundred per query."""
    events = [data.rowid[k] for k in keys if data.kind[k] == Kind.EVENT]
    claims = [data.rowid[k] for k in keys if data.kind[k] == Kind.CLAIM]
    found: dict[int, ItemText] = {}
    with project.engine.connect() as connection:
        cursor = raw_cursor(connection)
        for chunk in chunks(events):
            cursor.execute(f"SELECT rowid, id, title, start_edtf, end_edtf FROM event WHERE rowid IN ({marks(chunk)})", chunk)
            for rowid, record_id, title, edtf, end_edtf in cursor.fetchall():
                found[data.key_of(Kind.EVENT, rowid)] = ItemText(record_id, title, edtf, end_edtf)
        for chunk in chunks(claims):
            cursor.execute("SELECT c.rowid, c.id, c.proposition, c.said_edtf, e.rowid FROM claim c "
                           f"LEFT JOIN event e ON e.id = c.event_id WHERE c.rowid IN ({marks(chunk)})", chunk)
            for rowid, record_id, title, edtf, event_rowid in cursor.fetchall():
                about = data.key_of(Kind.EVENT, event_rowid) if event_rowid is not None else None
                found[data.key_of(Kind.CLAIM, rowid)] = ItemText(record_id, title, edtf, None, -1 if about is None else about)
        cursor.close()
    return found


def keys_of_records(project: Project, data: TimelineData, record_ids: list[str]) -> list[int]:
    """The item keys of events and claims given by their record ids (for selections from elsewhere)."""
    keys = []
    with project.engine.connect() as connection:
        cursor = raw_cursor(connection)
        for kind, table in ((Kind.EVENT, "event"), (Kind.CLAIM, "claim")):
            for chunk in chunks(record_ids):
                cursor.execute(f"SELECT id, rowid FROM {table} WHERE id IN ({marks(chunk)})", chunk)
                keys += [data.note_key(record_id, data.key_of(kind, r)) for record_id, r in cursor.fetchall()]
        cursor.close()
    return [k for k in keys if k is not None]


def chunks(values: list) -> list[list]:
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]


def marks(chunk: list) -> str:
    return ", ".join("?" * len(chunk))
