"""Errors of imports and exports, worded for the user."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from timeline_app.messages import Message, MessageError, message


class Cancelled(Exception):
    """The user cancelled an import or export; nothing was imported or written."""


class ImportFileError(MessageError):
    """A file that cannot be imported: one line naming the file and the record, line or field.

    Raised before anything is written; an import either completes or leaves the project as it was.
    """


def import_error(path: Path, problem: Message | str, where: Message | str = "") -> ImportFileError:
    """An error naming the file, the place in it (a line, record or field) and the problem.

    Texts are words that are not ours: the file's own (a JSON path such as ``events[3].start``)
    as the place, a library's (see :func:`reason`) as the problem."""
    if not where:
        return ImportFileError(message("{path}: {problem}", path=path, problem=problem))
    return ImportFileError(message("{path}: {place}: {problem}", path=path, place=_one_line(where), problem=problem))


def _one_line(where: Message | object) -> Message | object:
    """The place with line breaks in its texts escaped: an id with a line break stays on one line."""
    if isinstance(where, Message):
        return replace(where, values=tuple((name, _one_line(value)) for name, value in where.values))
    return where.replace("\r", "\\r").replace("\n", "\\n") if isinstance(where, str) else where


def contradiction(exc: Exception) -> Message:
    """Why the database refused the records (an IntegrityError): in its words, on one line."""
    return message("the records contradict each other or the project ({detail}); nothing was imported",
                   detail=str(getattr(exc, "orig", exc)).splitlines()[0])


def reason(exc: Exception) -> Message | str:
    """What an error says: its message, or the text of one raised by a library (English only)."""
    return exc.message if isinstance(exc, MessageError) else str(exc)
