"""File → Import / Export / Export PDF, driven as a user would, with the dialogs answered."""


import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from timeline_app.store import crud
from timeline_app.store.models import Event
from timeline_app.ui.export_dialog import PdfExportDialog
from timeline_app.ui.file_exchange import FileExchange


@pytest.fixture
def exchange(qtbot, demo_project):
    window = QWidget()
    qtbot.addWidget(window)
    events = {"imported": 0, "status": []}
    ex = FileExchange(window, lambda: demo_project, lambda: None,
                      lambda: events.__setitem__("imported", events["imported"] + 1), events["status"].append)
    return ex, events, demo_project


def test_export_then_import_csv_round_trip(exchange, qtbot, tmp_path, monkeypatch, empty_project):
    ex, events, project = exchange
    out = tmp_path / "events"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Events as CSV (*.csv)"))
    ex.export_action.trigger()
    qtbot.waitUntil(lambda: bool(events["status"]), timeout=10_000)
    assert (tmp_path / "events.csv").exists() and events["status"] == [f"Exported {tmp_path / 'events.csv'}"]

    into = FileExchange(ex.window, lambda: empty_project, lambda: None,
                        lambda: events.__setitem__("imported", events["imported"] + 1), events["status"].append)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(tmp_path / "events.csv")], ""))
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()))
    into.import_action.trigger()
    qtbot.waitUntil(lambda: events["imported"] == 1, timeout=10_000)
    with empty_project.session() as s:
        assert crud.count(s, Event) == 8
    assert "events.csv: imported as csv" in shown[0]


def test_a_bad_file_is_reported_and_imports_nothing(exchange, qtbot, tmp_path, monkeypatch):
    ex, events, project = exchange
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "timeline_app.project", "format_version": 1, "events": [')
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bad)], ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    with project.session() as s:
        before = crud.count(s, Event)
    ex.import_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "bad.json" in warnings[0] and "Traceback" not in warnings[0]
    with project.session() as s:
        assert crud.count(s, Event) == before


def test_export_pdf_through_the_dialog(exchange, qtbot, tmp_path, monkeypatch):
    ex, events, project = exchange
    chosen = {}

    def answer(dialog):
        dialog.title.setText("Miami talks")
        dialog.pages_wide.setValue(2)
        dialog.appendix.setChecked(False)
        chosen["options"] = dialog.pdf_options()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PdfExportDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "talks"), "PDF (*.pdf)"))
    ex.pdf_action.trigger()
    qtbot.waitUntil(lambda: bool(events["status"]), timeout=15_000)
    pages = PdfReader(str(tmp_path / "talks.pdf")).pages
    assert len(pages) >= 2 and "Miami talks" in pages[0].extract_text().replace("\t", " ")


def test_the_dialog_validates_dates_and_previews_the_first_page(qtbot, demo_project):
    from timeline_app.export.pdf import PdfDocument

    dialog = PdfExportDialog(None, title="Demo", parties=[("a", "Ukraine"), ("b", "Russia")], current_view=(0.0, 86400.0),
                             preview=lambda options: PdfDocument(demo_project, options).preview(0, 0.4))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull(), timeout=15_000)
    dialog.range.setCurrentIndex(2)
    qtbot.keyClicks(dialog.start, "blorp")
    assert not dialog.export_button.isEnabled() and "Cannot read" in dialog.range_note.text()
    dialog.start.clear()
    qtbot.keyClicks(dialog.start, "1.12.2025")
    qtbot.keyClicks(dialog.end, "Dezember 2025")
    assert dialog.export_button.isEnabled()
    options = dialog.pdf_options()
    assert options.scene.t1 - options.scene.t0 == 31 * 86400
    dialog.parties.item(0).setCheckState(dialog.parties.item(0).checkState().Unchecked)
    assert dialog.pdf_options().scene.parties == {"b"}
    dialog.range.setCurrentIndex(1)
    assert (dialog.pdf_options().scene.t0, dialog.pdf_options().scene.t1) == (0.0, 86400.0)


def test_a_long_import_report_shows_its_summary_and_keeps_the_rest_in_the_details(exchange, monkeypatch):
    ex, _, _ = exchange
    report = "\n".join(["events.csv: imported as csv: 3 events",
                        *(f"  skipped: line {n}, column 'start': no date" for n in range(2, 42)),
                        "", "claims.csv: imported as claims-csv: 2 claims"])
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())))
    ex._tell("Import", report)
    text, details = shown[0]
    assert text.splitlines() == ["events.csv: imported as csv: 3 events", "claims.csv: imported as claims-csv: 2 claims"]
    assert details == report
    ex._tell("Import", "events.csv: imported as csv: 3 events\n  skipped: line 2: no date")
    assert shown[1] == ("events.csv: imported as csv: 3 events\n  skipped: line 2: no date", "")


def test_a_printer_that_refuses_is_reported_not_raised(exchange, qtbot, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    from timeline_app.export.pdf import PdfDocument
    from timeline_app.io.formats import ExportError
    from timeline_app.messages import message

    ex, events, _ = exchange
    monkeypatch.setattr(PdfExportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)

    def refuse(document, device):
        raise ExportError(message("cannot write the PDF there"))

    monkeypatch.setattr(PdfDocument, "draw", refuse)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append((title, text)))
    ex.print_action.trigger()
    assert warnings == [("Print", "cannot write the PDF there")] and events["status"] == []
