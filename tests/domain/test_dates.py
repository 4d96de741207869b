"""Dates with precision: EDTF text, bounds, labels and descriptions (timeline_app.domain.dates)."""

import pickle
from calendar import monthrange
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from timeline_app.domain.dates import (DateError, DatePoint, DateValue, Precision, edtf_label,
                                         looks_like_edtf)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


UTC_MAX = datetime.max.replace(tzinfo=UTC)

# --- EDTF ---------------------------------------------------------------------------------------

CANONICAL = [
    "2025", "2025-11", "2025-12-14", "2025-12-21T19", "2025-12-21T19:00", "2025-12-21T00:05",
    "0001", "9999-12-31", "2025-12-14/2025-12-15", "../2025-12-21", "2025-12-14/..",
    "2025~", "2025-12~", "2025-12?", "2025-12-14%", "2025-12-21T19:00~",
    "2025-12-14?/2025-12-15?", "2025-11/2025-12-14", "2025-12-14T19:00/2025-12-14",
    "../2025-12~", "2024/2025",
]


@pytest.mark.parametrize("text", CANONICAL)
def test_canonical_edtf_reads_and_writes_back_exactly(text):
    value = DateValue.from_edtf(text)
    assert value.edtf == text
    assert looks_like_edtf(text)


@pytest.mark.parametrize(("text", "start", "end", "interval"), [
    ("2025", DatePoint(2025), None, False),
    ("2025-11", DatePoint(2025, 11), None, False),
    ("2025-12-21T19", DatePoint(2025, 12, 21, 19), None, False),
    ("2025-12-21T19:00", DatePoint(2025, 12, 21, 19, 0), None, False),
    ("2025-12~", DatePoint(2025, 12, approximate=True), None, False),
    ("2025-12?", DatePoint(2025, 12, uncertain=True), None, False),
    ("2025%", DatePoint(2025, approximate=True, uncertain=True), None, False),
    ("2025-12-14/2025-12-15", DatePoint(2025, 12, 14), DatePoint(2025, 12, 15), True),
    ("../2025-12-21", None, DatePoint(2025, 12, 21), True),
    ("2025-12-14/..", DatePoint(2025, 12, 14), None, True),
    ("2025-12-14?/2025-12-15", DatePoint(2025, 12, 14, uncertain=True), DatePoint(2025, 12, 15),
     True),
])
def test_from_edtf_fields(text, start, end, interval):
    assert DateValue.from_edtf(text) == DateValue(start, end, interval=interval)


def test_from_edtf_keeps_tz_and_wording():
    value = DateValue.from_edtf("2025-12-14", tz="Europe/Berlin", wording="am Sonntag")
    assert (value.tz, value.wording) == ("Europe/Berlin", "am Sonntag")


@pytest.mark.parametrize(("text", "reason"), [
    ("2025-02-30", "February 2025 has 28 days"),
    ("2024-02-30", "February 2024 has 29 days"),
    ("2025-04-31", "April 2025 has 30 days"),
    ("2025-13", "there is no month 13"),
    ("2025-00", "there is no month 0"),
    ("2025-12-21T24", "there is no hour 24 (hours run from 0 to 23)"),
    ("2025-12-21T19:60", "there is no minute 60"),
    ("0000", "years run from 1 to 9999"),
    ("10000", "years run from 1 to 9999"),
    ("2025-12-15/2025-12-14", "the end (2025-12-14) is before the start (2025-12-15)"),
    ("2025-12/2025-11", "the end (2025-11) is before the start (2025-12)"),
    ("../..", "an interval needs a start or an end"),
])
def test_from_edtf_rejects_impossible_values_saying_why(text, reason):
    with pytest.raises(DateError) as caught:
        DateValue.from_edtf(text)
    assert str(caught.value) == f"Cannot read '{text}' as a date: {reason}"
    assert (caught.value.text, str(caught.value.reason)) == (text, reason)


