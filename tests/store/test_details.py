"""A record's details as the detail pane shows them, on the demo story."""

from sqlalchemy import event as sa_event

from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM, seed_id
from timeline_app.store import crud
from timeline_app.store.details import ActorDetails, ClaimDetails, EventDetails, SourceDetails, record_details


def details(project, record_id):
    with project.session() as session:
        return record_details(session, record_id)


def test_the_kremlins_denial_names_what_it_denies(demo_project):
    claim = details(demo_project, KREMLIN_DENIAL)
    assert isinstance(claim, ClaimDetails)
    assert (claim.claimant.name, claim.claimant.party) == ("the Kremlin", "Russia")
    assert claim.quote == "Der Kreml dementierte Angaben aus Kiew"
    assert claim.said.label() == "until 21 Dec 2025"
    assert claim.event[1] == "Ukraine talks in Miami"
    [relation] = claim.relations
    assert (relation.type, relation.outgoing, relation.basis, relation.other.id) == ("denies", True, "stated", KYIV_CLAIM)
    assert relation.other.claimant == "Kyiv"
    assert relation.other.proposition.startswith("There could also be direct talks")
    assert claim.sources[0].attribution == "Der Kreml dementierte"
    assert claim.annotations == [(claim.sources[0].title, "Der Kreml dementierte Angaben aus Kiew")]
    assert claim.tags == ["Denials", "Statements"]


def test_kyivs_claim_is_denied_by_the_kremlin_and_keeps_its_status_history(demo_project):
    claim = details(demo_project, KYIV_CLAIM)
    [relation] = claim.relations
    assert (relation.type, relation.outgoing, relation.other.id) == ("denies", False, KREMLIN_DENIAL)
    assert relation.other.claimant == "the Kremlin"
    assert claim.status == "Denied" and claim.credibility == 6
    [change] = claim.history
    assert (change.by, change.from_status, change.to_status) == ("demo editor", "Unverified", "Denied")
    assert change.reason.startswith("The Kremlin denied it")
    assert (claim.claimant.name, claim.claimant.role_title, claim.claimant.party) == \
        ("Kyiv", "unnamed Ukrainian officials", "Ukraine")


def test_the_berlin_talks_span_two_days(demo_project):
    event = details(demo_project, seed_id("event", "berlin-talks"))
    assert isinstance(event, EventDetails)
    assert (event.start.edtf, event.end.edtf) == ("2025-12-14", "2025-12-15")
    assert event.location == "Berlin, Germany"
    assert event.tags == ["Negotiations"]
    assert [s.title for s in event.sources] == ["Ukraine talks in Miami (German news report, 21 December 2025)"]


def test_an_event_lists_its_participants_and_the_claims_about_it(demo_project):
    event = details(demo_project, seed_id("event", "miami-talks"))
    names = {actor.name: (role, actor.party) for actor, role in event.participants}
    assert names["Kirill Dmitriev"] == ("participant", "Russia")
    assert {c.id for c in event.claims} >= {KREMLIN_DENIAL, KYIV_CLAIM}


def test_actors_and_sources_show_their_fields(demo_project):
    actor = details(demo_project, seed_id("actor", "kremlin"))
    assert actor == ActorDetails(actor.id, "the Kremlin", "organisation", None, "Russia", ["Kreml"],
                                 "The report names no spokesperson.")
    source = details(demo_project, seed_id("source", "report-miami-2025-12-21"))
    assert isinstance(source, SourceDetails)
    assert source.published.wording == "Stand: 21.12.2025 21:54 Uhr" and source.url is None


def test_an_unknown_id_has_no_details(demo_project):
    assert details(demo_project, "no-such-record") is None


def test_more_relations_cost_no_more_queries(demo_project):
    """No query per related row: adding relations and sources leaves the query count unchanged."""
    statements = []
    sa_event.listen(demo_project.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    details(demo_project, KYIV_CLAIM)
    before, statements[:] = len(statements), []
    with demo_project.session() as session:
        others = [crud.create_claim(session, proposition=f"echo {i}").id for i in range(3)]
        for other in others:
            crud.create_relation(session, from_claim_id=other, to_claim_id=KYIV_CLAIM, type="repeats")
        session.commit()
    statements[:] = []
    claim = details(demo_project, KYIV_CLAIM)
    assert len(claim.relations) == 4 and {(r.type, r.outgoing) for r in claim.relations} == {("denies", False), ("repeats", False)}
    assert len(statements) == before
