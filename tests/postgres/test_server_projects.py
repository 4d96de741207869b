"""Shared projects: created in an empty database at the newest schema, migrated, opened, refused."""

import psycopg
import pytest
from sqlalchemy import text

from timeline_app.store import db
from timeline_app.store.address import server_address
from timeline_app.store.db import ProjectError, create_project, head_revision, known_revisions, open_project
from timeline_app.store.server import READ_ONLY_DENIED


def query(address: str, sql: str, *params):
    """Rows of ``sql`` (None for a statement without rows), in a connection of its own."""
    url = server_address(address).url
    with psycopg.connect(**url.translate_connect_args(username="user", database="dbname")) as connection:
        cursor = connection.execute(sql, params)
        return cursor.fetchall() if cursor.description else None


def test_a_new_project_in_an_empty_database_is_at_the_newest_schema(server_db):
    project = create_project(server_db, name="Team story")
    try:
        assert project.shared and not project.read_only and project.revision == head_revision()
        assert project.address == server_db and project.name == server_address(server_db).database
        with project.session() as session:
            assert session.execute(text("SELECT value FROM project_meta WHERE key = 'name'")).scalar() == "Team story"
            statuses = session.execute(text("SELECT key FROM status ORDER BY position")).scalars().all()
        assert statuses[:2] == ["unverified", "in_progress"]
        assert db.check_integrity(project) == "ok"
    finally:
        project.close()
    assert query(server_db, "SELECT version_num FROM alembic_version") == [(head_revision(),)]


def test_an_older_schema_on_the_server_is_upgraded_when_opened_with_its_data(server_db):
    old = create_project(server_db, revision="0003")
    with old.engine.begin() as connection:  # plain SQL: today's models have a column 0003 has not
        connection.execute(text("INSERT INTO claim (id, created_at, updated_at, proposition, quote_kind, status) "
                                "VALUES ('c1', 'now', 'now', 'Die Gespräche gehen weiter', 'direct', 'unverified')"))
    old.close()
    assert query(server_db, "SELECT version_num FROM alembic_version") == [("0003",)]
    project = open_project(server_db)
    try:
        assert (project.upgraded_from, project.revision) == ("0003", head_revision())
        assert project.backup_path is None  # the server's backups are its administrator's
        with project.session() as session:
            row = session.execute(text("SELECT proposition, version FROM claim")).one()
        assert tuple(row) == ("Die Gespräche gehen weiter", 1)
    finally:
        project.close()
    columns = {name for (name,) in query(server_db, "SELECT column_name FROM information_schema.columns "
                                                    "WHERE table_name = 'claim'")}
    assert {"version", "rowid"} <= columns


def test_every_migration_goes_down_and_up_again(server_db):
    project = create_project(server_db)
    with project.engine.begin() as connection:
        from alembic import command

        command.downgrade(db._alembic_config(connection), "base")
    assert query(server_db, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(1,)]  # alembic's
    db.upgrade_project(project)
    assert project.revision == head_revision()
    project.close()


@pytest.mark.parametrize("statement, outcome", [
    ("UPDATE source SET text = 'rewritten' WHERE id = 's1'", "immutable snapshot"),
    ("INSERT INTO event (id, created_at, updated_at, title, start_earliest, start_latest) "
     "VALUES ('e1', 'now', 'now', 'Far', -5000000000, 5000000000)", None),  # BIGINT: beyond 2038 and before 1901
])
def test_the_schema_on_the_server_keeps_its_rules(server_db, statement, outcome):
    project = create_project(server_db)
    with project.engine.begin() as connection:
        connection.execute(text("INSERT INTO source (id, created_at, updated_at, title, kind, text, text_sha256) "
                                "VALUES ('s1', 'now', 'now', 'Report', 'article', 'Der Kreml', 'abc')"))
    try:
        if outcome:
            with pytest.raises(Exception, match=outcome), project.engine.begin() as connection:
                connection.execute(text(statement))
        else:
            with project.engine.begin() as connection:
                connection.execute(text(statement))
            assert query(server_db, "SELECT span_latest FROM event") == [(5000000000,)]
    finally:
        project.close()


def test_a_database_with_other_tables_or_without_a_project_is_refused(server_db):
    with pytest.raises(ProjectError, match="holds no project yet"):
        open_project(server_db)
    query(server_db, "CREATE TABLE invoices (id int)")
    with pytest.raises(ProjectError, match="not a timeline_app project"):
        open_project(server_db)
    with pytest.raises(ProjectError, match="not empty"):
        create_project(server_db)


def test_a_project_of_a_newer_version_is_refused(server_db):
    create_project(server_db).close()
    query(server_db, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(ProjectError, match="newer version"):
        open_project(server_db)


def test_creating_twice_refuses_the_second(server_db):
    create_project(server_db).close()
    with pytest.raises(ProjectError, match="not empty .*a timeline_app project"):
        create_project(server_db)


def test_read_only_when_asked_refuses_writes_on_the_server(server_db):
    create_project(server_db).close()
    project = open_project(server_db, read_only=True)
    try:
        assert project.read_only and project.read_only_reason == db.READ_ONLY_ASKED
        with pytest.raises(Exception, match="read-only transaction"), project.engine.begin() as connection:
            connection.execute(text("INSERT INTO tag (id, created_at, updated_at, name) VALUES ('t', 'n', 'n', 'x')"))
    finally:
        project.close()


def test_a_user_without_write_rights_gets_a_read_only_project(server_db):
    create_project(server_db).close()
    role = "timeline_reader_" + server_address(server_db).database[-12:]
    query(server_db, f"CREATE ROLE {role} LOGIN")
    query(server_db, f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    try:
        reader = str(server_address(server_db).url._replace(drivername="postgresql", username=role)
                     .render_as_string(hide_password=False))
        project = open_project(reader)
        assert project.read_only and project.read_only_reason == READ_ONLY_DENIED
        project.close()
    finally:
        query(server_db, f"DROP OWNED BY {role}")
        query(server_db, f"DROP ROLE {role}")


def test_an_unreachable_server_is_reported_in_one_line_without_the_password():
    with pytest.raises(ProjectError) as refused:
        open_project("postgresql://someone:s3cret@127.0.0.1:1/news")
    message = str(refused.value)
    assert message.startswith("postgresql://someone@127.0.0.1:1/news: ") and "s3cret" not in message
    assert "\n" not in message


def test_an_address_without_a_database_is_refused():
    with pytest.raises(ProjectError, match="names no database"):
        open_project("postgresql://someone@127.0.0.1")


def test_known_revisions_include_every_server_migration():
    assert known_revisions()[-1] == head_revision() == "0004"


def test_a_shared_project_is_not_backed_up_by_the_program(server_db, tmp_path):
    from timeline_app.store.backup import backup_if_due, list_backups, make_backup

    project = create_project(server_db)
    try:
        assert backup_if_due(project) is None and list_backups(project.path) == []
        with pytest.raises(ProjectError, match="backed up on its server"):
            make_backup(project, folder=tmp_path)
    finally:
        project.close()
