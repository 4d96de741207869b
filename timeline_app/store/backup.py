"""Rolling backups of a project file, made with SQLite's online backup API, and restoring one.

Where: in a folder beside the project, ``<name>.backups/`` next to ``<name>.tlproj``, where a user
looks for them and where they travel with the project when its folder is copied. When that folder
cannot be written (read-only media, a shared folder without write permission), they go under the
user's data folder instead: ``<user data>/timeline_app/backups/<name>-<hash of the project's full
path>/``. :func:`list_backups` looks in both places.

What: each backup is a complete project file named ``<name>.<UTC time>Z<suffix>``, e.g.
``story.20251221-190000-123456Z.tlproj``, so names sort by time. It is written under a ``.part``
name, checked with SQLite's ``quick_check`` and renamed only when complete and sound, and only
then are the oldest backups beyond ``keep`` deleted: a full disk, a crash or a damaged project
never costs an older backup. A damaged project yields no backup (ProjectError): the copy of a
damaged file fails its check, so a backup is also the full page check of a large project that
:func:`~timeline_app.store.db.open_project` leaves out to open quickly.

When: a backup of 170 MB takes about half a second and its check as long again, so opening does
not wait for one. The caller makes it: the window calls :func:`backup_if_due` in a worker thread
after opening a project, and again from a timer (:meth:`BackupSchedule.seconds_until_due`), each
time with its own connection; nothing here uses Qt.

Restoring never overwrites the damaged file: the backup is copied and checked under a temporary
name first; then the damaged file, with its ``-wal`` and ``-shm`` (a stale log would be replayed
onto the restored file), is renamed aside to ``<name>.damaged-<UTC time>Z<suffix>``, and the copy
takes the project's name, so that recent-file lists and links keep working.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from timeline_app import APP_NAME
from timeline_app.messages import Message, message
from timeline_app.store.db import (
    Project,
    ProjectError,
    _read_only_uri,
    _side,
    _write_locked,
    inspect_file,
    known_revisions,
    one_line,
    open_project,
)

DEFAULT_KEEP = 10
DEFAULT_PERIOD = timedelta(minutes=30)
FOLDER_SUFFIX = ".backups"
_STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_STAMP = re.compile(r"\.(\d{8}-\d{6}-\d{6})Z$")
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    """One backup: its file, when it was made (UTC), its size, schema and SQLite's verdict."""

    path: Path
    time: datetime
    size: int
    revision: str | None
    quick_check: str

    @property
    def good(self) -> bool:
        """Sound and readable by this version: fit to be offered for opening or restoring."""
        return self.quick_check == "ok" and self.revision in known_revisions()


@dataclass(frozen=True)
class BackupSchedule:
    """When to back up: on open and then every ``period``, keeping the newest ``keep``.

    Pure: it is told the time of the last backup and the time now. A clock set back (a last
    backup in the future) counts as due, so that backups do not stop until the clock catches up.
    """

    period: timedelta = DEFAULT_PERIOD
    keep: int = DEFAULT_KEEP

    def due(self, last: datetime | None, now: datetime, *, changed: bool = True) -> bool:
        """Whether to back up now; ``changed`` False (nothing edited since the last) says no."""
        if last is None:
            return True
        if not changed:
            return False
        return now < last or now - last >= self.period

    def seconds_until_due(self, last: datetime | None, now: datetime) -> float:
        """For a single-shot timer: 0 when due now."""
        if last is None or now < last:
            return 0.0
        return max(0.0, (last + self.period - now).total_seconds())


@dataclass(frozen=True)
class Restored:
    """What :func:`restore_backup` did: the restored project, and where the damaged file went."""

    path: Path
    damaged_copy: Path | None


# ---------------------------------------------------------------- where backups live


def backup_folder(project_path: Path | str) -> Path:
    """Where backups of the project go: beside it, or under the user's data folder if its own
    folder cannot be written."""
    path = Path(project_path)
    beside = _beside(path)
    if os.access(beside if beside.is_dir() else path.parent, os.W_OK):
        return beside
    return _fallback(path)


def _beside(path: Path) -> Path:
    return path.with_name(path.stem + FOLDER_SUFFIX)


def _fallback(path: Path) -> Path:
    from platformdirs import user_data_dir

    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:12]
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "backups" / f"{path.stem}-{digest}"


def _folders(path: Path) -> list[Path]:
    return [folder for folder in dict.fromkeys((_beside(path), _fallback(path))) if folder.is_dir()]


def _suffix(path: Path) -> str:
    return path.suffix or ".tlproj"


def _time_of(project_path: Path, candidate: Path) -> datetime | None:
    """The time in a backup's name, if it is a backup of this project."""
    suffix = _suffix(project_path)
    name = candidate.name
    if not (name.startswith(project_path.stem + ".") and name.endswith(suffix)):
        return None
    middle = name[len(project_path.stem):len(name) - len(suffix)]
    match = _STAMP.fullmatch(middle) if middle.count(".") == 1 else None
    if not match:
        return None
    return datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)


