"""Reading typed and reported dates (timeline_app.domain.date_input.parse_date)."""

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.domain.test_dates import values, zoned_values
from timeline_app.domain.date_input import parse_date
from timeline_app.domain.dates import DateError, DatePoint, DateValue, Precision

REPORT = date(2025, 12, 21)  # Sunday; the Miami report "Stand: 21.12.2025 21:54 Uhr"
EXPECTED = ("expected e.g. 2025-12-14, 14.12.2025, 14. Dezember 2025, Dezember 2025, Dec 2025, "
            "2025, 14.–15.12.2025, last Sunday")


@pytest.mark.parametrize(("text", "edtf"), [
    # EDTF, as written
    ("2025", "2025"), ("2025-11", "2025-11"), ("2025-12-14", "2025-12-14"),
    ("2025-12-21T19", "2025-12-21T19"), ("2025-12-21T19:00", "2025-12-21T19:00"),
    ("2025-12-14/2025-12-15", "2025-12-14/2025-12-15"), ("../2025-12-21", "../2025-12-21"),
    ("2025-12-14/..", "2025-12-14/.."), ("2025-12~", "2025-12~"),
    ("2025-12-14?/2025-12-15?", "2025-12-14?/2025-12-15?"),
    ("2025-12-14/2025-12-15?", "2025-12-14/2025-12-15?"), ("0025-12-14", "0025-12-14"),
    # ISO and German numeric forms
    ("2025-12-14 19:00", "2025-12-14T19:00"), ("2025-12-03 19:00", "2025-12-03T19:00"),
    ("2025-12-21T19:00:00", "2025-12-21T19:00"), ("14.12.2025", "2025-12-14"),
    ("3.12.2025", "2025-12-03"), ("03.12.2025", "2025-12-03"),
    ("14.12.2025 19:00", "2025-12-14T19:00"), ("14.12.2025, 19 Uhr", "2025-12-14T19"),
    ("14.12.2025 um 19.30 Uhr", "2025-12-14T19:30"), ("11/2025", "2025-11"),
    # written forms
    ("14. Dezember 2025", "2025-12-14"), ("14 December 2025", "2025-12-14"),
    ("December 14, 2025", "2025-12-14"), ("Dec 14 2025", "2025-12-14"),
    ("14. März 2025", "2025-03-14"), ("Sonntag, den 14. Dezember 2025", "2025-12-14"),
    ("Sunday, 14 December 2025", "2025-12-14"), ("14 Dec 2025, 19h", "2025-12-14T19"),
    ("December 14, 2025, 7 pm", "2025-12-14T19"),
    # precision is what was written
    ("Dezember 2025", "2025-12"), ("Dez. 2025", "2025-12"), ("Dec 2025", "2025-12"),
    ("November 2025", "2025-11"), ("Juni 2025", "2025-06"), ("Sept. 2025", "2025-09"),
    # ranges
    ("14.–15.12.2025", "2025-12-14/2025-12-15"), ("14.-15.12.2025", "2025-12-14/2025-12-15"),
    ("14.12.–15.12.2025", "2025-12-14/2025-12-15"), ("14.12.-15.12.2025", "2025-12-14/2025-12-15"),
    ("14.–15. Dezember 2025", "2025-12-14/2025-12-15"),
    ("14–15 December 2025", "2025-12-14/2025-12-15"),
    ("14-15 December 2025", "2025-12-14/2025-12-15"),
    ("14.12.2025 - 15.12.2025", "2025-12-14/2025-12-15"),
    ("2025-12-14 – 2025-12-15", "2025-12-14/2025-12-15"),
    ("30.11.–2.12.2025", "2025-11-30/2025-12-02"), ("Nov–Dec 2025", "2025-11/2025-12"),
    ("Dec 2025 – Jan 2026", "2025-12/2026-01"), ("2024–2025", "2024/2025"),
    ("vom 14. bis 15. Dezember 2025", "2025-12-14/2025-12-15"),
    ("from 14 Dec 2025 to 15 Dec 2025", "2025-12-14/2025-12-15"),
    ("14 Dec 2025, 19:00–21:30", "2025-12-14T19:00/2025-12-14T21:30"),
    ("14. Dez. 2025, 19 Uhr – 21 Uhr", "2025-12-14T19/2025-12-14T21"),
    ("Nov 2025 – 14 Dec 2025", "2025-11/2025-12-14"),
    # open ranges
    ("bis 21. Dez. 2025", "../2025-12-21"), ("until 21 Dec 2025", "../2025-12-21"),
    ("ab 14.12.2025", "2025-12-14/.."), ("from 14 Dec 2025", "2025-12-14/.."),
    ("seit Dezember 2025", "2025-12/.."),
    # qualifiers
    ("~14.12.2025", "2025-12-14~"), ("~ 2025", "2025~"), ("ca. 2025", "2025~"),
    ("ca 2025", "2025~"), ("circa Dez. 2025", "2025-12~"), ("etwa 14.12.2025", "2025-12-14~"),
    ("approx. 2025", "2025~"), ("About Dec 2025", "2025-12~"), ("14.12.2025?", "2025-12-14?"),
    ("14.12.2025 ?", "2025-12-14?"), ("~14.12.2025?", "2025-12-14%"),
    ("ca. 14.–15.12.2025", "2025-12-14~/2025-12-15~"), ("~2025-12-14", "2025-12-14~"),
    ("14.12.2025? – 15.12.2025", "2025-12-14?/2025-12-15"),
    ("14.12.2025 – ~15.12.2025", "2025-12-14/2025-12-15~"),
    ("ab ~14.12.2025", "2025-12-14~/.."),
    # surrounding whitespace, case and a trailing period
    ("  14.12.2025  ", "2025-12-14"), ("DEZEMBER 2025", "2025-12"), ("14.12.2025.", "2025-12-14"),
    ("am 14. Dezember 2025.", "2025-12-14"), ("im November 2025", "2025-11"),
])
def test_formats(text, edtf):
    value = parse_date(text)
    assert value.edtf == edtf
    assert value.wording == text.strip()
    assert value.tz is None


