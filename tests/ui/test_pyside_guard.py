"""Guards the PySide6 version constraint in pyproject.toml.

PySide6 6.12.0 on CPython 3.11 lowers None's reference count on every call of a C++ method that
returns nothing, and the interpreter aborts after about 5,000 calls. The calls run in a child
process so that such an abort is reported as a failing test, not a dead test session.
"""

import os
import subprocess
import sys
import textwrap

CALLS = 20_000

CHILD = textwrap.dedent(f"""
    import gc, sys
    from PySide6.QtGui import QColor, QImage, QPainter, QPen
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    label = QLabel()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    pen = QPen(QColor("black"))
    label.setText("warm-up")
    painter.setPen(pen)
    gc.collect()
    gc.disable()
    before = sys.getrefcount(None)
    for i in range({CALLS} // 2):
        label.setText("x")
        painter.setPen(pen)
    after = sys.getrefcount(None)
    painter.end()
    print(before, after)
""")


def test_void_cpp_calls_leave_none_refcount_alone():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert child.returncode == 0, (
        f"{CALLS} void C++ calls killed the interpreter (exit {child.returncode}); this PySide6 "
        f"mishandles None's reference count, see pyproject.toml\n{child.stderr[-2000:]}"
    )
    before, after = map(int, child.stdout.split())
    assert after >= before, f"None's reference count fell by {before - after} over {CALLS} void C++ calls"
