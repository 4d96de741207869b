"""What the first window does not show until the user acts does not load at start.

Dialogs and their forms, the PDF and printing, the help windows, the preferences dialog, the source
reader's passages and the store's record queries load when first used. A child process opens a
project as the application does (fresh, so nothing the tests loaded counts) and lists its modules.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from timeline_app.io.demo import create_demo

CHILD = textwrap.dedent("""
    import json, sys
    from timeline_app import app
    from PySide6.QtWidgets import QApplication

    qt = QApplication([])
    app.set_identity()
    window = app.build_main_window()
    window.show()
    assert window.open_project_file(sys.argv[1])
    qt.processEvents()
    print(json.dumps(sorted(sys.modules)))
""")

#: Modules that must wait for the user: each is needed only by something a menu, a key or a
#: selection opens.
LATER = (
    "PySide6.QtPrintSupport",  # File ▸ Print
    "timeline_app.export.pdf",  # File ▸ Export PDF, Print
    "timeline_app.store.report_query",
    "timeline_app.ui.export_dialog",
    "timeline_app.ui.dialogs.help_dialogs",  # Help ▸ …
    "timeline_app.ui.dialogs.preferences_dialog",  # Edit ▸ Preferences…
    "timeline_app.ui.dialogs.forms",  # every editing dialog
    "timeline_app.ui.dialogs.values",
    "timeline_app.ui.dialogs.fields",
    "timeline_app.ui.dialogs.chooser",
    "timeline_app.ui.dialogs.claim_dialog",
    "timeline_app.store.choices",
    "timeline_app.store.timeline_refresh",  # the first edit
    "timeline_app.store.details",  # the first record selected
    "timeline_app.ui.links",
    "timeline_app.store.passages",  # the first source opened in the reader
    "timeline_app.ui.passage_marks",
    "timeline_app.domain.date_input",  # the first date typed
)


@pytest.fixture
def loaded_at_start(tmp_path):
    project = create_demo(tmp_path / "story.tlproj")
    project.close()
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_DATA_HOME=str(home / ".local" / "share"))
    child = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "story.tlproj")], capture_output=True,
                           text=True, env=env, timeout=120)
    assert child.returncode == 0, child.stderr[-2000:]
    return set(json.loads(child.stdout.strip().splitlines()[-1]))


def test_opening_a_project_loads_no_dialog_export_or_help(loaded_at_start):
    assert "timeline_app.ui.main_window" in loaded_at_start
    assert sorted(set(LATER) & loaded_at_start) == []


def test_what_waited_still_loads_when_asked_for():
    """The names the help and preferences modules hand on are the windows' own."""
    from timeline_app.ui import help as help_menu
    from timeline_app.ui import preferences
    from timeline_app.ui.dialogs import help_dialogs, preferences_dialog

    assert help_menu.AboutDialog is help_dialogs.AboutDialog
    assert preferences.PreferencesDialog is preferences_dialog.PreferencesDialog
    with pytest.raises(AttributeError):
        help_menu.NoSuchWindow  # noqa: B018
