"""Text anchors for annotations, following the W3C Web Annotation model.

A passage is kept as a TextPositionSelector (``start``/``end``, counted in Unicode code points)
and a TextQuoteSelector (``exact`` with ``prefix`` and ``suffix``). Re-anchoring tries the offsets
first, then the quote with its context; a passage found nowhere is *orphaned* and reported as such,
never moved silently. Qt counts UTF-16 code units, so conversions for the UI live here too.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from difflib import SequenceMatcher

from timeline_app.messages import MessageError, message

CONTEXT_CHARS = 32


class AnchorError(MessageError, ValueError):
    """A quote that cannot be placed in a text unambiguously."""


@dataclass(frozen=True)
class TextQuote:
    """Both selectors of one passage."""

    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def selector_at(text: str, start: int, end: int, context: int = CONTEXT_CHARS) -> TextQuote:
    """The selectors for ``text[start:end]``."""
    if not 0 <= start <= end <= len(text):
        raise AnchorError(message("offsets {start}–{end} lie outside a text of {length} characters",
                                  start=start, end=end, length=len(text)))
    return TextQuote(
        exact=text[start:end],
        prefix=text[max(0, start - context):start],
        suffix=text[end:end + context],
        start=start,
        end=end,
    )


def locate_unique(text: str, exact: str) -> int:
    """Offset of the only occurrence of ``exact``; refuses missing or repeated quotes."""
    if not exact:
        raise AnchorError(message("an empty quote cannot be anchored"))
    first = text.find(exact)
    if first < 0:
        raise AnchorError(message("the quote {quote!r} does not occur in the source text", quote=exact[:60]))
    if text.find(exact, first + 1) >= 0:
        raise AnchorError(message("the quote {quote!r} occurs more than once; quote a longer passage",
                                  quote=exact[:60]))
    return first


def anchor(text: str, quote: TextQuote) -> tuple[int, int] | None:
    """Where the passage is in ``text`` now, or None if it is orphaned."""
    if text[quote.start:quote.end] == quote.exact and quote.exact:
        return quote.start, quote.end
    candidates = _occurrences(text, quote.exact)
    if not candidates:
        return None
    best = max(candidates, key=lambda pos: (_context_score(text, pos, quote), -abs(pos - quote.start)))
    return best, best + len(quote.exact)


def _occurrences(text: str, exact: str) -> list[int]:
    found, pos = [], text.find(exact) if exact else -1
    while pos >= 0:
        found.append(pos)
        pos = text.find(exact, pos + 1)
    return found


def _context_score(text: str, pos: int, quote: TextQuote) -> float:
    before = text[max(0, pos - len(quote.prefix)):pos]
    after = text[pos + len(quote.exact):pos + len(quote.exact) + len(quote.suffix)]
    return SequenceMatcher(None, before, quote.prefix).ratio() + SequenceMatcher(None, after, quote.suffix).ratio()


def utf16_to_code_points(text: str, utf16_pos: int) -> int:
    """Convert a Qt text position (UTF-16 units) into a code-point offset."""
    return len(text.encode("utf-16-le")[: 2 * utf16_pos].decode("utf-16-le", errors="ignore"))


def code_points_to_utf16(text: str, pos: int) -> int:
    """Convert a code-point offset into a Qt text position (UTF-16 units)."""
    return len(text[:pos].encode("utf-16-le")) // 2
