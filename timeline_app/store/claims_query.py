"""What the claims panel shows: party -> claimant -> claim -> relations, filtered, sorted, paged.

The panel's Qt model asks for one level of the tree at a time and pages through claims, so 300,000
claims never load at once. Everything here is a plain function of a session and a frozen
:class:`ClaimFilter`, returning frozen dataclasses (no Qt, no ORM objects), which keeps the model
thin and lets it cache by filter.

How the queries stay fast:

* Party membership (a claimant's top-level actor: Witkoff -> United States) is worked out once per
  call in Python from the small actor table (:func:`crud.party_of`); claims are then selected by
  ``claimant_id`` on the covering index ``ix_claim_claimant_status``, and party counts are a
  ``GROUP BY claimant_id`` over that index summed per party in Python.
* Every filter is a condition on the claim's own columns or on its ``rowid``; the ``rowid`` lives
  in every index, so a text, tag or denial filter can be checked while scanning an index, without
  reading the table row.
* A page is found first by its sort keys only, and only its rows are then read in full.

All SQL is SQLAlchemy Core with bound parameters; user text reaches FTS5 only through
:func:`fts_query`, which turns it into quoted phrases that cannot be read as FTS5 syntax.

On PostgreSQL (a shared project) the same words are looked for with ``LIKE`` in the folded texts
migration 0003 indexes with trigrams (:func:`text_condition`): each word anywhere in the text,
case and diacritics aside; every other condition is the same SQL on both.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import (ColumnElement, CompoundSelect, Integer, Select, and_, false, func, literal, literal_column,
                        or_, select, table, union_all)
from sqlalchemy import column as sql_column
from sqlmodel import Session

from timeline_app.store.crud import party_of
from timeline_app.store import wording
from timeline_app.store.models import Actor, Claim, ClaimRelation, ClaimSource, ClaimTag, Source, Status

UNATTRIBUTED = str(wording.UNATTRIBUTED)  # the party of claims without a claimant, in English
SORT_KEYS = ("said", "claimant", "proposition", "status", "credibility", "sources")
#: Claim ids per query in :func:`relations_of` (far below SQLite's bound-parameter limit).
CHUNK = 500

claim = Claim.__table__
actor = Actor.__table__
relation = ClaimRelation.__table__
claim_source = ClaimSource.__table__
claim_tag = ClaimTag.__table__
source = Source.__table__
status_table = Status.__table__
#: The FTS5 tables of migration 0003; the column named after the table is FTS5's MATCH target.
claim_fts = table("claim_fts", sql_column("rowid", Integer), sql_column("claim_fts"))
source_fts = table("source_fts", sql_column("rowid", Integer), sql_column("source_fts"))


# ---------------------------------------------------------------- public types


@dataclass(frozen=True)
class ClaimFilter:
    """What the filter bar asks for; every part narrows the claims (they are combined with AND).

    Within a part, any value matches (a claim with any of the tags, any of the statuses).
    """

    #: Words, all of which must occur in the claim's own texts (proposition, quote, translation,
    #: notes), or all in the title and text of one of its sources; the last may be a word's start.
    text: str = ""
    party_ids: frozenset[str | None] = frozenset()  # empty: all; None: unattributed claims
    statuses: frozenset[str] = frozenset()
    tag_ids: frozenset[str] = frozenset()
    said_from: int | None = None  # Unix seconds; [said_earliest, said_latest) must overlap [from, to)
    said_to: int | None = None
    only_with_denials: bool = False  # claims that deny another or are denied


@dataclass(frozen=True)
class PartyCount:
    party_id: str | None
    name: str
    colour: str | None
    count: int


@dataclass(frozen=True)
class ClaimantCount:
    actor_id: str | None
    name: str
    role_title: str | None
    count: int


@dataclass(frozen=True)
class ClaimRow:
    id: str
    said_edtf: str | None
    said_earliest: int | None
    claimant_id: str | None
    claimant_name: str | None
    proposition: str
    status: str
    credibility: int | None
    sources: int


@dataclass(frozen=True)
class RelationRow:
    id: str
    type: str
    outgoing: bool  # True: this claim is the subject ("denies"); False: it is the object ("denied by")
    other_id: str
    other_claimant: str | None
    other_said_edtf: str | None
    other_proposition: str
    basis: str


# ---------------------------------------------------------------- full-text query


def fts_query(user_text: str) -> str | None:
    """An FTS5 query that finds claims containing every word the user typed.

    Each word becomes a quoted phrase (a double quote inside is doubled), so nothing the user
    types -- quotes, ``NEAR``, ``AND``, ``*``, ``:``, parentheses -- is read as query syntax; the
    last word is matched as a prefix, so results follow the typing. Control characters and lone
    surrogates (which SQLite cannot take) separate words, and words without a letter or digit are
    dropped (FTS5 would see no token in them). None when nothing searchable remains.
    """
    words = search_words(user_text)
    if not words:
        return None
    phrases = ['"' + w.replace('"', '""') + '"' for w in words]
    phrases[-1] += "*"
    return " ".join(phrases)


def search_words(user_text: str) -> list[str]:
    """The words of what the user typed that can be searched for (see :func:`fts_query`)."""
    if not isinstance(user_text, str) or not user_text:
        return []
    return [w for w in _clean(user_text).split() if any(_is_token_char(ch) for ch in w)]


def _clean(text: str) -> str:
    """Control characters and surrogates become spaces: FTS5 stops at NUL, UTF-8 has no surrogates."""
    return "".join(" " if unicodedata.category(ch) in ("Cc", "Cs") else ch for ch in text)


def _is_token_char(ch: str) -> bool:
    """What the ``unicode61`` tokenizer keeps by default: letters, numbers, private use."""
    category = unicodedata.category(ch)
    return category[0] in "LN" or category == "Co"


# ---------------------------------------------------------------- actors


class _ActorRow(NamedTuple):
    id: str
    parent_id: str | None
    kind: str
    name: str
    role_title: str | None
    colour: str | None
    position: int


@dataclass(frozen=True)
class _Actors:
    """The whole (small) actor table, with each actor's top-level actor."""

    rows: dict[str, _ActorRow]
    top: dict[str, str]

    def members(self, group_id: str) -> list[str]:
        """Every actor whose top-level actor is ``group_id`` (including itself)."""
        return sorted(a for a, t in self.top.items() if t == group_id)

    def group_of(self, claimant_id: str | None) -> str | None:
        return None if claimant_id is None else self.top.get(claimant_id, claimant_id)

    def top_level(self) -> list[_ActorRow]:
        """Actors without a parent, in the order of the timeline's lanes."""
        tops = (r for r in self.rows.values() if r.parent_id is None)
        return sorted(tops, key=lambda r: (r.position, r.name.casefold(), r.id))


