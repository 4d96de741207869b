"""The failures a user can cause with a file, in one line each.

A damaged file surfaces as an SQLite or SQLAlchemy error rather than a ``ProjectError``; a
traceback would tell the user nothing, so the command line and the windows both turn every
such failure into a sentence naming the file, here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from timeline_app.io.errors import ImportFileError
from timeline_app.store.db import ProjectError

USER_ERRORS = (ProjectError, ImportFileError, sqlite3.DatabaseError, SQLAlchemyError, OSError)


def user_message(exc: Exception, path: Path | str | None = None) -> str:
    """One line saying what went wrong with which file."""
    if isinstance(exc, (ProjectError, ImportFileError)):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{exc.filename or path}: {exc.strerror or exc}"
    cause = getattr(exc, "orig", None) or exc
    detail = str(cause).splitlines()[0] if str(cause) else type(cause).__name__
    if "disk is full" in detail:
        return f"{path}: the disk is full; free some space, then try again"
    if "locked" in detail or "busy" in detail:
        return f"{path}: another program is writing to the project; try again"
    return f"{path}: the project file is damaged or unreadable ({detail})"
