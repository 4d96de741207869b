"""What the claims panel shows: counts per party and claimant, filtered, sorted and paged claims."""

import random
import sqlite3
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.demo_ids import KREMLIN_DENIAL, KYIV_CLAIM, seed_id
from timeline_app.domain.dates import DateValue
from timeline_app.io.demo import create_demo
from timeline_app.store import crud
from timeline_app.store.claims_query import (
    SORT_KEYS, UNATTRIBUTED, ClaimFilter, claim_count, claim_position, claim_rows, claimant_counts, fts_query,
    party_counts, relations_of)
from timeline_app.store.db import create_project

ACTOR = {name: seed_id("actor", name) for name in (
    "united-states", "ukraine", "russia", "europeans", "germany", "steve-witkoff", "kirill-dmitriev", "kremlin",
    "moscow", "volodymyr-zelensky", "kyiv")}
CLAIM = {name: seed_id("claim", name) for name in (
    "witkoff-talks-productive", "dmitriev-talks-positive", "moscow-dmitriev-mission", "zelensky-documents-work",
    "zelensky-cooperation-constructive", "zelensky-timetable-discussed", "zelensky-awaits-team-report",
    "zelensky-more-pressure", "miami-main-goal", "kyiv-direct-talks-possible", "kremlin-denies-direct-talks",
    "report-no-results-known")}
NO_RESULTS, MAIN_GOAL = CLAIM["report-no-results-known"], CLAIM["miami-main-goal"]
ALL = ClaimFilter()


