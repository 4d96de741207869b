"""Editing through the window as a user does it: dialogs, the source reader, undo and redo.

The offscreen platform cannot raise a completion popup or let it grab the keyboard, and says so
as a warning whenever a field suggests records; a real desktop does not, so those are ignored.
"""

import pytest

OFFSCREEN_POPUPS = pytest.mark.qt_log_ignore(r"^This plugin does not support (raise\(\)|grabbing the keyboard)$")