def _load_actors(session: Session) -> _Actors:
    """Read once per call: a few hundred rows at most, and always current after edits."""
    query = select(*(actor.c[name] for name in _ActorRow._fields))
    rows = {r[0]: _ActorRow(*r) for r in session.execute(query)}
    return _Actors(rows, party_of({a: r.parent_id for a, r in rows.items()}))


# ---------------------------------------------------------------- filter conditions


def _rowid(from_table) -> ColumnElement:
    """The implicit rowid of a table or alias (claim and source have text primary keys)."""
    return literal_column(f"{from_table.name}.rowid", Integer)


def _claim_rowids_of_ids(ids: Select) -> Select:
    """Row ids of the claims whose ids ``ids`` selects, so conditions need no table row."""
    other = claim.alias("by_id")
    return select(_rowid(other)).where(other.c.id.in_(ids))


def text_condition(session: Session, user_text: str, *, sources: bool = True) -> ColumnElement | None:
    """Claims with every word typed in their own texts, or (``sources``) all in one of their
    sources' title and text; None when nothing searchable was typed."""
    if session.get_bind().dialect.name == "postgresql":
        return _words_condition(search_words(user_text), sources)
    query = fts_query(user_text)
    if query is None:
        return None
    if not sources:
        return _rowid(claim).in_(select(claim_fts.c.rowid).where(claim_fts.c.claim_fts.op("MATCH")(query)))
    return _text_condition(query)


def _words_condition(words: list[str], sources: bool) -> ColumnElement | None:
    """PostgreSQL: each word in the folded text, through the trigram indexes of migration 0003."""
    if not words:
        return None
    own = _all_words(func.timeline_claim_words(claim.c.proposition, claim.c.quote, claim.c.translation,
                                               claim.c.notes), words)
    if not sources:
        return own
    matching = select(source.c.id).where(_all_words(func.timeline_source_words(source.c.title, source.c.text), words))
    return or_(own, claim.c.id.in_(select(claim_source.c.claim_id).where(claim_source.c.source_id.in_(matching))))


def _all_words(text: ColumnElement, words: list[str]) -> ColumnElement:
    def pattern(word: str) -> ColumnElement:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return literal("%") + func.timeline_fold(literal(escaped)) + literal("%")

    return and_(*(text.like(pattern(word), escape="\\") for word in words))


