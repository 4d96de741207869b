"""A PostgreSQL server for the tests of shared projects, and a fresh database per test.

The server is named by ``TIMELINE_TEST_PG_URL``: the address of a database the tests may connect
to as a role that may create databases (e.g. ``postgresql://postgres@127.0.0.1:54329/postgres``).
``bash .ci/run`` installs PostgreSQL, starts a throwaway server on loopback and sets it. Without
the variable these tests are skipped, saying so; with it, a server that cannot be reached fails
them: in CI nothing here is skipped.
"""

from __future__ import annotations

import os
import uuid

import pytest

from timeline_app.store.address import server_address

VARIABLE = "TIMELINE_TEST_PG_URL"
HOW = (f"no PostgreSQL server for the shared-project tests: run `bash .ci/run` (it starts one), or start one "
       f"yourself and set {VARIABLE}=postgresql://USER@HOST:PORT/postgres (a role that may create databases)")


@pytest.fixture(autouse=True)
def _server_or_skip():
    if not os.environ.get(VARIABLE):
        pytest.skip(HOW)


def _admin():
    import psycopg

    url = server_address(os.environ[VARIABLE]).url
    arguments = {**url.translate_connect_args(username="user", database="dbname"), **dict(url.query)}
    try:
        return psycopg.connect(**arguments, autocommit=True)
    except psycopg.OperationalError as exc:
        pytest.fail(f"{VARIABLE} is set, but its server cannot be reached: {exc}")


def database_address(name: str) -> str:
    """The address of database ``name`` on the test server, as users write addresses."""
    url = server_address(os.environ[VARIABLE]).url._replace(database=name)
    return url._replace(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture
def make_database():
    """Makes empty databases on the test server (``make_database()`` -> address); dropped afterwards."""
    made = []

    def make() -> str:
        name = f"timeline_test_{uuid.uuid4().hex[:12]}"
        with _admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return database_address(name)

    yield make
    with _admin() as admin:
        for name in made:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def server_db(make_database) -> str:
    """The address of one empty database."""
    return make_database()


@pytest.fixture
def shared_demo(server_db, demo_project):
    """The demo project published to the server; (its address, the local demo project)."""
    from timeline_app.store.transfer import copy_to

    copy_to(demo_project, server_db).close()
    return server_db