@pytest.mark.parametrize("text", [
    "", " 2025", "2025 ", "25", "2025-1", "2025-12-1", "2025-12-14T19:00:00", "2025-12-14T1900",
    "2025-12-14Z", "2025-12-14 19:00", "~2025", "2025~?", "2025-?12", "02025", "-2025",
    "2025/2026/2027", "2025-12-14/", "/2025", "..", "2025-12-14/...", "２０２５", "14.12.2025",
    "2025-12-XX", "Y2025",
])
def test_from_edtf_rejects_other_text_listing_examples(text):
    with pytest.raises(DateError) as caught:
        DateValue.from_edtf(text)
    assert str(caught.value) == (
        f"Cannot read '{text}' as a date: expected EDTF such as 2025, 2025-11, 2025-12-14, "
        "2025-12-21T19:00, 2025-12-14/2025-12-15, ../2025-12-21, 2025-12-14/.., 2025-12~")
    assert caught.value.text == text
    assert not looks_like_edtf(text)


def test_date_error_is_a_value_error_that_pickles():
    error = DateError("31.02.2025", "February 2025 has 28 days")
    assert isinstance(error, ValueError)
    copy = pickle.loads(pickle.dumps(error))
    assert (str(copy), copy.text, copy.reason) == (str(error), error.text, error.reason)


# --- DatePoint and DateValue construction -------------------------------------------------------

@pytest.mark.parametrize(("point", "precision", "edtf"), [
    (DatePoint(2025), Precision.YEAR, "2025"),
    (DatePoint(2025, 11), Precision.MONTH, "2025-11"),
    (DatePoint(2025, 12, 14), Precision.DAY, "2025-12-14"),
    (DatePoint(2025, 12, 21, 19), Precision.HOUR, "2025-12-21T19"),
    (DatePoint(2025, 12, 21, 19, 5), Precision.MINUTE, "2025-12-21T19:05"),
    (DatePoint(5, 1, 2, approximate=True), Precision.DAY, "0005-01-02~"),
])
def test_point_precision_and_edtf(point, precision, edtf):
    assert (point.precision, point.edtf) == (precision, edtf)


@pytest.mark.parametrize(("fields", "message"), [
    ((2025, None, 14), "Cannot read '2025-XX-14' as a date: a date needs a year, and each smaller "
                       "part all larger ones"),
    ((None, 12), "Cannot read 'XXXX-12' as a date: a date needs a year, and each smaller part all "
                 "larger ones"),
    ((2025, 2, 29), "Cannot read '2025-02-29' as a date: February 2025 has 28 days"),
    ((2025, 12, 0), "Cannot read '2025-12-00' as a date: December 2025 has 31 days"),
    ((2025, 12, 21, -1), "Cannot read '2025-12-21T-1' as a date: there is no hour -1 (hours run "
                         "from 0 to 23)"),
])
def test_point_rejects_impossible_fields(fields, message):
    with pytest.raises(DateError) as caught:
        DatePoint(*fields)
    assert str(caught.value) == message


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"start": None}, "Cannot read '..' as a date: a single date needs a value; an open start is "
                      "written ../2025-12-21"),
    ({"start": DatePoint(2025), "end": DatePoint(2026)},
     "Cannot read '2025' as a date: only an interval has an end"),
    ({"start": DatePoint(2025), "tz": "Mars/Olympus"},
     "Cannot read '2025' as a date: unknown time zone 'Mars/Olympus'; expected an IANA name such "
     "as Europe/Berlin"),
    ({"start": DatePoint(2025), "tz": "../etc/passwd"},
     "Cannot read '2025' as a date: unknown time zone '../etc/passwd'; expected an IANA name such "
     "as Europe/Berlin"),
    ({"start": DatePoint(2025, 3, 30, 2, 30), "tz": "Europe/Berlin"},
     "Cannot read '2025-03-30T02:30' as a date: 2025-03-30T02:30 in Europe/Berlin is skipped by a "
     "clock change"),
    ({"start": DatePoint(2025, 3, 30, 2), "tz": "Europe/Berlin"},
     "Cannot read '2025-03-30T02' as a date: 2025-03-30T02 in Europe/Berlin is skipped by a clock "
     "change"),
    ({"start": DatePoint(2011, 12, 30), "tz": "Pacific/Apia"},
     "Cannot read '2011-12-30' as a date: 2011-12-30 in Pacific/Apia is skipped by a clock change"),
    ({"start": DatePoint(1, 1, 1, 0, 0), "tz": "Asia/Tokyo"},
     "Cannot read '0001-01-01T00:00' as a date: 0001-01-01T00:00 in Asia/Tokyo falls outside years "
     "1 to 9999 in UTC"),
])
def test_value_rejects_impossible_shapes_and_times(kwargs, message):
    with pytest.raises(DateError) as caught:
        DateValue(**kwargs)
    assert str(caught.value) == message


