"""Imports and exports in a German window: the refusals and reports of the exchange formats, written
in English with named gaps below the window, are shown in German, naming the file and the line."""

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from timeline_app.store.db import create_project
from timeline_app.ui import settings


@pytest.fixture
def german_window(make_window, tmp_path):
    """A German main window with an empty project open."""
    settings.set_language("de")
    window = make_window()
    path = tmp_path / "leer.tlproj"
    create_project(path).close()
    assert window.open_project_file(path)
    return window


def import_through_the_menu(window, qtbot, monkeypatch, path) -> tuple[str, str]:
    """File → Import with ``path`` chosen: the title and text of the box that answers."""
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())))
    window.exchange.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    return shown[0]


def test_a_malformed_file_is_refused_in_german_naming_the_file_and_line(german_window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "kaputt.csv"
    path.write_text("title,start\nGespräche,2025-13\n", encoding="utf-8")
    title, text = import_through_the_menu(german_window, qtbot, monkeypatch, path)
    assert title == "Import fehlgeschlagen"
    assert text == (f"{path}: Zeile 2, Spalte 'start': „2025-13“ lässt sich nicht als Datum lesen: "
                    "es gibt keinen Monat 13")


def test_an_import_report_is_shown_in_german(german_window, qtbot, monkeypatch, tmp_path):
    path = tmp_path / "termine.csv"
    path.write_text("title,start,farbe\nGespräche,14.12.2025,rot\nTreffen,2025-12-15,blau\n", encoding="utf-8")
    title, text = import_through_the_menu(german_window, qtbot, monkeypatch, path)
    assert title == "Import"
    assert text.splitlines() == [
        "termine.csv: importiert als csv: 2 Ereignisse",
        "  übersprungen: Spalte 'farbe': keine Spalte dieses Formats; ignoriert",
        "  angenähert: Zeile 2, Spalte 'start': '14.12.2025' als 2025-12-14 gelesen",
    ]


def test_an_export_refused_below_the_window_is_shown_in_german(german_window, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "fehlt" / "termine.csv"
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Ereignisse als CSV (*.csv)"))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    german_window.exchange.export_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings == [("Export fehlgeschlagen", f"{target.parent}: diesen Ordner gibt es nicht")]


def test_a_pdf_exported_from_a_german_window_is_german(make_window, demo_project, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QDialog

    from tests.export.test_pdf import text_of
    from timeline_app.ui.export_dialog import PdfExportDialog

    settings.set_language("de")
    demo_project.close()
    window = make_window()
    assert window.open_project_file(demo_project.path)
    monkeypatch.setattr(PdfExportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "gespräche"), "PDF (*.pdf)"))
    window.exchange.pdf_action.trigger()
    out = tmp_path / "gespräche.pdf"
    qtbot.waitUntil(lambda: out.exists() and out.read_bytes().rstrip().endswith(b"%%EOF"), timeout=15_000)
    text = " ".join(text_of(out))
    for word in ("Anhang: Behauptungen nach Partei", "Seite 1 / ", "21. Dez. 2025", "dementiert:", "Ungeprüft", "Quellen"):
        assert word in text, word
    assert "Appendix" not in text and "Unverified" not in text
