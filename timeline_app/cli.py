"""The ``timeline-app`` command: starts the GUI, or runs a sub-command for scripting.

Every failure a user can cause (a missing file, a file that is not a project, a damaged or newer
project) ends in one line on stderr and exit code 1, never a traceback, and never a write to the
file in question.

Wherever a project file is named, a shared project on a PostgreSQL server may be named by its
address instead (``postgresql://user@host/dbname``); a password in it is never printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

from timeline_app import PROJECT_SUFFIX, __version__
from timeline_app.store.address import is_server_address, shown

SUB_COMMANDS = ("new", "info", "import", "export")
#: Options of ``export`` handed to the format's writer (the drawn formats use them).
EXPORT_OPTIONS = ("start", "end", "parties", "lang", "width", "page_size", "landscape", "pages_wide", "title", "subtitle",
                  "appendix")


class UserError(Exception):
    """A refusal worded for the user."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        usage="timeline-app [PROJECT | --demo]\n       timeline-app {new,info,import,export} ...",
        description="Event timeline and claim tracker. Without a sub-command, opens PROJECT (or the "
        "last project, or the demo) in the desktop app; --demo opens the demo project.",
        epilog=f"Project files end in {PROJECT_SUFFIX} by default; any name works. A shared project on a "
        "PostgreSQL server is named by its address, postgresql://user@host/dbname, wherever a project file "
        "is: leave the password out and let libpq find it (PGPASSWORD, ~/.pgpass).",
    )
    parser.add_argument("--version", action="version", version=f"timeline-app {__version__}")
    commands = parser.add_subparsers(dest="command", title="sub-commands", metavar="")
    new = commands.add_parser("new", help="create a new project file", description="Create a new project file.")
    new.add_argument("project", type=location, help=f"the file to create (e.g. story{PROJECT_SUFFIX}), or the "
                     "address of an empty server database")
    new.add_argument("--demo", action="store_true", help="fill it with the demo story (Miami talks, December 2025)")
    new.add_argument("--name", help="the project's display name (default: the file name)")
    info = commands.add_parser("info", help="show what a project holds", description="Show what a project holds.")
    info.add_argument("project", type=location, help="the project file or server address")
    info.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    _add_exchange_commands(commands)
    return parser


def _add_exchange_commands(commands) -> None:
    """``import`` and ``export``: formats are named by the registry in timeline_app.io.formats."""
    imp = commands.add_parser("import", help="import files into a project",
                              description="Import files into a project, each in one transaction: a file with an "
                              "error imports nothing. The format is told from the content, else the extension.")
    imp.add_argument("project", type=location, help="the project file or server address")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE", help="files to import")
    imp.add_argument("--format", help="read every FILE as this format: project, csv, claims-csv, ics, timelinejs, "
                     "claimreview, annotations or timeline-xml")
    exp = commands.add_parser("export", help="export a project to another format",
                              description="Export a project. The format is told from OUT's extension (.json: the "
                              "project format, .csv: events, .ics, .pdf, .png, .svg) unless --format names it. An OUT "
                              f"ending in {PROJECT_SUFFIX}, or a server address, gets a copy of the whole project: "
                              "publish a project to a server, or copy a shared one to a local file (never replacing "
                              "anything: the file must be new, the database empty).")
    exp.add_argument("project", type=location, help="the project file or server address")
    exp.add_argument("out", type=location, metavar="OUT", help="the file to write (replaced if it exists)")
    exp.add_argument("--format", help="project, csv, claims-csv, ics, timelinejs, claimreview, annotations, pdf, png "
                     "or svg")
    drawn = exp.add_argument_group("PDF, PNG and SVG")
    drawn.add_argument("--from", dest="start", metavar="DATE", help="start of the range shown (e.g. 1.12.2025, Dec 2025)")
    drawn.add_argument("--to", dest="end", metavar="DATE", help="end of the range shown (default: everything)")
    drawn.add_argument("--party", dest="parties", action="append", metavar="NAME",
                       help="show only this party's lane (repeat for several)")
    drawn.add_argument("--lang", choices=("en", "de"), help="the language of dates and words (default en)")
    drawn.add_argument("--width", type=int, help="PNG/SVG: width in pixels (default 1920)")
    pdf = exp.add_argument_group("PDF only")
    pdf.add_argument("--page-size", choices=("A4", "A3", "Letter"), help="default A4")
    pdf.add_argument("--portrait", dest="landscape", action="store_false", default=None, help="default: landscape")
    pdf.add_argument("--pages-wide", type=int, metavar="N", help="split the time range across N pages")
    pdf.add_argument("--title", help="default: the project's name")
    pdf.add_argument("--subtitle")
    pdf.add_argument("--no-appendix", dest="appendix", action="store_false", default=None,
                     help="leave out the claims appendix and the list of sources")


def location(text: str) -> Path | str:
    """A project's location as given: a server address stays text (a Path would merge its slashes)."""
    return text if is_server_address(text) else Path(text)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv == ["--demo"] or (argv[0] not in SUB_COMMANDS and not argv[0].startswith("-")):
        return _start_gui(argv)
    args = build_parser().parse_args(argv)
    try:
        return {"new": cmd_new, "info": cmd_info, "import": cmd_import, "export": cmd_export}[args.command](args)
    except UserError as exc:
        print(f"timeline-app: {exc}", file=sys.stderr)
        return 1


def _start_gui(argv: list[str]) -> int:
    if len(argv) > 1:
        print("timeline-app: give at most one project file to open (see timeline-app --help)", file=sys.stderr)
        return 2
    from timeline_app.app import run_gui  # Qt loads only when a window is wanted

    if argv == ["--demo"]:
        return run_gui(None, demo=True)
    return run_gui(location(argv[0]) if argv else None)


