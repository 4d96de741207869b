"""Export figures for the benchmark: the demo's PDF and a 10,000-event PDF over 40 pages wide,
with its claims appendix (30,000 claims in two columns: about 1,630 pages) and without it.

Run in a fresh process each, as the command line would run them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from timeline_figures import ENV

PDF_TIMES = r"""
import json, sys, time
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from timeline_app.store.db import open_project
from timeline_app.export.pdf import PdfOptions, write_pdf
project = open_project(sys.argv[1])
t = time.perf_counter()
pages = write_pdf(project, sys.argv[2], PdfOptions(title="Benchmark", pages_wide=int(sys.argv[3]), appendix=sys.argv[4] == "1"))
print(json.dumps({"seconds": time.perf_counter() - t, "pages": pages}))
"""


def pdf_seconds(project: Path, out: Path, pages_wide: int, appendix: bool = True) -> dict:
    result = subprocess.run([sys.executable, "-c", PDF_TIMES, str(project), str(out), str(pages_wide), str(int(appendix))],
                            capture_output=True, text=True, env=ENV, timeout=600, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_export(workdir: Path, build) -> dict:
    """``build(path, n_events)`` makes a synthetic project; the demo comes from the seed data."""
    from timeline_app.io.demo import create_demo

    demo = workdir / "demo.tlproj"
    create_demo(demo).close()
    small = workdir / "pdf10k.tlproj"
    build(small, 10_000)
    ten_k = pdf_seconds(small, workdir / "pdf10k.pdf", 40)
    timeline_only = pdf_seconds(small, workdir / "pdf10k-timeline.pdf", 40, appendix=False)
    return {"pdf_demo_s": pdf_seconds(demo, workdir / "demo.pdf", 1)["seconds"],
            "pdf_10k_s": ten_k["seconds"], "pdf_10k_pages": ten_k["pages"],
            "pdf_10k_timeline_only_s": timeline_only["seconds"], "pdf_10k_timeline_pages": timeline_only["pages"]}
