"""Copying a whole project to a new place (here file to file; to and from a server in tests/postgres)."""

import pytest
from sqlalchemy import text

from tests.io.helpers import build_random_project
from timeline_app.io.formats import export_file
from timeline_app.store import crud
from timeline_app.store.db import ProjectError
from timeline_app.store.transfer import copy_to


def exported(project, path):
    export_file(project, path)
    return [line for line in path.read_text(encoding="utf-8").splitlines() if '"exported_at"' not in line]


def test_a_copy_exports_the_same_project_json(empty_project, tmp_path):
    build_random_project(empty_project)
    copy = copy_to(empty_project, tmp_path / "copy.tlproj")
    try:
        assert exported(copy, tmp_path / "copy.json") == exported(empty_project, tmp_path / "original.json")
        assert not (tmp_path / "copy.tlproj.part").exists()
    finally:
        copy.close()


def test_a_parent_made_after_its_child_is_copied_in_the_same_order(empty_project, tmp_path):
    with empty_project.session() as session:
        crud.create_actor(session, id="witkoff", name="Steve Witkoff")
        crud.create_actor(session, id="usa", name="United States", kind="party")
        crud.create_source(session, id="second", title="Update", text="b")
        crud.create_source(session, id="first", title="Report", text="a")
        session.commit()
    with empty_project.engine.begin() as connection:
        connection.execute(text("UPDATE actor SET parent_id = 'usa' WHERE id = 'witkoff'"))
        connection.execute(text("UPDATE source SET previous_version_id = 'first' WHERE id = 'second'"))
    copy = copy_to(empty_project, tmp_path / "copy.tlproj", name="Renamed")
    try:
        with copy.engine.connect() as connection:
            assert connection.execute(text("SELECT id, parent_id FROM actor ORDER BY rowid")).all() == [
                ("witkoff", "usa"), ("usa", None)]
        with copy.session() as session:
            assert crud.get_meta(session, key="name") == "Renamed"
    finally:
        copy.close()


def test_an_existing_file_is_never_overwritten(demo_project, tmp_path):
    taken = tmp_path / "taken.tlproj"
    taken.write_text("precious")
    with pytest.raises(ProjectError, match="exists already"):
        copy_to(demo_project, taken)
    assert taken.read_text() == "precious"