def _text_condition(query: str) -> ColumnElement:
    """Claims whose own texts match, or one of whose sources' title or text matches."""
    own = select(claim_fts.c.rowid).where(claim_fts.c.claim_fts.op("MATCH")(query))
    matching_sources = select(source.c.id).where(
        _rowid(source).in_(select(source_fts.c.rowid).where(source_fts.c.source_fts.op("MATCH")(query))))
    via_sources = _claim_rowids_of_ids(
        select(claim_source.c.claim_id).where(claim_source.c.source_id.in_(matching_sources)))
    return _rowid(claim).in_(union_all(own, via_sources))  # duplicates cannot matter in IN


def _party_condition(party_ids: frozenset[str | None], actors: _Actors) -> ColumnElement:
    """Claims by any actor under these parties, by claimant id on the covering index."""
    claimants = sorted({m for p in party_ids if p is not None for m in actors.members(p)})
    terms = [claim.c.claimant_id.in_(claimants)] if claimants else []
    if None in party_ids:
        terms.append(claim.c.claimant_id.is_(None))
    return or_(*terms) if terms else false()


def _date_condition(said_from: int | None, said_to: int | None) -> ColumnElement | None:
    """Overlap of ``[said_earliest, said_latest)`` with ``[said_from, said_to)``.

    An open side (``../2025-12-21`` has no earliest instant) reaches as far as needed; a claim
    with no date at all never lies in a range. Written as two index-only searches of
    ``ix_claim_said_span`` (bounded starts; open starts) whose row ids the claim must be among:
    the same test with ORs on ``claim`` itself reads every row of the table.
    """
    if said_from is None and said_to is None:
        return None
    if said_from is not None and said_to is not None and said_from >= said_to:
        return false()
    dated = claim.alias("dated")
    earliest, latest = dated.c.said_earliest, dated.c.said_latest
    ends_after = [or_(latest > said_from, latest.is_(None))] if said_from is not None else []
    starts_before = [earliest < said_to] if said_to is not None else [earliest.is_not(None)]
    bounded = select(_rowid(dated)).where(*starts_before, *ends_after)
    open_start = select(_rowid(dated)).where(earliest.is_(None), latest.is_not(None),
                                             *([latest > said_from] if said_from is not None else []))
    return _rowid(claim).in_(union_all(bounded, open_start))


def _denial_condition() -> ColumnElement:
    """Claims at either end of a "denies" relation (the relation table is small)."""
    denies = relation.c.type == "denies"
    ids = union_all(select(relation.c.from_claim_id).where(denies), select(relation.c.to_claim_id).where(denies))
    return _rowid(claim).in_(_claim_rowids_of_ids(ids))


def _conditions(f: ClaimFilter, actors: _Actors, session: Session) -> list[ColumnElement]:
    """The filter as WHERE conditions on ``claim`` (an empty list for the empty filter)."""
    conditions: list[ColumnElement] = []
    if f.party_ids:
        conditions.append(_party_condition(f.party_ids, actors))
    if f.statuses:
        conditions.append(claim.c.status.in_(sorted(f.statuses)))
    if f.tag_ids:
        tagged = select(claim_tag.c.claim_id).where(claim_tag.c.tag_id.in_(sorted(f.tag_ids)))
        conditions.append(_rowid(claim).in_(_claim_rowids_of_ids(tagged)))
    if (dated := _date_condition(f.said_from, f.said_to)) is not None:
        conditions.append(dated)
    if f.only_with_denials:
        conditions.append(_denial_condition())
    if (text := text_condition(session, f.text)) is not None:
        conditions.append(text)
    return conditions


def _scope(actors: _Actors, claimant_id: str | None, party_id: str | None) -> ColumnElement:
    """One claimant's claims; or a whole party's (no claimant); or the unattributed (neither)."""
    if claimant_id is not None:
        return claim.c.claimant_id == claimant_id
    if party_id is None:
        return claim.c.claimant_id.is_(None)
    return claim.c.claimant_id.in_(actors.members(party_id))


# ---------------------------------------------------------------- counts


def _counts_by_claimant(session: Session, conditions: list[ColumnElement],
                        scope: ColumnElement | None = None) -> dict[str | None, int]:
    """Matching claims per claimant id: one pass over ``ix_claim_claimant_status``."""
    query = select(claim.c.claimant_id, func.count()).where(*conditions).group_by(claim.c.claimant_id)
    if scope is not None:
        query = query.where(scope)
    return dict(session.execute(query).all())


