"""TimelineJS: publishing without inventing days, and reading real files' loose dates."""

import json

import pytest
from sqlmodel import select

from tests.io.helpers import SAMPLES, counts
from timeline_app.domain.dates import DateValue
from timeline_app.io.errors import ImportFileError
from timeline_app.io.formats import export_file, import_file
from timeline_app.store import crud
from timeline_app.store.db import create_project
from timeline_app.store.models import Actor, Event, Source


def events_by_title(project):
    with project.session() as s:
        return {e.title: e for e in s.exec(select(Event))}


def test_a_month_has_no_day_and_groups_are_party_lanes(demo_project, tmp_path):
    with demo_project.session() as s:
        russia = s.exec(select(Actor).where(Actor.name == "the Kremlin")).one()
        crud.create_event(s, title="<b>Bold</b> & plain", start=DateValue.from_edtf("2025-10"),
                          participants=[(russia.id, "host")])
        s.commit()
    export_file(demo_project, tmp_path / "tj.json", "timelinejs")
    slides = {slide["unique_id"]: slide for slide in json.loads((tmp_path / "tj.json").read_text())["events"]}
    plan = next(s for s in slides.values() if "28-point" in s["text"]["headline"])
    assert plan["start_date"] == {"year": 2025, "month": 11} and plan["display_date"] == "Nov 2025"
    bold = next(s for s in slides.values() if "Bold" in s["text"]["headline"])
    assert bold["text"]["headline"] == "&lt;b&gt;Bold&lt;/b&gt; &amp; plain" and bold["group"] == "Russia"
    berlin = next(s for s in slides.values() if "Berlin" in s["text"]["headline"])
    assert berlin["start_date"] == {"year": 2025, "month": 12, "day": 14}
    assert berlin["end_date"] == {"year": 2025, "month": 12, "day": 15}


def test_export_import_export_is_stable(demo_project, tmp_path):
    export_file(demo_project, tmp_path / "a.json", "timelinejs")
    copy = create_project(tmp_path / "copy.tlproj")
    report = import_file(copy, tmp_path / "a.json")
    assert report.format == "timelinejs"
    export_file(copy, tmp_path / "b.json", "timelinejs")
    first, second = (json.loads((tmp_path / n).read_text()) for n in ("a.json", "b.json"))
    assert first["events"] == second["events"]
    assert any(s["display_date"].startswith("until") for s in first["events"])
    copy.close()


def test_women_in_computing_keeps_each_dates_precision(empty_project):
    report = import_file(empty_project, SAMPLES / "timelinejs" / "timelinejs_women_in_computing.json")
    assert report.counts["events"] == 10
    events = events_by_title(empty_project)
    ada = events["Ada Lovelace"]
    assert (ada.start_edtf, ada.end_edtf) == ("1815-12-10", "1852-11-27")
    assert "Women have been programming" in ada.summary and "<" not in ada.summary
    eniac = events["...And the women who made it work"]
    assert (eniac.start_edtf, eniac.end_edtf) == ("1943-07", "1946")  # day "" and month "" are absent parts
    assert events["Rózsa Péter writes recursion"].start_edtf == "1951"
    with empty_project.session() as s:
        assert any(src.url.startswith("https://www.youtube.com") for src in s.exec(select(Source)))
    assert any("embedded HTML" in line for line in map(str, report.skipped))


def test_eras_are_reported_and_string_years_read(empty_project):
    report = import_file(empty_project, SAMPLES / "timelinejs" / "timelinejs_eras.json")
    assert report.counts["events"] == 20
    eras = [line for line in map(str, report.skipped) if line.startswith("eras[")]
    assert len(eras) == 3 and "Era Test 650-700" in eras[0] and "0650 – 0700" in eras[0]
    events = events_by_title(empty_project)
    hijra = events["Muhammad Migrates from Mecca to Medina"]
    assert (hijra.start_edtf, hijra.end_edtf) == ("0622-08-09", "0622-08-23")
    assert events["Last great Roman-Persian War."].start_edtf == "0602"


@pytest.mark.parametrize("slide, message", [
    ({"start_date": {"year": "abc"}}, r"events\[0\]\.start_date\.year: expected a whole number, got 'abc'"),
    ({"start_date": {"year": 2025, "month": 13}}, r"events\[0\]\.start_date: there is no month 13"),
    ({"start_date": {"year": 2025, "day": 3}}, r"events\[0\]\.start_date: a date needs a year"),
    ({"start_date": [2025]}, r"events\[0\]\.start_date: expected an object"),
    ({"start_date": {"year": 2025}, "text": "plain"}, r"events\[0\]\.text: expected an object"),
])
def test_malformed_slides_name_the_field_and_import_nothing(slide, message, empty_project, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"events": [slide]}))
    before = counts(empty_project)
    with pytest.raises(ImportFileError, match=message):
        import_file(empty_project, path, "timelinejs")
    assert counts(empty_project) == before


def test_bce_years_and_missing_starts_are_skipped_not_fatal(empty_project, tmp_path):
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"events": [{"start_date": {"year": -500}, "text": {"headline": "Old"}},
                                           {"text": {"headline": "Undated"}},
                                           {"start_date": {"year": "2025", "month": "03", "second": "5"},
                                            "text": {"headline": ""}}]}))
    report = import_file(empty_project, path, "timelinejs")
    assert report.counts["events"] == 1
    skipped = [str(line) for line in report.skipped]
    assert any("year -500" in line for line in skipped) and any("no start date" in line for line in skipped)
    assert any("seconds" in line for line in map(str, report.approximated))
