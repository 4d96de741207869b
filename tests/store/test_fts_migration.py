"""Migration 0003: full-text indexes over claims and sources, filled on upgrade and kept in sync."""

import pytest
from alembic import command
from sqlalchemy import delete, text, update

from timeline_app.domain.anchoring import text_sha256
from timeline_app.store import crud, db
from timeline_app.store.db import create_project, head_revision, open_project
from timeline_app.store.models import Claim, Source

REPORT = ("Die Gespräche in Miami sind konstruktiv verlaufen. Der Kreml dementierte Angaben aus Kiew. "
          "Für Deutschland war Günter Sautter nach Florida geflogen.")


def claims_matching(project, query: str) -> set[str]:
    with project.engine.connect() as c:
        return set(c.execute(text("SELECT claim.id FROM claim_fts JOIN claim ON claim.rowid = claim_fts.rowid "
                                  "WHERE claim_fts MATCH :q"), {"q": query}).scalars())


def sources_matching(project, query: str) -> set[str]:
    with project.engine.connect() as c:
        return set(c.execute(text("SELECT source.id FROM source_fts JOIN source ON source.rowid = source_fts.rowid "
                                  "WHERE source_fts MATCH :q"), {"q": query}).scalars())


def assert_indexes_intact(project) -> None:
    """FTS5's own check of each index against its content table (raises when they differ)."""
    with project.engine.begin() as c:
        for fts in ("claim_fts", "source_fts"):
            c.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")


def fts_objects(project) -> set[str]:
    with project.engine.connect() as c:
        return set(c.exec_driver_sql("SELECT name FROM sqlite_master WHERE name LIKE '%fts%' "
                                     "OR name = 'ix_claim_said_span'").scalars())


@pytest.fixture
def upgraded(tmp_path):
    """A project made at schema 0002 with German claims and a source, then opened (and upgraded)."""
    path = tmp_path / "old.tlproj"
    old = create_project(path, revision="0002")
    # plain SQL: today's models have columns (``version``) that schema 0002 has not
    claim = text("INSERT INTO claim (id, created_at, updated_at, claimant_id, proposition, quote, translation, notes, "
                 "quote_kind, status) VALUES (:id, 'now', 'now', :claimant, :proposition, :quote, :translation, "
                 ":notes, 'direct', 'unverified')")
    no_quote = {"claimant": None, "quote": None, "translation": None, "notes": None}
    with old.engine.begin() as c:
        c.execute(text("INSERT INTO actor (id, created_at, updated_at, name, kind, aliases, position) "
                       "VALUES ('kremlin', 'now', 'now', 'the Kremlin', 'organisation', '[]', 0)"))
        c.execute(text("INSERT INTO source (id, created_at, updated_at, title, kind, text, text_sha256) "
                       "VALUES ('report', 'now', 'now', 'Bericht aus Miami', 'article', :text, :sha)"),
                  {"text": REPORT, "sha": text_sha256(REPORT)})
        c.execute(claim, {**no_quote, "id": "denial", "claimant": "kremlin",
                          "proposition": "The Kremlin denied direct talks.",
                          "quote": "Der Kreml dementierte Angaben aus Kiew",
                          "translation": "The Kremlin denied statements"})
        c.execute(text("INSERT INTO claim_source (claim_id, source_id) VALUES ('denial', 'report')"))
        c.execute(claim, {**no_quote, "id": "talks", "proposition": "Die Gespräche waren konstruktiv.",
                          "notes": "GESPRÄCHE in Miami"})
        c.execute(claim, {**no_quote, "id": "other", "proposition": "Nothing is known about results."})
    old.close()
    assert db.inspect_file(path).revision == "0002"
    project = open_project(path)
    yield project
    project.close()


def test_upgrading_from_0002_backs_up_and_indexes_the_existing_rows(upgraded):
    assert (upgraded.upgraded_from, upgraded.revision) == ("0002", head_revision())
    assert upgraded.backup_path.exists() and db.inspect_file(upgraded.backup_path).revision == "0002"
    assert {"claim_fts", "source_fts", "claim_fts_ai", "claim_fts_ad", "claim_fts_au", "source_fts_ai",
            "source_fts_ad", "source_fts_au", "ix_claim_said_span"} <= fts_objects(upgraded)
    assert claims_matching(upgraded, "dementierte") == {"denial"}
    assert sources_matching(upgraded, "Sautter") == {"report"}
    assert_indexes_intact(upgraded)


