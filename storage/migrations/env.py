"""Alembic environment: the engine comes from the caller (storage.db.upgrade), never a URL here."""

from __future__ import annotations

from alembic import context

from storage.tables import metadata

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only `alembic` on the command line, which we do not use
    raise RuntimeError("run migrations through `vahti db upgrade`")

MIGRATION_LOCK = 0x76616874696D  # "vahtim": two workers starting at once must not both migrate

with engine.connect() as connection:
    locked = connection.dialect.name == "postgresql"
    if locked:
        # The second worker waits here, then finds nothing to do. Released below: the pool keeps
        # this connection's session alive, so the lock would otherwise outlive the migration.
        connection.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
        connection.commit()
    try:
        context.configure(
            connection=connection,
            target_metadata=metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
    finally:
        if locked:
            connection.rollback()
            connection.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
            connection.commit()
