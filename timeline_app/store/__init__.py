"""Storage: SQLModel tables over one SQLite file per project, migrations and CRUD functions."""
