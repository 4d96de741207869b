"""File ▸ Open Recent: the recent projects from the settings, most recent first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QMenu, QWidget

from timeline_app.ui import settings
from timeline_app.ui.i18n import Retranslating, tr


class RecentProjectsMenu(Retranslating, QMenu):
    """Lists up to ten recent projects; files that disappeared are left out."""

    project_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    def retranslate(self) -> None:
        """Say it all again in the interface's language."""
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Rebuild from the settings, which another window may have changed."""
        self.clear()
        self.setTitle(tr("Open &Recent"))
        paths = settings.recent_projects()
        for number, path in enumerate(paths, start=1):
            action = self.addAction(self._entry_text(number, path))
            action.setToolTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.project_chosen.emit(p))
        self.addSeparator()
        clear = self.addAction(tr("&Clear Recent"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear_recent)

    @staticmethod
    def _entry_text(number: int, path: Path) -> str:
        """Numbered for keyboard access (1–9), with the folder to tell same-named files apart."""
        accelerator = f"&{number}" if number < 10 else str(number)
        label = f"{path.name}  ({path.parent})".replace("&", "&&")
        return f"{accelerator} {label}"

    @Slot()
    def clear_recent(self) -> None:
        settings.clear_recent_projects()
        self.refresh()

    def paths(self) -> list[Path]:
        """The projects listed, in order."""
        return [Path(a.data()) for a in self.actions() if a.data()]
