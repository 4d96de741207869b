"""The program the crash-safety tests kill: a scripted series of edits, one line per commit.

    python tests/store/crash_child.py PROJECT SEED COUNT [--stack]

makes COUNT edits on PROJECT, drawn from SEED, and prints ``done N`` after the N-th is committed
(in one ``write``, so that a kill cannot cut a line in two), then ``finished``. Each edit is made as ``EditStack.push`` makes it: built by a factory
of :mod:`timeline_app.commands.edits`, applied in a session of its own and committed; with
``--stack`` it goes through ``EditStack.push`` itself under a QCoreApplication.

Ids and timestamps are drawn from the seed too (:func:`deterministic`), so that the test can
replay the first N edits on a fresh copy in its own process and compare whole databases.

    python tests/store/crash_child.py --serve

is a fork server, so that a run costs a fork instead of a Python start with SQLAlchemy: for each
line ``PROJECT SEED COUNT`` read on stdin it forks a child that prints ``pid P`` and then runs as
above; when the child has ended (finished or killed), the server prints ``ended P STATUS``. The
server opens no database itself, so forking it is safe.

    python tests/store/crash_child.py --full-disk FOLDER TEMPLATE

is the full-disk scenario, run inside a small tmpfs mounted at FOLDER: it prints one JSON object
describing what happened (see tests/store/test_damaged_projects.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from timeline_app.commands import edits  # noqa: E402
from timeline_app.commands.commit import commit_edit  # noqa: E402
from timeline_app.commands.edits import EditError  # noqa: E402
from timeline_app.domain.dates import DateValue  # noqa: E402
from timeline_app.store import models  # noqa: E402
from timeline_app.store.db import Project, open_project  # noqa: E402

STATUSES = ("unverified", "denied", "confirmed", "refuted", "disputed")
DATES = [None, *map(DateValue.from_edtf, ("2025", "2025-12", "2025-12-14", "2025-12-21T19:00", "2025-11~"))]
#: Text a hostile or careless source might hold: markup, a right-to-left override, other scripts.
WORDS = ("talks", "Kreml", "Київ", "<b>x</b>", "\u202eevil", "😀", "denied", "Miami", "plan")


# ---------------------------------------------------------------- determinism


class _Clock(datetime):
    """``datetime`` whose ``now`` ticks one millisecond per call from a fixed instant."""

    ticks = 0

    @classmethod
    def now(cls, tz=None):
        cls.ticks += 1
        return datetime(2026, 1, 1, tzinfo=timezone.utc).astimezone(tz) + timedelta(milliseconds=cls.ticks)


@contextlib.contextmanager
def deterministic(seed: int):
    """New ids and timestamps drawn from ``seed``, as long as the block lasts."""
    rng = random.Random(f"ids-{seed}")
    saved = uuid.uuid4, models.datetime
    _Clock.ticks = 0
    uuid.uuid4 = lambda: uuid.UUID(int=rng.getrandbits(128), version=4)
    models.datetime = _Clock
    try:
        yield
    finally:
        uuid.uuid4, models.datetime = saved


# ---------------------------------------------------------------- the scripted edits


def _ids(project: Project, table: str) -> list[str]:
    with project.engine.connect() as connection:
        return [row[0] for row in connection.exec_driver_sql(f"SELECT id FROM {table} ORDER BY rowid")]


def _source(project: Project) -> tuple[str, int]:
    with project.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT id, length(text) FROM source ORDER BY rowid").first()


def _sentence(rng: random.Random, n: int = 6) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _factory(project: Project, rng: random.Random, step: int):
    """One factory call drawn from ``rng``: (factory, arguments)."""
    claims, events, actors = _ids(project, "claim"), _ids(project, "event"), _ids(project, "actor")
    kind = rng.choice(("claim", "claim", "event", "edit", "status", "relation", "denial", "delete", "tags", "source"))
    if kind == "source":
        # A long text: a commit of a few hundred pages, so that many kills land inside a commit.
        return edits.new_source, dict(title=f"source {step}", text=_sentence(rng, rng.randrange(20_000, 60_000)))
    if kind == "event":
        start = rng.choice(DATES)
        return edits.new_event, dict(title=f"event {step}: {_sentence(rng, 3)}", start=start,
                                     participants=[(rng.choice(actors), "participant")],
                                     tag_names=rng.sample(["Negotiations", "Crash", "Денис"], 2))
    if kind == "edit" and claims:
        return edits.update_fields, dict(kind="claim", record_id=rng.choice(claims),
                                         values={"proposition": f"edited {step}: {_sentence(rng)}",
                                                 "said": rng.choice(DATES)})
    if kind == "status" and claims:
        return edits.set_status, dict(claim_id=rng.choice(claims), status=rng.choice(STATUSES), by="crash test",
                                      reason=_sentence(rng, 3))
    if kind == "relation" and len(claims) > 1:
        first, second = rng.sample(claims, 2)
        return edits.new_relation, dict(from_claim_id=first, to_claim_id=second,
                                        type=rng.choice(models.RELATION_TYPES))
    if kind == "denial" and claims:
        source_id, length = _source(project)
        start = rng.randrange(length - 20)
        return edits.new_denial, dict(denied_claim_id=rng.choice(claims), claimant_id=rng.choice(actors),
                                      proposition=f"denial {step}", source_id=source_id,
                                      annotation=(start, start + rng.randrange(1, 20)))
    if kind == "delete" and claims and events:
        target = rng.choice(("claim", "event"))
        return edits.delete_record, dict(kind=target, record_id=rng.choice(claims if target == "claim" else events))
    if kind == "tags" and claims:
        return edits.set_tags, dict(kind="claim", record_id=rng.choice(claims),
                                    names=rng.sample(["Denials", "Crash", "🏷", "New"], 2))
    return _new_claim(project, rng, step)


def _new_claim(project: Project, rng: random.Random, step: int):
    source_id, length = _source(project)
    start = rng.randrange(length - 40)
    return edits.new_claim, dict(proposition=f"claim {step}: {_sentence(rng)}", said=rng.choice(DATES),
                                 status=rng.choice(STATUSES), tag_names=["Crash"],
                                 annotation=(source_id, start, start + rng.randrange(1, 40)))


def scripted_edits(project: Project, seed: int):
    """Endless edits drawn from ``seed``, each built on the project as the previous ones left it.

    A drawn edit the factory refuses, or one that changes nothing, becomes a new claim instead,
    so that every step is exactly one committed, non-empty edit. Call inside
    :func:`deterministic` with the same seed to get the same edits.
    """
    rng = random.Random(seed)
    step = 0
    while True:
        step += 1
        factory, arguments = _factory(project, rng, step)
        with project.session() as session:
            try:
                edit = factory(session, **arguments)
            except EditError:
                edit = None
            if edit is None or edit.empty:
                factory, arguments = _new_claim(project, rng, step)
                edit = factory(session, **arguments)
        yield edit


def commit(project: Project, edit) -> None:
    """What ``EditStack.push`` does with an edit, without Qt: apply, log and commit in one session."""
    commit_edit(project, edit)


# ---------------------------------------------------------------- modes


def say(line: str) -> None:
    """Print one line in one write: a kill can come between the two writes ``print`` may make."""
    os.write(sys.stdout.fileno(), f"{line}\n".encode())


def run(path: str, seed: int, count: int, *, stack: bool = False) -> None:
    project = open_project(path)
    push = commit_with_stack(project) if stack else (lambda edit: commit(project, edit))
    with deterministic(seed):
        edits_ = scripted_edits(project, seed)
        for n in range(1, count + 1):
            push(next(edits_))
            say(f"done {n}")
    say("finished")


def commit_with_stack(project: Project):
    from PySide6.QtCore import QCoreApplication

    from timeline_app.commands.stack import EditStack

    commit_with_stack.app = QCoreApplication.instance() or QCoreApplication([])
    edit_stack = EditStack(project)
    failures: list[str] = []
    edit_stack.failed.connect(lambda said: failures.append(str(said)))

    def push(edit) -> None:
        if not edit_stack.push(edit):
            say(f"failed {failures[-1]}")
            os._exit(3)

    return push


def serve() -> None:
    for line in sys.stdin:
        if not line.strip():
            continue
        path, seed, count = line.split()
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                say(f"pid {os.getpid()}")
                run(path, int(seed), int(count))
            except BaseException as exc:  # noqa: BLE001 - reported to the test, which fails on it
                say(f"error {type(exc).__name__}: {exc}")
                status = 2
            finally:
                os._exit(status)
        _, status = os.waitpid(pid, 0)
        say(f"ended {pid} {status}")


def full_disk(folder: str, template: str) -> None:
    """Fill a small disk, edit until a commit fails, and report what the user and the file see."""
    from PySide6.QtCore import QCoreApplication

    from timeline_app.commands.stack import EditStack
    from timeline_app.store.backup import list_backups, make_backup
    from timeline_app.store.db import ProjectError, check_integrity

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - EditStack is a QObject
    root = Path(folder)
    path = Path(shutil.copy(template, root / "story.tlproj"))
    report: dict = {}
    project = open_project(path)
    first_backup = make_backup(project, keep=3)
    stack = EditStack(project)
    failures: list[str] = []
    stack.failed.connect(lambda said: failures.append(str(said)))
    # Leave about 400 KB free, then add 64 KB sources until a commit fails.
    filler = root / "filler"
    free = os.statvfs(root).f_bavail * os.statvfs(root).f_frsize
    with open(filler, "wb") as out:
        out.write(b"\0" * max(0, free - 400_000))
    committed = 0
    for n in range(1, 100):
        with project.session() as session:
            edit = edits.new_source(session, title=f"filler {n}", text=f"source {n} " + "x" * 65_536)
        if not stack.push(edit):
            break
        committed += 1
    report["committed"] = committed
    report["failures"] = failures
    report["stack_count"] = stack.undo_stack.count()
    try:
        make_backup(project, keep=3)
        report["backup_on_full_disk"] = "made"
    except ProjectError as exc:
        report["backup_on_full_disk"] = str(exc)
    report["backups_left"] = [info.path.name for info in list_backups(path)]
    report["first_backup"] = first_backup.name
    report["backup_folder_files"] = sorted(p.name for p in first_backup.parent.iterdir())
    report["integrity_while_full"] = check_integrity(project)
    project.close()
    try:  # opening needs room for the log's index; a full disk must give a message, not a crash
        project = open_project(path)
        with project.engine.connect() as connection:
            report["reopened_while_full"] = connection.exec_driver_sql(
                "SELECT count(*) FROM source WHERE title LIKE 'filler %'").scalar_one()
    except Exception as exc:  # noqa: BLE001 - reported to the test
        from timeline_app.errors import user_message

        report["reopened_while_full"] = str(user_message(exc, path))
    project.close()
    filler.unlink()
    project = open_project(path)
    stack = EditStack(project)
    stack.failed.connect(lambda said: failures.append(str(said)))
    with project.session() as session:
        edit = edits.new_source(session, title="after freeing space", text="room again")
    report["push_after_freeing_space"] = stack.push(edit)
    project.close()
    reopened = open_project(path)
    with reopened.engine.connect() as connection:
        report["sources_in_file"] = connection.exec_driver_sql(
            "SELECT count(*) FROM source WHERE title LIKE 'filler %'").scalar_one()
        report["integrity_check"] = connection.exec_driver_sql("PRAGMA integrity_check").scalar_one()
    reopened.close()
    print(json.dumps(report), flush=True)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--serve"]:
        serve()
    elif argv[:1] == ["--full-disk"]:
        full_disk(argv[1], argv[2])
    else:
        run(argv[0], int(argv[1]), int(argv[2]), stack="--stack" in argv[3:])


if __name__ == "__main__":
    main(sys.argv[1:])
