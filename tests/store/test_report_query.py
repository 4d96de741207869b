"""The printed report's contents: claims per party in date order, relations, numbered sources."""

from timeline_app.domain.dates import DateValue
from timeline_app.store.report_query import gather_report


def seconds(edtf):
    return int(DateValue.from_edtf(edtf).earliest.timestamp())


def test_claims_per_party_with_the_denial_attached_both_ways(demo_project):
    with demo_project.session() as s:
        report = gather_report(s)
    names = [p.name for p in report.parties]
    assert names == ["United States", "Ukraine", "Russia", "Unattributed"]
    ukraine = next(p for p in report.parties if p.name == "Ukraine")
    kyiv = next(c for c in ukraine.claims if c.claimant == "Kyiv")
    assert kyiv.status_label == "Denied"
    (denied_by,) = [r for r in kyiv.relations if r.type == "denies"]
    assert not denied_by.outgoing and denied_by.other_claimant == "the Kremlin"
    assert denied_by.other_quote == "Der Kreml dementierte Angaben aus Kiew"
    russia = next(p for p in report.parties if p.name == "Russia")
    kremlin = next(c for c in russia.claims if c.claimant == "the Kremlin")
    assert [(r.type, r.outgoing, r.other_claimant) for r in kremlin.relations] == [("denies", True, "Kyiv")]
    assert len(report.sources) == 1 and report.sources[0].number == 1 and report.sources[0].outlet is None
    assert all(c.sources and c.sources[0][0] == 1 for p in report.parties for c in p.claims)


def test_claims_are_in_date_order_with_open_dates_placed_by_their_bound(demo_project):
    with demo_project.session() as s:
        report = gather_report(s)
    ukraine = next(p for p in report.parties if p.name == "Ukraine")
    places = []
    for claim in ukraine.claims:
        value = DateValue.from_edtf(claim.said_edtf)
        places.append(value.earliest.timestamp() if value.earliest else value.latest.timestamp() - 86400)
    assert places == sorted(places) and len(places) == 6


def test_parties_and_range_limit_the_report(demo_project):
    with demo_project.session() as s:
        ids = {p.party_id for p in gather_report(s).parties if p.name == "Russia"}
        only_russia = gather_report(s, party_ids=ids)
        nothing = gather_report(s, t0=seconds("2025-01-01"), t1=seconds("2025-02-01"))
    assert [p.name for p in only_russia.parties] == ["Russia"]
    assert nothing.parties == [] and nothing.sources == []
