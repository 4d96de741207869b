"""What a project holds, in figures and in words, gathered once per change, never while painting.

No widgets here: the status bar's line and its tooltip both format the same :class:`ProjectSummary`,
in the interface's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from timeline_app.store import crud
from timeline_app.store.db import Project
from timeline_app.store.models import Claim, Event, Source
from timeline_app.ui.i18n import tr
from timeline_app.ui.vocabulary import date_label, relation_count


@dataclass(frozen=True)
class ProjectSummary:
    """The figures shown about an open project; dates are Unix seconds as the store keeps them."""

    title: str
    path: Path
    read_only: bool
    events: int = 0
    claims: int = 0
    sources: int = 0
    relations: dict[str, int] = field(default_factory=dict)
    earliest: int | None = None
    latest: int | None = None


def summarize(project: Project) -> ProjectSummary:
    """Count what ``project`` holds; the title is the display name, falling back to the file stem."""
    with project.session() as session:
        earliest, latest = crud.date_range(session)
        return ProjectSummary(
            title=crud.get_meta(session, key="name") or project.name,
            path=project.path,
            read_only=project.read_only,
            events=crud.count(session, Event),
            claims=crud.count(session, Claim),
            sources=crud.count(session, Source),
            relations=crud.relation_counts(session),
            earliest=earliest,
            latest=latest,
        )


def counts_text(summary: ProjectSummary) -> str:
    """The status bar's figures, e.g. "7 events · 12 claims · 1 denial"."""
    return " · ".join([tr("%Ln event(s)", None, summary.events), tr("%Ln claim(s)", None, summary.claims),
                       relation_count("denies", summary.relations.get("denies", 0))])


def figures_text(summary: ProjectSummary) -> str:
    """The whole summary, a figure a line, for the status bar's tooltip."""
    access = tr("read-only") if summary.read_only else tr("editable; every change is saved at once")
    return "\n".join([summary.title, str(summary.path), tr("Events: {}").format(summary.events),
                      tr("Claims: {}").format(summary.claims), tr("Sources: {}").format(summary.sources),
                      tr("Relations: {}").format(relations_text(summary.relations)),
                      tr("Dates: {}").format(date_range_text(summary.earliest, summary.latest)),
                      tr("Access: {}").format(access)])


def relations_text(relations: dict[str, int]) -> str:
    """Relations by type in words, e.g. "1 denial, 2 confirmations"; "none" when there are none."""
    parts = [relation_count(kind, n) for kind, n in relations.items() if n]
    return ", ".join(parts) or tr("none", "no relations")


def date_range_text(earliest: int | None, latest: int | None) -> str:
    """The span the project covers in days (UTC, as stored), e.g. "14 Nov 2025 – 31 Dec 2025"."""
    if earliest is None or latest is None:
        return tr("no dates yet")
    # the latest bound is exclusive: an event on 31 December ends at midnight on 1 January
    low, high = _day(earliest), _day(max(earliest, latest - 1))
    return low if low == high else f"{low} – {high}"


def _day(seconds: int) -> str:
    moment = datetime.fromtimestamp(seconds, timezone.utc)
    return date_label(moment.date().isoformat())
