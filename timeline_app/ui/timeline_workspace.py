"""The timeline at the window's centre and the docks around it, sharing one selection.

The main window decides which project is open; this puts it on screen, and remembers each
project's lanes and visible range, so that reopening a story shows it as it was left. The docks'
first sizes are counted in the user's font, so that they suit a small screen and a large font too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QStackedWidget, QVBoxLayout, QWidget

from timeline_app.domain.timeline.items import Grouping, LaneIndex, TimelineData
from timeline_app.store.db import Project
from timeline_app.ui import i18n, settings
from timeline_app.ui.claims.panel import ClaimsPanel
from timeline_app.ui.detail_pane import DetailPane
from timeline_app.ui.i18n import tr
from timeline_app.ui.sizes import ems
from timeline_app.ui.timeline.overview_strip import OverviewStrip
from timeline_app.ui.timeline.selection import SelectionModel
from timeline_app.ui.timeline.view import TimelineView
from timeline_app.ui.timeline_toolbar import TimelineToolbar
from timeline_app.ui.undated_list import UndatedList

MESSAGE_MS = 10_000
DETAILS_WIDTH = 600  # at most: the claims above the details need room for their columns
RIGHT_SHARE = 0.42  # of the window's width, in a smaller window
CLAIMS_EMS = 45  # the right-hand column's width at least, if the timeline keeps half the window
UNDATED_LINES = 10  # the undated list's height, in lines of its font
CLAIMS_SHARE = 0.62  # of the right-hand column's height


class TimelineWorkspace(QObject):
    """Builds the timeline, its toolbar and docks into ``window``; :meth:`show_project` fills them.

    While no project is open, the centre shows ``empty_state`` instead of the timeline.
    """

    def __init__(self, window: QMainWindow, empty_state: QWidget) -> None:
        super().__init__(window)
        self.selection = SelectionModel(self)
        self.view = TimelineView(self.selection)
        self.strip = OverviewStrip(self.view)
        self.page = _column(self.view, self.strip)
        self._centre = QStackedWidget()
        for widget in (empty_state, self.page):
            self._centre.addWidget(widget)
        window.setCentralWidget(self._centre)
        # the right-hand column runs the window's full height: a dock below (the source reader)
        # goes under the timeline, not under the column, which would make the window taller
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.toolbar = TimelineToolbar(self.view, self.selection, window)
        window.addToolBar(self.toolbar)
        self.claims_panel = ClaimsPanel(self.selection, self.view)
        self.claims_dock = _dock(window, "claims", self.claims_panel)
        self.details = DetailPane(self.selection)
        self.details_dock = _dock(window, "details_dock", self.details)
        self.undated = UndatedList(self.selection)
        self.undated_dock = _dock(window, "undated_dock", self.undated)
        self._undated_count = 0
        self.details.record_chosen.connect(self.select_record)
        self.view.item_activated.connect(self.show_details)
        self.claims_panel.claim_activated.connect(self.show_details)
        self.claims_panel.find_action.triggered.connect(self._find_claims)
        self.undated.count_changed.connect(self._count_undated)
        self.toolbar.message.connect(lambda text: window.statusBar().showMessage(text, MESSAGE_MS))
        self._path = None
        self._project: Project | None = None
        self._lang = i18n.language()  # of the timeline's dates and axis
        self._window = window
        self.retranslate()

    def retranslate(self) -> None:
        """The docks' titles in the interface's language; the widgets in them follow by themselves,
        the timeline's dates and axis once its data is shown again in the new language."""
        self.claims_dock.setWindowTitle(tr("Claims"))
        self.details_dock.setWindowTitle(tr("Details"))
        self._count_undated(self._undated_count)
        if self._lang != i18n.language():
            self._lang = i18n.language()
            if self._project is not None:
                self.save_state()
                self.view.set_data(self.view.data(), lang=self._lang, project=self._project,
                                   index=self.view.lane_index())  # the lanes as they are: only words change
                self._restore_state(self._project)

    def arrange_docks(self) -> None:
        """The first-run layout: claims above details beside the timeline, the undated list small below them.
        The claims get room for a proposition beside its date and status (the numbers' columns make
        way in a narrow tree), also in a small window or at 200 %, as long as the timeline keeps half."""
        share = min(DETAILS_WIDTH, self._window.width() * RIGHT_SHARE)
        width = int(min(max(share, ems(self.claims_panel, CLAIMS_EMS)), self._window.width() / 2))
        self._window.resizeDocks([self.details_dock], [width], Qt.Orientation.Horizontal)
        undated = self.undated.fontMetrics().lineSpacing() * UNDATED_LINES
        height = max(self._window.height() - undated, 2 * undated)
        self._window.resizeDocks([self.claims_dock, self.details_dock, self.undated_dock],
                                 [int(height * CLAIMS_SHARE), int(height * (1 - CLAIMS_SHARE)), undated],
                                 Qt.Orientation.Vertical)

    def build_view_menu(self, menu: QMenu) -> None:
        """Show or hide each part; zoom; choose the lanes. The toolbar's actions, shared."""
        for action in (self.claims_dock.toggleViewAction(), self.details_dock.toggleViewAction(),
                       self.undated_dock.toggleViewAction(), self.toolbar.toggleViewAction()):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.claims_panel.find_action)
        menu.addSeparator()
        menu.addActions([self.toolbar.zoom_in_action, self.toolbar.zoom_out_action, self.toolbar.fit_action,
                         self.toolbar.zoom_to_selection_action])
        menu.addSeparator()
        menu.addActions(self.toolbar.lane_actions.actions())

    def show_project(self, project: Project | None, data: TimelineData | None, index: LaneIndex | None = None) -> None:
        """Show ``data`` of ``project`` (None: nothing), first keeping the previous one's view.
        ``index``: the lanes, sorted already in the grouping :func:`opening_grouping` chose."""
        self.save_state()
        self.selection.clear(source=self)
        self._path = project.path if project else None
        self._project, self._lang = project, i18n.language()
        self.view.set_data(data, lang=self._lang, project=project, index=index)
        self.details.set_project(project)
        # The claims panel fills after the timeline has painted (a project of 300,000 claims takes
        # a tenth of a second to fill): empty meanwhile, so nothing of the last project is shown.
        self.claims_panel.set_project(None)
        if project is not None:
            QTimer.singleShot(0, lambda: self._project is project and self.claims_panel.set_project(project))
        self.undated.set_data(data)
        self.toolbar.set_active(project is not None)
        self._centre.setCurrentIndex(0 if project is None else 1)
        if project is not None:
            self._restore_state(project)
            self.view.setFocus()
        self.toolbar.sync_grouping()

    def save_state(self) -> None:
        if self._path is not None:
            state = {"grouping": self.view.grouping().value, "lanes": self.view.lane_state(),
                     "range": list(self.view.visible_range())}
            settings.save_timeline_state(self._path, state)

    def _restore_state(self, project: Project) -> None:
        """Bring back the saved lanes and range, skipping any part that does not fit (an older or
        edited file); the saved grouping was chosen when the lanes were sorted (:func:`opening_grouping`)."""
        state = settings.timeline_state(project.path) or {}
        if isinstance(state.get("lanes"), dict):
            self.view.set_lane_state(state["lanes"])
        visible = state.get("range")
        if isinstance(visible, list) and len(visible) == 2 and all(isinstance(t, (int, float)) for t in visible) \
                and visible[0] < visible[1]:
            self.view.set_visible_range(*visible)

    @Slot(str)
    def select_record(self, record_id: str) -> None:
        self.selection.select([record_id], source=self)

    @Slot(str)
    def show_details(self, record_id: str) -> None:
        """A double-click on an item: select it and make sure its details are in sight."""
        self.select_record(record_id)
        self.details_dock.show()
        self.details_dock.raise_()

    @Slot()
    def _find_claims(self) -> None:
        """Ctrl+F: the claims dock in sight, its search field focused."""
        self.claims_dock.show()
        self.claims_dock.raise_()
        self.claims_panel.focus_filter()

    @Slot(int)
    def _count_undated(self, count: int) -> None:
        self._undated_count = count
        self.undated_dock.setWindowTitle(tr("Undated ({})").format(count) if count else tr("Undated"))


def opening_grouping(path: Path) -> Grouping:
    """The lanes a project opens with: those saved with its view, else the preferred grouping."""
    state = settings.timeline_state(path)
    if state is None:
        return Grouping(settings.default_grouping())
    saved = state.get("grouping")
    return Grouping(saved) if saved in {g.value for g in Grouping} else Grouping.PARTY


def _column(*widgets: QWidget) -> QWidget:
    """The timeline above its overview strip; the timeline takes all the height it can."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for index, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if index == 0 else 0)
    return page


def _dock(window: QMainWindow, name: str, widget: QWidget) -> QDockWidget:
    """A dock on the right; its object name lets ``saveState`` put it back where the user left it."""
    dock = QDockWidget(window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock
