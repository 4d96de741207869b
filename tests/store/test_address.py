"""Server addresses: read as users write them, shown without their password."""

from pathlib import Path

import pytest

from timeline_app.store.address import AddressError, is_server_address, server_address, shown
from timeline_app.store.dialect import _format_style


@pytest.mark.parametrize("text, expected", [
    ("postgresql://alice@db.example.org/news", "postgresql://alice@db.example.org/news"),
    ("postgres://alice@db.example.org:5433/news", "postgresql://alice@db.example.org:5433/news"),
    ("postgresql+psycopg://alice:s3cret@db/news", "postgresql://alice@db/news"),
    ("postgresql://alice:s3cret@db/news?sslmode=require", "postgresql://alice@db/news?sslmode=require"),
    ("postgresql:///news", "postgresql:///news"),
    (str(Path("postgresql://alice@db/news")), "postgresql://alice@db/news"),  # a Path merged the slashes
])
def test_addresses_are_read_as_libpq_reads_them_and_shown_without_password(text, expected):
    assert is_server_address(text)
    address = server_address(text)
    assert address.shown == str(address) == expected and "s3cret" not in repr(address)
    assert address.url.drivername == "postgresql+psycopg" and address.database == "news"


def test_the_password_stays_in_the_url_for_connecting():
    assert server_address("postgresql://alice:s3cret@db/news").url.password == "s3cret"


@pytest.mark.parametrize("text", ["story.tlproj", "/home/a/postgresql/x.tlproj", "mysql://x@y/z", "", "C:\\x.tlproj"])
def test_files_are_not_addresses(text):
    assert not is_server_address(text) and shown(text) == text


@pytest.mark.parametrize("text, message", [
    ("postgresql://alice@db", "names no database"),
    ("postgresql://alice:s3cret@db:port/news", "not a valid server address"),
])
def test_unusable_addresses_are_refused_without_their_password(text, message):
    with pytest.raises(AddressError, match=message) as refused:
        server_address(text)
    assert "s3cret" not in str(refused.value)
    assert "s3cret" not in shown(text)


@pytest.mark.parametrize("sqlite, psycopg", [
    ("SELECT id FROM claim WHERE rowid IN (?, ?)", "SELECT id FROM claim WHERE rowid IN (%s, %s)"),
    ("SELECT instr(c, '?') + instr(c, '%') FROM t WHERE x = ?", "SELECT instr(c, '?') + instr(c, '%%') FROM t WHERE x = %s"),
    ("SELECT 'it''s ?' , ? FROM t", "SELECT 'it''s ?' , %s FROM t"),
])
def test_one_sql_text_serves_both_dialects(sqlite, psycopg):
    assert _format_style(sqlite) == psycopg