@pytest.mark.parametrize(("text", "edtf"), [
    ("heute", "2025-12-21"), ("today", "2025-12-21"), ("Heute.", "2025-12-21"),
    ("gestern", "2025-12-20"), ("yesterday", "2025-12-20"),
    ("vorgestern", "2025-12-19"), ("the day before yesterday", "2025-12-19"),
    ("morgen", "2025-12-22"), ("tomorrow", "2025-12-22"),
    ("vergangenen Sonntag", "2025-12-14"), ("am vergangenen Sonntag", "2025-12-14"),
    ("letzten Sonntag", "2025-12-14"), ("last Sunday", "2025-12-14"),
    ("  Last  sunday. ", "2025-12-14"), ("vergangenen Samstag", "2025-12-20"),
    ("letzten Montag", "2025-12-15"), ("vorigen Freitag", "2025-12-19"),
    ("vergangenen Sonntag und Montag", "2025-12-14/2025-12-15"),
    ("am vergangenen Sonntag und Montag", "2025-12-14/2025-12-15"),
    ("last Sunday and Monday", "2025-12-14/2025-12-15"),
    ("last Friday and Sunday", "2025-12-19/2025-12-21"),
    ("etwa am vergangenen Sonntag", "2025-12-14~"),
    ("im November", "2025-11"), ("November", "2025-11"), ("in November", "2025-11"),
    ("im Dezember", "2025-12"), ("im Januar", "2025-01"),
    ("14. Dezember", "2025-12-14"), ("22. Dezember", "2024-12-22"), ("14.12.", "2025-12-14"),
    ("vergangene Woche", "2025-12-08/2025-12-14"),
    ("in der vergangenen Woche", "2025-12-08/2025-12-14"),
    ("letzte Woche", "2025-12-08/2025-12-14"), ("last week", "2025-12-08/2025-12-14"),
    ("letzten Monat", "2025-11"), ("vergangenen Monat", "2025-11"), ("last month", "2025-11"),
    ("letztes Jahr", "2024"), ("im vergangenen Jahr", "2024"), ("last year", "2024"),
    ("bis vergangene Woche", "../2025-12-14"), ("ab vergangene Woche", "2025-12-08/.."),
    ("14.–15. Dezember", "2025-12-14/2025-12-15"),
])
def test_relative_expressions_resolve_against_the_report_date(text, edtf):
    value = parse_date(text, reference=REPORT)
    assert value.edtf == edtf
    assert value.wording == text.strip()


