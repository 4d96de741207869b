"""Rolling backups: made with SQLite's online backup API, checked, pruned, listed and restored."""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.commands import dump
from timeline_app.commands import edits
from timeline_app.store import backup
from timeline_app.store.backup import (
    BackupSchedule,
    backup_if_due,
    last_backup_time,
    latest_good_backup,
    list_backups,
    make_backup,
    restore_backup,
)
from timeline_app.store.db import ProjectError, head_revision, open_project

T0 = datetime(2025, 12, 21, 19, 0, tzinfo=UTC)


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def add_claim(project, proposition: str) -> None:
    with project.session() as session:
        edit = edits.new_claim(session, proposition=proposition)
        edit.apply(session)
        session.commit()


def contents(path: Path) -> dict:
    project = open_project(path, read_only=True)
    try:
        return dump(project)
    finally:
        project.close()


@pytest.fixture
def project(demo_project, tmp_path):
    """The demo, open for editing, alone in a folder of its own."""
    demo_project.close()
    folder = tmp_path / "work"
    folder.mkdir()
    opened = open_project(shutil.move(demo_project.path, folder / "story.tlproj"))
    yield opened
    opened.close()


def test_a_backup_is_a_sound_copy_beside_the_project_holding_what_only_the_log_has(project):
    add_claim(project, "committed to the write-ahead log, not yet to the file")
    assert Path(f"{project.path}-wal").stat().st_size > 0
    made = make_backup(project, now=T0)
    assert made == project.path.with_name("story.backups") / "story.20251221-190000-000000Z.tlproj"
    assert contents(made) == dump(project)
    (info,) = list_backups(project.path)
    assert (info.path, info.time, info.size, info.revision, info.quick_check, info.good) == (
        made, T0, made.stat().st_size, head_revision(), "ok", True)
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no -wal, -shm or .part left


def test_the_newest_backups_are_kept_and_names_sort_by_time(project):
    made = [make_backup(project, keep=3, now=T0 + timedelta(minutes=i)) for i in range(5)]
    assert [info.path for info in list_backups(project.path)] == made[:1:-1]
    assert sorted(p.name for p in made[0].parent.iterdir()) == sorted(p.name for p in made[2:])
    assert last_backup_time(project.path) == T0 + timedelta(minutes=4)


def test_a_partial_backup_left_by_a_crash_is_removed_once_it_is_stale(project):
    folder = project.path.with_name("story.backups")
    folder.mkdir()
    stale, fresh = folder / "story.20000101-000000-000000Z.tlproj.part", folder / "story.20000101-000001-000000Z.tlproj.part"
    for part in (stale, fresh):
        part.write_bytes(b"half a backup")
    os.utime(stale, (0, 0))  # long ago; the fresh one may be another window's backup in progress
    made = make_backup(project, now=T0)
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, fresh.name])


def test_two_backups_in_the_same_instant_get_two_names(project):
    first, second = make_backup(project, now=T0), make_backup(project, now=T0)
    assert first != second and second.name == "story.20251221-190000-000001Z.tlproj"


def test_backups_of_other_projects_in_the_same_folder_are_left_alone(project):
    folder = project.path.with_name("story.backups")
    folder.mkdir()
    others = [folder / "story.20000101-000000-000000Z.db", folder / "story-2.20000101-000000-000000Z.tlproj",
              folder / "notes.txt", folder / "story.damaged-20000101-000000-000000Z.tlproj"]
    for other in others:
        other.write_text("not ours")
    for i in range(3):
        make_backup(project, keep=1, now=T0 + timedelta(minutes=i))
    assert all(other.read_text() == "not ours" for other in others)
    assert [info.time for info in list_backups(project.path)] == [T0 + timedelta(minutes=2)]


def test_a_backup_taken_while_the_window_writes_is_one_consistent_snapshot(project):
    """The online backup reads one snapshot through its own connection; the writer is not blocked."""
    stop, made = threading.Event(), []

    def write():
        n = 0
        while not stop.is_set():
            n += 1
            add_claim(project, f"written during the backup {n}")
        made.append(n)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        backups = [make_backup(project, keep=20, now=T0 + timedelta(seconds=i)) for i in range(5)]
    finally:
        stop.set()
        writer.join()
    assert made[0] > 0
    for path in backups:
        copy = open_project(path, read_only=True)
        with copy.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
            numbers = [int(p.rsplit(" ", 1)[1]) for (p,) in connection.exec_driver_sql(
                "SELECT proposition FROM claim WHERE proposition LIKE 'written during the backup %'")]
        copy.close()
        assert sorted(numbers) == list(range(1, len(numbers) + 1))  # a prefix of the writes: no gaps


def test_a_closed_project_can_be_backed_up_by_its_path(project):
    project.close()
    made = make_backup(project.path, now=T0)
    assert contents(made) == contents(project.path)


