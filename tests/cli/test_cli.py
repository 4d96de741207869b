"""The command line as a script would use it: the installed ``timeline-app`` entry point."""

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.cli import main

EXE = Path(sys.executable).with_name("timeline-app")


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(EXE), *map(str, args)], capture_output=True, text=True, env=env, timeout=60)


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def assert_clean_refusal(result):
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("timeline-app: ")


def test_version_and_help_through_the_installed_entry_point():
    version = run("--version")
    assert version.returncode == 0 and version.stdout.strip().startswith("timeline-app 0.")
    help_text = run("--help").stdout
    assert "new" in help_text and "info" in help_text and "PROJECT" in help_text


def test_new_demo_then_info_json_shows_the_story(tmp_path):
    path = tmp_path / "demo.tlp"
    created = run("new", path, "--demo")
    assert created.returncode == 0, created.stderr
    info = run("info", path, "--json")
    assert info.returncode == 0, info.stderr
    figures = json.loads(info.stdout)
    assert figures["counts"]["claims"] >= 10 and figures["counts"]["events"] >= 5
    assert figures["relations_by_type"]["denies"] == 1
    assert figures["counts"]["parties"] == 5
    assert figures["date_range"]["earliest"].startswith("2025-11-01")
    assert figures["schema_current"] is True and figures["integrity"] == "ok"


def test_info_in_text_form(demo_project, capsys):
    demo_project.close()
    assert main(["info", str(demo_project.path)]) == 0
    out = capsys.readouterr().out
    assert "1 denies" in out and "Ukraine" in out and "integrity:  ok" in out


def test_new_empty_project_then_info(tmp_path, capsys):
    path = tmp_path / "story.tlproj"
    assert main(["new", str(path), "--name", "My story"]) == 0
    assert main(["info", str(path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert figures["name"] == "My story" and figures["counts"]["events"] == 0


def test_missing_file(tmp_path):
    result = run("info", tmp_path / "missing.tlproj")
    assert_clean_refusal(result)
    assert "no such file" in result.stderr
    assert not (tmp_path / "missing.tlproj").exists()


def test_not_a_project(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("just text\n")
    result = run("info", notes)
    assert_clean_refusal(result)
    assert "not a timeline_app project" in result.stderr
    assert notes.read_text() == "just text\n"


def test_truncated_project(demo_project, tmp_path):
    demo_project.close()
    data = demo_project.path.read_bytes()
    truncated = tmp_path / "truncated.tlproj"
    truncated.write_bytes(data[: len(data) // 2])
    before = sha(truncated)
    result = run("info", truncated)
    assert_clean_refusal(result)
    assert "damaged" in result.stderr
    assert sha(truncated) == before


def test_garbage_pages(demo_project, tmp_path):
    demo_project.close()
    data = bytearray(demo_project.path.read_bytes())
    data[4096:8192] = os.urandom(4096)
    corrupt = tmp_path / "corrupt.tlproj"
    corrupt.write_bytes(bytes(data))
    before = sha(corrupt)
    result = run("info", corrupt)
    assert_clean_refusal(result)
    assert "damaged" in result.stderr
    assert sha(corrupt) == before


def test_newer_schema(demo_project):
    demo_project.close()
    con = sqlite3.connect(demo_project.path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    before = sha(demo_project.path)
    result = run("info", demo_project.path)
    assert_clean_refusal(result)
    assert "newer version" in result.stderr
    assert sha(demo_project.path) == before


def test_new_refuses_to_overwrite(tmp_path):
    existing = tmp_path / "keep.tlproj"
    existing.write_text("mine")
    result = run("new", existing, "--demo")
    assert_clean_refusal(result)
    assert existing.read_text() == "mine"


def test_new_in_a_missing_folder(tmp_path):
    result = run("new", tmp_path / "nope" / "x.tlproj")
    assert_clean_refusal(result)
    assert "no such folder" in result.stderr


def test_info_reads_a_project_it_may_not_write(demo_project, monkeypatch, capsys):
    """Read-only media: no write permission on the file or its folder, so no WAL side files."""
    from timeline_app.store import db

    demo_project.close()
    before = sha(demo_project.path)
    monkeypatch.setattr(db, "_can_write", lambda path: False)
    assert main(["info", str(demo_project.path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["claims"] > 0
    assert sha(demo_project.path) == before
    assert [p.name for p in demo_project.path.parent.iterdir()] == ["demo.tlproj"]


@pytest.mark.skipif(os.geteuid() != 0 or not Path("/usr/bin/unshare").exists(), reason="a read-only bind mount needs root and unshare (CI runs as root)")
def test_info_on_a_read_only_mount(demo_project, tmp_path):
    demo_project.close()
    script = f"mount --bind -o ro {tmp_path} {tmp_path} && {EXE} info {demo_project.path} --json"
    result = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["claims"] > 0


def test_info_reads_a_project_at_an_older_schema_without_upgrading_it(tmp_path):
    from timeline_app.store.db import create_project

    path = tmp_path / "old.tlproj"
    create_project(path, revision="0003").close()
    with sqlite3.connect(path) as con:
        con.execute("INSERT INTO actor (id, created_at, updated_at, name, kind, aliases, position) "
                    "VALUES ('us', 'now', 'now', 'United States', 'party', '[]', 0)")
    before = sha(path)
    result = run("info", path, "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["schema_version"] == "0003" and not figures["schema_current"] and figures["counts"]["parties"] == 1
    assert sha(path) == before


def test_a_server_that_cannot_be_reached_is_one_line_without_the_password():
    result = run("info", "postgresql://analyst:s3cret@127.0.0.1:1/news")
    assert_clean_refusal(result)
    assert result.stderr.startswith("timeline-app: postgresql://analyst@127.0.0.1:1/news: ")
    assert "s3cret" not in result.stderr


def test_an_address_without_a_database_is_refused_cleanly():
    result = run("new", "postgresql://analyst:s3cret@db.example.org")
    assert_clean_refusal(result)
    assert "names no database" in result.stderr and "s3cret" not in result.stderr


def test_export_to_a_project_file_copies_the_whole_project_and_never_replaces_one(demo_project, tmp_path):
    demo_project.close()
    copy = tmp_path / "copy.tlproj"
    result = run("export", demo_project.path, copy)
    assert result.returncode == 0, result.stderr
    assert json.loads(run("info", copy, "--json").stdout)["counts"]["claims"] == 12
    before = sha(copy)
    assert_clean_refusal(run("export", demo_project.path, copy))
    assert sha(copy) == before