def test_value_properties():
    value = DateValue.from_edtf("2025-11?/2025-12-14~")
    assert (value.precision, value.approximate, value.uncertain) == (Precision.MONTH, True, True)
    assert DateValue.from_edtf("../2025-12-21T19").precision == Precision.HOUR
    plain = DateValue.from_edtf("2025-12-14/2025-12-15")
    assert (plain.approximate, plain.uncertain) == (False, False)


def test_values_are_hashable_and_compare_all_fields():
    assert DateValue.from_edtf("2025-12") == DateValue(DatePoint(2025, 12))
    assert DateValue.from_edtf("2025-12") != DateValue.from_edtf("2025-12", tz="UTC")
    assert DateValue.from_edtf("2025-12") != DateValue.from_edtf("2025-12", wording="Dezember")
    assert len({DateValue.from_edtf("2025-12"), DateValue(DatePoint(2025, 12))}) == 1


# --- Bounds -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "earliest", "latest"), [
    ("2025", utc(2025, 1, 1), utc(2026, 1, 1)),
    ("2025-11", utc(2025, 11, 1), utc(2025, 12, 1)),
    ("2025-12", utc(2025, 12, 1), utc(2026, 1, 1)),
    ("2024-02", utc(2024, 2, 1), utc(2024, 3, 1)),
    ("2025-12-14", utc(2025, 12, 14), utc(2025, 12, 15)),
    ("2025-12-31", utc(2025, 12, 31), utc(2026, 1, 1)),
    ("2025-12-21T19", utc(2025, 12, 21, 19), utc(2025, 12, 21, 20)),
    ("2025-12-21T23", utc(2025, 12, 21, 23), utc(2025, 12, 22)),
    ("2025-12-21T19:00", utc(2025, 12, 21, 19), utc(2025, 12, 21, 19, 1)),
    ("2025-12-14/2025-12-15", utc(2025, 12, 14), utc(2025, 12, 16)),
    ("2025-11/2025-12-14", utc(2025, 11, 1), utc(2025, 12, 15)),
    ("2025-12-14T19:00/2025-12-14", utc(2025, 12, 14, 19), utc(2025, 12, 15)),
    ("../2025-12-21", None, utc(2025, 12, 22)),
    ("2025-12-14/..", utc(2025, 12, 14), None),
    ("2025-12-14~", utc(2025, 12, 13), utc(2025, 12, 16)),
    ("2025-12-14%", utc(2025, 12, 13), utc(2025, 12, 16)),
    ("2025-12-14?", utc(2025, 12, 14), utc(2025, 12, 15)),
    ("2025-12~", utc(2025, 11, 1), utc(2026, 2, 1)),
    ("2025~", utc(2024, 1, 1), utc(2027, 1, 1)),
    ("2025-12-21T19~", utc(2025, 12, 21, 18), utc(2025, 12, 21, 21)),
    ("2025-12-21T19:00~", utc(2025, 12, 21, 18, 59), utc(2025, 12, 21, 19, 2)),
    ("2025-12-14~/2025-12-15", utc(2025, 12, 13), utc(2025, 12, 16)),
    ("2025-12-14/2025-12-15~", utc(2025, 12, 14), utc(2025, 12, 17)),
    ("0001", utc(1, 1, 1), utc(2, 1, 1)),
    ("0001~", utc(1, 1, 1), utc(3, 1, 1)),
    ("9999", utc(9999, 1, 1), UTC_MAX),
    ("9999-12-31T23:59", utc(9999, 12, 31, 23, 59), UTC_MAX),
    ("9999~", utc(9998, 1, 1), UTC_MAX),
])
def test_bounds_without_zone_are_the_calendar_values_in_utc(text, earliest, latest):
    value = DateValue.from_edtf(text)
    assert (value.earliest, value.latest) == (earliest, latest)


