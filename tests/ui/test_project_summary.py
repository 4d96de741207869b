"""The words the status bar and the overview use for a project's figures."""

from datetime import datetime, timezone

from timeline_app.ui.project_summary import ProjectSummary, counts_text, date_range_text, relations_text


def seconds(*day: int) -> int:
    return int(datetime(*day, tzinfo=timezone.utc).timestamp())


def test_counts_use_singular_and_plural():
    summary = ProjectSummary("t", path=None, read_only=False, events=7, claims=1, relations={"denies": 1})
    assert counts_text(summary) == "7 events · 1 claim · 1 denial"


def test_relations_in_words():
    assert relations_text({"confirms": 2, "denies": 1}) == "2 confirmations, 1 denial"
    assert relations_text({}) == "none"


def test_date_range_treats_the_latest_bound_as_exclusive():
    assert date_range_text(seconds(2025, 11, 14), seconds(2026, 1, 1)) == "14 Nov 2025 – 31 Dec 2025"
    assert date_range_text(seconds(2025, 12, 21), seconds(2025, 12, 22)) == "21 Dec 2025"
    assert date_range_text(None, None) == "no dates yet"
