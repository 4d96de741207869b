"""The demo project: the seed report's story, every quote anchored in the stored report."""

from sqlmodel import select

from timeline_app.domain.date_input import parse_date
from timeline_app.domain.dates import DateValue, Precision
from timeline_app.io.demo import seed_dir
from timeline_app.store.crud import date_from_columns
from timeline_app.store.models import Actor, Annotation, Claim, ClaimRelation, Event, Source

SEED_TEXT = "miami-talks-2025-12-21.de.txt"


def rows(project, model):
    with project.session() as s:
        return s.exec(select(model)).all()


def test_the_report_is_stored_verbatim_as_the_source(demo_project):
    (source,) = rows(demo_project, Source)
    assert source.text == (seed_dir() / SEED_TEXT).read_text(encoding="utf-8")
    assert source.text.startswith("Stand: 21.12.2025 21:54 Uhr")
    assert source.outlet is None and source.language == "de"
    assert source.published_edtf == "2025-12-21T21:54" and source.published_tz == "Europe/Berlin"


def test_every_annotation_is_an_exact_substring_at_its_offsets(demo_project):
    (source,) = rows(demo_project, Source)
    annotations = rows(demo_project, Annotation)
    assert len(annotations) >= 12
    for a in annotations:
        assert source.text[a.start:a.end] == a.exact, a.exact
        assert source.text[max(0, a.start - 32):a.start] == a.prefix
        assert source.text[a.end:a.end + 32] == a.suffix
        assert a.text_sha256 == source.text_sha256


def test_every_claim_quote_is_its_annotated_passage(demo_project):
    (source,) = rows(demo_project, Source)
    by_claim = {a.claim_id: a for a in rows(demo_project, Annotation) if a.claim_id}
    claims = rows(demo_project, Claim)
    assert len(claims) >= 10
    for claim in claims:
        annotation = by_claim[claim.id]
        assert claim.quote == source.text[annotation.start:annotation.end]
        assert claim.proposition and claim.translation


def test_the_kremlin_denies_kyivs_statement_about_direct_talks(demo_project):
    actors = {a.id: a.name for a in rows(demo_project, Actor)}
    claims = {c.id: c for c in rows(demo_project, Claim)}
    (denial,) = [r for r in rows(demo_project, ClaimRelation) if r.type == "denies"]
    denier, denied = claims[denial.from_claim_id], claims[denial.to_claim_id]
    assert actors[denier.claimant_id] == "the Kremlin"
    assert denier.quote == "Der Kreml dementierte Angaben aus Kiew"
    assert actors[denied.claimant_id] == "Kyiv"
    assert "direkte Gespräche" in denied.quote and denied.status == "denied"
    assert denial.basis == "stated"


def test_parties_and_speakers(demo_project):
    actors = rows(demo_project, Actor)
    parties = {a.name for a in actors if a.kind == "party"}
    assert parties == {"United States", "Ukraine", "Russia", "Europeans", "Germany"}
    by_name = {a.name: a for a in actors}
    names = {a.id: a.name for a in actors}
    assert names[by_name["Steve Witkoff"].parent_id] == "United States"
    assert names[by_name["the Kremlin"].parent_id] == "Russia"
    assert names[by_name["Kyiv"].parent_id] == "Ukraine"
    channels = {c.channel for c in rows(demo_project, Claim)}
    assert {"post on X", "evening video address"} <= channels
    assert any("TASS" in c for c in channels if c)


def test_dates_are_honest_about_their_precision(demo_project):
    events = {e.title: e for e in rows(demo_project, Event)}
    plan = next(e for t, e in events.items() if "28-point" in t)
    assert date_from_columns(plan, "start").precision == Precision.MONTH
    assert plan.start_edtf == "2025-11"
    berlin = next(e for t, e in events.items() if "Berlin" in t)
    assert (berlin.start_edtf, berlin.end_edtf) == ("2025-12-14", "2025-12-15")
    miami = next(e for t, e in events.items() if t.startswith("Ukraine talks in Miami"))
    assert date_from_columns(miami, "start").uncertain
    assert all(e.start_edtf for e in events.values())


def test_the_berlin_talks_resolve_from_the_reports_own_words(demo_project):
    (source,) = rows(demo_project, Source)
    published = date_from_columns(source, "published")
    berlin = next(e for e in rows(demo_project, Event) if "Berlin" in e.title)
    resolved = parse_date("am vergangenen Sonntag und Montag", reference=published.earliest)
    assert resolved.edtf == "2025-12-14/2025-12-15"
    assert DateValue.from_edtf(berlin.start_edtf).earliest == resolved.earliest
