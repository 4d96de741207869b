"""schema.org ClaimReview: each claim as a review of it; fact-check feeds in, verdicts kept."""

import json

import pytest
from sqlmodel import select

from tests.io.helpers import SAMPLES, counts
from timeline_app.io.errors import ImportFileError
from timeline_app.io.formats import export_file, import_file
from timeline_app.store.db import create_project
from timeline_app.store.models import Actor, Claim, ClaimSource, Source, StatusChange


def reviews(path):
    return json.loads(path.read_text(encoding="utf-8"))["dataFeedElement"]


def test_each_claim_is_a_review_with_author_date_and_rating(demo_project, tmp_path):
    export_file(demo_project, tmp_path / "cr.jsonld", "claimreview")
    items = reviews(tmp_path / "cr.jsonld")
    assert len(items) == 12 and all(r["@type"] == "ClaimReview" and r["@id"].startswith("urn:uuid:") for r in items)
    kremlin = next(r for r in items if r["itemReviewed"].get("author", {}).get("name") == "the Kremlin")
    assert kremlin["itemReviewed"]["author"]["@type"] == "Organization"
    assert kremlin["itemReviewed"]["text"] == "Der Kreml dementierte Angaben aus Kiew"
    ratings = {r["reviewRating"]["alternateName"] for r in items}
    assert "Unverified" in ratings and "Denied" in ratings
    with demo_project.session() as s:
        said = {f"urn:uuid:{c.id}": c.said_edtf for c in s.exec(select(Claim))}
    for review in items:
        edtf = said[review["@id"]]
        if edtf and len(edtf.rstrip("~?%")) <= 10 and "/" not in edtf:
            assert review["itemReviewed"]["datePublished"] == edtf.rstrip("~?%")


def test_export_import_export_is_stable(demo_project, tmp_path):
    export_file(demo_project, tmp_path / "a.jsonld", "claimreview")
    copy = create_project(tmp_path / "copy.tlproj")
    assert import_file(copy, tmp_path / "a.jsonld").format == "claimreview"
    export_file(copy, tmp_path / "b.jsonld", "claimreview")
    assert reviews(tmp_path / "a.jsonld") == reviews(tmp_path / "b.jsonld")
    copy.close()


def test_the_dpa_feed_item_imports_with_its_verdict_in_the_notes(empty_project):
    report = import_file(empty_project, SAMPLES / "claimreview" / "dpa-datafeed-item.json")
    assert report.counts["claims"] == 1 and report.counts["sources"] == 2
    assert any("names no status" in line for line in map(str, report.approximated))
    with empty_project.session() as s:
        claim = s.exec(select(Claim)).one()
        assert claim.status == "unverified" and claim.said_edtf == "2019-09-07"
        assert "Reker hat diesen Satz nie gesagt" in claim.notes and "Deutsche Presse-Agentur" in claim.notes
        assert s.get(Actor, claim.claimant_id).name == "Irmin Suhl"
        sources = {src.url: src for src in s.exec(select(Source))}
        check = sources["https://www.presseportal.de/pm/133833/4381130"]
        assert check.kind == "fact check" and check.outlet == "Deutsche Presse-Agentur" and check.published_edtf == "2019-09-20"
        assert {link.attribution for link in s.exec(select(ClaimSource))} == {"appearance", "fact check"}


def test_a_rating_that_names_a_status_sets_it_and_records_the_review(empty_project, tmp_path):
    path = tmp_path / "feed.jsonld"
    path.write_text(json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "ClaimReview", "claimReviewed": "The talks were cancelled", "datePublished": "2025-12-22",
         "author": {"@type": "Organization", "name": "Checkers"}, "url": "https://example.org/check",
         "itemReviewed": {"@type": "Claim", "author": "Someone", "datePublished": "2025-12"},
         "reviewRating": {"@type": "Rating", "alternateName": "False", "ratingValue": 1, "worstRating": 1, "bestRating": 5}},
        {"@type": "Organization", "name": "not a review"}]}))
    report = import_file(empty_project, path)
    assert any("not a ClaimReview" in line for line in map(str, report.skipped))
    with empty_project.session() as s:
        claim = s.exec(select(Claim)).one()
        change = s.exec(select(StatusChange)).one()
    assert claim.status == "refuted" and claim.said_edtf == "2025-12" and "1 on a scale from 1 to 5" in claim.notes
    assert (change.by, change.to_status, change.at[:10]) == ("Checkers", "refuted", "2025-12-22")


@pytest.mark.parametrize("document", [{"@type": "Organization"}, [], {"dataFeedElement": "x"}])
def test_a_file_without_reviews_is_refused(document, empty_project, tmp_path):
    path = tmp_path / "none.jsonld"
    path.write_text(json.dumps(document))
    before = counts(empty_project)
    with pytest.raises(ImportFileError, match="no ClaimReview found"):
        import_file(empty_project, path, "claimreview")
    assert counts(empty_project) == before
