"""The selection shared by every view of a project: the timeline, the claims panel, the details.

It holds record ids (events' and claims' UUIDs), not view-specific keys, so each view maps them
to its own rows. Every change is announced once with the object that made it, so the view that
made a change can skip reacting to its own announcement.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class SelectionModel(QObject):
    #: Emitted after every change, with the object that made it (or None).
    changed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._ids: tuple[str, ...] = ()

    def ids(self) -> tuple[str, ...]:
        """Selected record ids, the most recently chosen last."""
        return self._ids

    def current(self) -> str | None:
        return self._ids[-1] if self._ids else None

    def select(self, ids: Iterable[str], *, source: object = None) -> None:
        ids = tuple(dict.fromkeys(ids))
        if ids != self._ids:
            self._ids = ids
            self.changed.emit(source)

    def clear(self, *, source: object = None) -> None:
        self.select((), source=source)
