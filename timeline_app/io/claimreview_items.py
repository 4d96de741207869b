"""One schema.org ClaimReview into one claim, with its review.

The claim: ``claimReviewed`` is its proposition; ``itemReviewed`` gives the claimant (its
``author``: a Person becomes a person, anything else an organisation), the date said
(``datePublished``), the quote (``text``, ``inLanguage``) and where it appeared (each
``appearance`` URL becomes a source). The review: a ``reviewRating.alternateName`` that names a
status (its key or label, or an unambiguous "True"/"False") sets the claim's status; any other
verdict is kept word for word in the claim's notes and reported. A dated or signed review is a
status change (who, when, why); the fact-check article's ``url`` becomes a source of the claim.
An ``@id`` of ``urn:uuid:…`` is the claim id, so a file of ours imports back onto the same ids.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from timeline_app.domain.dates import DateError
from timeline_app.io.convert import iso_value
from timeline_app.io.reading import Payload, walk
from timeline_app.io.report import ImportReport, placed
from timeline_app.io.staging import Staging
from timeline_app.messages import message
from timeline_app.store.models import Claim, ClaimSource

REVIEW_NAMESPACE = uuid.UUID("9b0e7c52-3f1d-4c8a-b6e2-7d4a1f0c9e38")
_CONTAINERS = {"DataFeed": "dataFeedElement", "DataFeedItem": "item"}


def _types(node: dict) -> set[str]:
    kind = node.get("@type", node.get("type"))
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for k in kinds if isinstance(k, str)}


def reviews_in(document: Any, report: ImportReport | None = None) -> Iterator[tuple[str, dict]]:
    """Each ClaimReview in the document with its place, looking through lists, ``@graph``,
    DataFeeds and DataFeedItems; anything else met there is reported as skipped."""
    for where, node, descend in walk(document):
        if not isinstance(node, dict):
            continue
        kinds = _types(node)
        if "ClaimReview" in kinds:
            yield where or "ClaimReview", node
        elif "@graph" in node:
            descend(f"{where}@graph", node["@graph"])
        elif kinds & set(_CONTAINERS):
            key = _CONTAINERS[min(kinds & set(_CONTAINERS))]
            descend(f"{where}{'.' if where else ''}{key}", node.get(key))
        elif report is not None and kinds:
            report.skip(where or message("document"),
                        message("a {types}, not a ClaimReview", types=", ".join(sorted(kinds))))
        elif report is not None:
            report.skip(where or message("document"), message("an untyped object, not a ClaimReview"))


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _text(node: Any, key: str) -> str | None:
    value = _first(node.get(key)) if isinstance(node, dict) else None
    return value.strip() or None if isinstance(value, str) else None


def _name(node: Any) -> tuple[str | None, bool]:
    """The name of a person or organisation, and whether it is a Person."""
    node = _first(node)
    if isinstance(node, str):
        return (node.strip() or None), False
    if not isinstance(node, dict):
        return None, False
    return _text(node, "name"), "Person" in _types(node)


def _urls(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    urls = [item if isinstance(item, str) else _text(item, "url") for item in items]
    return [url.strip() for url in urls if isinstance(url, str) and url.strip().lower().startswith(("http://", "https://"))]


class ReviewReader:
    def __init__(self, payload: Payload, staging: Staging):
        self.payload, self.staging, self.report = payload, staging, staging.report

    def review(self, where: str, review: dict) -> None:
        item = _first(review.get("itemReviewed"))
        item = item if isinstance(item, dict) else {}
        proposition = _text(review, "claimReviewed") or _text(item, "text") or _text(item, "name")
        if proposition is None:
            self.report.skip(where, message("no claimReviewed text"))
            return
        claim_id = self._id(review, proposition)
        if self.staging.taken(Claim, claim_id):
            self.report.skip(where, message("a claim with this @id is in the project already"))
            return
        reviewer, _ = _name(review.get("author"))
        verdict, notes = self._verdict(where, review, reviewer)
        status = matched = self.staging.status_for(verdict) if verdict else None
        if verdict and status is None:
            status, notes = "unverified", [f"Verdict{f' of {reviewer}' if reviewer else ''}: {verdict}", *notes]
            self.report.approximate(where, message("the verdict {verdict!r} names no status; kept in the claim's notes",
                                                   verdict=verdict[:80]))
        claimant, person = _name(item.get("author"))
        claim_id = self.staging.claim(
            id=claim_id, proposition=proposition, said=self._date(where, item, "itemReviewed.datePublished"),
            status=status or "unverified", notes="\n".join(notes) or None, quote=_text(item, "text"),
            quote_language=_text(item, "inLanguage"),
            claimant_id=self.staging.actor(claimant, kind="person" if person else "organisation") if claimant else None)
        for url in dict.fromkeys(_urls(item.get("appearance")) + _urls(item.get("firstAppearance"))):
            self.staging.link(ClaimSource, claim_id=claim_id, source_id=self.staging.source_for_url(url), attribution="appearance")
        reviewed = self._date(where, review, "datePublished")
        for url in _urls(review.get("url")):
            source = self.staging.source_for_url(url, title=f"Fact check{f' by {reviewer}' if reviewer else ''}",
                                                 kind="fact check", outlet=reviewer, published=reviewed)
            self.staging.link(ClaimSource, claim_id=claim_id, source_id=source, attribution="fact check")
        if matched and (reviewed or reviewer):
            self.staging.status_change(claim_id=claim_id, to_status=matched, by=reviewer,
                                       at=reviewed and reviewed.earliest.isoformat(timespec="microseconds"),
                                       reason=_text(_first(review.get("reviewRating")), "ratingExplanation"))

    def _id(self, review: dict, proposition: str) -> str:
        key = review.get("@id") if isinstance(review.get("@id"), str) else None
        if key and key.lower().startswith("urn:uuid:"):
            try:
                return str(uuid.UUID(key[9:]))
            except ValueError:
                pass
        url = _text(review, "url") or ""
        return str(uuid.uuid5(REVIEW_NAMESPACE, key or f"{url}\n{proposition}"))

    def _verdict(self, where: str, review: dict, reviewer: str | None) -> tuple[str | None, list[str]]:
        rating = _first(review.get("reviewRating"))
        if not isinstance(rating, dict):
            return None, []
        scale = [rating.get(k) for k in ("ratingValue", "worstRating", "bestRating")]
        notes = []
        if isinstance(scale[0], int | float | str) and str(scale[0]).strip():
            bounds = f" on a scale from {scale[1]} to {scale[2]}" if scale[1] is not None and scale[2] is not None else ""
            notes.append(f"Rating{f' by {reviewer}' if reviewer else ''}: {scale[0]}{bounds}")
        return _text(rating, "alternateName") or _text(rating, "name"), notes

    def _date(self, where: str, node: dict, field: str):
        text = _text(node, field.rsplit(".", 1)[-1])
        if text is None:
            return None
        try:
            value, notes = iso_value(text)
        except DateError as exc:
            self.report.approximate(where, message("{field} {text!r} is no date ({reason}); left out", field=field,
                                                   text=text[:40], reason=exc.reason))
            return None
        for note in notes:
            self.report.approximate(where, placed(field, note))
        return value