def ts(text_: str) -> int:
    return int(datetime.fromisoformat(text_).replace(tzinfo=timezone.utc).timestamp())


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo project, shared by the tests that only read it."""
    project = create_demo(tmp_path_factory.mktemp("claims") / "demo.tlproj")
    with project.session() as session:
        yield session
    project.close()


def ids(rows) -> list[str]:
    return [r.id for r in rows]


def matching(session, **filter_args) -> set[str]:
    """Every claim the filter lets through, gathered the way the panel walks the tree."""
    f = ClaimFilter(**filter_args)
    found = set()
    for party in party_counts(session, filter=f):
        for claimant in claimant_counts(session, filter=f, party_id=party.party_id):
            rows = claim_rows(session, filter=f, claimant_id=claimant.actor_id, party_id=party.party_id, limit=10_000)
            assert len(rows) == claimant.count
            found |= set(ids(rows))
    assert len(found) == claim_count(session, filter=f)
    return found


# ---------------------------------------------------------------- the demo: counts


def test_party_rows_of_the_demo(demo):
    rows = party_counts(demo, filter=ALL)
    assert [(r.name, r.count) for r in rows] == [
        ("United States", 1), ("Ukraine", 6), ("Russia", 3), ("Europeans", 0), ("Germany", 0), (UNATTRIBUTED, 2)]
    assert rows[1].party_id == ACTOR["ukraine"] and rows[1].colour == "#b58105"
    assert rows[-1].party_id is None and rows[-1].colour is None
    assert claim_count(demo, filter=ALL) == 12


def test_ukraine_has_zelenskys_and_kyivs_claims(demo):
    rows = claimant_counts(demo, filter=ALL, party_id=ACTOR["ukraine"])
    assert [(r.actor_id, r.count) for r in rows] == [(ACTOR["kyiv"], 1), (ACTOR["volodymyr-zelensky"], 5)]
    assert rows[1].role_title == "President of Ukraine"


def test_claimants_under_russia_include_the_kremlin_dmitriev_and_moscow(demo):
    rows = claimant_counts(demo, filter=ALL, party_id=ACTOR["russia"])
    assert [(r.name, r.count) for r in rows] == [("Kirill Dmitriev", 1), ("Moscow", 1), ("the Kremlin", 1)]


def test_the_stated_goal_is_under_unattributed(demo):
    [row] = claimant_counts(demo, filter=ALL, party_id=None)
    assert (row.actor_id, row.name, row.count) == (None, UNATTRIBUTED, 2)
    assert set(ids(claim_rows(demo, filter=ALL, claimant_id=None))) == {MAIN_GOAL, NO_RESULTS}
    assert claimant_counts(demo, filter=ALL, party_id=ACTOR["europeans"]) == []


# ---------------------------------------------------------------- the demo: sorting and paging


def test_sorting_by_claimant_across_a_party(demo):
    order = [CLAIM["dmitriev-talks-positive"], CLAIM["moscow-dmitriev-mission"], KREMLIN_DENIAL]
    russia = dict(filter=ALL, claimant_id=None, party_id=ACTOR["russia"], sort="claimant")
    rows = claim_rows(demo, **russia)
    assert ids(rows) == order
    assert [r.claimant_name for r in rows] == ["Kirill Dmitriev", "Moscow", "the Kremlin"]
    assert ids(claim_rows(demo, **russia, descending=True)) == order[::-1]


def test_undated_starts_sort_last_in_both_directions(demo):
    # The report's own statement is dated 21 Dec 2025 21:54; the stated goal has an open start.
    for descending in (False, True):
        rows = claim_rows(demo, filter=ALL, claimant_id=None, sort="said", descending=descending)
        assert ids(rows) == [NO_RESULTS, MAIN_GOAL]
    assert rows[0].said_edtf == "2025-12-21T21:54" and rows[1].said_earliest is None


def test_sorting_by_proposition_status_and_credibility(demo):
    unattributed = dict(filter=ALL, claimant_id=None, sort="proposition")
    assert ids(claim_rows(demo, **unattributed)) == [NO_RESULTS, MAIN_GOAL]
    assert ids(claim_rows(demo, **unattributed, descending=True)) == [MAIN_GOAL, NO_RESULTS]
    ukraine = dict(filter=ALL, claimant_id=None, party_id=ACTOR["ukraine"], sort="status")
    assert ids(claim_rows(demo, **ukraine))[-1] == KYIV_CLAIM  # "unverified" comes before "denied"
    assert ids(claim_rows(demo, **ukraine, descending=True))[0] == KYIV_CLAIM
    for descending in (False, True):
        rows = claim_rows(demo, filter=ALL, claimant_id=ACTOR["volodymyr-zelensky"], sort="credibility",
                          descending=descending)
        assert [r.credibility for r in rows] == [6, 6, 6, None, None]


def test_every_sort_key_gives_the_same_claims_and_pages_fit_together(demo):
    zelensky = ACTOR["volodymyr-zelensky"]
    for sort in SORT_KEYS:
        for descending in (False, True):
            whole = claim_rows(demo, filter=ALL, claimant_id=zelensky, sort=sort, descending=descending)
            assert len(whole) == 5 and {r.sources for r in whole} == {1}
            pages = [claim_rows(demo, filter=ALL, claimant_id=zelensky, sort=sort, descending=descending,
                                offset=o, limit=2) for o in (0, 2, 4)]
            assert [len(p) for p in pages] == [2, 2, 1] and sum(pages, []) == whole
    assert claim_rows(demo, filter=ALL, claimant_id=zelensky, offset=5) == []
    with pytest.raises(ValueError, match="unknown sort key"):
        claim_rows(demo, filter=ALL, claimant_id=zelensky, sort="colour")


# ---------------------------------------------------------------- the demo: filters


def test_text_search_finds_the_kremlins_denial_by_its_quote(demo):
    assert KREMLIN_DENIAL in matching(demo, text="dementierte")
    [row] = claim_rows(demo, filter=ClaimFilter(text="dementierte"), claimant_id=ACTOR["kremlin"])
    assert row.id == KREMLIN_DENIAL and row.claimant_name == "the Kremlin"


def test_text_search_for_gespraeche_finds_several_in_any_spelling(demo):
    found = matching(demo, text="Gespräche")
    assert {KYIV_CLAIM, MAIN_GOAL} <= found
    for spelling in ("gespräche", "Gesprache", "GESPRÄCHE", "Gespr"):
        assert matching(demo, text=spelling) == found


def test_text_search_in_the_claims_own_fields(demo):
    # "denied" is in no source: the Kremlin's proposition and the note on Kyiv's status.
    assert matching(demo, text="denied") == {KREMLIN_DENIAL, KYIV_CLAIM}
    # Every word must match, in any of the fields: "Kreml" is in the Kremlin's quote only (Kyiv's
    # notes say "Kremlin's", which only the last, prefix-matched word would find).
    assert matching(demo, text="Kreml denied") == {KREMLIN_DENIAL}
    assert matching(demo, text="denied Kreml") == {KREMLIN_DENIAL, KYIV_CLAIM}
    assert matching(demo, text="no such word anywhere") == set()


def test_a_word_only_in_the_source_text_finds_the_claims_citing_that_source(demo_project):
    report = seed_id("source", "report-miami-2025-12-21")
    with demo_project.session() as s:
        own = s.execute(text("SELECT count(*) FROM claim_fts WHERE claim_fts MATCH 'Videoansprache'")).scalar_one()
        assert own == 0  # the word is in the report only, not in any claim's own texts
        other = crud.create_source(s, title="Another report", text="Nichts über Videos.")
        crud.create_claim(s, id="elsewhere", proposition="Cited elsewhere", sources=[(other.id, None)])
        crud.create_claim(s, id="uncited", proposition="Cited nowhere")
        citing = set(s.execute(text("SELECT claim_id FROM claim_source WHERE source_id = :s"), {"s": report}).scalars())
        assert len(citing) == 12
        assert matching(s, text="Videoansprache") == citing
        assert matching(s, text="abendlichen Videoansp") == citing
        assert matching(s, text="Videos") == {"elsewhere"}
        assert matching(s, text="Cited") == {"elsewhere", "uncited"}


def test_status_filter(demo):
    assert matching(demo, statuses=frozenset({"denied"})) == {KYIV_CLAIM}
    assert len(matching(demo, statuses=frozenset({"denied", "unverified"}))) == 12
    assert party_counts(demo, filter=ClaimFilter(statuses=frozenset({"denied"})))[1].count == 1


def test_only_claims_with_denials(demo):
    assert matching(demo, only_with_denials=True) == {KREMLIN_DENIAL, KYIV_CLAIM}


def test_party_and_tag_filters(demo):
    assert matching(demo, party_ids=frozenset({ACTOR["russia"]})) == {
        CLAIM["dmitriev-talks-positive"], CLAIM["moscow-dmitriev-mission"], KREMLIN_DENIAL}
    assert matching(demo, party_ids=frozenset({None, ACTOR["united-states"]})) == {
        NO_RESULTS, MAIN_GOAL, CLAIM["witkoff-talks-productive"]}
    assert matching(demo, tag_ids=frozenset({seed_id("tag", "denials")})) == {KREMLIN_DENIAL}
    assert matching(demo, tag_ids=frozenset({seed_id("tag", "military"), seed_id("tag", "peace-plan")})) == {
        CLAIM["zelensky-more-pressure"], CLAIM["moscow-dmitriev-mission"]}
    both = ClaimFilter(party_ids=frozenset({ACTOR["ukraine"]}), statuses=frozenset({"unverified"}), text="Cooperation")
    assert claim_count(demo, filter=both) == 1


def test_date_range(demo):
    # Claims said before 21 December: only those with an open start ("../2025-12-21") can be.
    before = matching(demo, said_from=ts("2025-12-01"), said_to=ts("2025-12-21"))
    assert before == {CLAIM["moscow-dmitriev-mission"], KYIV_CLAIM, KREMLIN_DENIAL, MAIN_GOAL}
    # The report's own statement is the one claim dated to the minute (21:54 Berlin time).
    [stand] = [r.said_earliest for r in claim_rows(demo, filter=ALL, claimant_id=None) if r.id == NO_RESULTS]
    assert stand == ts("2025-12-21T20:54")
    assert matching(demo, said_from=stand, said_to=stand + 60) == set(CLAIM.values())
    assert matching(demo, said_from=stand + 60, said_to=ts("2025-12-22")) == set(CLAIM.values()) - {NO_RESULTS}
    assert matching(demo, said_to=stand) == set(CLAIM.values()) - {NO_RESULTS}
    assert matching(demo, said_from=ts("2025-12-22")) == set()
    assert matching(demo, said_from=ts("2025-12-21"), said_to=ts("2025-12-20")) == set()


# ---------------------------------------------------------------- the demo: relations and positions


def test_relations_in_both_directions(demo):
    found = relations_of(demo, claim_ids=[KREMLIN_DENIAL, KYIV_CLAIM, NO_RESULTS])
    [denies] = found[KREMLIN_DENIAL]
    assert (denies.type, denies.outgoing, denies.other_id, denies.basis) == ("denies", True, KYIV_CLAIM, "stated")
    assert denies.other_claimant == "Kyiv" and denies.other_said_edtf == "../2025-12-21"
    assert denies.other_proposition.startswith("There could also be direct talks")
    [denied_by] = found[KYIV_CLAIM]
    assert (denied_by.type, denied_by.outgoing, denied_by.other_id) == ("denies", False, KREMLIN_DENIAL)
    assert denied_by.other_claimant == "the Kremlin" and denied_by.id == denies.id
    assert found[NO_RESULTS] == []
    [supported] = relations_of(demo, claim_ids=[CLAIM["witkoff-talks-productive"]])[CLAIM["witkoff-talks-productive"]]
    assert (supported.type, supported.outgoing, supported.basis) == ("supports", False, "inferred")


def test_claim_position_finds_kyivs_claim(demo):
    assert claim_position(demo, claim_id=KYIV_CLAIM, filter=ALL, sort="said", descending=False) == (
        ACTOR["ukraine"], ACTOR["kyiv"], 0)
    assert claim_position(demo, claim_id=MAIN_GOAL, filter=ALL, sort="said", descending=True) == (None, None, 1)
    unverified = ClaimFilter(statuses=frozenset({"unverified"}))
    assert claim_position(demo, claim_id=KYIV_CLAIM, filter=unverified, sort="said", descending=False) is None
    assert claim_position(demo, claim_id="no-such-claim", filter=ALL, sort="said", descending=False) is None


def test_claim_position_agrees_with_the_rows_for_every_sort(demo):
    zelensky = ACTOR["volodymyr-zelensky"]
    for sort in SORT_KEYS:
        for descending in (False, True):
            rows = claim_rows(demo, filter=ALL, claimant_id=zelensky, sort=sort, descending=descending)
            for index, row in enumerate(rows):
                assert claim_position(demo, claim_id=row.id, filter=ALL, sort=sort, descending=descending) == (
                    ACTOR["ukraine"], zelensky, index)


# ---------------------------------------------------------------- hostile text


def test_fts_query_quotes_every_word_and_prefix_matches_the_last():
    assert fts_query("") is None and fts_query("  \t\n") is None and fts_query('" * ( ) -') is None
    assert fts_query("Kreml") == '"Kreml"*'
    assert fts_query('Kreml "sagt" NEAR(a b) AND * x:y') == '"Kreml" """sagt""" "NEAR(a" "b)" "AND" "x:y"*'
    assert fts_query("a\x00b \ud800c") == '"a" "b" "c"*'
    assert fts_query(None) is None


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(codec=None, exclude_categories=())))
@example('"')
@example('NEAR(" AND OR NOT *')
@example("( ) ) ( ^ - + : {a b}")
@example("\x00\ud800\U0010ffff")
def test_fts_query_never_raises_and_sqlite_accepts_what_it_gives(user_text):
    query = fts_query(user_text)
    if query is not None:
        assert FTS.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()[0] >= 0


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=40))
@example('Kreml" OR "')
@example("dementierte)")
def test_no_user_text_makes_the_panels_sql_fail(demo, user_text):
    f = ClaimFilter(text=user_text)
    assert sum(p.count for p in party_counts(demo, filter=f)) == claim_count(demo, filter=f)
    claim_rows(demo, filter=f, claimant_id=ACTOR["kremlin"])


def _fts_table():
    """An FTS5 table made as migration 0003 makes them, to run the generated queries against."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2')")
    connection.execute("INSERT INTO t VALUES ('Der Kreml dementierte Angaben aus Kiew NEAR AND')")
    return connection


