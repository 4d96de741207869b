"""Opening, creating and migrating project files, and refusing what is not ours to change."""

import hashlib
import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from timeline_app.store import db
from timeline_app.store.db import ProjectError, create_project, head_revision, open_project
from timeline_app.store.models import Claim, Source


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_is_at_the_newest_schema_in_wal_mode_with_foreign_keys(empty_project):
    assert empty_project.revision == head_revision() == db.known_revisions()[-1]
    with empty_project.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        statuses = [r[0] for r in c.exec_driver_sql("SELECT key FROM status ORDER BY position")]
    assert statuses[:2] == ["unverified", "in_progress"] and "denied" in statuses


def test_create_refuses_an_existing_file(tmp_path):
    target = tmp_path / "x.tlproj"
    target.write_text("precious")
    with pytest.raises(ProjectError, match="exists already"):
        create_project(target)
    assert target.read_text() == "precious"


def test_foreign_keys_are_enforced(empty_project):
    with empty_project.session() as s, pytest.raises(IntegrityError):
        s.add(Claim(proposition="x", claimant_id="no-such-actor"))
        s.commit()


def test_source_text_cannot_change_after_creation(empty_project):
    with empty_project.session() as s:
        s.add(Source(id="s1", title="t", text="original", text_sha256="0" * 64))
        s.commit()
    with empty_project.session() as s, pytest.raises(IntegrityError, match="immutable"):
        s.get(Source, "s1").text = "rewritten"
        s.commit()


def test_an_older_project_is_backed_up_then_upgraded_with_its_data(tmp_path):
    path = tmp_path / "old.tlproj"
    create_project(path, revision="0001").close()
    con = sqlite3.connect(path)
    con.execute("INSERT INTO source (id, created_at, updated_at, title, kind, text, text_sha256) "
                "VALUES ('s1', 'now', 'now', 'Report', 'article', 'Der Kreml dementierte', 'abc')")
    con.commit()
    con.close()
    assert db.inspect_file(path).revision == "0001"

    project = open_project(path)
    assert (project.upgraded_from, project.revision) == ("0001", head_revision())
    assert project.backup_path.exists() and db.inspect_file(project.backup_path).revision == "0001"
    with project.session() as s:
        assert s.exec(select(Source.text)).one() == "Der Kreml dementierte"
    project.close()


def test_a_project_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.tlproj"
    create_project(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = sha(path)
    with pytest.raises(ProjectError, match="newer version of timeline_app"):
        open_project(path)
    assert sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["future.tlproj"]


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"just some notes\n", "not an SQLite database"),
    (b"SQLite format 3\x00" + b"\x00" * 20, "truncated"),
])
def test_files_that_are_not_projects_are_refused(tmp_path, content, message):
    path = tmp_path / "notes.tlproj"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=message):
        open_project(path)
    assert path.read_bytes() == content


def test_an_sqlite_database_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = sha(path)
    with pytest.raises(ProjectError, match="without project tables"):
        open_project(path)
    assert sha(path) == before


def test_a_damaged_project_is_refused(demo_project, tmp_path):
    demo_project.close()
    data = demo_project.path.read_bytes()
    damaged = tmp_path / "damaged.tlproj"
    damaged.write_bytes(data[:4096] + b"\xff" * (len(data) - 4096))
    with pytest.raises((ProjectError, sqlite3.DatabaseError)):
        project = open_project(damaged, read_only=True)
        try:
            assert db.check_integrity(project) == "ok"
        finally:
            project.close()


def test_missing_file_is_refused_without_creating_it(tmp_path):
    with pytest.raises(ProjectError, match="no such file"):
        open_project(tmp_path / "missing.tlproj")
    assert not (tmp_path / "missing.tlproj").exists()


def test_a_file_that_cannot_be_written_opens_read_only_without_side_files(demo_project, monkeypatch):
    demo_project.close()
    before = sha(demo_project.path)
    monkeypatch.setattr(db, "_can_write", lambda path: False)
    project = open_project(demo_project.path)
    assert project.read_only
    with project.session() as s:
        assert len(s.exec(select(Claim)).all()) > 0
        s.add(Source(title="x", text="y", text_sha256="0" * 64))
        with pytest.raises(Exception, match="readonly"):
            s.commit()
    project.close()
    assert sha(demo_project.path) == before
    assert sorted(p.name for p in demo_project.path.parent.iterdir()) == ["demo.tlproj"]


def test_save_a_copy_gives_an_openable_project(demo_project, tmp_path):
    copy = db.copy_project(demo_project, tmp_path / "copy.tlproj")
    other = open_project(copy)
    def quotes(project):
        with project.session() as s:
            return sorted(s.exec(select(Claim.id, Claim.quote)).all())

    assert quotes(demo_project) and quotes(other) == quotes(demo_project)
    other.close()


def test_known_revisions_agree_with_alembic():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(db._alembic_config())
    assert db.known_revisions() == tuple(s.revision for s in reversed(list(scripts.walk_revisions())))
    assert db.head_revision() == scripts.get_current_head()
