"""Writing the project JSON format: every table, every stored column, ids verbatim.

The file is written one record per line: small enough for a 100,000-event project, readable,
and friendly to line-based diffs. Records keep the database's insertion order (parents come
before children in a consistent project), so an import into an empty project reproduces the
database row for row. The time of the export is kept under ``exported_at``, the only field that
differs between two exports of the same project.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import TextIO

from sqlalchemy import literal_column, select

from timeline_app import __version__
from timeline_app.io.project_schema import FORMAT, FORMAT_VERSION, LINKS, TABLES, F, Link
from timeline_app.io.report import ExportReport
from timeline_app.store.db import Project
from timeline_app.store.models import ProjectMeta, Status, utc_now


def write(project: Project, path: Path, **_options) -> ExportReport:
    report = ExportReport(format="project")
    with project.engine.connect() as connection, open(path, "w", encoding="utf-8", newline="\n") as out:
        meta = dict(connection.execute(select(ProjectMeta.key, ProjectMeta.value).order_by(ProjectMeta.key)).all())
        head = {"format": FORMAT, "format_version": FORMAT_VERSION, "ids": "verbatim",
                "exported_at": utc_now(), "exported_by": f"timeline_app {__version__}", "project": meta}
        out.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2])
        for key, (model, fields) in TABLES.items():
            order = (Status.position, Status.key) if model is Status else (literal_column("rowid"),)
            rows = connection.execute(select(model.__table__).order_by(*order)).mappings()
            links = {link.key: _grouped(connection, link) for link in LINKS.get(key, ())}
            count = _write_table(out, key, (_record(row, fields, links) for row in rows))
            if count and key != "statuses":
                report.counts[key.replace("_", " ")] = count
        out.write("\n}\n")
    return report


def _write_table(out: TextIO, key: str, records) -> int:
    out.write(f",\n {json.dumps(key)}: [")
    count = 0
    for count, record in enumerate(records, 1):
        out.write(("\n  " if count == 1 else ",\n  ") + json.dumps(record, ensure_ascii=False))
    out.write("\n ]" if count else "]")
    return count


def _grouped(connection, link: Link) -> dict[str, list]:
    """A link table's rows by owner id, each as the owner's record lists it."""
    groups: dict[str, list] = defaultdict(list)
    for row in connection.execute(select(link.model.__table__).order_by(literal_column("rowid"))).mappings():
        if link.bare:
            groups[row[link.owner]].append(row[link.fields[0].column])
        else:
            groups[row[link.owner]].append({f.key: row[f.column] for f in link.fields})
    return groups


def _record(row, fields: tuple[F, ...], links: dict[str, dict]) -> dict:
    record = {}
    for f in fields:
        if f.kind == "date":
            edtf = row[f"{f.column}_edtf"]
            record[f.key] = None if edtf is None else {
                "edtf": edtf, "tz": row[f"{f.column}_tz"], "wording": row[f"{f.column}_wording"]}
        else:
            record[f.key] = row[f.column]
    for key, groups in links.items():
        record[key] = groups.get(row["id"], [])
    return record