@pytest.mark.parametrize(("text", "tz", "earliest", "latest"), [
    # winter: CET is UTC+1
    ("2025-12-21T19:00", "Europe/Berlin", utc(2025, 12, 21, 18), utc(2025, 12, 21, 18, 1)),
    ("2025-12-21", "Europe/Berlin", utc(2025, 12, 20, 23), utc(2025, 12, 21, 23)),
    # summer: CEST is UTC+2
    ("2025-07-01T12", "Europe/Berlin", utc(2025, 7, 1, 10), utc(2025, 7, 1, 11)),
    # the day the clocks go forward has 23 hours, the day they go back 25
    ("2025-03-30", "Europe/Berlin", utc(2025, 3, 29, 23), utc(2025, 3, 30, 22)),
    ("2025-10-26", "Europe/Berlin", utc(2025, 10, 25, 22), utc(2025, 10, 26, 23)),
    # the hour that happens twice covers both occurrences
    ("2025-10-26T02", "Europe/Berlin", utc(2025, 10, 26, 0), utc(2025, 10, 26, 2)),
    ("2025-10-26T02:30", "Europe/Berlin", utc(2025, 10, 26, 0, 30), utc(2025, 10, 26, 0, 31)),
    # the hour before the skipped one ends at the jump
    ("2025-03-30T01", "Europe/Berlin", utc(2025, 3, 30, 0), utc(2025, 3, 30, 1)),
    ("2025-03-30T01/2025-03-30T03", "Europe/Berlin", utc(2025, 3, 30, 0), utc(2025, 3, 30, 2)),
    ("2025-03-30T03", "Europe/Berlin", utc(2025, 3, 30, 1), utc(2025, 3, 30, 2)),
    ("2025-03", "Europe/Berlin", utc(2025, 2, 28, 23), utc(2025, 3, 31, 22)),
    ("2025-12-21T19:00", "America/New_York", utc(2025, 12, 22, 0), utc(2025, 12, 22, 0, 1)),
    ("2025-12-21T19:00", "UTC", utc(2025, 12, 21, 19), utc(2025, 12, 21, 19, 1)),
    # Havana jumps from midnight to 01:00: the day starts at the jump
    ("2025-03-09", "America/Havana", utc(2025, 3, 9, 5), utc(2025, 3, 10, 4)),
    # Lord Howe Island moves its clocks by half an hour: 02:00-02:30 is skipped
    ("2025-10-05T02", "Australia/Lord_Howe", utc(2025, 10, 4, 15, 30), utc(2025, 10, 4, 16)),
    ("2025-10-05", "Australia/Lord_Howe", utc(2025, 10, 4, 13, 30), utc(2025, 10, 5, 13)),
    # Samoa skipped 30 December 2011 entirely
    ("2011-12-29/2011-12-31", "Pacific/Apia", utc(2011, 12, 29, 10), utc(2011, 12, 31, 10)),
    ("2025-12-21T19:00~", "Europe/Berlin", utc(2025, 12, 21, 17, 59), utc(2025, 12, 21, 18, 2)),
    ("../2025-12-21", "Europe/Berlin", None, utc(2025, 12, 21, 23)),
])
def test_bounds_with_zone_convert_local_calendar_bounds_to_utc(text, tz, earliest, latest):
    value = DateValue.from_edtf(text, tz=tz)
    assert (value.earliest, value.latest) == (earliest, latest)
    for bound in (value.earliest, value.latest):
        assert bound is None or bound.tzinfo is UTC