def party_counts(session: Session, *, filter: ClaimFilter) -> list[PartyCount]:
    """The panel's top rows: every party (in position order) with its matching claims, even 0.

    A claimant's party is its top-level actor. Top-level actors that are not parties (an outlet
    nobody filed under a party) follow the parties when they have matching claims, so that no
    claim drops out of the tree; "Unattributed" (``party_id`` None) comes last, if it has any.
    """
    actors = _load_actors(session)
    per_group: Counter = Counter()
    for claimant_id, n in _counts_by_claimant(session, _conditions(filter, actors, session)).items():
        per_group[actors.group_of(claimant_id)] += n
    tops = actors.top_level()
    parties = [r for r in tops if r.kind == "party"]
    others = [r for r in tops if r.kind != "party" and per_group[r.id]]
    rows = [PartyCount(r.id, r.name, r.colour, per_group[r.id]) for r in parties + others]
    if per_group[None]:
        rows.append(PartyCount(None, UNATTRIBUTED, None, per_group[None]))
    return rows


def claimant_counts(session: Session, *, filter: ClaimFilter, party_id: str | None) -> list[ClaimantCount]:
    """The claimants under a party (at any depth, the party itself included) with matching claims.

    Sorted by name. Under "Unattributed" (``party_id`` None) there is one row with ``actor_id``
    None, so that the tree has the same shape everywhere.
    """
    actors = _load_actors(session)
    conditions = _conditions(filter, actors, session)
    if party_id is None:
        n = _counts_by_claimant(session, conditions, claim.c.claimant_id.is_(None)).get(None, 0)
        return [ClaimantCount(None, UNATTRIBUTED, None, n)] if n else []
    counts = _counts_by_claimant(session, conditions, _scope(actors, None, party_id))
    rows = [ClaimantCount(a, actors.rows[a].name, actors.rows[a].role_title, n) for a, n in counts.items() if n]
    return sorted(rows, key=lambda r: (r.name.casefold(), r.name, r.actor_id))


def claim_count(session: Session, *, filter: ClaimFilter) -> int:
    """How many claims match the filter in all."""
    conditions = _conditions(filter, _load_actors(session), session)
    return session.execute(select(func.count()).select_from(claim).where(*conditions)).scalar_one()


# ---------------------------------------------------------------- sorting and pages


def _sources_count() -> ColumnElement:
    return (select(func.count()).select_from(claim_source)
            .where(claim_source.c.claim_id == claim.c.id).scalar_subquery())


def _sort_key(sort: str, postgresql: bool = False) -> ColumnElement:
    """The value a column sorts by; correlated subqueries keep ``claim`` the only FROM table."""
    if sort == "said":
        return claim.c.said_earliest
    if sort == "claimant":
        return select(actor.c.name).where(actor.c.id == claim.c.claimant_id).scalar_subquery()
    if sort == "proposition":
        return func.lower(claim.c.proposition) if postgresql else claim.c.proposition.collate("NOCASE")
    if sort == "status":  # the configured order of statuses, not their keys' spelling
        return select(status_table.c.position).where(status_table.c.key == claim.c.status).scalar_subquery()
    if sort == "credibility":
        return claim.c.credibility
    if sort == "sources":
        return _sources_count()
    raise ValueError(f"unknown sort key {sort!r}; expected one of {', '.join(SORT_KEYS)}")


def _order_by(sort: str, descending: bool, session: Session) -> list[ColumnElement]:
    """A total order: the key (empty values last either way), then the date said, then the id.

    Descending reverses everything but the place of empty values, so that "newest first" does
    not open on undated claims.
    """
    key = _sort_key(sort, session.get_bind().dialect.name == "postgresql")
    keys = [key] if sort == "said" else [key, claim.c.said_earliest]
    order: list[ColumnElement] = []
    for key in keys:
        order += [key.is_(None), key.desc() if descending else key.asc()]
    order.append(claim.c.id.desc() if descending else claim.c.id.asc())
    return order


