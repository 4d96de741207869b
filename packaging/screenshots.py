"""Refresh the README's screenshot of the demo: ``python packaging/screenshots.py``.

Builds the main window exactly as the app does, in a throw-away home folder (so no settings of
yours are used or changed), opens the demo, selects the Kremlin's denial of Kyiv's statement and
saves the window to ``resources/screenshots/demo.png``. Runs headless.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "screenshots" / "demo.png"
SIZE = (1440, 860)


def main() -> int:
    home = tempfile.mkdtemp(prefix="timeline-shot-")
    os.environ.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from timeline_app import app as composition
    from timeline_app.io.project_json import ID_NAMESPACE
    from timeline_app.ui.timeline.selection import SelectionModel

    qt = QApplication([])
    composition.set_identity()
    window = composition.build_main_window()
    window.resize(*SIZE)
    window.show()
    composition.open_at_start(window, None, demo=True)
    denial = str(uuid.uuid5(ID_NAMESPACE, "claim:kremlin-denies-direct-talks"))
    window.findChild(SelectionModel).select([denial])
    for _ in range(20):
        qt.processEvents()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(OUT)):
        print(f"could not write {OUT}", file=sys.stderr)
        return 1
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
