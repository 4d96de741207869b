"""PDF, PNG and SVG through ``timeline-app export``, as scripts and the acceptance checks use it."""

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage
from pypdf import PdfReader

from tests.export.test_pdf import text_of

EXE = Path(sys.executable).with_name("timeline-app")


def run(*args):
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the command must manage headless itself
    env.pop("DISPLAY", None)
    return subprocess.run([str(EXE), *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


def test_pdf_png_and_svg_from_the_command_line_without_a_display(demo_project, tmp_path):
    demo_project.close()
    for name in ("demo.pdf", "demo.png", "demo.svg"):
        result = run("export", demo_project.path, tmp_path / name)
        assert result.returncode == 0, result.stderr
    reader = PdfReader(str(tmp_path / "demo.pdf"))
    assert "Berlin" in " ".join(page.extract_text() for page in reader.pages)
    image = QImage(str(tmp_path / "demo.png"))
    assert image.width() == 2 * 1920 and image.height() > 400
    svg = (tmp_path / "demo.svg").read_text()
    assert "<svg" in svg and "Talks in Berlin" in svg


def test_pdf_options(demo_project, tmp_path):
    demo_project.close()
    out = tmp_path / "russia.pdf"
    result = run("export", demo_project.path, out, "--page-size", "Letter", "--portrait", "--pages-wide", "2",
                 "--from", "13.12.2025", "--to", "22.12.2025", "--party", "russia", "--no-appendix",
                 "--title", "Russia's claims", "--subtitle", "Miami, December 2025")
    assert result.returncode == 0, result.stderr
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages]
    box = PdfReader(str(out)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert len(pages) == 2 and all("Russia's claims" in p for p in pages)
    assert "Ukraine" not in " ".join(pages) and "Appendix" not in " ".join(pages)


def test_bad_export_options_are_one_line_and_write_nothing(demo_project, tmp_path):
    demo_project.close()
    for args, message in ((["--party", "Atlantis"], "no party named 'Atlantis'"),
                          (["--from", "blorp", "--to", "2025"], "Cannot read 'blorp' as a date"),
                          (["--from", "2025-12-20", "--to", "2025-12-01"], "ends"),
                          (["--from", "2025-12-20"], "give both --from and --to")):
        out = tmp_path / "x.pdf"
        result = run("export", demo_project.path, out, *args)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_lang_de_gives_a_german_pdf_and_english_stays_the_default(demo_project, tmp_path):
    demo_project.close()
    texts = {}
    for lang in ("de", None):
        out = tmp_path / f"demo-{lang}.pdf"
        result = run("export", demo_project.path, out, *(("--lang", lang) if lang else ()))
        assert result.returncode == 0, result.stderr
        texts[lang] = " ".join(text_of(out))
    german, english = texts["de"], texts[None]
    for word in ("Anhang: Behauptungen nach Partei", "Quellen", "Seite 1 / ", "21. Dez. 2025", "dementiert:", "Ungeprüft",
                 "Glaubwürdigkeit 6", "Nicht zugeordnet", "auf Monat oder Jahr bekannt"):
        assert word in german, word
    for word in ("Appendix: claims by party", "Sources", "page 1 / ", "21 Dec 2025", "denies:", "Unverified",
                 "credibility 6", "Unattributed", "known to the month or year"):
        assert word in english and word not in german, word
    assert "1 claim " in english and "6 claims" in english and "(s)" not in english  # English plural forms too


def test_an_export_that_fails_names_the_file_asked_for_never_the_temporary_one(demo_project, tmp_path, monkeypatch):
    import errno

    import pytest

    from timeline_app.io.formats import ExportError, export_file, writer_for

    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "talks.pdf"
    with pytest.raises(ExportError) as refused:
        export_file(demo_project, out, parties=["Atlantis"])
    assert str(refused.value) == f"{out}: no party named 'Atlantis'" and not list(folder.iterdir())

    def full_disk(project, path, **options):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(writer_for(out), "writer", full_disk)
    with pytest.raises(ExportError) as refused:
        export_file(demo_project, out)
    assert str(refused.value) == f"{out}: No space left on device" and ".part" not in str(refused.value)
    assert not list(folder.iterdir())
