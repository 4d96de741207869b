"""iCalendar: all-day values for days, ranges for months, the precision said in words, and back."""

from datetime import date, datetime

import icalendar
import pytest
from sqlmodel import select

from tests.io.helpers import SAMPLES, counts
from timeline_app.domain.dates import DateValue
from timeline_app.io.errors import ImportFileError
from timeline_app.io.formats import export_file, import_file
from timeline_app.store import crud
from timeline_app.store.db import create_project
from timeline_app.store.models import Event


def vevents(path):
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def add_event(project, title, edtf, end=None, tz=None):
    with project.session() as s:
        event = crud.create_event(s, title=title, start=DateValue.from_edtf(edtf, tz=tz),
                                  end=end and DateValue.from_edtf(end, tz=tz))
        s.commit()
        return event.id


def test_days_are_all_day_dates_never_shifted_by_a_zone(empty_project, tmp_path):
    day = add_event(empty_project, "Berlin talks", "2025-12-14", "2025-12-15", tz="Pacific/Kiritimati")
    month = add_event(empty_project, "Peace plan", "2025-11")
    timed = add_event(empty_project, "Video address", "2025-12-21T19:00", tz="Europe/Kyiv")
    export_file(empty_project, tmp_path / "out.ics")
    events = vevents(tmp_path / "out.ics")
    berlin = events[day]
    assert berlin["DTSTART"].dt == date(2025, 12, 14) and not isinstance(berlin["DTSTART"].dt, datetime)
    assert berlin["DTEND"].dt == date(2025, 12, 16)  # exclusive: the 14th and the 15th
    assert "DTSTAMP" in berlin and berlin["UID"] == day
    plan = events[month]
    assert (plan["DTSTART"].dt, plan["DTEND"].dt) == (date(2025, 11, 1), date(2025, 12, 1))
    assert "known to the month" in str(plan["DESCRIPTION"])
    video = events[timed]
    assert video["DTSTART"].dt.tzinfo.key == "Europe/Kyiv" and video["DTSTART"].dt.hour == 19
    assert b"BEGIN:VTIMEZONE" in (tmp_path / "out.ics").read_bytes()


def test_export_import_export_is_stable_and_keeps_precision(demo_project, tmp_path):
    export_file(demo_project, tmp_path / "a.ics")
    copy = create_project(tmp_path / "copy.tlproj")
    import_file(copy, tmp_path / "a.ics")
    export_file(copy, tmp_path / "b.ics")
    lines = [(tmp_path / name).read_text().splitlines() for name in ("a.ics", "b.ics")]
    assert [x for x in lines[0] if not x.startswith("X-WR-CALNAME")] == [x for x in lines[1] if not x.startswith("X-WR-CALNAME")]
    with demo_project.session() as s, copy.session() as c:
        original = {e.id: (e.start_edtf, e.end_edtf, e.title) for e in s.exec(select(Event)) if e.start_edtf}
        assert {e.id: (e.start_edtf, e.end_edtf, e.title) for e in c.exec(select(Event))} == original
    copy.close()


def test_the_sample_imports_as_three_single_days(empty_project):
    report = import_file(empty_project, SAMPLES / "icalendar" / "holidays-example.ics")
    assert report.format == "ics" and report.counts == {"events": 3}
    assert len(report.approximated) == 3 and "read as that one day" in str(report.approximated[0])
    with empty_project.session() as s:
        days = sorted((e.start_edtf, e.end_edtf, e.location) for e in s.exec(select(Event)))
    assert days[0] == ("2022-01-01", None, None) and days[1] == ("2022-01-07", None, "Russia")


def test_recurrence_missing_start_and_other_components_are_reported(empty_project, tmp_path):
    path = tmp_path / "mixed.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Weekly call\r\n"
                    "DTSTART:20251201T090000Z\r\nDTEND:20251201T093000Z\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"
                    "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:No start\r\nEND:VEVENT\r\nBEGIN:VTODO\r\nUID:c\r\n"
                    "SUMMARY:Call back\r\nEND:VTODO\r\nBEGIN:VEVENT\r\nUID:d\r\nDTSTART;VALUE=DATE:20251203\r\n"
                    "DTEND;VALUE=DATE:20251206\r\nCATEGORIES:Talks,Miami\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    report = import_file(empty_project, path)
    assert report.counts["events"] == 2 and report.counts["tags"] == 2
    skipped = "\n".join(map(str, report.skipped))
    assert "RRULE not expanded" in skipped and "no readable DTSTART" in skipped and "VTODO" in skipped
    with empty_project.session() as s:
        events = {e.title: e for e in s.exec(select(Event))}
    assert (events["Weekly call"].start_edtf, events["Weekly call"].end_edtf) == ("2025-12-01T09:00", "2025-12-01T09:30")
    assert (events["(no title)"].start_edtf, events["(no title)"].end_edtf) == ("2025-12-03", "2025-12-05")
    again = import_file(empty_project, path)
    assert "events" not in again.counts and any("in the project already" in line for line in map(str, again.skipped))


@pytest.mark.parametrize("content, message", [
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:2022", r"line 2: BEGIN:VEVENT is never ended; the file is truncated"),
    (b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\n", r"line 2: END:VEVENT does not close"),
    (b"BEGIN:VCALENDAR\r\ngarbage\r\nEND:VCALENDAR\r\n", r"not a readable iCalendar file \(Content line could not be parsed"),
])
def test_a_broken_calendar_is_refused_whole(content, message, empty_project, tmp_path):
    path = tmp_path / "broken.ics"
    path.write_bytes(content)
    before = counts(empty_project)
    with pytest.raises(ImportFileError, match=message):
        import_file(empty_project, path)
    assert counts(empty_project) == before