def claim_rows(
    session: Session,
    *,
    filter: ClaimFilter,
    claimant_id: str | None,
    party_id: str | None = None,
    sort: str = "said",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[ClaimRow]:
    """One page of a claimant's matching claims, in the panel's order.

    ``claimant_id`` None with ``party_id`` None gives the unattributed claims; ``claimant_id``
    None with a ``party_id`` gives all of that party's claims, across its claimants.
    """
    actors = _load_actors(session)
    conditions = [_scope(actors, claimant_id, party_id), *_conditions(filter, actors, session)]
    page = (select(_rowid(claim)).where(*conditions).order_by(*_order_by(sort, descending, session))
            .offset(max(0, offset)).limit(max(0, limit)))
    rowids = list(session.execute(page).scalars())
    return _rows_by_rowid(session, rowids)


def _rows_by_rowid(session: Session, rowids: list[int]) -> list[ClaimRow]:
    """The full rows of one page, in the page's order (only these rows are read and counted)."""
    if not rowids:
        return []
    query = (select(_rowid(claim), claim.c.id, claim.c.said_edtf, claim.c.said_earliest, claim.c.claimant_id,
                    actor.c.name, claim.c.proposition, claim.c.status, claim.c.credibility, _sources_count())
             .select_from(claim.outerjoin(actor, actor.c.id == claim.c.claimant_id))
             .where(_rowid(claim).in_(rowids)))
    found = {r[0]: ClaimRow(*r[1:]) for r in session.execute(query)}
    return [found[r] for r in rowids if r in found]


def claim_position(
    session: Session, *, claim_id: str, filter: ClaimFilter, sort: str, descending: bool
) -> tuple[str | None, str | None, int] | None:
    """Where a claim selected elsewhere sits in the tree: (party id, claimant id, row index).

    The index counts rows under the claimant in :func:`claim_rows`'s order, so the panel can
    fetch the page holding it. None when the claim does not match the filter (or does not exist).
    """
    actors = _load_actors(session)
    conditions = _conditions(filter, actors, session)
    found = session.execute(select(claim.c.claimant_id).where(claim.c.id == claim_id, *conditions)).first()
    if found is None:
        return None
    claimant_id = found[0]
    ranked = (select(claim.c.id, func.row_number().over(order_by=_order_by(sort, descending, session)).label("n"))
              .where(_scope(actors, claimant_id, None), *conditions).subquery("ranked"))
    n = session.execute(select(ranked.c.n).where(ranked.c.id == claim_id)).scalar_one()
    return actors.group_of(claimant_id), claimant_id, n - 1


# ---------------------------------------------------------------- relations


def relations_of(session: Session, *, claim_ids: list[str]) -> dict[str, list[RelationRow]]:
    """Each claim's relations in both directions, read in one query per 500 claims.

    Every requested id is a key (an empty list: no relations). A claim's relations come
    outgoing first ("denies" before "denied by"), then by type, the other claim's date and id.
    """
    ids = list(dict.fromkeys(claim_ids))
    found: dict[str, list[tuple]] = {i: [] for i in ids}
    for start in range(0, len(ids), CHUNK):
        for row in session.execute(_relations_query(ids[start:start + CHUNK])):
            found[row.claim_id].append(row)
    return {i: [_relation_row(r) for r in sorted(rows, key=_relation_order)] for i, rows in found.items()}


def _relations_query(ids: list[str]) -> CompoundSelect:
    """Both directions as one UNION ALL: relations from these claims and relations to them."""
    other = claim.alias("other")
    other_actor = actor.alias("other_actor")

    def half(outgoing: bool) -> Select:
        this, that = (relation.c.from_claim_id, relation.c.to_claim_id) if outgoing else \
            (relation.c.to_claim_id, relation.c.from_claim_id)
        return (select(this.label("claim_id"), relation.c.id, relation.c.type, literal(outgoing).label("outgoing"),
                       other.c.id.label("other_id"), other_actor.c.name.label("other_claimant"),
                       other.c.said_edtf, other.c.said_earliest, other.c.proposition, relation.c.basis)
                .select_from(relation.join(other, other.c.id == that)
                             .outerjoin(other_actor, other_actor.c.id == other.c.claimant_id))
                .where(this.in_(ids)))

    return union_all(half(True), half(False))


def _relation_order(row) -> tuple:
    said = row.said_earliest
    return (not row.outgoing, row.type, said is None, said or 0, row.other_id, row.id)


def _relation_row(row) -> RelationRow:
    return RelationRow(id=row.id, type=row.type, outgoing=bool(row.outgoing), other_id=row.other_id,
                       other_claimant=row.other_claimant, other_said_edtf=row.said_edtf,
                       other_proposition=row.proposition, basis=row.basis)


__all__ = [
    "ClaimFilter", "PartyCount", "ClaimantCount", "ClaimRow", "RelationRow", "SORT_KEYS", "UNATTRIBUTED",
    "fts_query", "search_words", "text_condition", "party_counts", "claimant_counts", "claim_rows", "claim_count", "relations_of", "claim_position",
]
