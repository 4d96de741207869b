"""Sizes in the user's font, kept within the user's screen, so that windows fit at any display scaling.

A 1920×1080 screen at 200 % is 960×540 logical pixels: a size in pixels chosen on a big screen
does not fit there, nor does it grow with a larger font. So sizes are counted in ems (the width of
an "M" in the widget's font) or lines, and windows stay within the screen's free area.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9  # of the screen's free area, at most, for a window that is not the main one


def ems(widget: QWidget, count: float) -> int:
    """``count`` widths of an "M" in ``widget``'s font, in pixels."""
    return round(widget.fontMetrics().horizontalAdvance("M") * count)


def available_size(widget: QWidget) -> QSize:
    """The free area (without panels and taskbars) of the screen ``widget`` is on, or opens on."""
    return widget.screen().availableGeometry().size()


def on_screen(window: QWidget, width_ems: float, height_ems: float) -> QSize:
    """A window ``width_ems`` by ``height_ems`` in its font, bounded to :data:`SCREEN_SHARE` of the
    screen's free area (a larger font, or a higher scaling, makes less of it fit)."""
    room = available_size(window) * SCREEN_SHARE
    return QSize(ems(window, width_ems), ems(window, height_ems)).boundedTo(room)


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` as tall as its wrapped texts need at its width, but no taller than its screen's
    free area: Qt leaves the height of a window whose layout depends on its width to the window. Call
    on ``LayoutRequest``. What does not fit a small screen scrolls (see ``RecordDialog``)."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    frame = window.frameGeometry().height() - window.height()  # the title bar, once the window has one
    room = available_size(window).height() - frame
    needed = min(layout.totalHeightForWidth(window.width()), room)
    window.setMinimumHeight(needed)
    height = min(max(window.height(), needed), room)
    if height != window.height():
        window.resize(window.width(), height)