FTS = _fts_table()


# ---------------------------------------------------------------- generated data


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """Two parties (B before A), nested claimants, a top-level outlet, unattributed claims, all mixed."""
    project = create_project(tmp_path_factory.mktemp("generated") / "g.tlproj")
    rng = random.Random(4)
    with project.session() as s:
        a = crud.create_actor(s, id="A", name="Party A", kind="party", position=2).id
        b = crud.create_actor(s, id="B", name="Party B", kind="party", position=1).id
        crud.create_actor(s, id="C", name="Party C", kind="party", position=3)
        org = crud.create_actor(s, id="A-org", name="ministry", kind="organisation", parent_id=a).id
        crud.create_actor(s, id="A-org-spokes", name="Spokesperson", parent_id=org)
        crud.create_actor(s, id="B-person", name="Bea", parent_id=b)
        crud.create_actor(s, id="outlet", name="Wire service", kind="outlet")
        claimants = ["A", "A-org", "A-org-spokes", "B-person", "outlet", None]
        sources = [crud.create_source(s, id=f"s{i}", title=f"Source {i}", text=f"text {i}").id for i in range(3)]
        tags = [crud.create_tag(s, id=f"t{i}", name=f"tag {i}").id for i in range(2)]
        dates = [None, "2024", "2024-03", "2024-03-05", "../2024-03-05", "2024-03-01/..", "2024-02-10T10:00"]
        statuses = ["unverified", "denied", "confirmed", "disputed"]
        for i in range(60):
            said = rng.choice(dates)
            crud.create_claim(
                s, id=f"c{i:02d}", claimant_id=rng.choice(claimants),
                proposition=rng.choice(["alpha", "Alpha", "beta", "Gamma", "delta"]) + f" {i % 7}",
                said=None if said is None else DateValue.from_edtf(said), status=rng.choice(statuses),
                credibility=rng.choice([None, 1, 3, 6]),
                sources=[(x, None) for x in rng.sample(sources, rng.randrange(3))],
                tag_ids=rng.sample(tags, rng.randrange(3)))
        for i in range(0, 20, 3):
            crud.create_relation(s, from_claim_id=f"c{i:02d}", to_claim_id=f"c{i + 1:02d}",
                                 type="denies" if i % 2 else "supports")
        s.commit()
    with project.session() as session:
        yield session
    project.close()


