"""Benchmark figures of the claims panel on a large project, offscreen: medians of several runs.

    python tests/benchmarks/panel_figures.py /tmp/panel-big.tlproj

``measure_panel(path)`` returns (targets from issue 4):

* ``panel_first_screen_ms`` (<= 200): a panel is created and given the project, until its first
  screen is painted: party rows, the first party's claimants and one page of claims.
* ``panel_filter_ms`` (<= 100): the last keystroke of a search to the updated rows painted, without
  the typing pause the filter bar waits for; median over searches for a word few claims contain.
* ``panel_filter_common_word_ms`` (no target; the worst case): the same for a word in every claim.
* ``select_sync_ms`` (<= 50): a claim selected in the panel until the timeline, zoomed to two days
  months away, has moved to it, laid itself out with the claim in focus and painted. (Zoomed out
  to a month, the benchmark's lanes hold too many items to draw one by one and show density.)

The project is opened read-only and every figure is taken with SQLite's cache warm (the first run
of each is thrown away), as a user meets the panel after opening the project.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from timeline_app.store.db import open_project  # noqa: E402
from timeline_app.store.timeline_query import keys_of_records, load_timeline  # noqa: E402
from timeline_app.ui.claims.model import Role  # noqa: E402
from timeline_app.ui.claims.panel import ClaimsPanel  # noqa: E402
from timeline_app.ui.timeline.selection import SelectionModel  # noqa: E402
from timeline_app.ui.timeline.view import TimelineView  # noqa: E402

RUNS = 7
PANEL_SIZE = (600, 800)
VIEW_SIZE = (1000, 700)
#: (typed so far, last key): searches for words few claims contain; the benchmark's claims say
#: "Claim number 4711" and "Quote 4711".
RARE_SEARCHES = (("471", "1"), ("Quote 1234", "5"), ("number 29999", "9"), ("8080", "8"), ("Quote 777", "7"))
COMMON_SEARCH = ("clai", "m")
ZOOM = 2 * 86400  # the timeline's span while selecting: markers, not density
DAY = re.compile(r"\d{1,2} [A-Z][a-z]{2} \d{4}")  # "28 Jun 2000": said on a known day


def measure_panel(path: Path) -> dict:
    app = QApplication.instance() or QApplication([])
    project = open_project(path, read_only=True)
    try:
        figures = {"panel_first_screen_ms": _first_screen(app, project)}
        panel = _panel(app, project, SelectionModel())
        figures["panel_filter_ms"] = statistics.median(_keystroke(app, panel, *s) for s in RARE_SEARCHES for _ in range(2))
        figures["panel_filter_common_word_ms"] = statistics.median(_keystroke(app, panel, *COMMON_SEARCH)
                                                                   for _ in range(3))
        panel.close()
        figures["select_sync_ms"] = _select_sync(app, project)
    finally:
        project.close()
    return figures


def _median_of_runs(action) -> float:
    """Median of RUNS timings, after one run that warms the caches."""
    action()
    return statistics.median(action() for _ in range(RUNS))


def _panel(app: QApplication, project, selection: SelectionModel, view: TimelineView | None = None) -> ClaimsPanel:
    panel = ClaimsPanel(selection, view)
    panel.resize(*PANEL_SIZE)
    panel.show()
    panel.set_project(project)
    _paint(app, panel)
    return panel


def _paint(app: QApplication, panel: ClaimsPanel) -> None:
    """Run the tree's pending layout and paint its viewport now."""
    app.processEvents()
    panel.tree.viewport().repaint()


def _first_screen(app: QApplication, project) -> float:
    def run() -> float:
        start = time.perf_counter()
        panel = _panel(app, project, SelectionModel())
        elapsed = (time.perf_counter() - start) * 1000
        assert panel.model.rowCount(panel.model.index(0, 0)) and panel.tree.indexAt(panel.tree.rect().center()).isValid()
        panel.close()
        panel.deleteLater()
        app.processEvents()
        return elapsed
    return _median_of_runs(run)


def _keystroke(app: QApplication, panel: ClaimsPanel, typed: str, key: str) -> float:
    """The time from the last key of ``typed + key`` to its results painted (the pause skipped)."""
    bar = panel.filter_bar
    bar.text_field.setText(typed)
    bar.apply_pending()
    _paint(app, panel)
    start = time.perf_counter()
    QTest.keyClicks(bar.text_field, key)
    bar.apply_pending()
    _paint(app, panel)
    elapsed = (time.perf_counter() - start) * 1000
    assert panel.model.claim_filter().text == typed + key
    bar.clear()
    _paint(app, panel)
    return elapsed


def _select_sync(app: QApplication, project) -> float:
    selection = SelectionModel()
    view = TimelineView(selection)
    view.resize(*VIEW_SIZE)
    view.show()
    view.set_data(load_timeline(project), project=project)
    panel = _panel(app, project, selection, view)
    claims = _first_claims(panel, RUNS + 1)

    def run(index) -> float:
        t0, t1 = view.visible_range()
        view.set_visible_range(t0, t0 + ZOOM)  # at the start of the project's time: the claims are months on
        app.processEvents()
        start = time.perf_counter()
        panel.tree.setCurrentIndex(index)
        view.repaint()
        elapsed = (time.perf_counter() - start) * 1000
        key = keys_of_records(project, view.data(), [index.data(Role.RecordIdRole)])[0]
        assert selection.current() == index.data(Role.RecordIdRole) and key in view.current_layout().positions
        view.fit_all()
        return elapsed

    run(claims[0])
    result = statistics.median(run(index) for index in claims[1:])
    panel.close()
    view.close()
    return result


def _first_claims(panel: ClaimsPanel, n: int) -> list:
    """``n`` claims said on a given day, from the second half of the first page (months after the
    page's first claim, so that each selection moves the timeline). A claim known only to the month
    or year makes the timeline widen to that span, where the benchmark's lanes turn to density."""
    model = panel.model
    claimant = model.index(0, 0, model.index(0, 0))
    rows = [model.index(row, 0, claimant) for row in range(model.rowCount(claimant) // 2, model.rowCount(claimant))]
    days = [index for index in rows if DAY.fullmatch(index.data())]
    return days[::max(1, len(days) // n)][:n]


if __name__ == "__main__":
    for name, value in measure_panel(Path(sys.argv[1])).items():
        print(f"{name:<30} {value:10.1f}")
