"""Damaged, locked, read-only and full-disk projects: reported in one line, never written to.

Every refusal is a ProjectError of one line naming the file and what is wrong, and leaves the
file byte for byte as it was, with no side files created beside it. A locked or unwritable file
opens read-only with a reason for the window's banner, and edits on it are refused by the edit
stack with a message. After a refusal the latest sound backup can be found and restored.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from timeline_app.commands import edits
from timeline_app.commands.stack import EditStack
from timeline_app.store import db
from timeline_app.store.backup import make_backup, restore_backup
from timeline_app.store.db import ProjectError, latest_good_backup, open_project

CHILD = Path(__file__).with_name("crash_child.py")
PAGE = 4096


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file in a folder with the hash of its bytes: equal fingerprints, untouched folder."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def refused(path: Path, message: str, *, read_only: bool = False) -> str:
    """Open ``path``, expect a one-line ProjectError matching ``message`` and an untouched folder."""
    before = fingerprint(path.parent)
    with pytest.raises(ProjectError, match=message) as caught:
        open_project(path, read_only=read_only)
    assert fingerprint(path.parent) == before
    text = str(caught.value)
    assert "\n" not in text and text.startswith(str(path))
    return text


@pytest.fixture
def demo_file(demo_project, tmp_path) -> Path:
    """The demo project, closed, alone in a folder of its own."""
    demo_project.close()
    folder = tmp_path / "projects"
    folder.mkdir()
    return Path(shutil.move(demo_project.path, folder / "story.tlproj"))


def damaged_copy(demo_file: Path, data: bytes) -> Path:
    path = demo_file.with_name("damaged.tlproj")
    path.write_bytes(data)
    return path


def push_new_claim(project, qtbot) -> tuple[bool, list[str]]:
    """Push one edit through an EditStack as the window would; (pushed, failure messages)."""
    stack = EditStack(project)
    failures: list[str] = []
    stack.failed.connect(lambda said: failures.append(str(said)))
    with project.session() as session:
        edit = edits.new_claim(session, proposition="A claim made on a project that may not change.")
    pushed = stack.push(edit)
    assert stack.undo_stack.count() == (1 if pushed else 0)
    return pushed, failures


# ---------------------------------------------------------------- truncated and garbage


@pytest.mark.parametrize("cut", ["half", "not whole pages", "header only", "first page"])
def test_a_truncated_project_is_refused(demo_file, cut):
    data = demo_file.read_bytes()
    length = {"half": len(data) // 2 // PAGE * PAGE, "not whole pages": len(data) - 1000,
              "header only": 100, "first page": PAGE}[cut]
    path = damaged_copy(demo_file, data[:length])
    refused(path, r"the project file is damaged \(truncated")
    refused(path, r"the project file is damaged \(truncated", read_only=True)


@pytest.mark.parametrize("page", [2, 5, "middle", "last"])
def test_garbage_pages_are_refused(demo_file, page):
    data = bytearray(demo_file.read_bytes())
    pages = len(data) // PAGE
    number = {"middle": pages // 2, "last": pages}.get(page, page)
    data[(number - 1) * PAGE:number * PAGE] = random.Random(number).randbytes(PAGE)
    path = damaged_copy(demo_file, bytes(data))
    text = refused(path, r"the project file is damaged")
    assert "damaged (" in text


def test_garbage_in_the_header_is_refused(demo_file):
    data = bytearray(demo_file.read_bytes())
    data[16:18] = b"\x12\x34"  # no page size
    refused(damaged_copy(demo_file, bytes(data)), r"damaged \(its header names no valid page size\)")


def test_a_large_file_skips_the_page_check_on_open_and_its_backup_finds_the_damage(demo_file, monkeypatch):
    """Opening a project larger than QUICK_CHECK_MAX_BYTES does not read every page (it would take
    0.2 s per 170 MB); the backup made after opening checks every page of its copy instead, and
    refuses, keeping the older backups."""
    good = make_backup(demo_file)
    data = bytearray(demo_file.read_bytes())
    data[-PAGE:] = random.Random(0).randbytes(PAGE)
    path = damaged_copy(demo_file, bytes(data))
    shutil.copytree(good.parent, path.with_name("damaged.backups"))
    monkeypatch.setattr(db, "QUICK_CHECK_MAX_BYTES", 1000)
    project = open_project(path, read_only=True)
    try:
        with pytest.raises(ProjectError, match=r"damaged.tlproj: the project file is damaged .*no backup was made"):
            make_backup(project)
    finally:
        project.close()
    assert [p.name.replace("damaged.", "story.") for p in path.with_name("damaged.backups").iterdir()] == [good.name]


# ---------------------------------------------------------------- the write-ahead log


def crashed_copy(demo_file: Path, *, keep: tuple[str, ...], checkpointed: bool = False) -> Path:
    """A copy of the project as a crash leaves it: a change committed to the -wal only, with the
    side files in ``keep`` (of "-wal", "-shm"). ``checkpointed``: the change reached the file too."""
    with closing(sqlite3.connect(demo_file, isolation_level=None)) as con:
        con.execute("PRAGMA wal_autocheckpoint = 0")
        con.execute("UPDATE claim SET proposition = 'changed only in the log' WHERE rowid = 1")
        if checkpointed:
            con.execute("PRAGMA wal_checkpoint(PASSIVE)")
        folder = demo_file.with_name("crashed")
        folder.mkdir()
        for suffix in ("", *keep):
            shutil.copyfile(f"{demo_file}{suffix}", folder / f"story.tlproj{suffix}")
    return folder / "story.tlproj"


def changed_claims(path: Path) -> int:
    project = open_project(path)
    try:
        with project.engine.connect() as connection:
            return connection.exec_driver_sql(
                "SELECT count(*) FROM claim WHERE proposition = 'changed only in the log'").scalar_one()
    finally:
        project.close()


def test_after_a_crash_with_both_side_files_the_committed_change_is_recovered(demo_file):
    assert changed_claims(crashed_copy(demo_file, keep=("-wal", "-shm"))) == 1


def test_a_missing_wal_whose_index_says_it_held_changes_is_refused(demo_file):
    path = crashed_copy(demo_file, keep=("-shm",))
    text = refused(path, r"damaged \(its log story.tlproj-wal is missing, and with it the latest saved changes")
    refused(path, "is missing", read_only=True)
    assert "delete story.tlproj-shm, or open the latest backup" in text


def test_a_wal_cut_short_is_refused(demo_file):
    path = crashed_copy(demo_file, keep=("-wal", "-shm"))
    wal = Path(f"{path}-wal")
    wal.write_bytes(wal.read_bytes()[:32])
    refused(path, r"damaged \(its log story.tlproj-wal is cut short")


def test_a_missing_wal_that_held_nothing_new_is_no_loss(demo_file):
    """An index without a log whose changes all reached the file (a checkpoint ran): opens."""
    assert changed_claims(crashed_copy(demo_file, keep=("-shm",), checkpointed=True)) == 1


def test_a_missing_wal_without_an_index_cannot_be_told_from_a_clean_close(demo_file):
    """Documented limit: with both side files gone, the changes only the log held are lost
    silently; the file opens in the state of its last checkpoint."""
    assert changed_claims(crashed_copy(demo_file, keep=())) == 0


# ---------------------------------------------------------------- the latest backup


def test_after_a_refusal_the_latest_good_backup_is_offered_and_restored_beside_the_damaged_file(demo_file):
    older = make_backup(demo_file)
    newest = make_backup(demo_file)
    data = newest.read_bytes()
    newest.write_bytes(data[:len(data) // 2])  # the newest backup is damaged too: skipped
    demo_file.write_bytes(demo_file.read_bytes()[:len(data) // 2])
    damaged_bytes = demo_file.read_bytes()
    refused(demo_file, "truncated")
    assert latest_good_backup(demo_file) == older
    restored = restore_backup(older, demo_file)
    assert restored.path == demo_file and restored.damaged_copy.read_bytes() == damaged_bytes
    assert restored.damaged_copy.name.startswith("story.damaged-") and restored.damaged_copy.suffix == ".tlproj"
    open_project(demo_file).close()


def test_no_backup_no_offer(demo_file):
    assert latest_good_backup(demo_file) is None


# ---------------------------------------------------------------- locked and read-only


LOCKER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
con.execute("ROLLBACK")
con.close()
"""


