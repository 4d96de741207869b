"""CSV of events and of claims: spreadsheet-friendly, and importable back to the same rows."""

import csv
import pickle

import pytest

from tests.io.helpers import build_random_project, counts
from timeline_app.io.errors import ImportFileError
from timeline_app.io.formats import export_file, import_file
from timeline_app.messages import message
from timeline_app.store.db import create_project


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.mark.parametrize("kind", ["demo", "generated"])
def test_export_import_export_gives_the_same_rows(kind, demo_project, empty_project, tmp_path):
    project = demo_project
    if kind == "generated":
        project = empty_project
        build_random_project(project, events=120, claims=150)
    export_file(project, tmp_path / "events.csv")
    export_file(project, tmp_path / "claims.csv", "claims-csv")
    copy = create_project(tmp_path / "copy.tlproj")
    import_file(copy, tmp_path / "events.csv")
    report = import_file(copy, tmp_path / "claims.csv")
    assert report.format == "claims-csv"
    export_file(copy, tmp_path / "events2.csv")
    export_file(copy, tmp_path / "claims2.csv", "claims-csv")
    assert rows(tmp_path / "events.csv") == rows(tmp_path / "events2.csv")
    assert rows(tmp_path / "claims.csv") == rows(tmp_path / "claims2.csv")
    copy.close()


def test_spreadsheet_form_bom_edtf_and_instants(demo_project, tmp_path):
    export_file(demo_project, tmp_path / "events.csv")
    export_file(demo_project, tmp_path / "claims.csv", "claims-csv")
    raw = (tmp_path / "events.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    plan = next(r for r in rows(tmp_path / "events.csv") if "28-point" in r["title"])
    assert plan["start"] == "2025-11"
    assert plan["earliest"].startswith("2025-1") and plan["latest"].startswith("2025-11-30T2")
    kremlin = next(r for r in rows(tmp_path / "claims.csv") if r["claimant"] == "the Kremlin")
    assert kremlin["party"] == "Russia" and kremlin["status"] and "Denials" in kremlin["tags"]


def test_a_hand_made_semicolon_file_with_typed_dates(empty_project, tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("Title;Start;End;Participants;Parties;Tags\n"
                    "Talks in Berlin;14.12.2025;15.12.2025;Witkoff;United States;\"Talks; Berlin\"\n"
                    "Plan;2025-11~;;;;\n", encoding="utf-8")
    report = import_file(empty_project, path)
    assert report.counts["events"] == 2 and report.counts["actors"] == 2
    assert any("read '14.12.2025' as 2025-12-14" in line for line in map(str, report.approximated))
    export_file(empty_project, tmp_path / "out.csv")
    talks = next(r for r in rows(tmp_path / "out.csv") if r["title"] == "Talks in Berlin")
    assert (talks["start"], talks["end"], talks["parties"]) == ("2025-12-14", "2025-12-15", "United States")


def test_rows_already_in_the_project_are_skipped_and_reported(demo_project, tmp_path):
    export_file(demo_project, tmp_path / "events.csv")
    before = counts(demo_project)
    report = import_file(demo_project, tmp_path / "events.csv")
    assert len(report.skipped) == before["event"] and counts(demo_project) == before


@pytest.mark.parametrize("content, message", [
    ("title,start\nTalks,2025-13\n", r"line 2, column 'start': Cannot read '2025-13'"),
    ("title,start\n,2025\n", r"line 2, column 'title': empty"),
    ("title,start,parent_id\nA,2025,nope\n", r"line 2, column 'parent_id': no event 'nope'"),
    ("title,id\nA,x\nB,x\n", r"line 3, column 'id': the id 'x' appears on an earlier line too"),
    ("title,start\nA,2025,extra,cells\n", r"line 2: 4 cells but the header has 2"),
    ("proposition,status\nX,maybe\n", r"line 2, column 'status': unknown status 'maybe'"),
    ("proposition,credibility\nX,12\n", r"line 2, column 'credibility': expected 1 to 6"),
    ("name,when\nA,2025\n", r"line 1: no 'title' column; the header names name, when"),
])
def test_bad_cells_are_named_by_line_and_column_and_nothing_is_imported(content, message, empty_project, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    before = counts(empty_project)
    with pytest.raises(ImportFileError, match=message):
        import_file(empty_project, path)
    assert counts(empty_project) == before


def test_a_file_in_the_windows_code_page_is_refused_with_its_line(empty_project, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("title,start\nGespräche,2025\n".encode("cp1252"))
    with pytest.raises(ImportFileError, match=r"latin.csv: line 2: not UTF-8 text \(byte 0xe4"):
        import_file(empty_project, path)


#: A stand-in catalogue: looking up a text it lacks fails, so every part of a message must be one.
GERMAN = {"{path}: {place}: {problem}": "{path}: {place}: {problem}", "{place}: {text}": "{place}: {text}",
          "line {line}, column {column!r}": "Zeile {line}, Spalte {column!r}", "column {column!r}": "Spalte {column!r}",
          "Cannot read '{text}' as a date: {reason}": "„{text}“ lässt sich nicht als Datum lesen: {reason}",
          "there is no month {month}": "es gibt keinen Monat {month}",
          "not a column of this format; ignored": "keine Spalte dieses Formats; ignoriert",
          "read {text!r} as {date}": "{text!r} als {date} gelesen"}


def test_a_refusal_carries_the_file_the_place_and_the_values_for_the_window_to_translate(empty_project, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("title,start\nTalks,2025-13\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as err:
        import_file(empty_project, path)
    said = err.value.message
    assert str(err.value) == str(said) == (f"{path}: line 2, column 'start': Cannot read '2025-13' as a date: "
                                           "there is no month 13")
    values = dict(said.values)
    assert said.text == "{path}: {place}: {problem}" and values["path"] == path
    assert values["place"] == message("line {line}, column {column!r}", line=2, column="start")
    assert dict(values["problem"].values)["text"] == "2025-13"
    assert said.format(GERMAN.__getitem__) == (f"{path}: Zeile 2, Spalte 'start': „2025-13“ lässt sich nicht als "
                                               "Datum lesen: es gibt keinen Monat 13")
    assert pickle.loads(pickle.dumps(err.value)).message == said  # as it crosses to a worker process and back


def test_skips_and_approximations_name_their_place_in_words_the_window_translates(empty_project, tmp_path):
    path = tmp_path / "typed.csv"
    path.write_text("title,start,colour\nTalks,14.12.2025,red\n", encoding="utf-8")
    report = import_file(empty_project, path)
    assert [said.format(GERMAN.__getitem__) for said in report.skipped] == [
        "Spalte 'colour': keine Spalte dieses Formats; ignoriert"]
    assert [said.format(GERMAN.__getitem__) for said in report.approximated] == [
        "Zeile 2, Spalte 'start': '14.12.2025' als 2025-12-14 gelesen"]
    assert report.render("typed.csv").splitlines()[1:] == [
        "  skipped: column 'colour': not a column of this format; ignored",
        "  approximated: line 2, column 'start': read '14.12.2025' as 2025-12-14"]
