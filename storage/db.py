"""The database engine and its migrations.

SQLite is the embedded default (a file under data/, in WAL mode so that `vahti posts` can read
while the worker writes). PostgreSQL is the production store. Both are migrated by Alembic.
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.errors import StorageError

MIGRATIONS = Path(__file__).parent / "migrations"


def redact_url(url: str) -> str:
    """The database URL without its password, for messages."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<database url>"


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for `url`; for a SQLite file, create its folder and switch on WAL."""
    try:
        parsed = sa.engine.make_url(url)
    except sa.exc.ArgumentError as e:
        raise StorageError(f"DATABASE_URL is not a database URL: {redact_url(url)}") from e
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:"):
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, echo=echo, connect_args={"timeout": 30, "check_same_thread": False})

        @sa.event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    if parsed.get_backend_name() == "postgresql":
        return sa.create_engine(url, echo=echo, pool_pre_ping=True, pool_size=5, max_overflow=5)
    raise StorageError(f"unsupported database {parsed.get_backend_name()!r}; use sqlite:/// or postgresql+psycopg://")


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Apply migrations up to `revision`; return (revision before, revision after)."""
    from alembic import command

    before = current_revision(engine)
    try:
        command.upgrade(alembic_config(engine), revision)
    except sa.exc.OperationalError as e:
        raise StorageError(f"database {redact_url(str(engine.url))} unreachable: {e.orig}") from e
    return before, current_revision(engine)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except sa.exc.OperationalError as e:
        raise StorageError(f"database {redact_url(str(engine.url))} unreachable: {e.orig}") from e


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    cfg = alembic_config(None)  # type: ignore[arg-type]
    return ScriptDirectory.from_config(cfg).get_current_head()


def ping(engine: Engine) -> None:
    """Raise StorageError unless the database answers."""
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.SQLAlchemyError as e:
        raise StorageError(f"database {redact_url(str(engine.url))} unreachable: {type(e).__name__}") from e
