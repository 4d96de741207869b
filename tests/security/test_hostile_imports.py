"""Hostile import files: no entity expansion or external resource, bounded size and depth, clear refusals.

Adds to tests/io (billion laughs and a DTD in tests/io/test_timeline_xml.py, one oversized file
and JSON depth for TimelineJS in tests/io/test_exchange_cli.py): external entities, parameter
entities, quadratic blow-up, XInclude and deep nesting in ``.timeline`` XML, and the size and
depth bounds for every format that reads files. Every refusal is one line naming the file, and
the project is left as it was.
"""

from __future__ import annotations

import pytest

from tests.io.helpers import counts
from timeline_app.io import reading
from timeline_app.io.errors import ImportFileError
from timeline_app.io.formats import import_file, names

READABLE = names(readable=True)
EVENT = "<event><start>2021-01-01 00:00:00</start><end>2021-01-02 00:00:00</end><text>{}</text></event>"


def refused(project, path, fmt: str | None, message: str) -> str:
    before = counts(project)
    with pytest.raises(ImportFileError, match=message) as caught:
        import_file(project, path, fmt)
    assert counts(project) == before
    text = str(caught.value)
    assert text.startswith(str(path)) and "\n" not in text
    return text


@pytest.mark.parametrize("doctype", [
    '<!DOCTYPE timeline [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE timeline [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/steal">]>',
    '<!DOCTYPE timeline [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>',
    '<!DOCTYPE timeline [<!ENTITY a "' + "x" * 50_000 + '">]>',  # quadratic blow-up: &a; 20,000 times
])
def test_entities_of_any_kind_are_refused_before_expansion(empty_project, tmp_path, doctype):
    body = "&a;" * 20_000 if "ENTITY a " in doctype else "&xxe;"
    path = tmp_path / "hostile.timeline"
    path.write_text(f'<?xml version="1.0"?>{doctype}<timeline><events>{EVENT.format(body)}</events></timeline>')
    refused(empty_project, path, None, "refused: the file declares XML entities")


def test_an_external_dtd_is_refused(empty_project, tmp_path):
    path = tmp_path / "dtd.timeline"
    path.write_text('<?xml version="1.0"?><!DOCTYPE timeline PUBLIC "-//x//y" "file:///etc/passwd"><timeline/>')
    refused(empty_project, path, None, "refused: the file has a document type declaration")


def test_xinclude_is_not_followed(empty_project, tmp_path):
    path = tmp_path / "xinclude.timeline"
    include = '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="/etc/passwd" parse="text"/>'
    path.write_text(f"<timeline><events>{EVENT.format('Title' + include)}</events></timeline>")
    import_file(empty_project, path)
    with empty_project.engine.connect() as connection:
        titles = [t for (t,) in connection.exec_driver_sql("SELECT title FROM event")]
    assert titles == ["Title"]


@pytest.mark.parametrize("depth", [1_000, 200_000])
def test_deeply_nested_xml_neither_crashes_nor_imports_anything(empty_project, tmp_path, depth):
    path = tmp_path / "deep.timeline"
    path.write_text("<timeline><events>" + "<x>" * depth + "</x>" * depth + "</events></timeline>")
    before = counts(empty_project)
    report = import_file(empty_project, path)
    assert counts(empty_project) == before and not report.counts


@pytest.mark.parametrize("fmt", READABLE)
def test_every_format_refuses_a_file_over_the_size_bound(empty_project, tmp_path, monkeypatch, fmt):
    monkeypatch.setattr(reading, "MAX_BYTES", 2**20)
    path = tmp_path / f"big-{fmt}"
    path.write_bytes(b" " * (2 * 2**20 + 1))
    refused(empty_project, path, fmt, r": 2 MB is larger than the 1 MB an import may have$")


def test_the_size_bound_is_checked_before_reading_the_file(empty_project, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 10)
    path = tmp_path / "sparse.json"
    with open(path, "wb") as out:  # a sparse file: huge on paper, nothing read
        out.truncate(2**40)
    refused(empty_project, path, None, "1048576 MB is larger than")


#: A JSON document of each format, with the nesting put where its reader walks.
JSON_DOCUMENTS = {
    "project": '{{"format": "timeline_app.project", "format_version": 1, "events": {}}}',
    "timelinejs": '{{"events": [{{"start_date": {{"year": 2020}}, "text": {}}}]}}',
    "claimreview": '{{"@type": "ClaimReview", "claimReviewed": "x", "itemReviewed": {}}}',
    "annotations": '{{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "body": {}}}',
}


@pytest.mark.parametrize("fmt", sorted(JSON_DOCUMENTS))
@pytest.mark.parametrize("depth", [100, 100_000])
def test_json_nested_beyond_the_bound_is_refused(empty_project, tmp_path, fmt, depth):
    path = tmp_path / f"deep-{fmt}.json"
    path.write_text(JSON_DOCUMENTS[fmt].format("[" * depth + "]" * depth))
    if fmt == "project" and depth < 1000:
        # The project reader checks every record against its schema instead of walking the nesting.
        refused(empty_project, path, fmt, r"events")
    else:
        refused(empty_project, path, fmt, "nested (more than 64 levels deep|too deeply to read); refusing it")