def test_the_miami_report():
    """ "die Ergebnisse der jüngsten Gespräche am vergangenen Sonntag und Montag in Berlin" and
    "dem von den USA im November vorgelegten 28-Punkte-Plan", reported on 21 December 2025."""
    talks = parse_date("am vergangenen Sonntag und Montag", reference=REPORT, tz="Europe/Berlin")
    assert talks == DateValue(DatePoint(2025, 12, 14), DatePoint(2025, 12, 15), interval=True,
                              tz="Europe/Berlin", wording="am vergangenen Sonntag und Montag")
    assert (talks.earliest, talks.latest) == (datetime(2025, 12, 13, 23, tzinfo=UTC),
                                              datetime(2025, 12, 15, 23, tzinfo=UTC))
    assert talks.label("de") == "14.–15. Dez. 2025"
    plan = parse_date("im November", reference=REPORT)
    assert (plan.edtf, plan.precision, plan.label()) == ("2025-11", Precision.MONTH, "Nov 2025")
    assert plan.describe() == "1–30 Nov 2025, month precision"


@pytest.mark.parametrize(("reference", "edtf"), [
    (date(2025, 12, 21), "2025-11"), (date(2025, 11, 5), "2025-11"),
    (date(2025, 11, 30), "2025-11"), (date(2025, 10, 1), "2024-11"),
    (datetime(2025, 11, 1, 0, 30), "2025-11"),
])
def test_a_month_alone_is_the_most_recent_one_not_after_the_reference(reference, edtf):
    assert parse_date("im November", reference=reference).edtf == edtf


@pytest.mark.parametrize(("text", "reference", "edtf"), [
    ("last Sunday", date(2025, 12, 22), "2025-12-21"),
    ("last Monday", date(2025, 12, 22), "2025-12-15"),
    ("last week", date(2025, 12, 22), "2025-12-15/2025-12-21"),
    ("last week", date(2026, 1, 1), "2025-12-22/2025-12-28"),
    ("last month", date(2026, 1, 15), "2025-12"),
    ("last month", date(2025, 3, 31), "2025-02"),
    ("gestern", date(2026, 1, 1), "2025-12-31"),
    ("29. Februar", date(2025, 12, 21), "2024-02-29"),
    ("29. Februar", date(2024, 2, 28), "2020-02-29"),
])
def test_relative_expressions_at_other_references(text, reference, edtf):
    assert parse_date(text, reference=reference).edtf == edtf


def test_an_aware_reference_is_read_in_the_values_zone():
    """21:54 in Berlin on 21 December is already 22 December in Tokyo."""
    published = datetime(2025, 12, 21, 21, 54, tzinfo=ZoneInfo("Europe/Berlin"))
    assert parse_date("gestern", reference=published).edtf == "2025-12-20"
    assert parse_date("gestern", reference=published, tz="Asia/Tokyo").edtf == "2025-12-21"
    assert parse_date("gestern", reference=published.astimezone(UTC)).edtf == "2025-12-20"


def test_tz_is_kept_and_moves_the_bounds():
    value = parse_date("21.12.2025 19:00", tz="Europe/Berlin")
    assert value.tz == "Europe/Berlin"
    assert value.earliest == datetime(2025, 12, 21, 18, tzinfo=UTC)
    assert parse_date("Dezember 2025").describe() == "1–31 Dec 2025, month precision"


