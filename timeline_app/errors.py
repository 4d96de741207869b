"""The failures a user can cause with a file, in one line each.

A damaged file surfaces as an SQLite or SQLAlchemy error rather than a ``ProjectError``; a
traceback would tell the user nothing, so the command line and the windows both turn every
such failure into a sentence naming the file, here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from timeline_app.messages import Message, MessageError, message

#: Every error a user can cause: ours carry their message (a refused export, a damaged import file, a
#: project that cannot be opened); the database's and the system's are worded by :func:`user_message`.
USER_ERRORS = (MessageError, sqlite3.DatabaseError, SQLAlchemyError, OSError)


def user_message(exc: Exception, path: Path | str | None = None) -> Message:
    """One line saying what went wrong with which file (``str()`` of it is the English)."""
    if isinstance(exc, MessageError):
        return exc.message
    if isinstance(exc, OSError):
        return message("{path}: {problem}", path=exc.filename or path, problem=exc.strerror or exc)
    cause = getattr(exc, "orig", None) or exc
    detail = str(cause).splitlines()[0] if str(cause) else type(cause).__name__
    if "disk is full" in detail:
        return message("{path}: the disk is full; free some space, then try again", path=path)
    if "locked" in detail or "busy" in detail:
        return message("{path}: another program is writing to the project; try again", path=path)
    return message("{path}: the project file is damaged or unreadable ({detail})", path=path, detail=detail)
