"""What each dialog shows and hands back: plain values, no Qt and no database.

A dialog is filled from one of these and returns another when the user presses OK; the functions
in :mod:`~timeline_app.ui.dialogs.forms` read them from the store and turn them into edits. So the
dialogs stay thin, and what an edit does with a dialog's values is tested without any dialog.
Records a dialog refers to are :class:`~timeline_app.store.choices.Choice` (an id with its label),
so that a dialog can show them without asking the store.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline_app.domain.dates import DateValue
from timeline_app.store.choices import Choice


@dataclass(frozen=True)
class PassageRef:
    """A passage a user selected in a source: offsets in code points, as annotations keep them."""

    source: Choice
    start: int
    end: int
    exact: str
    language: str | None = None  # the source's, which a quote taken from it is in


@dataclass(frozen=True)
class ClaimValues:
    proposition: str = ""
    claimant: Choice | None = None
    quote: str | None = None
    quote_language: str | None = None
    translation: str | None = None
    quote_kind: str = "direct"
    channel: str | None = None
    said: DateValue | None = None
    event: Choice | None = None
    status: str = "unverified"
    credibility: int | None = None
    tags: tuple[str, ...] = ()
    notes: str | None = None
    source: Choice | None = None  # where it was reported: what relative dates count from


@dataclass(frozen=True)
class EventValues:
    title: str = ""
    summary: str | None = None
    start: DateValue | None = None
    end: DateValue | None = None
    location: str | None = None
    parent: Choice | None = None
    participants: tuple[tuple[Choice, str], ...] = ()  # (actor, role)
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorValues:
    name: str = ""
    kind: str = "person"
    role_title: str | None = None
    parent: Choice | None = None
    colour: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceValues:
    title: str = ""
    kind: str = "article"
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    published: DateValue | None = None
    text: str = ""


@dataclass(frozen=True)
class RelationValues:
    type: str = "denies"
    basis: str = "stated"
    target: Choice | None = None
    notes: str | None = None


@dataclass(frozen=True)
class StatusValues:
    status: str
    reason: str | None = None
    by: str | None = None


@dataclass(frozen=True)
class Deletion:
    """What deleting a record would do, worded for the confirmation: or why it cannot be done."""

    title: str
    consequences: tuple[str, ...] = ()
    blocked: str | None = None


def optional(text: str) -> str | None:
    """A typed text as stored: stripped, and None when nothing is left."""
    return text.strip() or None


def listed(text: str) -> tuple[str, ...]:
    """Comma-separated names ("Negotiations, Denials") as a tuple without blanks or repeats."""
    return tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