def reference_order(session, claim_ids: set[str], sort: str, descending: bool) -> list[str]:
    """The panel's documented order, computed in Python."""
    rows = {r.id: r for r in session.execute(text(
        "SELECT c.id, c.said_earliest, a.name AS claimant, c.proposition, s.position AS status, c.credibility, "
        "(SELECT count(*) FROM claim_source cs WHERE cs.claim_id = c.id) AS sources "
        "FROM claim c LEFT JOIN actor a ON a.id = c.claimant_id JOIN status s ON s.key = c.status"))}
    value = {"said": lambda r: r.said_earliest, "claimant": lambda r: r.claimant,
             "proposition": lambda r: r.proposition.lower(), "status": lambda r: r.status,
             "credibility": lambda r: r.credibility, "sources": lambda r: r.sources}[sort]
    keys = [value] if sort == "said" else [value, lambda r: r.said_earliest]
    ordered = sorted(claim_ids, reverse=descending)
    for key in reversed(keys):  # stable sorts, least significant first; empty values stay last
        present = sorted((i for i in ordered if key(rows[i]) is not None), key=lambda i: key(rows[i]),
                         reverse=descending)
        ordered = present + [i for i in ordered if key(rows[i]) is None]
    return ordered


def test_generated_party_rows_cover_every_claim(generated):
    rows = party_counts(generated, filter=ALL)
    assert [r.name for r in rows] == ["Party B", "Party A", "Party C", "Wire service", UNATTRIBUTED]
    assert rows[2].count == 0 and sum(r.count for r in rows) == claim_count(generated, filter=ALL) == 60
    under_a = claimant_counts(generated, filter=ALL, party_id="A")
    assert [r.name for r in under_a] == ["ministry", "Party A", "Spokesperson"]
    assert sum(r.count for r in under_a) == rows[1].count
    assert [r.name for r in claimant_counts(generated, filter=ALL, party_id="outlet")] == ["Wire service"]
    assert len(matching(generated)) == 60


