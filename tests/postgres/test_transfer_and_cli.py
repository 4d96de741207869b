"""Publishing to the server, copying back, and the command line with server addresses."""

import json
import subprocess
import sys

import pytest

from tests.io.helpers import build_random_project
from timeline_app.io.formats import export_file
from timeline_app.store.db import ProjectError, copy_project, create_project, open_project
from timeline_app.store.transfer import copy_to


def exported(project, path):
    """The project JSON export, without the line that holds the time of export."""
    export_file(project, path)
    return [line for line in path.read_text(encoding="utf-8").splitlines() if '"exported_at"' not in line]


@pytest.mark.parametrize("kind", ["demo", "generated"])
def test_publish_then_copy_to_local_gives_the_same_project(kind, demo_project, empty_project, server_db, tmp_path):
    local = demo_project
    if kind == "generated":
        local = empty_project
        build_random_project(local)
    shared = copy_to(local, server_db)
    back = copy_to(shared, tmp_path / "back.tlproj")
    try:
        assert shared.shared and not back.shared
        original = exported(local, tmp_path / "original.json")
        assert exported(shared, tmp_path / "shared.json") == original
        assert exported(back, tmp_path / "back.json") == original
    finally:
        shared.close()
        back.close()


def test_publishing_refuses_a_database_with_records_and_leaves_it_as_it_was(demo_project, shared_demo, tmp_path):
    before = exported(open_project(shared_demo), tmp_path / "before.json")
    with pytest.raises(ProjectError, match="holds a project with .* records already"):
        copy_to(demo_project, shared_demo)
    assert exported(open_project(shared_demo), tmp_path / "after.json") == before


def test_publishing_into_a_new_empty_project_on_the_server_is_allowed(demo_project, server_db):
    create_project(server_db).close()
    copy_to(demo_project, server_db, name="Team copy").close()
    project = open_project(server_db)
    with project.session() as session:
        from timeline_app.store import crud

        assert crud.get_meta(session, key="name") == "Team copy"
    project.close()


def test_save_a_copy_of_a_shared_project_writes_a_local_file(shared_demo, tmp_path):
    project = open_project(shared_demo)
    try:
        assert copy_project(project, tmp_path / "local.tlproj") == tmp_path / "local.tlproj"
        taken = tmp_path / "taken.tlproj"
        taken.write_text("precious")
        with pytest.raises(ProjectError, match="exists already"):
            copy_project(project, taken)
        assert taken.read_text() == "precious" and not (tmp_path / "taken.tlproj.part").exists()
    finally:
        project.close()
    copy = open_project(tmp_path / "local.tlproj")
    assert not copy.shared and copy.revision == project.revision
    copy.close()


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "timeline_app.cli", *args], capture_output=True, text=True,
                          timeout=120)


def with_password(address: str, password: str) -> str:
    """``postgresql://user@host/db`` as ``postgresql://user:password@host/db``."""
    user, rest = address.removeprefix("postgresql://").split("@", 1)
    return f"postgresql://{user}:{password}@{rest}"


def test_cli_new_info_import_export_against_the_server(server_db, demo_project, tmp_path):
    seed = tmp_path / "demo.json"
    export_file(demo_project, seed)
    created = cli("new", server_db, "--name", "Team story")
    assert created.returncode == 0 and created.stdout.strip() == f"created {server_db}"
    imported = cli("import", server_db, str(seed))
    assert imported.returncode == 0, imported.stderr
    info = cli("info", server_db, "--json")
    assert info.returncode == 0, info.stderr
    figures = json.loads(info.stdout)
    assert figures["project"] == server_db and figures["counts"]["claims"] == 12 and figures["integrity"] == "ok"
    out = tmp_path / "back.json"
    done = cli("export", server_db, str(out))
    assert done.returncode == 0, done.stderr
    assert exported(demo_project, tmp_path / "local.json") == [
        line for line in out.read_text(encoding="utf-8").splitlines() if '"exported_at"' not in line]
    pdf = cli("export", server_db, str(tmp_path / "story.pdf"))
    assert pdf.returncode == 0 and (tmp_path / "story.pdf").read_bytes().startswith(b"%PDF")


def test_cli_new_demo_publishes_the_demo(server_db):
    done = cli("new", "--demo", server_db)
    assert done.returncode == 0, done.stderr
    assert json.loads(cli("info", server_db, "--json").stdout)["counts"]["events"] == 8


def test_cli_never_prints_a_password(server_db):
    secret = with_password(server_db, "s3cret-word")
    for args in (("info", secret), ("new", secret.replace(secret.rsplit("/", 1)[1], "no_such_database"))):
        done = cli(*args)
        assert "s3cret-word" not in done.stdout + done.stderr
    refused = cli("info", with_password("postgresql://someone@127.0.0.1:1/news", "s3cret-word"))
    assert refused.returncode == 1 and "s3cret-word" not in refused.stderr
    assert refused.stderr.startswith("timeline-app: postgresql://someone@127.0.0.1:1/news: ")


def test_cli_refuses_an_empty_database_and_a_non_project_in_one_line(server_db):
    done = cli("info", server_db)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "holds no project yet" in done.stderr


def test_cli_export_publishes_a_file_and_copies_a_shared_project_back(demo_project, server_db, tmp_path):
    demo_project.close()
    published = cli("export", str(demo_project.path), server_db)
    assert published.returncode == 0, published.stderr
    assert published.stdout.strip() == f"{server_db}: copied the whole project from {demo_project.path}"
    back = tmp_path / "back.tlproj"
    copied = cli("export", server_db, str(back))
    assert copied.returncode == 0, copied.stderr
    again = cli("export", str(demo_project.path), server_db)
    assert again.returncode == 1 and "records already" in again.stderr
    assert json.loads(cli("info", str(back), "--json").stdout)["counts"]["claims"] == 12
