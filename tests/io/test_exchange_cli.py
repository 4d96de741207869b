"""`timeline-app import` and `export`: formats by name, content or extension; atomic writes;
one line on any failure; every sample file imports."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.io.helpers import SAMPLES, counts
from timeline_app.cli import main
from timeline_app.io import formats
from timeline_app.io.formats import ExportError, export_file, register_writer

EXE = Path(sys.executable).with_name("timeline-app")
IMPORTABLE = sorted(p for p in SAMPLES.glob("*/*") if p.parent.name != "vocabularies" and p.suffix != ".md"
                    and p.suffix != ".txt")


def run(*args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(EXE), *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


def test_samples_folder_is_there():
    assert len(IMPORTABLE) == 9, IMPORTABLE


@pytest.mark.parametrize("sample", IMPORTABLE, ids=lambda p: p.name)
def test_every_sample_imports_with_a_report(sample, empty_project, capsys):
    empty_project.close()
    assert main(["import", str(empty_project.path), str(sample)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{sample}: imported as ")
    if sample.parent.name == "web-annotation":
        assert "orphaned" in out


def test_export_and_import_through_the_installed_command(demo_project, tmp_path):
    demo_project.close()
    out = tmp_path / "demo.json"
    result = run("export", demo_project.path, out)
    assert result.returncode == 0 and "exported as project" in result.stdout
    target = tmp_path / "copy.tlproj"
    assert run("new", target).returncode == 0
    result = run("import", target, out)
    assert result.returncode == 0 and "imported as project: 5 tags, 15 actors" in result.stdout


@pytest.mark.parametrize("name, detected", [("a.ics", "ics"), ("a.csv", "csv"), ("a.json", "project")])
def test_export_format_from_the_extension(name, detected, demo_project, tmp_path, capsys):
    demo_project.close()
    assert main(["export", str(demo_project.path), str(tmp_path / name)]) == 0
    assert f"exported as {detected}" in capsys.readouterr().out


def test_import_detects_content_not_extension(demo_project, empty_project, tmp_path, capsys):
    export_file(demo_project, tmp_path / "feed.txt", "claimreview")
    empty_project.close()
    assert main(["import", str(empty_project.path), str(tmp_path / "feed.txt")]) == 0
    assert "imported as claimreview: " in capsys.readouterr().out


def test_a_bad_file_is_one_line_naming_it_and_changes_nothing(demo_project, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "timeline_app.project", "format_version": 1,\n "events": [}')
    before = counts(demo_project)
    demo_project.close()
    result = run("import", demo_project.path, bad)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip() == f"timeline-app: {bad}: line 2, column 13: invalid JSON: Expecting value"
    from timeline_app.store.db import open_project
    reopened = open_project(demo_project.path)
    assert counts(reopened) == before
    reopened.close()


def test_a_failing_writer_leaves_the_old_file_and_no_partial_one(demo_project, tmp_path, monkeypatch):
    out = tmp_path / "keep.json"
    out.write_text("old")

    def broken(project, path, **_):
        path.write_text("half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(formats, "_FORMATS", dict(formats._FORMATS))
    register_writer("broken", (), broken)
    with pytest.raises(ExportError) as refused:
        export_file(demo_project, out, "broken")
    assert str(refused.value) == f"{out}: No space left on device"  # the file asked for, not the temporary one
    assert out.read_text() == "old" and not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_refuses_to_overwrite_the_project_and_unknown_formats(demo_project, tmp_path):
    with pytest.raises(ExportError, match="the project file itself"):
        export_file(demo_project, demo_project.path, "project")
    with pytest.raises(ExportError, match="cannot tell the format from the extension '.xyz'"):
        export_file(demo_project, tmp_path / "a.xyz")
    with pytest.raises(ExportError, match="unknown export format 'nope'"):
        export_file(demo_project, tmp_path / "a.json", "nope")


def test_oversized_and_unreadable_files(empty_project, tmp_path, monkeypatch):
    from timeline_app.io import reading

    big = tmp_path / "big.json"
    big.write_text(json.dumps({"events": []}))
    monkeypatch.setattr(reading, "MAX_BYTES", 10)
    empty_project.close()
    assert main(["import", str(empty_project.path), str(big)]) == 1
    monkeypatch.setattr(reading, "MAX_BYTES", 2**20)
    assert main(["import", str(empty_project.path), str(tmp_path / "missing.ics")]) == 1
    assert main(["import", str(empty_project.path), str(tmp_path)]) == 1


def test_json_nested_too_deeply_is_refused(empty_project, tmp_path):
    from timeline_app.io.errors import ImportFileError
    from timeline_app.io.formats import import_file

    for depth in (100, 100_000):
        path = tmp_path / f"deep{depth}.json"
        path.write_text('{"events": ' + "[" * depth + "]" * depth + "}")
        with pytest.raises(ImportFileError, match="nested"):
            import_file(empty_project, path, "timelinejs")


def test_a_cancelled_import_or_export_changes_nothing(demo_project, tmp_path):
    from timeline_app.io.formats import Cancelled, export_file, import_file

    out = tmp_path / "demo.json"
    out.write_text("keep me")
    with pytest.raises(Cancelled):
        export_file(demo_project, out, cancelled=lambda: True)
    assert out.read_text() == "keep me" and not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    export_file(demo_project, out)
    from timeline_app.store.db import create_project

    empty = create_project(tmp_path / "empty.tlproj")
    with pytest.raises(Cancelled):
        import_file(empty, out, cancelled=lambda: True)
    assert counts(empty) == counts(create_project(tmp_path / "other.tlproj"))
    empty.close()
