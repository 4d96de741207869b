"""Recent projects and the last project, as kept in QSettings."""

from timeline_app.ui import settings


def touch(path):
    path.write_text("")
    return path


def test_recent_projects_most_recent_first_without_duplicates(tmp_path):
    a, b = touch(tmp_path / "a.tlproj"), touch(tmp_path / "b.tlproj")
    for path in (a, b, a):
        settings.add_recent_project(path)
    assert settings.recent_projects() == [a, b]


def test_missing_files_drop_out(tmp_path):
    a, b = touch(tmp_path / "a.tlproj"), touch(tmp_path / "b.tlproj")
    settings.add_recent_project(a)
    settings.set_last_project(a)
    a.unlink()
    assert settings.recent_projects() == []
    assert settings.last_project() is None
    settings.add_recent_project(b)
    assert settings.recent_projects() == [b]


def test_relative_paths_are_stored_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    touch(tmp_path / "a.tlproj")
    settings.set_last_project("a.tlproj")
    monkeypatch.chdir("/")
    assert settings.last_project() == tmp_path / "a.tlproj"


def test_timeline_state_is_kept_per_project_file(tmp_path):
    a, b = touch(tmp_path / "a.tlproj"), touch(tmp_path / "b [1].tlproj")
    settings.save_timeline_state(a, {"lanes": {"hidden": ["x"]}, "range": [10.0, 20.0]})
    assert settings.timeline_state(a) == {"lanes": {"hidden": ["x"]}, "range": [10.0, 20.0]}
    assert settings.timeline_state(b) is None
    settings.save_timeline_state(b, {"range": [1.0, 2.0]})
    assert settings.timeline_state(a)["range"] == [10.0, 20.0]
