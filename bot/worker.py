"""The long-running worker: APScheduler 3.x jobs that call the pipeline. No logic of its own.

Jobs:
- `poll`: every `tick` seconds, polls the accounts whose own next-poll time has come (each
  account's interval adapts within [min_interval, max_interval]);
- `digest`: daily at `digest.time` in `timezone`, queues the day's digest (and any missed ones);
- `deliver`: every minute, sends what waits in the outbox (retries with backoff);
- `config`: every 10 seconds, notices a changed configuration file and adopts it if valid.

Only one worker may act at a time. On PostgreSQL the workers elect a leader with an advisory
lock; the others stand by and take over when the leader's session ends. On SQLite a second
worker refuses to start (a lock file next to the database).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot import pipeline
from bot.errors import ConfigError, StorageError, VahtiError
from bot.logs import event

if TYPE_CHECKING:
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    from bot.app import App
    from bot.settings import Settings

SHUTDOWN_GRACE = 15.0
ADVISORY_LOCK_KEY = 0x7661687469  # "vahti"
DIGEST_MISFIRE_GRACE = 12 * 3600
LOST_LEADERSHIP_EXIT = 4


def digest_trigger(settings: Settings) -> Any:
    from apscheduler.triggers.cron import CronTrigger

    t = settings.digest.time
    return CronTrigger(hour=t.hour, minute=t.minute, timezone=settings.timezone)


def poll_tick(settings: Settings) -> float:
    """How often the poll job looks for due accounts: often enough for min_interval."""
    return max(10.0, min(60.0, settings.polling.min_interval / 2))


# ------------------------------------------------------------------------------------- the jobs


async def poll_job(app: App) -> list[pipeline.PollOutcome]:
    from storage import repository as repo

    now = app.clock()
    async with app.http() as client:
        outcomes = await pipeline.poll(app, client, now=now)
    await asyncio.to_thread(
        repo.set_meta,
        app.engine,
        key="last_poll",
        value={"accounts": len(outcomes), "errors": sum(o.status == "error" for o in outcomes)},
        now=app.clock(),
    )
    return outcomes


async def digest_job(app: App) -> list[pipeline.DeliveryOutcome]:
    now = app.clock()
    await asyncio.to_thread(pipeline.queue_due_digests, app, now=now)
    outcomes = await deliver_job(app)
    await asyncio.to_thread(pipeline.apply_retention, app, now=now)
    return outcomes


async def startup_job(app: App) -> list[pipeline.DeliveryOutcome]:
    await poll_job(app)
    return await digest_job(app)


async def deliver_job(app: App) -> list[pipeline.DeliveryOutcome]:
    async with app.http() as client:
        return await pipeline.deliver_due(app, client, now=app.clock())


class ConfigWatcher:
    """Notice changed configuration files; adopt a valid change, refuse an invalid one.

    Why compare content and not only mtimes: editors and `git checkout` can keep or reset mtimes.
    """

    def __init__(self, app: App, *, config_dir: Path, load: Callable[[], Settings]) -> None:
        self.app = app
        self.config_dir = config_dir
        self.load = load
        self.snapshot = self._read()

    def _read(self) -> tuple[bytes, ...]:
        out = []
        # The same files settings.load reads: both TOML files, and .env beside them and in the
        # working directory.
        for path in (
            self.config_dir / "vahti.toml",
            self.config_dir / "officials.toml",
            self.config_dir / ".env",
            Path(".env"),
        ):
            try:
                out.append(path.read_bytes())
            except OSError:
                out.append(b"")
        return tuple(out)

    def check(self, scheduler: AsyncIOScheduler | None = None) -> str:
        """unchanged, reloaded or refused."""
        from storage import repository as repo

        snap = self._read()
        if snap == self.snapshot:
            return "unchanged"
        self.snapshot = snap
        now = self.app.clock()
        try:
            new = self.load()
        except ConfigError as e:
            for p in e.problems:
                event(self.app.log, "config.refused", level=logging.ERROR, problem=p)
            event(
                self.app.log,
                "config.kept",
                level=logging.ERROR,
                detail="the last good configuration keeps running",
            )
            repo.set_meta(self.app.engine, key="config_error", value={"problems": e.problems}, now=now)
            return "refused"
        old = self.app.settings
        self.app.replace_settings(new)
        repo.set_meta(self.app.engine, key="config_error", value=None, now=now)
        from bot import logs

        logs.redactor().update(new.secrets())
        added = {a.key for a in new.accounts()} - {a.key for a in old.accounts()}
        removed = {a.key for a in old.accounts()} - {a.key for a in new.accounts()}
        event(self.app.log, "config.reloaded", added=len(added), removed=len(removed))
        if scheduler is not None:
            if new.digest.time != old.digest.time or new.timezone != old.timezone:
                scheduler.reschedule_job("digest", trigger=digest_trigger(new))
                event(
                    self.app.log,
                    "config.digest_rescheduled",
                    time=new.digest.time.strftime("%H:%M"),
                    timezone=new.timezone,
                )
            if added:
                scheduler.modify_job("poll", next_run_time=datetime.now(tz=new.tz))
        return "reloaded"


def build_scheduler(app: App, *, watcher: ConfigWatcher | None = None) -> AsyncIOScheduler:
    """The job table. Tested directly: triggers and intervals, without waiting for the clock."""
    from apscheduler.schedulers.asyncio import AsyncIOScheduler
    from apscheduler.triggers.interval import IntervalTrigger

    s = app.settings
    scheduler = AsyncIOScheduler(timezone=s.timezone, job_defaults={"coalesce": True, "max_instances": 1})
    scheduler.add_job(
        poll_job,
        IntervalTrigger(seconds=poll_tick(s)),
        args=[app],
        id="poll",
        name="poll due accounts",
        misfire_grace_time=60,
    )
    scheduler.add_job(
        digest_job,
        digest_trigger(s),
        args=[app],
        id="digest",
        name="daily digest",
        misfire_grace_time=DIGEST_MISFIRE_GRACE,
    )
    scheduler.add_job(
        deliver_job,
        IntervalTrigger(seconds=60),
        args=[app],
        id="deliver",
        name="deliver the outbox",
        misfire_grace_time=60,
    )
    if watcher is not None:
        scheduler.add_job(
            watcher.check,
            IntervalTrigger(seconds=10),
            kwargs={"scheduler": scheduler},
            id="config",
            name="watch the configuration",
            misfire_grace_time=30,
        )
    return scheduler


# ------------------------------------------------------------------------------- single leader


class Leadership:
    """Who may act: a PostgreSQL advisory lock held on a dedicated connection, or a file lock."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.conn: Any = None
        self.lock_file: Any = None

    @property
    def backend(self) -> str:
        return str(self.app.engine.dialect.name)

    def try_acquire(self) -> bool:
        if self.backend == "postgresql":
            import sqlalchemy as sa

            if self.conn is None:
                self.conn = self.app.engine.connect()
            got = self.conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": ADVISORY_LOCK_KEY}).scalar()
            self.conn.commit()
            return bool(got)
        return self._file_lock()

    def _file_lock(self) -> bool:
        import fcntl

        db = self.app.engine.url.database or "vahti"
        path = Path(f"{db}.worker.lock") if db != ":memory:" else Path("data/vahti.worker.lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        f = path.open("a+")
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            f.close()
            return False
        f.seek(0)
        f.truncate()
        f.write(str(os.getpid()))
        f.flush()
        self.lock_file = f
        return True

    def still_held(self) -> bool:
        """On PostgreSQL, check the lock's connection is alive (a lost session loses the lock)."""
        if self.backend != "postgresql":
            return True
        import sqlalchemy as sa

        try:
            self.conn.execute(sa.text("SELECT 1"))
            self.conn.commit()
            return True
        except Exception:
            return False

    def release(self) -> None:
        with contextlib.suppress(Exception):
            if self.conn is not None:
                import sqlalchemy as sa

                self.conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_LOCK_KEY})
                self.conn.commit()
                self.conn.close()
        if self.lock_file is not None:
            with contextlib.suppress(Exception):
                self.lock_file.close()


