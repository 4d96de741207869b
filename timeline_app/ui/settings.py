"""Every setting the GUI keeps, declared once with its default, behind typed accessors.

QSettings is constructed with no arguments, so it follows the application's identity (set in
``timeline_app.app``) and the platform's native format; tests redirect it with
``QSettings.setPath``. Paths are stored as absolute strings so that a relative path given on the
command line still means the same file tomorrow.
"""

from __future__ import annotations

import getpass
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from timeline_app.store.address import is_server_address, shown


@dataclass(frozen=True)
class Setting:
    """A settings key with its default; the default's type is the type read back."""

    key: str
    default: object


RECENT_PROJECTS = Setting("files/recent_projects", [])
LAST_PROJECT = Setting("files/last_project", "")
MAIN_GEOMETRY = Setting("main_window/geometry", QByteArray())
MAIN_STATE = Setting("main_window/state", QByteArray())
#: Per project file (``{}``: a hash of its absolute path): the timeline's grouping, lanes and visible
#: range as one JSON object.
TIMELINE_STATE = Setting("timeline/{}", "")
#: Per dialog (``{}``: its object name): where it was and how large, as ``saveGeometry`` gives it.
DIALOG_GEOMETRY = Setting("dialogs/{}/geometry", QByteArray())
#: Who status changes are recorded as made by; empty: the login name.
EDITOR_NAME = Setting("editing/editor_name", "")
#: Preferences (Edit ▸ Preferences…); each with the values it may take, the default first.
LANGUAGE = Setting("preferences/language", "system")
LANGUAGES = ("system", "en", "de")
THEME = Setting("preferences/theme", "system")
THEMES = ("system", "light", "dark")
DEFAULT_GROUPING = Setting("preferences/default_grouping", "party")
GROUPINGS = ("party", "tag", "single")  # the values of domain.timeline.items.Grouping
PDF_PAGE_SIZE = Setting("preferences/pdf_page_size", "A4")
PDF_PAGE_SIZES = ("A4", "A3", "Letter")  # the keys of export.pdf.PAGE_SIZES
BACKUP_KEEP = Setting("backups/keep", 10)
BACKUP_KEEP_RANGE = (1, 100)
BACKUP_EVERY_MINUTES = Setting("backups/every_minutes", 30)
BACKUP_EVERY_MINUTES_RANGE = (1, 24 * 60)

MAX_RECENT_PROJECTS = 10


def _read(setting: Setting):
    return QSettings().value(setting.key, setting.default, type=type(setting.default))


def _write(setting: Setting, value) -> None:
    QSettings().setValue(setting.key, value)


def _absolute(path: Path | str) -> str:
    """A file's absolute path; a shared project's server address as it is (without password)."""
    return shown(path) if is_server_address(path) else str(Path(path).expanduser().absolute())


def _still_there(location: str) -> bool:
    """A file that still exists, or a server address (asking the server would be too slow here)."""
    return bool(location) and (is_server_address(location) or Path(location).is_file())


def recent_projects() -> list[Path]:
    """The recent projects that still exist (shared ones by address), most recent first."""
    return [Path(p) for p in _read(RECENT_PROJECTS) if _still_there(p)]


def add_recent_project(path: Path | str) -> None:
    """Put ``path`` first; files that disappeared and the oldest beyond the limit drop out."""
    entry = _absolute(path)
    others = [str(p) for p in recent_projects() if str(p) != entry]
    _write(RECENT_PROJECTS, [entry, *others][:MAX_RECENT_PROJECTS])


def clear_recent_projects() -> None:
    _write(RECENT_PROJECTS, [])


def last_project() -> Path | None:
    """The project open most recently, if its file still exists."""
    value = _read(LAST_PROJECT)
    return Path(value) if value and _still_there(value) else None


def set_last_project(path: Path | str) -> None:
    _write(LAST_PROJECT, _absolute(path))


def main_geometry() -> QByteArray:
    return _read(MAIN_GEOMETRY)


def main_state() -> QByteArray:
    return _read(MAIN_STATE)


def save_main_window(geometry: QByteArray, state: QByteArray) -> None:
    _write(MAIN_GEOMETRY, geometry)
    _write(MAIN_STATE, state)