def test_sort_key_orders_mixed_precisions_chronologically():
    texts = ["2025-12-21T19:00", "2025", "2025-12-14/2025-12-15", "../2025-12-14", "2025-12",
             "2025-12-14", "2025-12-14/..", "2025-11", "2025-12-14~", "2024", "2025-12-14?"]
    ordered = sorted((DateValue.from_edtf(text) for text in texts), key=DateValue.sort_key)
    assert [value.edtf for value in ordered] == [
        "2024", "2025", "2025-11", "2025-12", "2025-12-14~", "2025-12-14", "2025-12-14?",
        "2025-12-14/2025-12-15", "2025-12-14/..", "../2025-12-14", "2025-12-21T19:00"]


def test_sort_key_is_total_and_agrees_with_equality():
    berlin = DateValue.from_edtf("2025-12-14", tz="Europe/Berlin")
    plain = DateValue.from_edtf("2025-12-14")
    worded = DateValue.from_edtf("2025-12-14", wording="am Sonntag")
    assert len({berlin.sort_key(), plain.sort_key(), worded.sort_key()}) == 3
    assert plain.sort_key() == DateValue(DatePoint(2025, 12, 14)).sort_key()


# --- Labels and descriptions --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "english", "german"), [
    ("2025", "2025", "2025"),
    ("2025-11", "Nov 2025", "Nov. 2025"),
    ("2025-03", "Mar 2025", "März 2025"),
    ("2025-06", "Jun 2025", "Juni 2025"),
    ("2025-09", "Sep 2025", "Sept. 2025"),
    ("2025-12-14", "14 Dec 2025", "14. Dez. 2025"),
    ("2025-12-04", "4 Dec 2025", "4. Dez. 2025"),
    ("2025-12-14T19:00", "14 Dec 2025, 19:00", "14. Dez. 2025, 19:00"),
    ("2025-12-14T09:05", "14 Dec 2025, 09:05", "14. Dez. 2025, 09:05"),
    ("2025-12-14T19", "14 Dec 2025, 19h", "14. Dez. 2025, 19 Uhr"),
    ("2025-12-14~", "~14 Dec 2025", "~14. Dez. 2025"),
    ("2025-12-14?", "14 Dec 2025?", "14. Dez. 2025?"),
    ("2025-12%", "~Dec 2025?", "~Dez. 2025?"),
    ("0025-12-14", "14 Dec 0025", "14. Dez. 0025"),
    ("2025-12-14/2025-12-15", "14–15 Dec 2025", "14.–15. Dez. 2025"),
    ("2025-11-30/2025-12-02", "30 Nov – 2 Dec 2025", "30. Nov. – 2. Dez. 2025"),
    ("2025-12-30/2026-01-02", "30 Dec 2025 – 2 Jan 2026", "30. Dez. 2025 – 2. Jan. 2026"),
    ("2025-11-14/2025-12-14", "14 Nov – 14 Dec 2025", "14. Nov. – 14. Dez. 2025"),
    ("2025-12/2026-01", "Dec 2025 – Jan 2026", "Dez. 2025 – Jan. 2026"),
    ("2025-11/2025-12", "Nov–Dec 2025", "Nov.–Dez. 2025"),
    ("2024/2025", "2024–2025", "2024–2025"),
    ("2025-12-14/2025-12-14", "14–14 Dec 2025", "14.–14. Dez. 2025"),
    ("2025-11/2025-12-14", "Nov 2025 – 14 Dec 2025", "Nov. 2025 – 14. Dez. 2025"),
    ("2025-12-14T19:00/2025-12-14T21:30", "14 Dec 2025, 19:00–21:30",
     "14. Dez. 2025, 19:00–21:30"),
    ("2025-12-14T19/2025-12-14T21", "14 Dec 2025, 19h–21h", "14. Dez. 2025, 19 Uhr – 21 Uhr"),
    ("2025-12-14T19:00/2025-12-15T02:00", "14 Dec 2025, 19:00 – 15 Dec 2025, 02:00",
     "14. Dez. 2025, 19:00 – 15. Dez. 2025, 02:00"),
    ("2025-12-14~/2025-12-15~", "~14–15 Dec 2025", "~14.–15. Dez. 2025"),
    ("2025-12-14?/2025-12-15?", "14–15 Dec 2025?", "14.–15. Dez. 2025?"),
    ("2025-12-14~/2025-12-15", "~14 Dec 2025 – 15 Dec 2025", "~14. Dez. 2025 – 15. Dez. 2025"),
    ("../2025-12-21", "until 21 Dec 2025", "bis 21. Dez. 2025"),
    ("2025-12-14/..", "from 14 Dec 2025", "ab 14. Dez. 2025"),
    ("../2025-12~", "until ~Dec 2025", "bis ~Dez. 2025"),
])
def test_labels(text, english, german):
    value = DateValue.from_edtf(text)
    assert value.label() == english
    assert value.label("en") == english
    assert value.label("de") == german
    assert value.label("de_DE") == german


