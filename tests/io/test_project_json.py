"""Importing project JSON: errors name the file and the record, and import nothing."""

import json

import pytest
from sqlmodel import select

from timeline_app.io.errors import ImportFileError
from timeline_app.io.project_json import import_file
from timeline_app.store import crud
from timeline_app.store.models import Actor, Annotation, Claim, Source


def write(tmp_path, data, name="p.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def minimal(**extra):
    data = {
        "format": "timeline_app.project", "format_version": 1,
        "actors": [{"id": "ua", "name": "Ukraine", "kind": "party"},
                   {"id": "kyiv", "name": "Kyiv", "kind": "group", "parent": "ua"}],
        "sources": [{"id": "r", "title": "Report", "text": "Angaben aus Kiew 😀, wonach es geben könne."}],
        "claims": [{"id": "c", "claimant": "kyiv", "proposition": "Direct talks possible",
                    "quote": "wonach es geben könne", "said": {"edtf": "2025-12~"}}],
        "annotations": [{"id": "a", "source": "r", "exact": "wonach es geben könne", "claim": "c"}],
    }
    data.update(extra)
    return data


def import_and_count(project, path):
    with project.session() as s:
        try:
            import_file(s, path)
            s.commit()
        finally:
            counts = [crud.count(s, m) for m in (Actor, Source, Claim, Annotation)]
    return counts


def test_slugs_become_stable_uuids_and_quotes_are_located_in_code_points(empty_project, tmp_path):
    path = write(tmp_path, minimal())
    assert import_and_count(empty_project, path) == [2, 1, 1, 1]
    with empty_project.session() as s:
        annotation = s.exec(select(Annotation)).one()
        claim = s.exec(select(Claim)).one()
    text = "Angaben aus Kiew 😀, wonach es geben könne."
    assert text[annotation.start:annotation.end] == "wonach es geben könne"
    assert annotation.start == 20  # code points: the emoji counts once
    assert claim.said_edtf == "2025-12~" and claim.said_earliest < claim.said_latest
    assert len(claim.id) == 36


@pytest.mark.parametrize("change, message", [
    (lambda d: d["claims"][0].update(claimant="nobody"), r"claims\[0\] \(c\): claimant: no actor with id 'nobody'"),
    (lambda d: d["claims"][0].update(said={"edtf": "2025-13"}), r"claims\[0\] \(c\): said: "),
    (lambda d: d["actors"].append({"id": "ua", "name": "Again"}), r"actors\[2\] \(ua\): the id 'ua' is used twice"),
    (lambda d: d["annotations"][0].update(exact="not in the text"), r"annotations\[0\] \(a\): exact: .* does not occur"),
    (lambda d: d["claims"][0].update(proposition=""), r"claims\[0\] \(c\): proposition: expected non-empty text"),
    (lambda d: d.update(format_version=99), r"format version 99 is newer"),
])
def test_errors_name_the_record_and_nothing_is_imported(empty_project, tmp_path, change, message):
    data = minimal()
    change(data)
    path = write(tmp_path, data)
    with pytest.raises(ImportFileError, match=message) as err:
        import_and_count(empty_project, path)
    assert str(err.value).startswith(str(path))
    with empty_project.session() as s:
        assert [crud.count(s, m) for m in (Actor, Source, Claim, Annotation)] == [0, 0, 0, 0]


def test_invalid_json_names_line_and_column(empty_project, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "timeline_app.project",\n "format_version": 1,\n "actors": [}\n')
    with pytest.raises(ImportFileError, match=r"broken.json: line 3, column 13: invalid JSON"):
        import_and_count(empty_project, path)


def test_not_utf8_and_not_our_format(empty_project, tmp_path):
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"x": "Gespr\xe4che"}'.encode("latin-1"))
    with pytest.raises(ImportFileError, match="not UTF-8"):
        import_and_count(empty_project, latin)
    other = write(tmp_path, {"events": []}, "other.json")
    with pytest.raises(ImportFileError, match="not a timeline_app project file"):
        import_and_count(empty_project, other)


def test_text_file_must_stay_in_the_same_folder(empty_project, tmp_path):
    data = minimal()
    data["sources"][0] = {"id": "r", "title": "Report", "text_file": "../../etc/passwd"}
    with pytest.raises(ImportFileError, match="same folder"):
        import_and_count(empty_project, write(tmp_path, data))