@pytest.fixture
def locked(demo_file):
    """Another program holding the project's write lock (BEGIN IMMEDIATE) until the test ends."""
    # A first connection puts the side files in place, as any program that opened it would.
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(demo_file)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert locker.stdout.readline() == "locked\n"
    yield demo_file
    locker.communicate("\n", timeout=30)
    assert locker.returncode == 0


def test_a_locked_project_opens_read_only_and_refuses_edits(locked, qtbot):
    before = hashlib.sha256(locked.read_bytes()).hexdigest()
    project = open_project(locked)
    try:
        assert project.read_only and str(project.read_only_reason) == "Opened read-only: another program is writing to it"
        with project.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM claim").scalar_one() > 0
        pushed, failures = push_new_claim(project, qtbot)
        assert not pushed and failures == ["Could not save “New claim”: the project is open read-only"]
    finally:
        project.close()
    assert hashlib.sha256(locked.read_bytes()).hexdigest() == before


def test_a_lock_released_leaves_a_project_that_opens_for_editing(demo_file):
    project = open_project(demo_file)
    assert not project.read_only and project.read_only_reason is None
    project.close()


def test_a_locked_project_cannot_be_restored_over(locked):
    backup = make_backup(locked)
    before = fingerprint(locked.parent)
    with pytest.raises(ProjectError, match="another program is writing to the project"):
        restore_backup(backup, locked)
    assert fingerprint(locked.parent) == before