async def _serve(app: App, *, config_dir: Path | None, standby_poll: float = 5.0) -> int:
    from bot import settings as settings_mod

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)

    leader = Leadership(app)
    if not leader.try_acquire():
        if leader.backend != "postgresql":
            event(
                app.log,
                "worker.refused",
                level=logging.ERROR,
                reason="another vahti worker already runs on this SQLite database; use PostgreSQL for a standby pair",
            )
            return 3
        event(app.log, "worker.standby", detail="another worker leads; waiting for its advisory lock")
        while not stop.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=standby_poll)
            if stop.is_set():
                return 0
            try:
                if leader.try_acquire():
                    break
            except Exception as e:
                event(app.log, "worker.standby_error", level=logging.WARNING, error=type(e).__name__)
    event(app.log, "worker.leader", backend=leader.backend, pid=os.getpid())

    cdir = Path(config_dir) if config_dir else app.settings.config_dir
    watcher = ConfigWatcher(app, config_dir=cdir, load=lambda: settings_mod.load(cdir, check_env=True))
    scheduler = build_scheduler(app, watcher=watcher)
    scheduler.start()
    # At start: a first poll, so that a digest owed from while the worker was down includes the
    # posts published meanwhile; then the digests missed, oldest first.
    scheduler.add_job(startup_job, args=[app], id="startup", name="poll, then catch up on digests")
    event(
        app.log,
        "worker.started",
        accounts=len(app.settings.accounts()),
        digest_at=app.settings.digest.time.strftime("%H:%M"),
        timezone=app.settings.timezone,
        channels=",".join(c.name for c in app.settings.channels),
    )
    exit_code = 0
    try:
        while not stop.is_set():
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=standby_poll)
            if not stop.is_set() and not leader.still_held():
                # Exit non-zero so that a supervisor (systemd Restart=on-failure, compose
                # restart: on-failure) starts the worker again, as leader or standby.
                event(app.log, "worker.lost_leadership", level=logging.ERROR)
                exit_code = LOST_LEADERSHIP_EXIT
                break
    finally:
        event(app.log, "worker.stopping", grace_s=SHUTDOWN_GRACE)
        # Pause, not shut down, while the running jobs finish: APScheduler's asyncio executor
        # cancels its in-flight jobs on shutdown, which would throw away a poll mid-way.
        scheduler.pause()
        pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        if pending:
            _, still = await asyncio.wait(pending, timeout=SHUTDOWN_GRACE)
            for t in still:
                t.cancel()
            if still:
                await asyncio.wait(still, timeout=2)
        scheduler.shutdown(wait=False)
        leader.release()
        event(app.log, "worker.stopped")
    return exit_code


def run_forever(app: App, *, config_dir: Path | None = None) -> int:
    """Run the worker until SIGTERM/SIGINT; return the process exit code."""
    try:
        return asyncio.run(_serve(app, config_dir=config_dir))
    except (StorageError, VahtiError) as e:
        event(app.log, "worker.failed", level=logging.ERROR, error=str(e))
        return 1
