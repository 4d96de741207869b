"""Where a project lives: a file, or a database on a PostgreSQL server named by its address.

Users write server addresses as libpq does (``postgresql://user@host:port/dbname``, also
``postgres://``); the store talks to the server through psycopg 3, whose SQLAlchemy name is
``postgresql+psycopg``. A password may be given in the address, but it is never shown: messages,
window titles and lists of recent projects use :attr:`ServerAddress.shown`, which leaves it out,
so that opening again relies on libpq's own ways (``PGPASSWORD``, ``~/.pgpass``, a service file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.messages import MessageError, message

if TYPE_CHECKING:  # SQLAlchemy loads only when an address is parsed: the command line starts light
    from sqlalchemy.engine import URL

#: What users may write before ``://``; all mean PostgreSQL through psycopg 3.
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
DRIVER = "postgresql+psycopg"
_SCHEME = re.compile(r"^(postgresql\+psycopg|postgresql|postgres):(/*)", re.IGNORECASE)


class AddressError(MessageError, ValueError):
    """An address that names no server database, worded for the user (without its password)."""


@dataclass(frozen=True)
class ServerAddress:
    """A database on a PostgreSQL server; ``url`` holds the password, if one was given."""

    url: URL = field(repr=False)  # noqa: F821 (imported for type checkers only)

    @property
    def shown(self) -> str:
        """The address as users write it, without the password: safe to print and to remember."""
        return self.url._replace(drivername="postgresql", password=None).render_as_string(hide_password=False)

    @property
    def database(self) -> str:
        return self.url.database or ""

    def __str__(self) -> str:
        return self.shown


def is_server_address(location: str | Path | ServerAddress | None) -> bool:
    """True for ``postgresql://…`` (and the other schemes), also when a ``Path`` merged its slashes."""
    if isinstance(location, ServerAddress):
        return True
    return location is not None and bool(_SCHEME.match(str(location)))


def server_address(location: str | Path | ServerAddress) -> ServerAddress:
    """Parse a server address; raises AddressError (never showing a password) when it is unusable.

    ``Path("postgresql://host/db")`` reads ``postgresql:/host/db``: the lost slash is put back.
    """
    if isinstance(location, ServerAddress):
        return location
    text = str(location).strip()
    match = _SCHEME.match(text)
    if not match:
        raise AddressError(message("{address}: not a server address (expected postgresql://user@host/database)",
                                   address=text))
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    slashes = "//" if len(match.group(2)) == 1 else match.group(2)
    try:
        url = make_url(f"{DRIVER}:{slashes}{text[match.end():]}")
    except (ArgumentError, ValueError) as exc:
        raise AddressError(message("{address}: not a valid server address ({problem})",
                                   address=_without_password(text), problem=str(exc))) from None
    address = ServerAddress(url)
    if not url.database:
        raise AddressError(message("{address}: the address names no database (expected "
                                   "postgresql://user@host/database)", address=address.shown))
    return address


def _without_password(text: str) -> str:
    """``scheme://user:secret@host`` as ``scheme://user:***@host``, for a message about bad input."""
    return re.sub(r"(://[^/@:]*:)[^/@]*@", r"\1***@", text)


def shown(location: str | Path | ServerAddress) -> str:
    """Any location as it may be printed: a path as it is, a server address without password."""
    if not is_server_address(location):
        return str(location)
    try:
        return server_address(location).shown
    except AddressError:
        return _without_password(str(location))