@pytest.mark.parametrize(("text", "reason"), [
    ("blorp", EXPECTED),
    ("", f"nothing was given; {EXPECTED}"),
    ("   ", f"nothing was given; {EXPECTED}"),
    ("14", EXPECTED),
    ("19:00", EXPECTED),
    ("Sonntag", EXPECTED),
    ("next Sunday", EXPECTED),
    ("14.–15.–16.12.2025", EXPECTED),
    ("31.02.2025", "February 2025 has 28 days"),
    ("29.02.2025", "February 2025 has 28 days"),
    ("31. April 2025", "April 2025 has 30 days"),
    ("2025-02-30", "February 2025 has 28 days"),
    ("2025-02-30 19:00", "February 2025 has 28 days"),
    ("2025-13", "there is no month 13"),
    ("14.12.2025 24:00", "there is no hour 24 (hours run from 0 to 23)"),
    ("15.–14.12.2025", "the end (2025-12-14) is before the start (2025-12-15)"),
    ("2025-12-15/2025-12-14", "the end (2025-12-14) is before the start (2025-12-15)"),
    ("Montag, 14. Dezember 2025", "2025-12-14 is a Sunday, not a Monday"),
    ("Sunday, Dec 2025", "a weekday needs a day, e.g. 'Sunday, 14 Dec 2025' or 'last Sunday'"),
    ("5 Dec 0025", "years before 100 are only read as EDTF, e.g. 0025-12-14"),
    ("14.12.2025 19:00:30", "seconds are not kept; the finest precision is the minute"),
    ("14 Dec 2025 19:00 +01:00", "time zones in the text are not read; choose the zone separately"),
    ("2025-12-14T19:00Z", "time zones in the text are not read; choose the zone separately"),
])
def test_errors_name_the_input_and_say_why(text, reason):
    with pytest.raises(DateError) as caught:
        parse_date(text, reference=REPORT)
    assert str(caught.value) == f"Cannot read '{text.strip()}' as a date: {reason}"
    assert caught.value.text == text.strip()


@pytest.mark.parametrize("text", ["heute", "last Sunday", "im November", "vergangene Woche",
                                  "letztes Jahr", "14. Dezember", "bis gestern"])
def test_relative_expressions_need_a_reference(text):
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert str(caught.value) == (f"Cannot read '{text}' as a date: a reference date (such as the "
                                 "source's publication date) is needed to resolve it")


@pytest.mark.parametrize(("text", "reference", "reason"), [
    ("tomorrow", date(9999, 12, 31), "from that reference date it falls outside years 1 to 9999"),
    ("last week", date(1, 1, 3), "from that reference date it falls outside years 1 to 9999"),
    ("letztes Jahr", date(1, 6, 1), "years run from 1 to 9999"),
])
def test_relative_expressions_beyond_the_calendar_are_reported(text, reference, reason):
    with pytest.raises(DateError) as caught:
        parse_date(text, reference=reference)
    assert str(caught.value) == f"Cannot read '{text}' as a date: {reason}"


def test_an_unknown_zone_is_reported():
    with pytest.raises(DateError) as caught:
        parse_date("14.12.2025", tz="Berlin")
    assert str(caught.value) == ("Cannot read '14.12.2025' as a date: unknown time zone 'Berlin'; "
                                 "expected an IANA name such as Europe/Berlin")


def test_a_skipped_local_time_is_reported():
    with pytest.raises(DateError) as caught:
        parse_date("30.03.2025 02:30", tz="Europe/Berlin")
    assert str(caught.value) == ("Cannot read '30.03.2025 02:30' as a date: 2025-03-30T02:30 in "
                                 "Europe/Berlin is skipped by a clock change")


@given(zoned_values())
def test_parse_date_reads_edtf_as_from_edtf_does(value):
    parsed = parse_date(value.edtf, tz=value.tz)
    assert parsed.edtf == value.edtf
    assert parsed == replace(value, wording=value.edtf)


def _same_qualifiers(value: DateValue) -> bool:
    """Labels write qualifiers shared by both ends around the whole range; only then do they read
    back to the same value."""
    if value.start is None or value.end is None:
        return True
    return ((value.start.approximate, value.start.uncertain)
            == (value.end.approximate, value.end.uncertain))


@given(values(min_year=100).filter(_same_qualifiers), st.sampled_from(["en", "de"]))
def test_labels_read_back_to_the_same_value(value, lang):
    label = value.label(lang)
    assert parse_date(label) == replace(value, wording=label)
