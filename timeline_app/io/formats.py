"""The exchange formats by name: which reads or writes what, told by name, extension or content.

The command line and the GUI go through :func:`import_file` and :func:`export_file` only, so
every format gets the same guarantees: an import is one transaction (a failure anywhere leaves
the project as it was), and an export is written to a temporary file beside the target and
renamed at the end (a failure leaves no partial file, and an existing file stays intact).

Rendering formats (PDF, PNG, SVG) live with the drawing code (``timeline_app.export.writers``),
registered here like the rest; Qt loads only when one of them is written.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from timeline_app.io.errors import Cancelled, contradiction
from timeline_app.io.reading import Payload
from timeline_app.io.report import ExportReport, ImportReport
from timeline_app.io.staging import Staging
from timeline_app.messages import MessageError, message
from timeline_app.store.db import Project, bulk_cache

#: ``writer(project, path, **options)`` writes the whole file at ``path``.
Writer = Callable[..., ExportReport | None]
#: ``reader(payload, staging)`` stages rows (or, for the project format, inserts them).
Reader = Callable[[Payload, Staging], None]
#: ``sniff(payload)`` says whether the content is in this format, without raising.
Sniffer = Callable[[Payload], bool]


class ExportError(MessageError):
    """An export that cannot be made, worded for the user in one line naming the file."""


@dataclass
class Format:
    name: str
    extensions: tuple[str, ...]
    writer: Writer | None = None
    reader: Reader | None = None
    sniff: Sniffer | None = None


_FORMATS: dict[str, Format] = {}


def _entry(name: str, extensions: tuple[str, ...]) -> Format:
    entry = _FORMATS.setdefault(name, Format(name, ()))
    entry.extensions = tuple(dict.fromkeys((*entry.extensions, *(e.lower() for e in extensions))))
    return entry


def register_writer(name: str, extensions: tuple[str, ...], writer: Writer) -> None:
    """Make ``export`` write format ``name`` (and files ending in ``extensions``) with ``writer``.

    ``writer(project, path, **options)`` writes a complete file at ``path`` (a temporary name;
    the caller renames it) and may return an :class:`ExportReport`.
    """
    _entry(name, extensions).writer = writer


def register_reader(name: str, extensions: tuple[str, ...], reader: Reader, sniff: Sniffer | None = None) -> None:
    entry = _entry(name, extensions)
    entry.reader, entry.sniff = reader, sniff


def names(*, readable: bool = False) -> list[str]:
    return [f.name for f in _FORMATS.values() if (f.reader if readable else f.writer)]


# ---------------------------------------------------------------- export


def writer_for(out: Path, name: str | None = None) -> Format:
    """The format to write: by name when given, else by the file's extension."""
    if name is None:
        suffix = out.suffix.lower()
        match = [f for f in _FORMATS.values() if suffix in f.extensions and f.writer]
        if not match and suffix:
            raise ExportError(message("{path}: cannot tell the format from the extension {extension!r}; "
                                      "give --format ({formats})", path=out, extension=suffix,
                                      formats=", ".join(names())))
        if not match:
            raise ExportError(message("{path}: cannot tell the format from the extension '(none)'; "
                                      "give --format ({formats})", path=out, formats=", ".join(names())))
        name = match[0].name
    entry = _FORMATS.get(name)
    if entry is None or entry.writer is None:
        raise ExportError(message("{path}: unknown export format {name!r}; expected one of {formats}",
                                  path=out, name=name, formats=", ".join(names())))
    return entry


def export_file(project: Project, out: Path | str, name: str | None = None,
                cancelled: Callable[[], bool] = lambda: False, **options) -> ExportReport:
    """Write the project to ``out`` atomically: a temporary file, renamed when complete (unless
    ``cancelled`` says otherwise by then: a cancelled export leaves ``out`` as it was)."""
    out = Path(out)
    entry = writer_for(out, name)
    if out.exists() and out.resolve() == project.path.resolve():
        raise ExportError(message("{path}: that is the project file itself; choose another name", path=out))
    if not out.parent.is_dir():
        raise ExportError(message("{path}: no such folder", path=out.parent))
    try:
        handle, temporary = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    except OSError as exc:
        raise ExportError(message("{path}: {problem}", path=out, problem=exc.strerror or exc)) from exc
    os.close(handle)
    try:
        report = _written(entry, project, Path(temporary), out, options)
        if cancelled():
            raise Cancelled(f"{out}: export cancelled; nothing was written")
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, out)
    finally:
        Path(temporary).unlink(missing_ok=True)
    report = report if isinstance(report, ExportReport) else ExportReport()
    report.format = report.format or entry.name
    return report


def _written(entry: Format, project: Project, temporary: Path, out: Path, options: dict):
    """What ``entry`` writes into ``temporary``; a failure is said of ``out``, the file the user
    named, never of the temporary one."""
    try:
        return entry.writer(project, temporary, **options)
    except ExportError as exc:
        raise ExportError(message("{path}: {problem}", path=out, problem=exc.message)) from exc
    except OSError as exc:
        raise ExportError(message("{path}: {problem}", path=out, problem=exc.strerror or exc)) from exc


# ---------------------------------------------------------------- import


def reader_for(payload: Payload, name: str | None = None) -> Format:
    """The format to read: by name when given, else from the content, else from the extension."""
    readable = {f.name: f for f in _FORMATS.values() if f.reader}
    if name is not None:
        if name not in readable:
            raise payload.fail("", message("unknown import format {name!r}; expected one of {formats}",
                                           name=name, formats=", ".join(readable)))
        return readable[name]
    for entry in readable.values():
        if entry.sniff and entry.sniff(payload):
            return entry
    suffix = payload.path.suffix.lower()
    for entry in readable.values():
        if suffix in entry.extensions:
            return entry
    raise payload.fail("", message("cannot tell which format this is; give --format ({formats})",
                                   formats=", ".join(readable)))


def import_file(project: Project, path: Path | str, name: str | None = None,
                cancelled: Callable[[], bool] = lambda: False) -> ImportReport:
    """Import one file in one transaction: all its records, or (on any error) none.

    ``cancelled`` is asked before the records are committed: a cancelled import leaves the
    project exactly as it was.
    """
    payload = Payload.load(path)
    entry = reader_for(payload, name)
    report = ImportReport(format=entry.name)
    with project.session() as session:
        try:
            staging = Staging(session, report, payload.path.name)
            with bulk_cache(session):
                entry.reader(payload, staging)
                staging.insert()
            if cancelled():
                raise Cancelled(f"{payload.path}: import cancelled; nothing was imported")
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            raise payload.fail("", contradiction(exc)) from exc
        except UnicodeEncodeError as exc:
            session.rollback()
            raise payload.fail("", message("holds text that is not valid Unicode ({reason}); nothing was imported",
                                           reason=exc.reason)) from exc
        except BaseException:
            session.rollback()
            raise
    return report


def _register_builtin() -> None:
    from timeline_app.io import (claimreview, csv_format, icalendar_format, project_export, project_json,
                                 timeline_xml, timelinejs, web_annotation)

    register_reader("project", (".json",), project_json.read, project_json.sniff)
    register_writer("project", (".json",), project_export.write)
    for module in (timeline_xml, icalendar_format, claimreview, web_annotation, timelinejs, csv_format):
        module.register(register_reader, register_writer)
    from timeline_app.export import writers  # PDF, PNG and SVG: drawn with Qt, loaded only when written

    writers.register(register_writer)


_register_builtin()