def test_label_in_unknown_language_is_english():
    assert DateValue.from_edtf("2025-12-14").label("fr") == "14 Dec 2025"


@pytest.mark.parametrize(("text", "tz", "english", "german"), [
    ("2025-12", None, "1–31 Dec 2025, month precision", "1.–31. Dez. 2025, monatsgenau"),
    ("2025-12-14", None, "14 Dec 2025, day precision", "14. Dez. 2025, taggenau"),
    ("2025-12-14/2025-12-15", None, "14–15 Dec 2025, day precision",
     "14.–15. Dez. 2025, taggenau"),
    ("2025-12-14~", None, "13–15 Dec 2025, approximate, day precision",
     "13.–15. Dez. 2025, ungefähr, taggenau"),
    ("2025-12-14?", None, "14 Dec 2025, uncertain, day precision",
     "14. Dez. 2025, unsicher, taggenau"),
    ("2025-12%", None, "1 Nov 2025 – 31 Jan 2026, approximate, uncertain, month precision",
     "1. Nov. 2025 – 31. Jan. 2026, ungefähr, unsicher, monatsgenau"),
    ("2025", None, "1 Jan – 31 Dec 2025, year precision", "1. Jan. – 31. Dez. 2025, jahresgenau"),
    ("2025-12-21T19", None, "21 Dec 2025, 19:00–19:59, hour precision",
     "21. Dez. 2025, 19:00–19:59, stundengenau"),
    ("2025-12-21T19:00", None, "21 Dec 2025, 19:00, minute precision",
     "21. Dez. 2025, 19:00, minutengenau"),
    ("2025-12-21T19:00~", None, "21 Dec 2025, 18:59–19:01, approximate, minute precision",
     "21. Dez. 2025, 18:59–19:01, ungefähr, minutengenau"),
    ("2025-12-21T23~", None, "21 Dec 2025, 22:00 – 22 Dec 2025, 00:59, approximate, hour precision",
     "21. Dez. 2025, 22:00 – 22. Dez. 2025, 00:59, ungefähr, stundengenau"),
    ("2025-11/2025-12-14", None, "1 Nov – 14 Dec 2025, month to day precision",
     "1. Nov. – 14. Dez. 2025, monatsgenau bis taggenau"),
    ("../2025-12-21", None, "until 21 Dec 2025, day precision", "bis 21. Dez. 2025, taggenau"),
    ("2025-12-14/..", None, "from 14 Dec 2025, day precision", "ab 14. Dez. 2025, taggenau"),
    ("2025-12-21T19:00", "Europe/Berlin", "21 Dec 2025, 19:00, minute precision, Europe/Berlin",
     "21. Dez. 2025, 19:00, minutengenau, Europe/Berlin"),
    ("9999~", None, "1 Jan 9998 – 31 Dec 9999, approximate, year precision",
     "1. Jan. 9998 – 31. Dez. 9999, ungefähr, jahresgenau"),
])
def test_describe(text, tz, english, german):
    value = DateValue.from_edtf(text, tz=tz)
    assert value.describe() == english
    assert value.describe("de") == german


