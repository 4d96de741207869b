"""Fixtures for the timeline widget: views of a fixed size showing the demo or built data, and
helpers that act on it as a user would (wheel, hover) where qtbot has no helper."""

import uuid

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from timeline_app.io.project_json import ID_NAMESPACE
from timeline_app.store.timeline_query import load_timeline
from timeline_app.ui.timeline.selection import SelectionModel
from timeline_app.ui.timeline.view import TimelineView


def demo_id(kind: str, name: str) -> str:
    """The record id the demo importer derives from a name in ``seeds/demo.json``."""
    return str(uuid.uuid5(ID_NAMESPACE, f"{kind}:{name}"))


KREMLIN_DENIAL = demo_id("claim", "kremlin-denies-direct-talks")
KYIV_CLAIM = demo_id("claim", "kyiv-direct-talks-possible")
PEACE_PLAN = demo_id("event", "us-28-point-plan")


def key_of(view: TimelineView, record_id: str) -> int:
    data = view.data()
    return next(k for k in range(len(data)) if data.text(k).record_id == record_id)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2d31"), (QPalette.ColorRole.Base, "#1e1f22"),
                         (QPalette.ColorRole.Text, "#e6e6e6"), (QPalette.ColorRole.WindowText, "#e6e6e6"),
                         (QPalette.ColorRole.Highlight, "#3d8ee6"), (QPalette.ColorRole.Button, "#2b2d31"),
                         (QPalette.ColorRole.ButtonText, "#e6e6e6")):
        palette.setColor(role, QColor(colour))
    return palette


def wheel(view, pos: QPointF, dy: int = 0, dx: int = 0, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    event = QWheelEvent(pos, view.mapToGlobal(pos), QPoint(), QPoint(dx, dy), Qt.MouseButton.NoButton,
                        modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view, event)


def hover_help(view, pos: QPoint) -> None:
    """What the platform sends when the pointer rests: a tooltip request."""
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))


@pytest.fixture
def selection():
    return SelectionModel()


@pytest.fixture
def make_view(qtbot, selection):
    def make(data=None, project=None, size=(1500, 700), palette=None):
        view = TimelineView(selection)
        qtbot.addWidget(view)
        if palette is not None:
            view.setPalette(palette)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        view.set_data(data, project=project)
        return view

    return make


@pytest.fixture
def demo_view(make_view, demo_project):
    return make_view(load_timeline(demo_project), demo_project)