def _project_setting(template: Setting, path: Path | str) -> Setting:
    """A per-project key: hashed, because paths hold characters QSettings keys must not."""
    digest = hashlib.sha256(_absolute(path).encode()).hexdigest()[:20]
    return Setting(template.key.format(digest), template.default)


def timeline_state(path: Path | str) -> dict | None:
    """What :func:`save_timeline_state` kept for the project at ``path``, if anything readable."""
    text = _read(_project_setting(TIMELINE_STATE, path))
    try:
        state = json.loads(text) if text else None
    except ValueError:
        return None
    return state if isinstance(state, dict) else None


def save_timeline_state(path: Path | str, state: dict) -> None:
    """Keep ``state`` (JSON-serialisable) for the project at ``path``."""
    _write(_project_setting(TIMELINE_STATE, path), json.dumps(state))


def dialog_geometry(name: str) -> QByteArray:
    return _read(Setting(DIALOG_GEOMETRY.key.format(name), DIALOG_GEOMETRY.default))


def save_dialog_geometry(name: str, geometry: QByteArray) -> None:
    _write(Setting(DIALOG_GEOMETRY.key.format(name), DIALOG_GEOMETRY.default), geometry)


def editor_name() -> str:
    """The name status changes are recorded under: as last given, else the login name."""
    try:
        login = getpass.getuser()
    except (OSError, KeyError):  # no login name to be found, as in some containers
        login = ""
    return _read(EDITOR_NAME) or login


def set_editor_name(name: str) -> None:
    _write(EDITOR_NAME, name.strip())


def _read_choice(setting: Setting, allowed: tuple[str, ...]) -> str:
    """The stored value if it is one of ``allowed`` (an edited or older file may hold anything)."""
    value = _read(setting)
    return value if value in allowed else setting.default


def _write_choice(setting: Setting, allowed: tuple[str, ...], value: str) -> None:
    if value not in allowed:
        raise ValueError(f"{setting.key}: {value!r} is not one of {', '.join(allowed)}")
    _write(setting, value)


def _read_int(setting: Setting, bounds: tuple[int, int]) -> int:
    raw = QSettings().value(setting.key, setting.default)  # untyped: QSettings reads "many" as 0
    try:
        value = int(raw)
    except (TypeError, ValueError):
        return setting.default
    return min(max(value, bounds[0]), bounds[1])


def _write_int(setting: Setting, bounds: tuple[int, int], value: int) -> None:
    _write(setting, min(max(int(value), bounds[0]), bounds[1]))


def language() -> str:
    """The UI language: "system" (follow the system locale), "en" or "de"."""
    return _read_choice(LANGUAGE, LANGUAGES)


def set_language(value: str) -> None:
    _write_choice(LANGUAGE, LANGUAGES, value)


def theme() -> str:
    """The colour theme: "system" (Qt's own palette), "light" or "dark"."""
    return _read_choice(THEME, THEMES)


def set_theme(value: str) -> None:
    _write_choice(THEME, THEMES, value)


def default_grouping() -> str:
    """The lanes a project opens with when nothing was saved for it: a ``Grouping`` value."""
    return _read_choice(DEFAULT_GROUPING, GROUPINGS)


def set_default_grouping(value: str) -> None:
    _write_choice(DEFAULT_GROUPING, GROUPINGS, value)


def pdf_page_size() -> str:
    """The page size the PDF export starts with."""
    return _read_choice(PDF_PAGE_SIZE, PDF_PAGE_SIZES)


def set_pdf_page_size(value: str) -> None:
    _write_choice(PDF_PAGE_SIZE, PDF_PAGE_SIZES, value)


def backup_keep() -> int:
    """How many backups of each project to keep."""
    return _read_int(BACKUP_KEEP, BACKUP_KEEP_RANGE)


def set_backup_keep(value: int) -> None:
    _write_int(BACKUP_KEEP, BACKUP_KEEP_RANGE, value)


def backup_every_minutes() -> int:
    """How often, in minutes, an open project with changes is backed up."""
    return _read_int(BACKUP_EVERY_MINUTES, BACKUP_EVERY_MINUTES_RANGE)


def set_backup_every_minutes(value: int) -> None:
    _write_int(BACKUP_EVERY_MINUTES, BACKUP_EVERY_MINUTES_RANGE, value)
