"""Alembic environment: the engine comes from the caller (storage.db.upgrade), never a URL here."""

from __future__ import annotations

from alembic import context

from storage.tables import metadata

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only `alembic` on the command line, which we do not use
    raise RuntimeError("run migrations through `vahti db upgrade`")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