def _backups(project_path: Path) -> list[tuple[datetime, Path]]:
    """(time, file) of every backup of the project, newest first, in both folders."""
    found = []
    for folder in _folders(project_path):
        for candidate in folder.iterdir():
            when = _time_of(project_path, candidate)
            if when is not None and candidate.is_file():
                found.append((when, candidate))
    return sorted(found, reverse=True)


def last_backup_time(project_path: Path | str) -> datetime | None:
    """When the newest backup was made (from the file names alone: cheap enough for every open)."""
    found = _backups(Path(project_path))
    return found[0][0] if found else None


# ---------------------------------------------------------------- making backups


def make_backup(project_or_path: Project | Path | str, *, folder: Path | str | None = None,
                keep: int = DEFAULT_KEEP, now: datetime | None = None) -> Path:
    """Back the project up with SQLite's online backup API; keep the newest ``keep`` backups.

    An open :class:`Project` is read through a new connection of its own engine (safe from a
    worker thread, and consistent while the window goes on writing: the backup reads one
    snapshot). A path is opened read-only for the backup. Raises ProjectError, keeping every
    older backup, when the project is damaged or the backup cannot be written.
    """
    if keep < 1:
        raise ValueError("keep at least one backup")
    if isinstance(project_or_path, Project) and project_or_path.shared:
        raise ProjectError(message("{path}: a shared project is backed up on its server, by whoever runs it; "
                                   "File ▸ Save a Copy As… makes a local copy", path=project_or_path.address))
    if isinstance(project_or_path, Project):
        return _make_backup(project_or_path, folder, keep, now)
    project = open_project(project_or_path, read_only=True, allow_older=True)
    try:
        return _make_backup(project, folder, keep, now)
    finally:
        project.close()


