"""Full-text search over claims and sources (SQLite FTS5), and an index for date-range filters.

Adds two external-content FTS5 tables: ``claim_fts`` over a claim's proposition, quote,
translation and notes, and ``source_fts`` over a source's title and text. "External content"
means that the index stores no second copy of the text: it reads from ``claim`` and ``source``
by row id. Triggers keep the indexes in step with every insert, update and delete (the pattern
of the "External Content Tables" section of the SQLite FTS5 documentation, with the
``'delete'`` command), and the existing rows are indexed with the ``'rebuild'`` command.

Tokenizer: ``unicode61 remove_diacritics 2``. It folds case for all of Unicode (so "gespräche"
finds "Gespräche") and also strips diacritics, so that "Gesprache", typed on a keyboard without
umlauts, finds "Gespräche", and "Gunter Sautter" finds "Günter Sautter".
The cost is that German words differing only in an umlaut ("schon"/"schön") also meet; for a
filter that narrows a list, finding too much beats silently missing a claim. It does not fold
"ß" to "ss" and does not stem ("Gespräch" does not find "Gespräche"; the query builder's
prefix match on the last word covers the common case of typing a word's beginning).

The update triggers fire only when an indexed column changes, so status changes (the most
frequent edit) do not touch the index.

Caveat: the indexes refer to the implicit ``rowid`` of ``claim`` and ``source`` (their primary
keys are text). ``VACUUM`` may renumber such rowids; whoever adds a VACUUM must follow it with
``INSERT INTO claim_fts(claim_fts) VALUES('rebuild')`` and the same for ``source_fts``.

PostgreSQL (a shared project on a server) matches words differently, with what ships with
every PostgreSQL server and is kept by its developers: the ``unaccent`` and ``pg_trgm``
extensions (both "trusted", so the database's owner may create them). The function
``timeline_fold(text)`` lowers case and strips diacritics ("Gespräche" → "gesprache"); two
functions give the folded text a claim or a source is searched in (``timeline_claim_words``,
``timeline_source_words``), and a trigram GIN index over each lets ``LIKE '%word%'`` find the
matching rows without reading the table. A word then matches anywhere in the text, not only at
the start of a word as in SQLite ("schon" also finds "Anschonung"): for a filter that narrows a
list, finding too much beats missing a claim. PostgreSQL's ``tsvector`` was not chosen: its
parser keeps host names, e-mail addresses and paths as single words (a search for "example" would
not find "example.com"), and it folds no diacritics without ``unaccent`` either. ``unaccent`` is
only STABLE, so ``timeline_fold`` calls it with its dictionary named, schema-qualified, and is
declared IMMUTABLE, as the extension's documentation suggests for indexes.

The index ``ix_claim_said_span`` (said_earliest, said_latest) is plain SQL and is made on every
dialect, as the model declares it: the claims panel's date-range filter (and its "follow the
timeline" option, which re-filters while panning) finds the claims whose said-span overlaps a
range from this index alone, instead of reading every claim row.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TOKENIZER = "unicode61 remove_diacritics 2"
SPAN_INDEX = "ix_claim_said_span"

#: Each indexed table: its FTS table, its content table and the columns indexed.
INDEXES = (
    ("claim_fts", "claim", ("proposition", "quote", "translation", "notes")),
    ("source_fts", "source", ("title", "text")),
)


def _statements(fts: str, content: str, columns: tuple[str, ...]) -> list[str]:
    """The FTS table, its three triggers and the initial fill, for one content table."""
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    add = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new});"
    remove = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{content}', content_rowid='rowid', "
        f"tokenize='{TOKENIZER}')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {content} BEGIN {add} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {content} BEGIN {remove} END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {content} BEGIN {remove} {add} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _is_postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


#: PostgreSQL: the two extensions (unless there already), the folding function calling ``unaccent``
#: in whatever schema the extension lives, the two text functions and their trigram indexes.
POSTGRESQL_UPGRADE = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """DO $do$ DECLARE here text := (SELECT quote_ident(extnamespace::regnamespace::text) FROM pg_extension
                                      WHERE extname = 'unaccent');
    BEGIN EXECUTE format('CREATE FUNCTION timeline_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT '
                         'PARALLEL SAFE AS $f$ SELECT lower(%1$s.unaccent(%2$L::regdictionary, $1)) $f$',
                         here, here || '.unaccent');
    END $do$""",
    # concat_ws() is not immutable: the columns are joined with ||, NULL as empty
    """CREATE FUNCTION timeline_claim_words(text, text, text, text) RETURNS text LANGUAGE sql IMMUTABLE
    PARALLEL SAFE AS $$ SELECT timeline_fold(coalesce($1, '') || ' ' || coalesce($2, '') || ' ' ||
                                             coalesce($3, '') || ' ' || coalesce($4, '')) $$""",
    """CREATE FUNCTION timeline_source_words(text, text) RETURNS text LANGUAGE sql IMMUTABLE
    PARALLEL SAFE AS $$ SELECT timeline_fold(coalesce($1, '') || ' ' || coalesce($2, '')) $$""",
    """DO $do$ DECLARE here text := (SELECT quote_ident(extnamespace::regnamespace::text) FROM pg_extension
                                      WHERE extname = 'pg_trgm');
    BEGIN
        EXECUTE format('CREATE INDEX ix_claim_words ON claim USING gin '
                       '(timeline_claim_words(proposition, quote, translation, notes) %s.gin_trgm_ops)', here);
        EXECUTE format('CREATE INDEX ix_source_words ON source USING gin '
                       '(timeline_source_words(title, text) %s.gin_trgm_ops)', here);
    END $do$""",
)
POSTGRESQL_DOWNGRADE = (
    "DROP INDEX ix_source_words",
    "DROP INDEX ix_claim_words",
    "DROP FUNCTION timeline_source_words(text, text)",
    "DROP FUNCTION timeline_claim_words(text, text, text, text)",
    "DROP FUNCTION timeline_fold(text)",
)


def upgrade() -> None:
    op.create_index(SPAN_INDEX, "claim", ["said_earliest", "said_latest"], unique=False)
    if _is_postgresql():
        for statement in POSTGRESQL_UPGRADE:
            op.execute(statement)
    if not _is_sqlite():
        return
    for fts, content, columns in INDEXES:
        for statement in _statements(fts, content, columns):
            op.execute(statement)


def downgrade() -> None:
    if _is_sqlite():
        for fts, _content, _columns in INDEXES:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    if _is_postgresql():
        for statement in POSTGRESQL_DOWNGRADE:
            op.execute(statement)
    op.drop_index(SPAN_INDEX, table_name="claim")
