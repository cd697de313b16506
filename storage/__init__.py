"""Vahti's storage: SQLModel tables, the engine, migrations and every query (repository)."""
