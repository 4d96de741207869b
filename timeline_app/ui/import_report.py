"""An import's report in the interface's language: what was imported, counted in the plural the
language needs, then each note, skip and approximation.

:class:`~timeline_app.io.report.ImportReport` keeps counts by kind ("events", "status changes")
and everything else as :class:`~timeline_app.messages.Message` s; its ``render()`` is the command
line's English. Here the same report is worded for the window.
"""

from __future__ import annotations

from timeline_app.io.report import ImportReport
from timeline_app.ui.i18n import tr, translated


def count_text(kind: str, n: int) -> str:
    """"1 event", "2 status changes": ``n`` records of a kind the report counts."""
    counts = {
        "tags": lambda: tr("%Ln tag(s)", None, n),
        "actors": lambda: tr("%Ln party or person(s)", None, n),
        "sources": lambda: tr("%Ln source(s)", None, n),
        "events": lambda: tr("%Ln event(s)", None, n),
        "claims": lambda: tr("%Ln claim(s)", None, n),
        "relations": lambda: tr("%Ln relation(s)", None, n),
        "annotations": lambda: tr("%Ln passage(s)", None, n),
        "status changes": lambda: tr("%Ln status change(s)", None, n),
        "status history": lambda: tr("%Ln status change(s)", None, n),
    }
    return counts[kind]() if kind in counts else f"{n} {kind}"


def report_text(name: str, report: ImportReport) -> str:
    """Several lines about the file ``name``: what was imported as what, then each note, skip and
    approximation."""
    held = ", ".join(count_text(kind, n) for kind, n in report.counts.items() if n) or tr("nothing")
    lines = [tr("{}: imported as {}: {}").format(name, report.format, held)]
    lines += ["  " + tr("note: {}").format(translated(said)) for said in report.notes]
    lines += ["  " + tr("skipped: {}").format(translated(said)) for said in report.skipped]
    lines += ["  " + tr("approximated: {}").format(translated(said)) for said in report.approximated]
    return "\n".join(lines)