def _make_backup(project: Project, folder: Path | str | None, keep: int, now: datetime | None) -> Path:
    path = project.path
    folder = Path(folder) if folder is not None else backup_folder(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProjectError(message("{path}: cannot make the backup folder ({problem})", path=folder,
                                   problem=exc.strerror or exc)) from exc
    target = _free_name(folder, path, now or datetime.now(UTC))
    part = target.with_name(target.name + ".part")
    try:
        with project.engine.connect() as connection, closing(sqlite3.connect(part)) as copy:
            connection.connection.driver_connection.backup(copy)
        result = _check(part)
        if result != "ok":
            raise ProjectError(message("{path}: the project file is damaged ({detail}); no backup was made and "
                                       "the older backups are kept", path=path, detail=result))
        _sync(part)
        os.replace(part, target)
        _sync(folder)
    except (OSError, sqlite3.Error) as exc:
        raise ProjectError(message("{path}: could not write the backup ({problem}); the older backups are kept",
                                   path=target, problem=_reason(exc))) from exc
    finally:
        for leftover in (part, *(_side(part, s) for s in SIDE_SUFFIXES)):
            leftover.unlink(missing_ok=True)
    _prune(path, folder, keep, target)
    return target


def _free_name(folder: Path, project_path: Path, now: datetime) -> Path:
    """A backup name for ``now`` (UTC) that no file has yet: a microsecond later if taken."""
    moment = now.astimezone(UTC)
    while True:
        target = folder / f"{project_path.stem}.{moment.strftime(_STAMP_FORMAT)}Z{_suffix(project_path)}"
        if not target.exists() and not target.with_name(target.name + ".part").exists():
            return target
        moment += timedelta(microseconds=1)


def _check(path: Path) -> str:
    """quick_check's verdict on a finished copy: "ok", or the problem."""
    try:
        with closing(sqlite3.connect(f"{_read_only_uri(path)}", uri=True)) as con:
            return one_line(con.execute("PRAGMA quick_check(1)").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


def _sync(path: Path) -> None:
    """Flush a file or folder to the disk, so that a backup survives a power cut too."""
    if os.name != "posix" and path.is_dir():
        return  # Windows cannot open folders; NTFS journals renames itself
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _reason(exc: Exception) -> Message | str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return message("the disk is full") if "disk is full" in detail else detail


#: A ``.part`` file older than this was left by a backup that crashed (or ran out of room).
STALE_PART = timedelta(hours=1)


def _prune(project_path: Path, folder: Path, keep: int, made: Path) -> None:
    """Delete all but the newest ``keep`` backups in ``folder``, never the one just made, and
    the partial files of backups that never finished."""
    ours = sorted(((when, p) for p in folder.iterdir() if (when := _time_of(project_path, p)) is not None),
                  reverse=True)
    for _when, old in ours[keep:]:
        if old != made:
            old.unlink(missing_ok=True)
    cutoff = datetime.now(UTC).timestamp() - STALE_PART.total_seconds()
    for part in folder.glob(f"{project_path.stem}.*{_suffix(project_path)}.part"):
        with contextlib.suppress(OSError):
            if _time_of(project_path, part.with_suffix("")) is not None and part.stat().st_mtime < cutoff:
                part.unlink()


def backup_if_due(project: Project, schedule: BackupSchedule = BackupSchedule(), *,
                  now: datetime | None = None, changed: bool = True) -> Path | None:
    """Back up an open, writable project when the schedule says so; the backup made, or None.

    For the window: on open (in a worker thread) and from a timer. A read-only project is not
    backed up: it cannot change, and its folder may not be writable; nor is a shared one, which
    its server keeps.
    """
    if project.read_only or project.shared:
        return None
    now = now or datetime.now(UTC)
    if not schedule.due(last_backup_time(project.path), now, changed=changed):
        return None
    return make_backup(project, keep=schedule.keep, now=now)


# ---------------------------------------------------------------- finding and restoring backups


def list_backups(project_path: Path | str, *, check: bool = True) -> list[BackupInfo]:
    """Every backup of the project, newest first, with its schema and (``check``) SQLite's
    quick_check verdict; without ``check`` the verdict is "not checked"."""
    infos = []
    for when, path in _backups(Path(project_path)):
        revision = _revision(path)
        verdict = (_check(path) if revision is not None else "unreadable") if check else "not checked"
        infos.append(BackupInfo(path, when, path.stat().st_size, revision, verdict))
    return infos


def _revision(path: Path) -> str | None:
    try:
        return inspect_file(path, check_pages=False).revision
    except ProjectError:
        return None


def latest_good_backup(project_path: Path | str) -> Path | None:
    """The newest backup that passes quick_check and that this version can read, or None."""
    for _when, path in _backups(Path(project_path)):
        if _revision(path) in known_revisions() and _check(path) == "ok":
            return path
    return None


def restore_backup(backup: Path | str, target: Path | str, *, now: datetime | None = None) -> Restored:
    """Put ``backup`` in place of the project at ``target``, keeping the damaged file aside.

    The backup is copied beside ``target`` under a temporary name and checked; only then is the
    file at ``target`` (with its ``-wal`` and ``-shm``) renamed to ``<name>.damaged-<time>Z<suffix>``
    and the copy renamed to ``target``; finally the result is opened (read-only) to prove it opens.
    Refused (ProjectError, nothing changed) when the backup is unsound or another program is
    writing to ``target``. The project must not be open in this program.
    """
    backup, target = Path(backup), Path(target)
    state = inspect_file(backup, check_pages=True)
    if state.revision not in known_revisions():
        raise ProjectError(message("{path}: this backup cannot be read by this version", path=backup))
    if target.exists() and _locked(target):
        raise ProjectError(message("{path}: another program is writing to the project; close it there first",
                                   path=target))
    part = target.with_name(f".{target.name}.restoring.part")
    try:
        shutil.copyfile(backup, part)
        _sync(part)
        if (verdict := _check(part)) != "ok":
            raise ProjectError(message("{path}: the copy of the backup is unsound ({detail}); nothing was restored",
                                       path=backup, detail=verdict))
        damaged = _move_aside(target, now or datetime.now(UTC))
        os.replace(part, target)
        _sync(target.parent)
    except OSError as exc:
        raise ProjectError(message("{path}: could not restore the backup ({problem}); the project file is as it "
                                   "was", path=target, problem=exc.strerror or exc)) from exc
    finally:
        part.unlink(missing_ok=True)
    open_project(target, read_only=True, allow_older=True).close()  # proves it opens; writes nothing
    return Restored(target, damaged)


def _locked(target: Path) -> bool:
    """Whether another program is writing to ``target``; asked only of a sound file, since the
    probe's connection could write into a damaged one (replaying its log when it closes)."""
    try:
        inspect_file(target, check_pages=True)
        return _write_locked(target)
    except ProjectError:
        return False  # damaged: not probed; no program can be writing to it successfully either


def _move_aside(target: Path, now: datetime) -> Path | None:
    """Rename ``target`` and its side files to a free ``.damaged-<time>`` name; never overwrites."""
    present = [suffix for suffix in ("", *SIDE_SUFFIXES) if _side(target, suffix).exists()]
    if not present:
        return None
    moment = now.astimezone(UTC)
    while True:
        aside = target.with_name(f"{target.stem}.damaged-{moment.strftime(_STAMP_FORMAT)}Z{_suffix(target)}")
        if not any(_side(aside, suffix).exists() for suffix in ("", *SIDE_SUFFIXES)):
            break
        moment += timedelta(microseconds=1)
    for suffix in present:
        os.rename(_side(target, suffix), _side(aside, suffix))
    return aside if "" in present else None
