"""The store's refusals and banner texts as Messages: the window translates them, str() is the English."""

import pytest

from timeline_app.messages import message
from timeline_app.store import db
from timeline_app.store.address import AddressError, server_address
from timeline_app.store.db import ProjectError, open_project
from timeline_app.store.rows import ConflictError


def test_a_refused_file_carries_its_text_and_the_path(tmp_path):
    path = tmp_path / "missing.tlproj"
    with pytest.raises(ProjectError) as refused:
        open_project(path)
    assert refused.value.message == message("{path}: no such file", path=path)
    assert str(refused.value) == f"{path}: no such file"


def test_a_refused_address_keeps_the_password_out_of_its_values():
    with pytest.raises(AddressError) as refused:
        server_address("postgresql://anna:s3cret@db")
    assert refused.value.message.text == "{address}: the address names no database (expected " \
                                         "postgresql://user@host/database)"
    assert "s3cret" not in repr(refused.value.message.values)


def test_the_read_only_banner_is_a_message(demo_project):
    path = demo_project.path
    demo_project.close()
    project = open_project(path, read_only=True)
    try:
        assert project.read_only_reason == db.READ_ONLY_ASKED == message("Opened read-only")
    finally:
        project.close()


def test_a_conflict_describes_itself_with_the_records_word():
    conflict = ConflictError("claim_relation", {"id": "r"}, expected=1, base={}, mine={}, theirs=None)
    assert conflict.describe() == message("this {record} was deleted by someone else meanwhile",
                                          record=message("relation"))
    assert str(conflict) == "this relation was deleted by someone else meanwhile"
