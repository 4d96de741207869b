"""Help ▸ About: the versions a bug report needs, as plain text that can be selected and copied."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from timeline_app import APP_NAME, __version__


def about_text() -> str:
    return (f"{APP_NAME} {__version__}\n"
            "An event timeline and claim tracker: who said what, when, and who denied it.\n\n"
            f"Qt {qVersion()} · PySide6 {PySide6.__version__}")


def show_about(parent: QWidget) -> QMessageBox:
    """Open the box without blocking; it deletes itself when closed."""
    box = QMessageBox(QMessageBox.Icon.NoIcon, f"About {APP_NAME}", about_text(), QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
