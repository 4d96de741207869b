"""Text anchors: offsets in code points, re-anchoring by quote and context, orphans."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline_app.domain.anchoring import (
    AnchorError,
    TextQuote,
    anchor,
    code_points_to_utf16,
    locate_unique,
    selector_at,
    utf16_to_code_points,
)

TEXT = "Der Kreml dementierte Angaben aus Kiew, wonach es in Miami auch direkte Gespräche geben könne."


def test_selector_takes_32_characters_of_context():
    start = TEXT.index("Angaben")
    q = selector_at(TEXT, start, start + len("Angaben aus Kiew"))
    assert q.exact == "Angaben aus Kiew"
    assert q.prefix == TEXT[:start][-32:] and q.suffix == TEXT[q.end:q.end + 32]


def test_offsets_win_when_they_still_fit():
    q = selector_at(TEXT, 4, 9)
    assert anchor(TEXT, q) == (4, 9)


def test_moved_passage_is_found_by_its_quote_and_context():
    q = selector_at(TEXT, TEXT.index("direkte"), TEXT.index("direkte") + 7)
    edited = "NEU: " + TEXT
    assert anchor(edited, q) == (q.start + 5, q.end + 5)


def test_repeated_quote_is_disambiguated_by_context():
    text = "Kiew sagt ja. Moskau sagt nein. Kiew sagt ja."
    second = text.rindex("Kiew sagt ja")
    q = TextQuote(exact="Kiew sagt ja", prefix="Moskau sagt nein. ", suffix=".", start=999, end=1011)
    assert anchor(text, q) == (second, second + 12)


def test_a_passage_that_is_gone_is_orphaned_not_moved():
    q = selector_at(TEXT, 4, 9)
    assert anchor(TEXT.replace("Kreml", "Senat"), q) is None


def test_locate_unique_refuses_missing_and_repeated_quotes():
    assert locate_unique(TEXT, "Kreml") == 4
    with pytest.raises(AnchorError, match="does not occur"):
        locate_unique(TEXT, "Washington")
    with pytest.raises(AnchorError, match="more than once"):
        locate_unique(TEXT, "e")


def test_utf16_positions_and_code_points_differ_after_an_emoji():
    text = "Kiew 😀 sagt 𝄞 ja"
    assert code_points_to_utf16(text, text.index("sagt")) == text.index("sagt") + 1
    assert code_points_to_utf16(text, text.index("ja")) == text.index("ja") + 2
    assert utf16_to_code_points(text, text.index("ja") + 2) == text.index("ja")


@given(st.text(), st.data())
def test_utf16_round_trip(text, data):
    pos = data.draw(st.integers(0, len(text)))
    assert utf16_to_code_points(text, code_points_to_utf16(text, pos)) == pos
