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

Other dialects: on anything but SQLite (PostgreSQL will come later, with its own ``tsvector``
columns) the full-text part does nothing yet, in both directions.

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


def upgrade() -> None:
    op.create_index(SPAN_INDEX, "claim", ["said_earliest", "said_latest"], unique=False)
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
    op.drop_index(SPAN_INDEX, table_name="claim")
