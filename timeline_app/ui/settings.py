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

MAX_RECENT_PROJECTS = 10


def _read(setting: Setting):
    return QSettings().value(setting.key, setting.default, type=type(setting.default))


def _write(setting: Setting, value) -> None:
    QSettings().setValue(setting.key, value)


def _absolute(path: Path | str) -> str:
    return str(Path(path).expanduser().absolute())


def recent_projects() -> list[Path]:
    """The recent projects that still exist, most recent first."""
    return [Path(p) for p in _read(RECENT_PROJECTS) if p and Path(p).is_file()]


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
    return Path(value) if value and Path(value).is_file() else None


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
