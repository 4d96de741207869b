"""CSV of events and, separately, of claims: one row each, for spreadsheets and back.

Dates are EDTF text (``2025-11``, ``2025-12-14~``) with ``earliest`` and ``latest`` columns in
UTC ISO 8601 (the first and the last second the date may mean) for sorting in a spreadsheet;
those two are derived and ignored on import. ``time_zone`` names the IANA zone the values are
in (UTC when empty); ``end_time_zone`` is filled only when an event's end is in another. People, parties and tags are written by name (lists
joined with "; "); the ``parties`` column of events lists each participant's party in the same
order as ``participants``, so an import can rebuild who belongs to whom. Sources are listed by
URL. Roles of participants, relations and annotations are left out: the project JSON format
carries everything.

Files are written as UTF-8 with a byte-order mark and CRLF line ends (RFC 4180), because Excel
reads UTF-8 without the mark as the Windows code page and garbles every "ä"; LibreOffice,
Google Sheets and Python's ``utf-8-sig`` handle the mark. On import the mark is optional and the
delimiter may be a comma, a semicolon (German spreadsheet defaults) or a tab. A row whose id the
project holds already is skipped and reported; exporting, importing into an empty project and
exporting again gives the same rows.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from timeline_app.io import csv_rows, reading
from timeline_app.io.reading import Payload, at_line
from timeline_app.io.report import ExportReport
from timeline_app.io.staging import Staging
from timeline_app.messages import Message, message
from timeline_app.store.db import Project

# Our own exports may hold fields longer than the csv module's default limit (131,072 characters).
csv.field_size_limit(reading.MAX_BYTES)

EVENT_COLUMNS = ("id", "title", "start", "end", "earliest", "latest", "time_zone", "end_time_zone",
                 "start_wording", "end_wording", "location", "summary", "parent_id", "participants", "parties", "tags",
                 "source_urls")
CLAIM_COLUMNS = ("id", "said", "earliest", "latest", "time_zone", "said_wording", "claimant", "party",
                 "proposition", "quote", "quote_language", "translation", "quote_kind", "channel", "status",
                 "credibility", "event_id", "tags", "source_urls", "notes")


def register(register_reader, register_writer) -> None:
    register_reader("csv", (".csv",), read_events, sniff_events)
    register_reader("claims-csv", (), read_claims, sniff_claims)
    register_writer("csv", (".csv",), write_events)
    register_writer("claims-csv", (), write_claims)


# ---------------------------------------------------------------- export


def write_events(project: Project, path: Path, **_options) -> ExportReport:
    with project.session() as session:
        rows = csv_rows.event_rows(session)
    _write(path, EVENT_COLUMNS, rows)
    return ExportReport(format="csv", counts={"events": len(rows)})


def write_claims(project: Project, path: Path, **_options) -> ExportReport:
    with project.session() as session:
        rows = csv_rows.claim_rows(session)
    _write(path, CLAIM_COLUMNS, rows)
    return ExportReport(format="claims-csv", counts={"claims": len(rows)})


def _write(path: Path, columns: tuple[str, ...], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, columns, lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


# ---------------------------------------------------------------- import


def _header(payload: Payload) -> list[str] | None:
    """The header row's cells, lower-cased, or None when the content is not delimited text."""
    if payload.looks_like_json() or payload.data.lstrip()[:1] == b"<" or payload.data.startswith(b"BEGIN:"):
        return None
    first = payload.data[:4096].decode("utf-8-sig", errors="replace").splitlines()[:1]
    if not first:
        return None
    delimiter = _delimiter(first[0])
    return [cell.strip().strip('"').lower() for cell in first[0].split(delimiter)]


def sniff_events(payload: Payload) -> bool:
    header = _header(payload)
    return bool(header) and "title" in header and "proposition" not in header


def sniff_claims(payload: Payload) -> bool:
    header = _header(payload)
    return bool(header) and "proposition" in header


def _delimiter(line: str) -> str:
    return max((",", ";", "\t"), key=line.count)


def _records(payload: Payload, staging: Staging, known: tuple[str, ...], required: str):
    """Each data row as (line number, {column: text}), after checking the header."""
    text = payload.text
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]))
    try:
        header = [cell.strip().lower() for cell in next(reader, [])]
        if required not in header:
            raise payload.fail(at_line(1), _missing(required, ", ".join(header)[:200]))
        if len(set(header)) != len(header):
            raise payload.fail(at_line(1), message("a column name appears twice"))
        for name in header:
            if name not in known:
                staging.report.skip(message("column {column!r}", column=name),
                                    message("not a column of this format; ignored"))
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) > len(header):
                raise payload.fail(at_line(reader.line_num), message("{cells} cells but the header has {columns}",
                                                                     cells=len(cells), columns=len(header)))
            yield reader.line_num, {name: value.strip() for name, value in zip(header, cells)}
    except csv.Error as exc:
        raise payload.fail(at_line(reader.line_num),
                           message("not readable as CSV ({reason})", reason=str(exc))) from exc


def _missing(column: str, names: str) -> Message:
    """The header lacks a column: a sentence for a header naming columns, another for an empty one."""
    if names:
        return message("no {column!r} column; the header names {names}", column=column, names=names)
    return message("no {column!r} column; the header names nothing", column=column)


def read_events(payload: Payload, staging: Staging) -> None:
    rows = csv_rows.RowReader(payload, staging)
    for line, cells in _records(payload, staging, EVENT_COLUMNS, "title"):
        rows.event(line, cells)
    rows.check_parents()


def read_claims(payload: Payload, staging: Staging) -> None:
    rows = csv_rows.RowReader(payload, staging)
    for line, cells in _records(payload, staging, CLAIM_COLUMNS, "proposition"):
        rows.claim(line, cells)

