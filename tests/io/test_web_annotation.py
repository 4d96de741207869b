"""W3C Web Annotation: both selectors out, anchored back in; other people's pages are orphans."""

import json

import pytest
from sqlmodel import select

from tests.io.helpers import SAMPLES, counts
from timeline_app.io.errors import ImportFileError
from timeline_app.io.formats import export_file, import_file
from timeline_app.store.models import Annotation, Claim, Source


def items(path):
    return json.loads(path.read_text(encoding="utf-8"))["first"]["items"]


def annotation_rows(project):
    with project.session() as s:
        return sorted((a.id, a.source_id, a.claim_id, a.event_id, a.exact, a.prefix, a.suffix, a.start, a.end,
                       a.text_sha256, a.created_at, a.updated_at) for a in s.exec(select(Annotation)))


def drop_annotations(project):
    with project.session() as s:
        for a in s.exec(select(Annotation)):
            s.delete(a)
        s.commit()


def test_both_selectors_and_links_to_the_claim(demo_project, tmp_path):
    export_file(demo_project, tmp_path / "a.jsonld", "annotations")
    document = json.loads((tmp_path / "a.jsonld").read_text(encoding="utf-8"))
    assert document["type"] == "AnnotationCollection" and document["total"] == 20
    first = document["first"]["items"][0]
    quote, position = first["target"]["selector"]
    assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
    with demo_project.session() as s:
        source = s.exec(select(Source)).one()
    assert first["target"]["source"] == f"urn:uuid:{source.id}"
    assert source.text[position["start"]:position["end"]] == quote["exact"]
    assert any(b.get("source", "").startswith("urn:uuid:") and b["purpose"] == "linking" for b in first["body"])


def test_export_then_import_restores_every_annotation(demo_project, tmp_path):
    before = annotation_rows(demo_project)
    export_file(demo_project, tmp_path / "a.jsonld", "annotations")
    drop_annotations(demo_project)
    report = import_file(demo_project, tmp_path / "a.jsonld")
    assert report.format == "annotations" and report.counts == {"annotations": 20} and not report.skipped
    assert annotation_rows(demo_project) == before


def test_a_moved_passage_is_re_anchored_by_its_quote_and_a_missing_one_orphaned(demo_project, tmp_path):
    export_file(demo_project, tmp_path / "a.jsonld", "annotations")
    drop_annotations(demo_project)
    document = json.loads((tmp_path / "a.jsonld").read_text(encoding="utf-8"))
    moved, lost = document["first"]["items"][:2]
    moved["target"]["selector"][1]["start"] += 5
    moved["target"]["selector"][1]["end"] += 5
    lost["target"]["selector"][0]["exact"] = "a passage the report never had"
    lost["target"]["selector"].pop(1)
    (tmp_path / "b.jsonld").write_text(json.dumps(document), encoding="utf-8")
    report = import_file(demo_project, tmp_path / "b.jsonld")
    assert report.counts == {"annotations": 19}
    assert any("re-anchored" in line for line in map(str, report.approximated))
    assert any("orphaned: the passage is not in the text" in line for line in map(str, report.skipped))


def test_refined_selectors_are_followed_to_the_text(demo_project, tmp_path):
    with demo_project.session() as s:
        source = s.exec(select(Source)).one()
        claim = s.exec(select(Claim)).first()
    start = source.text.index("Miami")
    (tmp_path / "r.jsonld").write_text(json.dumps({
        "@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/mine", "type": "Annotation",
        "body": f"urn:uuid:{claim.id}",
        "target": {"source": f"urn:uuid:{source.id}", "selector": {
            "type": "FragmentSelector", "value": "para1",
            "refinedBy": {"type": "TextPositionSelector", "start": start, "end": start + 5}}}}))
    report = import_file(demo_project, tmp_path / "r.jsonld")
    assert report.counts == {"annotations": 1}
    with demo_project.session() as s:
        added = s.exec(select(Annotation).where(Annotation.start == start, Annotation.end == start + 5)).one()
    assert added.exact == "Miami" and added.claim_id == claim.id


@pytest.mark.parametrize("name, orphans", [("anno26.json", 1), ("anno27.json", 1), ("anno41.json", 1),
                                           ("collection1.json", 41)])
def test_the_w3c_examples_parse_and_are_reported_as_orphaned(name, orphans, empty_project):
    before = counts(empty_project)
    report = import_file(empty_project, SAMPLES / "web-annotation" / name)
    assert report.format == "annotations" and not report.counts
    assert sum("orphaned" in line for line in map(str, report.skipped)) == orphans
    assert counts(empty_project) == before


def test_a_document_without_annotations_is_refused(empty_project, tmp_path):
    (tmp_path / "x.jsonld").write_text(json.dumps({"type": "AnnotationCollection", "first": "http://example.org/p1"}))
    with pytest.raises(ImportFileError, match="no W3C Web Annotation found"):
        import_file(empty_project, tmp_path / "x.jsonld", "annotations")
