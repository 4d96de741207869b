"""The store's own words in the labels it builds for people, and the language a label is said in.

The store labels records ("Kyiv, until 21 Dec 2025 — …", "denied by: the Kremlin, …") but knows
no languages. So its words are Messages and a label is built with a :class:`Wording`: the language
of its dates, and ``say``, which words a Message (``str`` for English; the interface passes
``i18n.translated``). The interface's vocabulary reads the same table, so each word is written,
and translated, once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from timeline_app.domain.dates import DateValue
from timeline_app.messages import Message, message

#: How a relation reads from the claim that makes it, and from the claim it points at: the
#: Kremlin's claim "denies" Kyiv's, so Kyiv's claim is "denied by" the Kremlin's.
RELATIONS = {
    "denies": (message("denies"), message("denied by")),
    "confirms": (message("confirms"), message("confirmed by")),
    "supports": (message("supports"), message("supported by")),
    "contradicts": (message("contradicts"), message("contradicted by")),
    "qualifies": (message("qualifies"), message("qualified by")),
    "retracts": (message("retracts"), message("retracted by")),
    "repeats": (message("repeats"), message("repeated by")),
}
#: Who said a claim that has no claimant (the claims panel's party for such claims).
UNATTRIBUTED = message("Unattributed")
#: When something happened that has no date.
UNDATED = message("undated")


@dataclass(frozen=True)
class Wording:
    """How labels are said: dates in ``lang`` ("en", "de"), the store's words through ``say``."""

    lang: str = "en"
    say: Callable[[Message], str] = str

    def date(self, value: DateValue | None) -> str:
        """"21 Dec 2025" at the value's precision; "undated" for none."""
        return value.label(self.lang) if value else self.say(UNDATED)

    def claimant(self, name: str | None) -> str:
        return name or self.say(UNATTRIBUTED)

    def relation(self, kind: str, outgoing: bool = True) -> str:
        """"denies" from the claim that denies, "denied by" from the claim denied; a kind without
        words as it is stored."""
        verbs = RELATIONS.get(kind)
        return self.say(verbs[0] if outgoing else verbs[1]) if verbs else kind


#: Labels as the command line, the logs and the tests read them.
ENGLISH = Wording()