@pytest.mark.parametrize("sort", SORT_KEYS)
def test_generated_sorting_matches_the_documented_order(generated, sort):
    for party_id in ("A", "B", "outlet", None):
        for descending in (False, True):
            rows = claim_rows(generated, filter=ALL, claimant_id=None if party_id != "outlet" else "outlet",
                              party_id=party_id, sort=sort, descending=descending)
            assert ids(rows) == reference_order(generated, set(ids(rows)), sort, descending)
            pages = [claim_rows(generated, filter=ALL, claimant_id=None if party_id != "outlet" else "outlet",
                                party_id=party_id, sort=sort, descending=descending, offset=o, limit=4)
                     for o in range(0, len(rows) + 4, 4)]
            assert sum(pages, []) == rows


def test_generated_filters_agree_with_python(generated):
    facts = {r.id: r for r in generated.execute(text(
        "SELECT id, claimant_id, status, said_earliest, said_latest, "
        "(SELECT group_concat(tag_id) FROM claim_tag WHERE claim_id = claim.id) AS tags FROM claim"))}
    lo, hi = ts("2024-03-02"), ts("2024-03-06")

    def overlaps(r):
        if r.said_earliest is None and r.said_latest is None:
            return False
        return (r.said_earliest is None or r.said_earliest < hi) and (r.said_latest is None or r.said_latest > lo)

    assert matching(generated, said_from=lo, said_to=hi) == {i for i, r in facts.items() if overlaps(r)}
    assert matching(generated, tag_ids=frozenset({"t1"})) == {i for i, r in facts.items() if "t1" in (r.tags or "")}
    assert matching(generated, party_ids=frozenset({"A", None})) == {
        i for i, r in facts.items() if r.claimant_id in (None, "A", "A-org", "A-org-spokes")}
    denial_ends = {c for i in range(3, 20, 6) for c in (f"c{i:02d}", f"c{i + 1:02d}")}
    assert matching(generated, only_with_denials=True) == denial_ends


def test_generated_relations_come_in_one_call_for_a_page(generated):
    found = relations_of(generated, claim_ids=[f"c{i:02d}" for i in range(60)])
    assert len(found) == 60
    assert sum(len(v) for v in found.values()) == 2 * 7
    assert [(r.type, r.outgoing, r.other_id) for r in found["c03"]] == [("denies", True, "c04")]
    assert [(r.type, r.outgoing, r.other_id) for r in found["c04"]] == [("denies", False, "c03")]
