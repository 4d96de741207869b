"""What the windows read from a shared project equals what they read from the same project in a file."""

import pytest

from tests.store.test_timeline_refresh import EDITS, GROUPINGS, Refreshed, seen
from timeline_app.domain.timeline.items import LaneIndex
from timeline_app.store import choices, claims_query, passages
from timeline_app.store.claims_query import ClaimFilter
from timeline_app.store.db import open_project
from timeline_app.store.timeline_query import keys_of_records, load_timeline
from tests.demo_ids import KYIV_CLAIM, seed_id


@pytest.fixture
def both(shared_demo, demo_project):
    """(the demo in a file, the same demo on the server)."""
    shared = open_project(shared_demo)
    yield demo_project, shared
    shared.close()


def test_the_timeline_loads_the_same_items_from_the_server(both):
    local, shared = both
    here, there = load_timeline(local), load_timeline(shared)
    for grouping in GROUPINGS:
        assert seen(here, LaneIndex.build(here, grouping)) == seen(there, LaneIndex.build(there, grouping))
    keys = keys_of_records(shared, there, [KYIV_CLAIM, "no such record"])
    assert [there.text(k).record_id for k in keys] == [KYIV_CLAIM]


@pytest.mark.parametrize("name", ["new claim with a passage and a new tag", "new denial", "claim said in a month",
                                  "speaker moved to another party", "tag renamed", "event deleted, its claims detached"])
def test_the_timeline_refreshes_after_edits_undo_and_redo_as_on_a_file(both, name, qtbot):
    _local, shared = both
    refreshed = Refreshed(shared)
    factory, arguments = EDITS[name]
    refreshed.push(factory, **arguments)
    refreshed.check()
    for step in ("undo", "redo"):
        getattr(refreshed.stack.undo_stack, step)()
        refreshed.check()
    assert not refreshed.failures


@pytest.mark.parametrize("words", ["Gespräche", "gesprache", "GESPRÄCHE", "Kreml", "kiew", "Sautter", "zelensk",
                                   "talks 50%", "a_b", '"NEAR" (x)', "", "   "])
def test_the_claims_panel_finds_the_same_claims_on_the_server(both, words):
    local, shared = both
    with local.session() as here, shared.session() as there:
        wanted = ClaimFilter(text=words)
        assert claims_query.claim_count(here, filter=wanted) == claims_query.claim_count(there, filter=wanted)
        assert claims_query.party_counts(here, filter=wanted) == claims_query.party_counts(there, filter=wanted)
        assert ([c.id for c in choices.find_claims(here, words)] == [c.id for c in choices.find_claims(there, words)])


def test_a_word_is_found_anywhere_on_the_server_even_inside_another(both):
    _local, shared = both
    with shared.session() as session:
        assert claims_query.claim_count(session, filter=ClaimFilter(text="präche")) > 0


def test_filters_pages_and_relations_agree(both):
    local, shared = both
    wanted = ClaimFilter(only_with_denials=True, said_from=1_700_000_000, said_to=1_800_000_000,
                         statuses=frozenset({"unverified", "denied"}))
    with local.session() as here, shared.session() as there:
        for sort in claims_query.SORT_KEYS:
            assert claims_query.claim_rows(here, filter=ClaimFilter(), claimant_id=None, party_id=None, sort=sort) == \
                claims_query.claim_rows(there, filter=ClaimFilter(), claimant_id=None, party_id=None, sort=sort)
        assert claims_query.claim_count(here, filter=wanted) == claims_query.claim_count(there, filter=wanted)
        assert claims_query.relations_of(here, claim_ids=[KYIV_CLAIM]) == \
            claims_query.relations_of(there, claim_ids=[KYIV_CLAIM])
        source = seed_id("source", "report-miami-2025-12-21")
        assert passages.source_text(here, source) == passages.source_text(there, source)
        assert choices.neighbour_claim(here, KYIV_CLAIM, 1) == choices.neighbour_claim(there, KYIV_CLAIM, 1)
