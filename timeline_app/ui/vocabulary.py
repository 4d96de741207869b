"""The store's words, in the interface's language: translated where they are shown.

The store keeps keys ("denied", "denies", "person") and knows no languages. This module is the one
place that maps those keys to translated text. A word it does not know (a status a user renamed, a
source kind typed by hand) is shown as it is. (The commands name their edits with Messages, which
``i18n.translated`` shows in the interface's language.) The words the store's own labels use too
(relation verbs, "Unattributed", "undated") are its Messages (``store.wording``), said here.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QT_TR_NOOP

from timeline_app.domain.dates import edtf_label
from timeline_app.store import wording as store_wording
from timeline_app.ui import i18n
from timeline_app.ui.i18n import tr, translated

#: The statuses every project starts with (migration 0001), by key, with their stored English labels.
STATUSES = {
    "unverified": QT_TR_NOOP("Unverified"),
    "in_progress": QT_TR_NOOP("In progress"),
    "corroborated": QT_TR_NOOP("Corroborated"),
    "confirmed": QT_TR_NOOP("Confirmed"),
    "disputed": QT_TR_NOOP("Disputed"),
    "denied": QT_TR_NOOP("Denied"),
    "refuted": QT_TR_NOOP("Refuted"),
    "retracted": QT_TR_NOOP("Retracted"),
    "unresolvable": QT_TR_NOOP("Unresolvable"),
    "not_applicable": QT_TR_NOOP("Not applicable (opinion)"),
}
_STATUS_BY_LABEL = {label.casefold(): label for label in STATUSES.values()}

RELATION_BASES = {"stated": QT_TR_NOOP("Stated by the claimant"), "inferred": QT_TR_NOOP("Inferred by the analyst")}
#: The Admiralty scale's words for a claim's credibility (1–6).
CREDIBILITY = {
    1: QT_TR_NOOP("confirmed by other sources"), 2: QT_TR_NOOP("probably true"), 3: QT_TR_NOOP("possibly true"),
    4: QT_TR_NOOP("doubtful"), 5: QT_TR_NOOP("improbable"), 6: QT_TR_NOOP("truth cannot be judged"),
}
ACTOR_KINDS = {"party": QT_TR_NOOP("party"), "person": QT_TR_NOOP("person"),
               "organisation": QT_TR_NOOP("organisation"), "outlet": QT_TR_NOOP("outlet"),
               "group": QT_TR_NOOP("group")}
QUOTE_KINDS = {"direct": QT_TR_NOOP("direct"), "indirect": QT_TR_NOOP("indirect"),
               "paraphrase": QT_TR_NOOP("paraphrase")}
PARTICIPANT_ROLES = {"participant": QT_TR_NOOP("participant"), "host": QT_TR_NOOP("host"),
                     "mediator": QT_TR_NOOP("mediator")}
SOURCE_KINDS = {"article": QT_TR_NOOP("article"), "news report": QT_TR_NOOP("news report"),
                "wire item": QT_TR_NOOP("wire item"), "post": QT_TR_NOOP("post"),
                "video address": QT_TR_NOOP("video address"), "statement": QT_TR_NOOP("statement"),
                "interview": QT_TR_NOOP("interview")}


def word(table: dict, key: object, fallback: str | None = None) -> str:
    """``table``'s word for ``key``, translated; an unknown key as ``fallback`` (else as it is)."""
    english = table.get(key)
    return tr(english) if english else (fallback if fallback is not None else str(key))


def status_label(key: str | None, stored: str | None = None) -> str:
    """A status as shown: the translation of a status every project has, unless the project's
    label for it (``stored``) was changed, which is shown as it is."""
    english = STATUSES.get(key)
    if english and (stored is None or stored == english):
        return tr(english)
    return stored or (key or "").replace("_", " ")


def status_text(label: str | None) -> str:
    """A status known only by its stored label (as the details give it), translated if it is a standard one."""
    english = _STATUS_BY_LABEL.get((label or "").casefold())
    return tr(english) if english and label == english else (label or "")


def wording() -> store_wording.Wording:
    """How the store's labels (the records offered to choose) are said now: dates in the
    interface's language, words translated. Asked for at each use, so a language chosen
    meanwhile is the one used; one per language, as the timeline asks at every frame."""
    return _wording(i18n.language())


@lru_cache(maxsize=len(i18n.LANGUAGES))
def _wording(language: str) -> store_wording.Wording:
    return store_wording.Wording(language, translated)


def relation_verb(kind: str, outgoing: bool = True) -> str:
    """"denies" from the claim that denies; "denied by" from the claim denied."""
    return wording().relation(kind, outgoing)


def relation_count(kind: str, n: int) -> str:
    """"1 denial", "2 confirmations": a count of relations of one kind."""
    counts = {
        "denies": lambda: tr("%Ln denial(s)", None, n),
        "confirms": lambda: tr("%Ln confirmation(s)", None, n),
        "supports": lambda: tr("%Ln support(s)", None, n),
        "contradicts": lambda: tr("%Ln contradiction(s)", None, n),
        "qualifies": lambda: tr("%Ln qualification(s)", None, n),
        "retracts": lambda: tr("%Ln retraction(s)", None, n),
        "repeats": lambda: tr("%Ln repetition(s)", None, n),
    }
    return counts[kind]() if kind in counts else f"{n} {kind}"


def date_label(edtf: str | None, lang: str | None = None) -> str:
    """A stored date's label in ``lang`` (None: the interface's language); "undated" for none."""
    return edtf_label(edtf, lang or i18n.language()) if edtf else translated(store_wording.UNDATED)


def credibility_text(number: int | None) -> str:
    """"3 – possibly true"; "not rated"."""
    if not number:
        return tr("not rated")
    return f"{number} – {word(CREDIBILITY, number, '')}"
