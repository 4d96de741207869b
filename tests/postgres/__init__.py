"""Shared projects on a real PostgreSQL server (see conftest.py for how they find one)."""
