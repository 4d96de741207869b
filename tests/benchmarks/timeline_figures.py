"""Timeline figures for the benchmark: open to first frame, frames, steps, memory, demo start.

Each figure that involves start-up runs in a fresh process, so imports, caches and memory are
what a user gets. Frames are painted offscreen at 1920x1080 into an image.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
# An installed program runs from compiled bytecode; with this set (some shells and CI images set
# it), every start would compile each module changed since its .pyc was written.
ENV.pop("PYTHONDONTWRITEBYTECODE", None)

#: Runs in a child process: open a project, build the view, paint the first frame, then measure
#: whole-range frames, zoomed frames and pan/zoom steps. Prints one JSON object.
OPEN_AND_PAINT = r"""
import gc, json, statistics, sys, time
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QImage
app = QApplication([])
from timeline_app.store.db import open_project
from timeline_app.store.timeline_query import load_timeline
from timeline_app.ui.timeline.selection import SelectionModel
from timeline_app.ui.timeline.view import TimelineView

image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
def paint(view):
    view.render(image)

def median_ms(action, n=21):
    times = []
    for _ in range(n):
        t = time.perf_counter(); action(); times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)

t = time.perf_counter()
project = open_project(sys.argv[1])
view = TimelineView(SelectionModel())
view.resize(1920, 1080)
view.set_data(load_timeline(project), project=project)
gc.freeze()
paint(view)
figures = {"timeline_open_first_frame_s": time.perf_counter() - t}
full = view.visible_range()
figures["timeline_full_frame_ms"] = median_ms(lambda: paint(view))
middle, span = (full[0] + full[1]) / 2, (full[1] - full[0]) / 100
view.set_visible_range(middle - span / 2, middle + span / 2)
figures["timeline_zoom_frame_ms"] = median_ms(lambda: paint(view))
steps = [lambda: view.zoom_by(1.25, 960), lambda: view.zoom_by(0.8, 960)] * 5
steps += [lambda: view.set_visible_range(*(v + span / 10 for v in view.visible_range()))] * 10
def step(action=iter(steps * 3)):
    next(action)(); paint(view)
figures["timeline_step_ms"] = median_ms(step, n=len(steps) * 3)
view.set_visible_range(*full)
figures["timeline_step_full_ms"] = median_ms(lambda: (view.zoom_by(1.01, 960), paint(view)), n=11)
# Resident memory now (VmRSS): the peak counter (ru_maxrss) would include the parent's, which
# Linux carries over into a child process.
rss_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS:"))
figures["timeline_rss_mb"] = rss_kb / 1024
print(json.dumps(figures))
"""

#: The app's own start on the demo, until the timeline has painted with the demo in it. Modules
#: load in the order ``timeline-app`` loads them (the composition root first, see app.py).
DEMO_START = r"""
from timeline_app import app as composition
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from timeline_app.ui.timeline.view import TimelineView
qt = QApplication([])
composition.set_identity()
window = composition.build_main_window()
view = window.findChild(TimelineView)
class FirstFrame(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj is view and view.current_layout() is not None:
            QTimer.singleShot(0, qt.quit)
        return False
watcher = FirstFrame()
view.installEventFilter(watcher)
window.show()
composition.open_at_start(window, None, demo=True)
qt.exec()
"""


def measure_timeline(project_path: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", OPEN_AND_PAINT, str(project_path)], capture_output=True,
                         text=True, env=ENV, timeout=600, check=True)
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    figures.update(measure_demo_start())
    return figures


def _wall_s(code: str, env: dict, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def measure_demo_start() -> dict:
    """A fresh process opening the demo to its first painted frame, beside the bare imports."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(ENV, HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share")
        subprocess.run([sys.executable, "-c", DEMO_START], env=env, check=True, timeout=120, capture_output=True)
        return {"demo_first_frame_s": _wall_s(DEMO_START, env),
                "import_floor_s": _wall_s("import PySide6.QtWidgets, sqlmodel", env)}