def _fail_cleanly(action, path: Path | str):
    """Run ``action``; a failure a user can cause becomes a UserError of one line."""
    from timeline_app.errors import USER_ERRORS, user_message

    try:
        return action()
    except USER_ERRORS as exc:
        raise UserError(user_message(exc, shown(path))) from exc


def cmd_new(args) -> int:
    from timeline_app.io.demo import create_demo
    from timeline_app.store.db import create_project

    def create():
        if args.demo and is_server_address(args.project):
            return _publish_demo(args.project)
        if args.demo:
            return create_demo(args.project)
        return create_project(args.project, name=args.name)

    project = _fail_cleanly(create, args.project)
    project.close()
    print(f"created {shown(args.project)}" + (" with the demo story" if args.demo else ""))
    return 0


def _publish_demo(address: str):
    """The demo, built in a temporary file and published to the server in one transaction."""
    import tempfile

    from timeline_app.io.demo import create_demo
    from timeline_app.store.transfer import copy_to

    with tempfile.TemporaryDirectory(prefix="timeline-demo-") as folder:
        demo = create_demo(Path(folder) / "demo.tlproj")
        try:
            return copy_to(demo, address)
        finally:
            demo.close()


def cmd_info(args) -> int:
    from timeline_app.store.db import open_project

    def gather():
        project = open_project(args.project, read_only=True, allow_older=True)
        try:
            return project_info(project)
        finally:
            project.close()

    figures = _fail_cleanly(gather, args.project)
    if figures["integrity"] != "ok":
        raise UserError(f"{shown(args.project)}: the project is damaged ({figures['integrity']})")
    print(json.dumps(figures, indent=2, ensure_ascii=False) if args.json else format_info(figures))
    return 0


def cmd_import(args) -> int:
    from timeline_app.io.formats import import_file
    from timeline_app.store.db import open_project

    project = _fail_cleanly(lambda: open_project(args.project), args.project)
    try:
        for path in args.files:
            report = _fail_cleanly(lambda: import_file(project, path, args.format), path)
            print(report.render(str(path)))
    finally:
        project.close()
    return 0


def cmd_export(args) -> int:
    from timeline_app.io.formats import ExportError, export_file
    from timeline_app.store.db import open_project

    project = _fail_cleanly(lambda: open_project(args.project, read_only=True), args.project)
    if is_server_address(args.out) or (args.format is None and args.out.suffix == PROJECT_SUFFIX):
        return _copy_project(project, args.out)
    try:
        options = {k: v for k, v in vars(args).items() if k in EXPORT_OPTIONS and v is not None}
        report = _fail_cleanly(lambda: export_file(project, args.out, args.format, **options), args.out)
    except ExportError as exc:
        raise UserError(str(exc)) from exc
    finally:
        project.close()
    print(report.render(str(args.out)))
    return 0


def _copy_project(project, target: Path | str) -> int:
    """The whole project, copied to a new file or an empty server database."""
    from timeline_app.store.transfer import copy_to

    try:
        _fail_cleanly(lambda: copy_to(project, target), target).close()
    finally:
        project.close()
    print(f"{shown(target)}: copied the whole project from {project.address}")
    return 0


def project_info(project) -> dict:
    """The figures ``info`` reports: counts, relations by type, the date range, the schema."""
    from timeline_app.store import crud
    from timeline_app.store.db import check_integrity, head_revision
    from timeline_app.store.models import Actor, Annotation, Claim, ClaimRelation, Event, Source, Tag
    from sqlmodel import select

    with project.session() as session:
        # columns, not whole records: an older schema (read without upgrading) lacks newer columns
        actors = session.execute(select(Actor.id, Actor.parent_id, Actor.kind, Actor.name)).all()
        parties = [a for a in actors if a.parent_id is None and a.kind == "party"]
        names = {a.id: a.name for a in actors}
        by_party = crud.claim_counts_by_party(session)
        low, high = crud.date_range(session)
        return {
            "project": project.address,
            "name": crud.get_meta(session, key="name"),
            "schema_version": project.revision,
            "schema_current": project.revision == head_revision(),
            "counts": {
                "events": crud.count(session, Event),
                "claims": crud.count(session, Claim),
                "relations": crud.count(session, ClaimRelation),
                "parties": len(parties),
                "actors": crud.count(session, Actor),
                "sources": crud.count(session, Source),
                "annotations": crud.count(session, Annotation),
                "tags": crud.count(session, Tag),
            },
            "relations_by_type": crud.relation_counts(session),
            "claims_by_party": {names.get(k, "(unattributed)") if k else "(unattributed)": v
                                for k, v in sorted(by_party.items(), key=lambda kv: -kv[1])},
            "date_range": {"earliest": _iso(low), "latest": _iso(high)},
            "integrity": check_integrity(project),
        }


def _iso(seconds: int | None) -> str | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, timezone.utc).isoformat()


def format_info(f: dict) -> str:
    counts = ", ".join(f"{v} {k}" for k, v in f["counts"].items())
    relations = ", ".join(f"{v} {k}" for k, v in f["relations_by_type"].items()) or "none"
    parties = ", ".join(f"{k} {v}" for k, v in f["claims_by_party"].items()) or "none"
    span = f["date_range"]
    schema = f["schema_version"] + ("" if f["schema_current"] else " (older; upgraded when opened for editing)")
    return "\n".join([
        f"project:    {f['project']}",
        f"name:       {f['name']}",
        f"holds:      {counts}",
        f"relations:  {relations}",
        f"claims by party: {parties}",
        f"dates:      {span['earliest'] or '-'} to {span['latest'] or '-'}",
        f"schema:     {schema}",
        f"integrity:  {f['integrity']}",
    ])


if __name__ == "__main__":
    sys.exit(main())
