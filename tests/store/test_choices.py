"""The records editing offers to choose, labelled in English unless another wording is asked for."""

from tests.demo_ids import KYIV_CLAIM, seed_id
from timeline_app.store import choices
from timeline_app.store.models import RELATION_TYPES
from timeline_app.store.wording import RELATIONS, Wording

MAIN_GOAL = seed_id("claim", "miami-main-goal")  # a claim nobody is named as having made
#: A stand-in for the interface's catalogue: the few words these labels use.
GERMAN = {"Unattributed": "Nicht zugeordnet", "undated": "undatiert", "denied by": "dementiert von",
          "Event: {label}": "Ereignis: {label}"}
IN_GERMAN = Wording("de", lambda said: said.format(lambda text: GERMAN.get(text, text)))
PROPOSITION = "The main goal in Miami was to discuss the results of the Berlin talks of 14–15 December"


def test_a_claim_without_a_claimant_is_labelled_in_the_wording_asked_for(demo_project):
    with demo_project.session() as session:
        english = choices.label_of(session, MAIN_GOAL).label
        german = choices.label_of(session, MAIN_GOAL, wording=IN_GERMAN).label
    assert english.startswith(f"Unattributed, until 21 Dec 2025 — {PROPOSITION}")
    assert german.startswith(f"Nicht zugeordnet, bis 21. Dez. 2025 — {PROPOSITION}")


def test_an_undated_claim_says_so_in_the_wording_asked_for():
    assert choices.claim_label(None, None, "Talks") == "Unattributed, undated — Talks"
    assert choices.claim_label(None, None, "Talks", IN_GERMAN) == "Nicht zugeordnet, undatiert — Talks"


def test_relations_and_sources_take_the_wording_asked_for(demo_project):
    with demo_project.session() as session:
        [relation] = choices.find_relations(session, KYIV_CLAIM, wording=IN_GERMAN)
        [source] = choices.find_sources(session, only=seed_id("source", "report-miami-2025-12-21"), wording=IN_GERMAN)
    assert relation.label.startswith("dementiert von: the Kremlin, bis 21. Dez. 2025 — The Kremlin denied")
    assert source.label.endswith(" · 21. Dez. 2025, 21:54")


def test_every_relation_type_has_its_words_both_ways():
    assert set(RELATIONS) == set(RELATION_TYPES)
    assert Wording().relation("denies", outgoing=False) == "denied by"


def test_the_passages_of_a_source_are_labelled_in_the_wording_asked_for(demo_project):
    from timeline_app.store.passages import source_text

    report = seed_id("source", "report-miami-2025-12-21")
    with demo_project.session() as session:
        english = {p.label for p in source_text(session, report).passages}
        german = {p.label for p in source_text(session, report, IN_GERMAN).passages}
    assert "Event: Talks in Berlin · 14 Dec 2025 – 15 Dec 2025" in english
    assert "Ereignis: Talks in Berlin · 14. Dez. 2025 – 15. Dez. 2025" in german
    assert any(label.startswith("Nicht zugeordnet, bis 21. Dez. 2025 — ") for label in german)
    assert not any(label.startswith(("Event:", "Unattributed")) or " Dec " in label for label in german)
