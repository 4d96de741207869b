"""schema.org ClaimReview (JSON-LD): each claim out as a review of it, and fact-checks in.

Out: a DataFeed of ClaimReviews, one per claim. ``claimReviewed`` is the proposition;
``itemReviewed`` a Claim with its ``author`` (the claimant: a Person, or an Organization for
parties, groups and outlets), ``datePublished`` (the date said, at its precision: "2025-11";
times in UTC), ``appearance`` (each source URL) and the verbatim quote as ``text``;
``reviewRating.alternateName`` is the status label ("Unverified" for a claim nobody reviewed),
with the latest status change's reason, author and date as the review's explanation, author and
date. ``@id`` is ``urn:uuid:`` and the claim id.

In: a ClaimReview alone, in a list or ``@graph``, in a DataFeed's ``dataFeedElement`` or in a
DataFeedItem's ``item``. See :mod:`timeline_app.io.claimreview_items` for how a review maps onto
a claim.
"""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from timeline_app.domain.dates import Precision
from timeline_app.io.claimreview_items import ReviewReader, reviews_in
from timeline_app.io.convert import iso_text, point_bounds
from timeline_app.io.reading import Payload
from timeline_app.io.report import ExportReport
from timeline_app.io.staging import Staging
from timeline_app.messages import message
from timeline_app.store import crud
from timeline_app.store.db import Project
from timeline_app.store.models import Actor, Claim, ClaimSource, Source, Status, StatusChange


def register(register_reader, register_writer) -> None:
    register_reader("claimreview", (), read, sniff)
    register_writer("claimreview", (), write)


def said_text(claim: Claim) -> str | None:
    """The date said as schema.org takes it: an ISO date at its precision, a time in UTC."""
    value = crud.date_from_columns(claim, "said")
    point = value and value.start
    if point is None:
        return None
    if point.precision < Precision.HOUR:
        return iso_text(point)
    wall = point_bounds(point)[0]
    moment = wall.replace(tzinfo=ZoneInfo(value.tz)).astimezone(UTC) if value.tz else wall
    return moment.strftime("%Y-%m-%dT%H:%MZ")


def write(project: Project, path: Path, **_options) -> ExportReport:
    with project.session() as session:
        actors = {a.id: a for a in session.scalars(select(Actor))}
        labels = dict(session.execute(select(Status.key, Status.label)).all())
        latest: dict[str, StatusChange] = {}
        for change in session.scalars(select(StatusChange).order_by(StatusChange.at, StatusChange.id)):
            latest[change.claim_id] = change
        appearances: dict[str, list[dict]] = {}
        for claim_id, url, title in session.execute(
                select(ClaimSource.claim_id, Source.url, Source.title).join(Source)
                .where(Source.url.is_not(None)).order_by(Source.url)):
            appearances.setdefault(claim_id, []).append({"@type": "CreativeWork", "url": url, "headline": title})
        reviews = [_review(claim, actors, labels, latest.get(claim.id), appearances.get(claim.id, []))
                   for claim in session.scalars(select(Claim).order_by(Claim.said_earliest, Claim.id))]
        name = crud.get_meta(session, key="name") or project.name
    document = {"@context": "https://schema.org", "@type": "DataFeed", "name": name, "dataFeedElement": reviews}
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return ExportReport(format="claimreview", counts={"claims": len(reviews)})


def _review(claim: Claim, actors: dict, labels: dict, change: StatusChange | None, appearances: list) -> dict:
    item: dict = {"@type": "Claim"}
    claimant = actors.get(claim.claimant_id)
    if claimant is not None:
        item["author"] = {"@type": "Person" if claimant.kind == "person" else "Organization", "name": claimant.name}
    if said := said_text(claim):
        item["datePublished"] = said
    if appearances:
        item["appearance"] = appearances
    if claim.quote:
        item["text"] = claim.quote
        if claim.quote_language:
            item["inLanguage"] = claim.quote_language
    rating = {"@type": "Rating",
              "alternateName": "Unverified" if claim.status == "unverified" else labels.get(claim.status, claim.status)}
    review = {"@type": "ClaimReview", "@id": f"urn:uuid:{claim.id}", "claimReviewed": claim.proposition,
              "itemReviewed": item, "reviewRating": rating}
    if change is not None:
        review["datePublished"] = change.at[:10]
        if change.by:
            review["author"] = {"@type": "Person", "name": change.by}
        if change.reason:
            rating["ratingExplanation"] = change.reason
    return review


def sniff(payload: Payload) -> bool:
    document = payload.document()
    return document is not None and next(reviews_in(document), None) is not None


def read(payload: Payload, staging: Staging) -> None:
    document = payload.json()
    reader = ReviewReader(payload, staging)
    found = 0
    for found, (where, review) in enumerate(reviews_in(document, staging.report), 1):
        reader.review(where, review)
    if not found:
        raise payload.fail("", message("no ClaimReview found (looked in the document, lists, @graph, "
                                       "DataFeed.dataFeedElement and DataFeedItem.item)"))