def test_a_project_we_may_not_write_opens_read_only_and_refuses_edits(demo_file, monkeypatch, qtbot):
    before = fingerprint(demo_file.parent)
    monkeypatch.setattr(db, "_can_write", lambda path: False)
    project = open_project(demo_file)
    try:
        assert project.read_only and str(project.read_only_reason) == "Opened read-only: you may not write to this file"
        pushed, failures = push_new_claim(project, qtbot)
        assert not pushed and failures == ["Could not save “New claim”: the project is open read-only"]
    finally:
        project.close()
    assert fingerprint(demo_file.parent) == before


def test_read_only_on_request_says_so(demo_file):
    project = open_project(demo_file, read_only=True)
    assert project.read_only and str(project.read_only_reason) == "Opened read-only"
    project.close()


def test_a_locked_message_is_not_called_damage(tmp_path):
    error = db._database_error(tmp_path / "x.tlproj", sqlite3.OperationalError("database is locked"))
    assert str(error) == f"{tmp_path / 'x.tlproj'}: another program has locked the project file; close it there and try again"


# ---------------------------------------------------------------- mounts (root only)

CAN_MOUNT = os.name == "posix" and os.geteuid() == 0 and shutil.which("unshare") is not None
MOUNT_SKIP = ("mounting needs root and unshare(1) (a private mount namespace); CI runs as root. Run it with "
              "`sudo .venv/bin/python -m pytest tests/store/test_damaged_projects.py -k mount`")


def in_namespace(script: str) -> subprocess.CompletedProcess:
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if result.returncode != 0 and "mount:" in result.stderr and "permission denied" in result.stderr.lower():
        pytest.skip(f"this container may not mount ({result.stderr.strip()}); {MOUNT_SKIP}")
    return result


@pytest.mark.skipif(not CAN_MOUNT, reason=MOUNT_SKIP)
def test_mount_read_only_media_open_read_only_with_the_reason(demo_file):
    before = fingerprint(demo_file.parent)
    folder = demo_file.parent
    probe = (f"from timeline_app.store.db import open_project; p = open_project({str(demo_file)!r}); "
             "print(p.read_only, p.read_only_reason, sep='|')")
    result = in_namespace(f"mount --bind -o ro {folder} {folder} && {sys.executable} -c {json.dumps(probe)}")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True|Opened read-only: you may not write to this file"
    assert fingerprint(folder) == before


@pytest.mark.skipif(not CAN_MOUNT, reason=MOUNT_SKIP)
def test_mount_a_full_disk_refuses_the_edit_cleanly_and_loses_nothing(demo_file, tmp_path):
    """On a 4 MB tmpfs: edits of 64 KB each until the disk is full. The failing edit is refused
    through the edit stack with a message and is not on the undo stack; every edit before it is in
    the file, which stays sound; a backup on the full disk fails without leaving a partial file or
    costing the older backup; the project closes and opens again while the disk is full; after
    space is freed, edits work again."""
    mount = tmp_path / "small-disk"
    mount.mkdir()
    result = in_namespace(f"mount -t tmpfs -o size=4m tmpfs {mount} && "
                          f"{sys.executable} {CHILD} --full-disk {mount} {demo_file}")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["committed"] >= 1 and report["stack_count"] == report["committed"]
    (failure,) = report["failures"]
    assert failure.startswith("Could not save “New source”: ") and "disk is full" in failure
    assert "could not write the backup (the disk is full); the older backups are kept" in report["backup_on_full_disk"]
    assert report["backups_left"] == [report["first_backup"]]
    assert report["backup_folder_files"] == [report["first_backup"]]  # no partial backup left behind
    assert report["integrity_while_full"] == "ok" and report["integrity_check"] == "ok"
    assert report["reopened_while_full"] == report["committed"]  # closed and opened again, still full
    assert report["push_after_freeing_space"] is True
    assert report["sources_in_file"] == report["committed"]
