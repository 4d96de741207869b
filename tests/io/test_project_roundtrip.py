"""The project JSON format is lossless: export, import into an empty project, compare everything."""

import json

import pytest

from tests.io.helpers import build_random_project, counts, dump
from timeline_app.io.errors import ImportFileError
from timeline_app.io.formats import export_file, import_file
from timeline_app.store import crud
from timeline_app.store.db import create_project
from timeline_app.store.models import Source


def roundtrip(project, tmp_path):
    """Export ``project``, import into a new project, export that: (copy, first file, second file)."""
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    export_file(project, first)
    copy = create_project(tmp_path / "copy.tlproj")
    import_file(copy, first)
    export_file(copy, second)
    return copy, first, second


def without_export_stamp(path):
    return [line for line in path.read_text(encoding="utf-8").splitlines() if '"exported_at"' not in line]


@pytest.mark.parametrize("kind", ["demo", "generated"])
def test_export_then_import_gives_an_identical_database_and_file(kind, demo_project, empty_project, tmp_path):
    project = demo_project
    if kind == "generated":
        project = empty_project
        build_random_project(project)
    copy, first, second = roundtrip(project, tmp_path)
    copy.close()
    project.close()
    original, restored = dump(project.path), dump(copy.path)
    assert original.keys() == restored.keys()
    for table in original:
        assert original[table] == restored[table], table
    assert without_export_stamp(first) == without_export_stamp(second)


def test_the_file_holds_every_table_and_the_export_time_under_an_export_key(demo_project, tmp_path):
    export_file(demo_project, tmp_path / "p.json")
    data = json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))
    assert data["ids"] == "verbatim" and "exported_at" in data
    assert {"statuses", "tags", "actors", "sources", "events", "claims", "relations", "annotations",
            "status_history"} <= data.keys()
    source = data["sources"][0]
    assert len(source["text_sha256"]) == 64 and source["text"].startswith("Stand: 21.12.2025")
    assert data["project"]["name"].startswith("Ukraine talks")


def test_importing_into_a_project_that_holds_the_same_ids_is_refused_whole(demo_project, tmp_path):
    export_file(demo_project, tmp_path / "p.json")
    before = counts(demo_project)
    with pytest.raises(ImportFileError, match=r"p.json: tags\[0\] \(.*\): a record with this id is in the project already"):
        import_file(demo_project, tmp_path / "p.json")
    assert counts(demo_project) == before


def test_project_facts_are_adopted_only_by_an_empty_project(demo_project, empty_project, tmp_path):
    other = create_project(tmp_path / "other.tlproj", name="Mine")
    export_file(other, tmp_path / "other.json")
    report = import_file(demo_project, tmp_path / "other.json")
    with demo_project.session() as s:
        assert crud.get_meta(s, key="name").startswith("Ukraine talks")
    assert any("facts" in line for line in map(str, report.skipped))
    import_file(empty_project, tmp_path / "other.json")
    with empty_project.session() as s:
        assert crud.get_meta(s, key="name") == "Mine"
    other.close()


def test_an_altered_source_text_is_caught_by_its_hash(demo_project, empty_project, tmp_path):
    path = tmp_path / "p.json"
    export_file(demo_project, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sources"][0]["text"] += " (edited)"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"sources\[0\] \(.*\): text_sha256: does not match"):
        import_file(empty_project, path)
    with empty_project.session() as s:
        assert crud.count(s, Source) == 0


@pytest.mark.parametrize("change, message", [
    (lambda d: d["claims"][0].update(status="maybe"), r"claims\[0\] \(.*\): status: unknown status 'maybe'"),
    (lambda d: d["claims"][0].update(credibility=9), r"claims\[0\] \(.*\): credibility: expected 1 to 6"),
    (lambda d: d["actors"][0].update(position="3"), r"actors\[0\] \(.*\): position: expected a whole number"),
    (lambda d: d["actors"][0].update(aliases=[1]), r"actors\[0\] \(.*\): aliases: expected a list of texts"),
    (lambda d: d["events"][0].update(participants=["x"]), r"events\[0\] \(.*\): participants: expected objects"),
    (lambda d: d["annotations"][0].update(end=None), r"annotations\[0\] \(.*\): start: give both start and end"),
    (lambda d: d["relations"][0].update(type="likes"), r"relations\[0\] \(.*\): type: 'likes' is not one of"),
    (lambda d: d["tags"][0].update(id="x" * 37), r"tags\[0\] \(x+\): id: expected an id of 1 to 36 characters"),
    (lambda d: d.update(claims={}), r"claims: expected a list of records"),
])
def test_each_bad_field_is_named_and_nothing_is_imported(change, message, demo_project, empty_project, tmp_path):
    path = tmp_path / "p.json"
    export_file(demo_project, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    before = counts(empty_project)
    with pytest.raises(ImportFileError, match=message):
        import_file(empty_project, path)
    assert counts(empty_project) == before