def test_a_damaged_project_is_not_backed_up_and_costs_no_older_backup(project, tmp_path):
    good = make_backup(project, now=T0)
    project.close()
    data = project.path.read_bytes()
    project.path.write_bytes(data[:len(data) // 2])
    with pytest.raises(ProjectError, match="truncated"):
        make_backup(project.path, keep=1, now=T0 + timedelta(hours=1))
    assert [info.path for info in list_backups(project.path)] == [good]


def test_an_unwritable_project_folder_sends_backups_to_the_user_data_folder(project, monkeypatch, isolated_user_folders):
    real_access = os.access
    folder = project.path.parent
    monkeypatch.setattr(backup.os, "access", lambda p, mode: False if Path(p) in (folder, folder / "story.backups")
                        else real_access(p, mode))
    made = make_backup(project, now=T0)
    data_home = Path(os.environ["XDG_DATA_HOME"])
    assert made.parent.parent == data_home / "timeline_app" / "backups"
    assert made.parent.name.startswith("story-") and not folder.with_name("story.backups").exists()
    assert [info.path for info in list_backups(project.path)] == [made]


def test_list_backups_reports_a_damaged_backup(project):
    older = make_backup(project, now=T0)
    newer = make_backup(project, now=T0 + timedelta(minutes=1))
    data = bytearray(newer.read_bytes())
    data[-4096:] = b"\xa5" * 4096
    newer.write_bytes(bytes(data))
    infos = list_backups(project.path)
    assert [info.path for info in infos] == [newer, older]
    assert infos[0].quick_check != "ok" and not infos[0].good and "\n" not in infos[0].quick_check
    assert infos[1].good
    assert latest_good_backup(project.path) == older
    assert [info.quick_check for info in list_backups(project.path, check=False)] == ["not checked"] * 2


def test_restore_keeps_the_damaged_file_and_its_stale_log_aside(project):
    good = make_backup(project, now=T0)
    expected = contents(good)
    add_claim(project, "a change after the backup, in the log")
    project.close()
    # A crash leaves a log beside a file that is then damaged; the stale log must not be replayed
    # onto the restored file, nor lost: it goes aside with the damaged file.
    with open(f"{project.path}-wal", "wb") as log:
        log.write(b"a log from before the damage" * 100)
    data = project.path.read_bytes()
    project.path.write_bytes(data[:len(data) // 3])
    damaged = {suffix: Path(f"{project.path}{suffix}").read_bytes() for suffix in ("", "-wal")}
    restored = restore_backup(good, project.path, now=T0 + timedelta(hours=1))
    assert restored.path == project.path and contents(project.path) == expected
    aside = restored.damaged_copy
    assert aside == project.path.with_name("story.damaged-20251221-200000-000000Z.tlproj")
    assert {suffix: Path(f"{aside}{suffix}").read_bytes() for suffix in ("", "-wal")} == damaged
    assert not Path(f"{project.path}-wal").exists()


def test_restore_to_a_missing_file(project, tmp_path):
    good = make_backup(project, now=T0)
    target = tmp_path / "elsewhere.tlproj"
    restored = restore_backup(good, target)
    assert restored.damaged_copy is None and contents(target) == contents(good)


def test_restore_refuses_an_unsound_backup_and_changes_nothing(project):
    bad = make_backup(project, now=T0)
    bad.write_bytes(bad.read_bytes()[:8192])
    project.close()
    before = fingerprint(project.path.parent)
    with pytest.raises(ProjectError, match="truncated"):
        restore_backup(bad, project.path)
    assert fingerprint(project.path.parent) == before


# ---------------------------------------------------------------- when to back up


def test_schedule_on_open_then_every_period_and_only_after_changes():
    schedule = BackupSchedule(period=timedelta(minutes=15), keep=5)
    assert schedule.due(None, T0) and schedule.due(None, T0, changed=False)  # never backed up: on open
    assert not schedule.due(T0, T0 + timedelta(minutes=14))
    assert schedule.due(T0, T0 + timedelta(minutes=15))
    assert not schedule.due(T0, T0 + timedelta(hours=5), changed=False)
    assert schedule.due(T0, T0 - timedelta(minutes=1))  # the clock went back
    assert schedule.seconds_until_due(T0, T0 + timedelta(minutes=5)) == 600
    assert schedule.seconds_until_due(T0, T0 + timedelta(hours=1)) == 0
    assert schedule.seconds_until_due(None, T0) == 0


def test_backup_if_due(project):
    schedule = BackupSchedule(period=timedelta(minutes=15), keep=2)
    first = backup_if_due(project, schedule, now=T0)
    assert first is not None
    assert backup_if_due(project, schedule, now=T0 + timedelta(minutes=1)) is None
    assert backup_if_due(project, schedule, now=T0 + timedelta(minutes=20), changed=False) is None
    assert backup_if_due(project, schedule, now=T0 + timedelta(minutes=20)) is not None
    assert backup_if_due(project, schedule, now=T0 + timedelta(minutes=40)) is not None
    assert len(list_backups(project.path, check=False)) == 2


def test_a_read_only_project_is_not_backed_up(project):
    project.close()
    reader = open_project(project.path, read_only=True)
    try:
        assert backup_if_due(reader, now=T0) is None
    finally:
        reader.close()
    assert not project.path.with_name("story.backups").exists()