@pytest.mark.parametrize("query", ['"gespräche"', '"Gespräche"', '"GESPRÄCHE"', '"Gespr"*', '"gespr"*',
                                   '"gesprache"'])
def test_german_words_are_found_whatever_their_case_and_umlauts(upgraded, query):
    # remove_diacritics 2: "Gesprache", typed without umlauts, finds "Gespräche" too.
    assert claims_matching(upgraded, query) == {"talks"}
    assert sources_matching(upgraded, query) == {"report"}


def test_a_name_typed_without_its_accent_is_found(upgraded):
    assert sources_matching(upgraded, '"Gunter Sautter"') == {"report"}
    assert sources_matching(upgraded, '"Günter"') == {"report"}


def test_inserts_updates_and_deletes_through_the_orm_keep_the_index_in_sync(upgraded):
    with upgraded.session() as s:
        crud.create_claim(s, id="new", proposition="Selenskyj fordert mehr Druck auf Russland",
                          quote="Der Druck muss erhöht werden")
        s.commit()
    assert claims_matching(upgraded, "erhoht") == {"new"}

    with upgraded.session() as s:
        claim = s.get(Claim, "new")
        claim.quote = "Jeder muss sehen, dass Russland ohne Druck nicht bereit ist"
        claim.notes = "Videoansprache"
        s.commit()
    assert claims_matching(upgraded, "erhoht") == set()
    assert claims_matching(upgraded, "bereit") == {"new"}
    assert claims_matching(upgraded, "Videoansprache") == {"new"}

    with upgraded.session() as s:  # a status change does not touch the indexed columns
        crud.set_claim_status(s, claim_id="new", status="denied", reason="test")
        s.execute(update(Claim).where(Claim.id == "talks").values(translation=None, notes=None))
        s.commit()
    assert claims_matching(upgraded, "Miami") == set()
    assert_indexes_intact(upgraded)

    with upgraded.session() as s:
        s.delete(s.get(Claim, "new"))
        s.execute(delete(Claim).where(Claim.id == "other"))
        s.commit()
    assert claims_matching(upgraded, "bereit OR results") == set()
    assert claims_matching(upgraded, "Gespräche") == {"talks"}
    assert_indexes_intact(upgraded)


def test_sources_added_and_deleted_are_indexed(upgraded):
    with upgraded.session() as s:
        crud.create_source(s, id="tass", title="TASS-Meldung", text="Dmitrijew äußerte sich positiv.")
        s.commit()
    assert sources_matching(upgraded, "außert*") == {"tass"}  # ä folds to a; ß stays ß
    assert sources_matching(upgraded, "aussert*") == set()
    with upgraded.session() as s:
        s.get(Source, "tass").title = "Meldung der Staatsagentur"
        s.commit()
    assert sources_matching(upgraded, "TASS") == set() and sources_matching(upgraded, "Staatsagentur") == {"tass"}
    with upgraded.session() as s:
        s.delete(s.get(Source, "tass"))
        s.commit()
    assert sources_matching(upgraded, "Dmitrijew") == set()
    assert_indexes_intact(upgraded)


def test_bulk_inserts_are_indexed_too(empty_project):
    with empty_project.session() as s:
        crud.bulk_insert(s, Claim, [{"id": f"c{i}", "proposition": f"Claim number {i}", "quote": f"Zitat {i}",
                                     "quote_kind": "direct", "status": "unverified", "created_at": "now",
                                     "updated_at": "now"} for i in range(50)])
        s.commit()
    assert claims_matching(empty_project, '"claim" "4"*') == {"c4", *(f"c4{i}" for i in range(10))}
    assert_indexes_intact(empty_project)


def test_downgrade_removes_the_indexes_and_upgrade_rebuilds_them(upgraded):
    with upgraded.engine.begin() as connection:
        command.downgrade(db._alembic_config(connection), "0002")
    assert fts_objects(upgraded) == set()
    with upgraded.engine.begin() as c:  # without triggers, writes to claims still work
        c.execute(text("INSERT INTO claim (id, created_at, updated_at, proposition, quote_kind, status) "
                       "VALUES ('later', 'now', 'now', 'Angaben aus Kiew', 'direct', 'unverified')"))
    db.upgrade_project(upgraded)
    assert claims_matching(upgraded, "Kiew") == {"denial", "later"}
    assert_indexes_intact(upgraded)