# --- Properties ---------------------------------------------------------------------------------

@st.composite
def points(draw, min_year: int = 1) -> DatePoint:
    precision = draw(st.sampled_from(Precision))
    year = draw(st.integers(min_year, 9999))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, monthrange(year, month)[1]))
    fields = (year, month, day, draw(st.integers(0, 23)), draw(st.integers(0, 59)))
    return DatePoint(*fields[:precision], approximate=draw(st.booleans()),
                     uncertain=draw(st.booleans()))


def _start_of(point: DatePoint) -> datetime:
    return datetime(point.year, point.month or 1, point.day or 1, point.hour or 0,
                    point.minute or 0)


@st.composite
def values(draw, min_year: int = 1, zones=st.none()) -> DateValue:
    """Points, closed intervals (ends ordered by where they begin) and open intervals."""
    first, second = draw(points(min_year)), draw(points(min_year))
    first, second = sorted((first, second), key=_start_of)
    kind = draw(st.sampled_from(["point", "closed", "open start", "open end"]))
    start, end = {"point": (first, None), "closed": (first, second),
                  "open start": (None, second), "open end": (first, None)}[kind]
    return DateValue(start, end, interval=kind != "point", tz=draw(zones))


ZONES = st.sampled_from([None, "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata",
                         "Australia/Lord_Howe", "America/Havana", "Pacific/Apia",
                         "Pacific/Kiritimati", "America/St_Johns"])


@st.composite
def zoned_values(draw, zones=ZONES) -> DateValue:
    """Values in a zone, skipping local times a zone lacks (and years 1 and 9999 at its edge)."""
    try:
        return draw(values(zones=zones))
    except DateError:
        assume(False)


@given(values())
def test_edtf_round_trips(value):
    assert DateValue.from_edtf(value.edtf) == value
    assert DateValue.from_edtf(value.edtf).edtf == value.edtf


@given(zoned_values(st.sampled_from(["Europe/Berlin", "UTC"])), st.text(max_size=5))
def test_edtf_round_trips_apart_from_zone_and_wording(value, wording):
    value = replace(value, wording=wording)
    assert DateValue.from_edtf(value.edtf) == replace(value, tz=None, wording=None)


@given(zoned_values())
def test_earliest_is_before_latest(value):
    if value.earliest is not None and value.latest is not None:
        assert value.earliest < value.latest
    assert value.earliest is not None or value.start is None
    assert value.latest is not None or (value.interval and value.end is None)


@given(zoned_values(), st.sampled_from(["en", "de"]))
def test_label_and_describe_never_raise(value, lang):
    assert value.label(lang)
    assert value.describe(lang)
    assert value.sort_key()


# --- edtf_label: stored dates as labels, unchanged by its fast path ----------------------------

def _reference_label(edtf: str | None, lang: str = "en") -> str:
    """edtf_label as it was before it read common shapes by slicing: all through DateValue."""
    if not edtf:
        return "undated"
    try:
        return DateValue.from_edtf(edtf).label(lang)
    except DateError:
        return edtf


LANGS = ("en", "de", "de_DE", "DE", "fr", "")
QUALIFIERS = ("", "~", "?", "%")
TWO_DIGITS = [f"{n:02d}" for n in range(100)]


