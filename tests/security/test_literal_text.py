"""Hostile text comes out as it went in: through the store, every exchange format, ``info --json``
and the PDF.

A claim, actor, event, source and project whose texts are markup (``<b>x</b><img src=x>``), a
``javascript:`` address, right-to-left override characters, 100,000-character strings and NUL
characters are stored with bound parameters, exported, imported into a new project and compared
with the originals character for character. Nothing is interpreted as HTML on the way (TimelineJS
escapes on export and unescapes on import), and nothing is dropped. The windows' own tests
(tests/ui) check the labels, tooltips, tree and detail pane; links are in test_links.py.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest

from timeline_app.cli import main
from timeline_app.domain.dates import DateValue
from timeline_app.io.errors import ImportFileError
from timeline_app.io.formats import export_file, import_file
from timeline_app.store import crud
from timeline_app.store.db import create_project

MARKUP = "<b>x</b><img src=x>"
SCRIPT_URL = "javascript:alert(1)"
#: Right-to-left override ... pop directional formatting: "evil" would show reversed.
RTL = "abc \u202eevil\u202c def"
LONG = "Ж" * 100_000
NUL = "a\x00b"

PARTY = f"Party {MARKUP}"
SPEAKER = f"{MARKUP} {RTL}"
EVENT = f"Event {MARKUP}"
CLAIM = f"Claim {MARKUP} {RTL}"
QUOTE = f"{SCRIPT_URL} {MARKUP}"


def build(folder: Path, *, nul: bool = True, long: str = LONG):
    """A project holding hostile text in every kind of record; NUL only where ``nul``."""
    project = create_project(folder / "hostile.tlproj", name=MARKUP)
    day = DateValue.from_edtf("2025-12-14")
    with project.session() as session:
        party = crud.create_actor(session, name=PARTY, kind="party", notes=RTL)
        speaker = crud.create_actor(session, name=SPEAKER, parent_id=party.id, role_title=MARKUP)
        source = crud.create_source(session, title=MARKUP, url=SCRIPT_URL, outlet=RTL,
                                    text=f"Report: {MARKUP} {RTL} {NUL if nul else ''} {long}")
        event = crud.create_event(session, title=EVENT, summary=f"{RTL} {long}", location=SCRIPT_URL, start=day,
                                  participants=[(party.id, "participant")], source_ids=[source.id])
        crud.create_claim(session, proposition=CLAIM, quote=QUOTE, translation=long, channel=MARKUP, said=day,
                          claimant_id=speaker.id, event_id=event.id, sources=[(source.id, MARKUP)],
                          notes=NUL if nul else RTL)
        session.commit()
    return project


def rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return con.execute(sql).fetchall()


def roundtrip(project, tmp_path: Path, *formats: str) -> Path:
    """Export in each format, import them in turn into a new empty project, return its file."""
    copy = create_project(tmp_path / f"imported-{'-'.join(formats)}.tlproj")
    try:
        for fmt in formats:
            out = tmp_path / f"export-{fmt}"
            export_file(project, out, fmt)
            import_file(copy, out, fmt)
    finally:
        copy.close()
    return copy.path


def test_the_store_keeps_every_character(tmp_path):
    project = build(tmp_path)
    project.close()
    assert rows(project.path, "SELECT proposition, quote, translation, channel, notes FROM claim") == [
        (CLAIM, QUOTE, LONG, MARKUP, NUL)]
    assert rows(project.path, "SELECT name FROM actor ORDER BY name") == [(SPEAKER,), (PARTY,)]
    assert rows(project.path, "SELECT title, url FROM source") == [(MARKUP, SCRIPT_URL)]
    assert rows(project.path, "SELECT value FROM project_meta WHERE key = 'name'") == [(MARKUP,)]


def test_project_json_round_trip_is_literal_to_the_character(tmp_path):
    project = build(tmp_path)
    copy = roundtrip(project, tmp_path, "project")
    project.close()
    for sql in ("SELECT id, proposition, quote, translation, channel, notes FROM claim",
                "SELECT id, name, role_title, notes FROM actor ORDER BY id",
                "SELECT id, title, url, outlet, text FROM source",
                "SELECT id, title, summary, location FROM event",
                "SELECT claim_id, attribution FROM claim_source"):
        assert rows(copy, sql) == rows(project.path, sql), sql


def test_events_csv_round_trip(tmp_path):
    project = build(tmp_path, nul=False)
    copy = roundtrip(project, tmp_path, "csv")
    project.close()
    assert rows(copy, "SELECT title, summary, location FROM event") == [(EVENT, f"{RTL} {LONG}", SCRIPT_URL)]
    assert rows(copy, "SELECT name FROM actor") == [(PARTY,)]
    assert (SCRIPT_URL,) in rows(copy, "SELECT url FROM source")  # kept as data; opening is links.py's job


def test_claims_csv_round_trip(tmp_path):
    project = build(tmp_path, nul=False)
    copy = roundtrip(project, tmp_path, "csv", "claims-csv")  # a claim's event first
    project.close()
    assert rows(copy, "SELECT proposition, quote, translation, channel, notes FROM claim") == [
        (CLAIM, QUOTE, LONG, MARKUP, RTL)]
    assert sorted(rows(copy, "SELECT name FROM actor")) == sorted([(SPEAKER,), (PARTY,)])


def test_a_nul_character_in_a_csv_export_is_refused_on_import_in_one_line(tmp_path):
    """CSV is text: a NUL exported from a claim's notes makes the file refuse to import, clearly
    and whole (the project JSON format carries NULs)."""
    project = build(tmp_path)
    out = tmp_path / "claims.csv"
    export_file(project, out, "claims-csv")
    project.close()
    copy = create_project(tmp_path / "copy.tlproj")
    with pytest.raises(ImportFileError, match=r"claims.csv: line 2: contains a NUL character; this is not a text file"):
        import_file(copy, out, "claims-csv")
    copy.close()
    assert rows(copy.path, "SELECT count(*) FROM claim") == [(0,)]


def test_csv_round_trip_of_a_text_longer_than_the_csv_module_reads_by_default(tmp_path):
    project = build(tmp_path, nul=False, long="Ж" * 200_000)
    try:
        copy = roundtrip(project, tmp_path, "csv", "claims-csv")
    finally:
        project.close()
    assert rows(copy, "SELECT length(translation) FROM claim") == [(200_000,)]


def test_claimreview_round_trip(tmp_path):
    project = build(tmp_path)
    copy = roundtrip(project, tmp_path, "claimreview")
    project.close()
    assert rows(copy, "SELECT proposition, quote FROM claim") == [(CLAIM, QUOTE)]
    assert rows(copy, "SELECT name FROM actor") == [(SPEAKER,)]
    assert rows(copy, "SELECT url FROM source") == []  # a javascript: appearance is not made a source


def test_timelinejs_escapes_markup_on_export_and_unescapes_it_on_import(tmp_path):
    project = build(tmp_path)
    out = tmp_path / "timeline.json"
    export_file(project, out, "timelinejs")
    (slide,) = json.loads(out.read_text(encoding="utf-8"))["events"]
    assert slide["text"]["headline"] == "Event &lt;b&gt;x&lt;/b&gt;&lt;img src=x&gt;"
    copy = roundtrip(project, tmp_path, "timelinejs")
    project.close()
    assert rows(copy, "SELECT title, summary FROM event") == [(EVENT, f"{RTL} {LONG}")]


def test_timelinejs_round_trip_keeps_a_party_name_with_markup(tmp_path):
    project = build(tmp_path)
    copy = roundtrip(project, tmp_path, "timelinejs")
    project.close()
    assert rows(copy, "SELECT name FROM actor") == [(PARTY,)]


def test_info_json_shows_names_literally(tmp_path, capsys):
    project = build(tmp_path)
    project.close()
    assert main(["info", str(project.path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["name"] == MARKUP and figures["claims_by_party"] == {PARTY: 1}


def pdf_text(path: Path) -> str:
    """All pages' text, ligatures and white space normalised (as tests/export/test_pdf.py reads it)."""
    from pypdf import PdfReader

    pages = [unicodedata.normalize("NFKC", page.extract_text() or "") for page in PdfReader(str(path)).pages]
    return re.sub(r"\s+", " ", " ".join(pages))


def test_the_pdf_shows_markup_and_addresses_as_text(tmp_path, qapp):
    project = build(tmp_path, long="long")
    out = tmp_path / "hostile.pdf"
    export_file(project, out, "pdf", title=MARKUP)
    project.close()
    text = pdf_text(out)
    for expected in (f"Claim {MARKUP} abc", EVENT, QUOTE, MARKUP):
        assert expected in text, expected
    # The override characters draw nothing; the words around them are all there, in their order.
    assert "abc evil def" in text or "abc live def" in text
