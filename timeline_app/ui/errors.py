"""Warnings shown to the user: always literal text, whatever the message contains."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from timeline_app.ui.plain_text import literal


def warn(parent: QWidget, title: str, message: str) -> None:
    """A warning box showing ``message`` literally, even where it looks like HTML."""
    QMessageBox.warning(parent, title, literal(message))
