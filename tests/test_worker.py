"""The worker's job table, tested without waiting for the clock."""

from __future__ import annotations

import io
from datetime import UTC, datetime, time
from pathlib import Path

import sqlalchemy as sa
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot import settings, worker
from bot.app import build_app
from bot.clock import fixed

VAHTI = {
    "timezone": "Europe/Helsinki",
    "topics": [{"id": "t", "name": "T", "terms": {"fi": ["Kuntaliit*"]}}],
    "digest": {"time": "08:00"},
    "polling": {"min_interval": "5m"},
}


def scheduler_for(engine: sa.Engine, vahti: dict | None = None):  # type: ignore[no-untyped-def]
    s = settings.from_dicts(vahti or VAHTI, {"officials": {}})
    app = build_app(s, engine=engine, clock=fixed(datetime(2026, 3, 1, tzinfo=UTC)), console=io.StringIO())
    return worker.build_scheduler(app), app


def test_job_table(sqlite_engine: sa.Engine) -> None:
    """There is a poll interval job, a daily digest cron job with a misfire grace, and a delivery job."""
    sched, _ = scheduler_for(sqlite_engine)
    jobs = {j.id: j for j in sched.get_jobs()}
    assert set(jobs) == {"poll", "digest", "deliver"}
    assert isinstance(jobs["poll"].trigger, IntervalTrigger)
    assert jobs["poll"].trigger.interval.total_seconds() == 60
    assert isinstance(jobs["digest"].trigger, CronTrigger)
    assert jobs["digest"].misfire_grace_time >= 6 * 3600


def test_digest_fires_at_0800_helsinki_across_dst(sqlite_engine: sa.Engine) -> None:
    """08:00 Europe/Helsinki is 06:00 UTC before the March change and 05:00 UTC after it."""
    sched, _ = scheduler_for(sqlite_engine)
    trig = sched.get_job("digest").trigger
    fires = []
    prev = None
    now = datetime(2026, 3, 27, 12, 0, tzinfo=UTC)
    for _ in range(4):
        nxt = trig.get_next_fire_time(prev, now)
        fires.append(nxt.astimezone(UTC))
        prev, now = nxt, nxt
    assert [f.isoformat() for f in fires] == [
        "2026-03-28T06:00:00+00:00",
        "2026-03-29T05:00:00+00:00",
        "2026-03-30T05:00:00+00:00",
        "2026-03-31T05:00:00+00:00",
    ]
    autumn = trig.get_next_fire_time(None, datetime(2026, 10, 24, 12, 0, tzinfo=UTC)).astimezone(UTC)
    after = trig.get_next_fire_time(None, datetime(2026, 10, 25, 12, 0, tzinfo=UTC)).astimezone(UTC)
    assert autumn == datetime(2026, 10, 25, 6, 0, tzinfo=UTC) and after == datetime(2026, 10, 26, 6, 0, tzinfo=UTC)
    assert all(f.astimezone(trig.timezone).time() == time(8, 0) for f in [*fires, autumn, after])


def test_digest_time_comes_from_config(sqlite_engine: sa.Engine) -> None:
    """A different digest time and zone give a different trigger; the poll tick follows min_interval."""
    sched, _ = scheduler_for(
        sqlite_engine,
        {
            **VAHTI,
            "timezone": "Europe/Stockholm",
            "digest": {"time": "17:30"},
            "polling": {"min_interval": "30s"},
        },
    )
    nxt = sched.get_job("digest").trigger.get_next_fire_time(None, datetime(2026, 6, 1, 0, 0, tzinfo=UTC))
    assert nxt.astimezone(UTC) == datetime(2026, 6, 1, 15, 30, tzinfo=UTC)
    assert sched.get_job("poll").trigger.interval.total_seconds() == 15


def test_config_watcher_adopts_valid_and_refuses_invalid(sqlite_engine: sa.Engine, tmp_path: Path) -> None:
    """A valid change is adopted; an invalid one is refused, recorded, and the last good config stays."""
    import shutil

    from storage import repository as repo

    root = Path(__file__).resolve().parents[1]
    shutil.copytree(root / "config", tmp_path / "c")
    cdir = tmp_path / "c"
    s = settings.load(cdir, environ={})
    app = build_app(s, engine=sqlite_engine, console=io.StringIO())
    w = worker.ConfigWatcher(app, config_dir=cdir, load=lambda: settings.load(cdir, environ={}))
    assert w.check() == "unchanged"
    text = (cdir / "officials.toml").read_text()
    (cdir / "officials.toml").write_text(
        text
        + '\n[officials.new]\nname = "New"\naccounts = [{ platform = "feed", url = "https://example.org/n.xml" }]\n'
    )
    assert w.check() == "reloaded"
    assert "feed:https://example.org/n.xml" in {a.key for a in app.settings.accounts()}
    (cdir / "officials.toml").write_text(
        text + '\n[officials.new]\nname = "New"\naccounts = [{ platform = "myspace", handle = "x" }]\n'
    )
    assert w.check() == "refused"
    assert "feed:https://example.org/n.xml" in {a.key for a in app.settings.accounts()}
    meta = repo.get_meta(sqlite_engine, key="config_error")
    assert meta is not None and meta[0] is not None and "officials.toml:" in meta[0]["problems"][0]
    (cdir / "officials.toml").write_text(text)
    assert w.check() == "reloaded"
    assert repo.get_meta(sqlite_engine, key="config_error")[0] is None  # type: ignore[index]