def _point_texts() -> list[str]:
    """Every month and day number 00 to 32 in leap, common and edge years; every hour 00 to 24 and
    minute 00 to 60 on some days; years of 4 and more digits; each with every qualifier."""
    years = ["0000", "0001", "1900", "2000", "2024", "2025", "9999", "0025", "1582", "10000",
             "12345"]
    days = ["2025-12-21", "0001-01-01", "9999-12-31", "2024-02-29", "2025-02-29"]
    plain = years + [f"{y}-{m}" for y in years for m in TWO_DIGITS[:14]]
    plain += [f"{y}-{m}-{d}" for y in years[:7] for m in TWO_DIGITS[:14] for d in TWO_DIGITS[:33]]
    plain += [f"{d}T{h}" for d in days for h in TWO_DIGITS[:25]]
    plain += [f"{d}T{h}:{m}" for d in days for h in ("00", "09", "23", "24")
              for m in TWO_DIGITS[:61]]
    return [text + q for text in plain for q in QUALIFIERS]


def _interval_texts() -> list[str]:
    """Closed intervals in and out of order at every pair of precisions, open ends, and both ends
    open."""
    ends = ["2025", "2024~", "2025-11", "2025-12?", "2025-02-30", "2025-12-14", "2025-12-15%",
            "2025-12-14T19", "2025-12-14T19:00", "2025-12-14T21:30~", "2026-01-02", "0001",
            "9999-12-31T23:59", "10000", ".."]
    return [f"{a}/{b}" for a in ends for b in ends]


def _mutations(text: str, alphabet: str = "09-T:/.~?%X \u0661\u00b2\n") -> set[str]:
    """Each text one edit away: a character dropped, inserted or replaced (among them a non-ASCII
    digit, a superscript two and a line break)."""
    out = set()
    for i in range(len(text) + 1):
        out.add(text[:i] + text[i + 1:])
        for char in alphabet:
            out.add(text[:i] + char + text[i:])
            out.add(text[:i] + char + text[i + 1:])
    return out


def _odd_texts() -> list[str]:
    seeds = ["2025", "2025-12", "2025-12-14", "2025-12-14~", "2024-02-29?", "2025-12-21T19",
             "2025-12-21T19:00%", "../2025-12-21", "2025-12-14/..", "2025-12-14/2025-12-15"]
    odd = set().union(*map(_mutations, seeds))
    return sorted(odd | {"", "..", "../..", "/", "+2025", "-2025", "2025-1", "2025-W50",
                        "2025/", "/2025", "2025-12-14/", "/.."})


@pytest.mark.parametrize(("texts", "langs"), [(_point_texts, ("en", "de")),
                                              (_interval_texts, LANGS), (_odd_texts, LANGS)])
def test_edtf_label_is_the_label_of_the_value_read(texts, langs):
    texts = texts()
    for lang in langs:
        assert [edtf_label(t, lang) for t in texts] == [_reference_label(t, lang) for t in texts]
    assert edtf_label(None) == edtf_label("") == "undated"


@st.composite
def edtf_points(draw) -> str:
    """A point of EDTF's shape with numbers of any width and value, or an open end."""
    numbers = draw(st.lists(st.integers(0, 99999).map(str), min_size=0, max_size=5))
    if not numbers:
        return ".."
    text = "".join(sep + n for sep, n in zip(("", "-", "-", "T", ":"), numbers))
    return text + draw(st.sampled_from(QUALIFIERS))


EDTF_LIKE = st.one_of(edtf_points(), st.builds("{}/{}".format, edtf_points(), edtf_points()),
                      st.text("0123456789-T:/.~?%X "))


@given(EDTF_LIKE, st.sampled_from(LANGS))
def test_edtf_label_agrees_on_any_text(text, lang):
    assert edtf_label(text, lang) == _reference_label(text, lang)
