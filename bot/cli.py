"""The `vahti` command. Thin: it parses arguments, builds the app, calls the pipeline or storage.

Heavy modules (SQLModel, the analyser, the HTTP stack) are imported inside the commands that need
them, so that `vahti --help` answers at once.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import logging
import re
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn
from zoneinfo import ZoneInfo

import typer

from bot.errors import ConfigError, VahtiError

if TYPE_CHECKING:
    from bot.app import App
    from bot.model import StoredPost
    from bot.settings import Settings

app = typer.Typer(
    name="vahti",
    help="Vahti follows what named officials post in public, scores how they speak about one "
    "cooperation, and posts a daily digest to chat.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
accounts_app = typer.Typer(
    help="List, add, remove and check the tracked accounts (officials.toml).", no_args_is_help=True
)
config_app = typer.Typer(help="Validate the configuration.", no_args_is_help=True)
db_app = typer.Typer(help="Database migrations.", no_args_is_help=True)
posts_app = typer.Typer(help="Query the stored posts.", invoke_without_command=True)
app.add_typer(accounts_app, name="accounts")
app.add_typer(config_app, name="config")
app.add_typer(db_app, name="db")
app.add_typer(posts_app, name="posts")

_state: dict[str, Any] = {"config_dir": None, "log_format": "text", "verbose": False}


def _fail(message: str, code: int = 1) -> NoReturn:
    typer.echo(f"vahti: {message}", err=True)
    raise typer.Exit(code)


@app.callback()
def _main(
    config_dir: Path | None = typer.Option(
        None,
        "--config-dir",
        help="Folder with vahti.toml and officials.toml (default: $VAHTI_CONFIG_DIR or ./config).",
    ),
    log_format: str = typer.Option("text", "--log-format", help="Log lines as 'text' (event key=value) or 'json'."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log debug details."),
) -> None:
    if log_format not in ("text", "json"):
        _fail(f"--log-format must be text or json, not {log_format!r}", 2)
    _state.update(config_dir=config_dir, log_format=log_format, verbose=verbose)


def _settings(*, check_env: bool = False) -> Settings:
    from bot import settings as settings_mod

    try:
        return settings_mod.load(_state["config_dir"], check_env=check_env)
    except ConfigError as e:
        typer.echo("vahti: the configuration has problems:", err=True)
        for p in e.problems:
            typer.echo(f"  {p}", err=True)
        raise typer.Exit(2) from None


def _logging(settings: Settings | None) -> None:
    from bot import logs

    logs.configure(
        fmt=_state["log_format"],
        level=logging.DEBUG if _state["verbose"] else logging.INFO,
        secrets=settings.secrets() if settings else (),
    )


def _app(settings: Settings, **kw: Any) -> App:
    from bot.app import build_app

    try:
        return build_app(settings, **kw)
    except VahtiError as e:
        _fail(str(e))


def _run(coro: Any) -> Any:
    try:
        import asyncio

        return asyncio.run(coro)
    except VahtiError as e:
        _fail(str(e))


# ------------------------------------------------------------------------------------------ time


_REL = re.compile(r"^(\d+)\s*([mhdw])$")


def parse_when(value: str, *, tz: str, now: datetime) -> datetime:
    """`7d`, `24h`, `2w`, `30m` (before now), an ISO date (local midnight) or an ISO datetime."""
    v = value.strip()
    m = _REL.match(v.lower())
    if m:
        n = int(m.group(1))
        unit = {
            "m": timedelta(minutes=1),
            "h": timedelta(hours=1),
            "d": timedelta(days=1),
            "w": timedelta(weeks=1),
        }[m.group(2)]
        return now - n * unit
    try:
        if len(v) == 10:
            d = date.fromisoformat(v)
            return datetime(d.year, d.month, d.day, tzinfo=ZoneInfo(tz)).astimezone(UTC)
        dt = datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        raise typer.BadParameter(
            f"{value!r}: use a relative time like 7d, 24h, 2w or an ISO date such as 2026-11-01"
        ) from None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=ZoneInfo(tz))
    return dt.astimezone(UTC)


# ------------------------------------------------------------------------------------------- run


@app.command()
def run(
    once: bool = typer.Option(False, "--once", help="Poll every account, score, send any due digest, and exit."),
) -> None:
    """Start the worker: polls on their schedule, the daily digest at digest.time."""
    settings = _settings(check_env=True)
    _logging(settings)
    application = _app(settings)
    if once:
        from bot import pipeline

        with _sole_sender(application):
            report = _run(pipeline.run_once(application))
        _print_cycle(report, application)
        return
    from bot import worker

    code = worker.run_forever(application, config_dir=_state["config_dir"])
    raise typer.Exit(code)


def _print_cycle(report: Any, application: App) -> None:
    polls = report.polls
    ok = sum(p.status in ("ok", "not_modified") for p in polls)
    errors = [p for p in polls if p.status == "error"]
    skipped = [p for p in polls if p.status == "skipped"]
    new = sum(p.new for p in polls)
    edited = sum(p.edited for p in polls)
    typer.echo(f"database: {_safe_url(application.settings.database_url)}")
    if not polls:
        typer.echo("polled 0 accounts: no enabled accounts in officials.toml")
    else:
        typer.echo(
            f"polled {len(polls)} accounts: {ok} ok, {len(errors)} failed, {len(skipped)} skipped; {new} new posts, {edited} edited"
        )
    for p in errors:
        typer.echo(f"  failed  {p.error}")
    for p in skipped:
        typer.echo(f"  skipped {p.account}: {p.error}")
    for topic, start, end in report.queued:
        typer.echo(f"digest queued: {topic} {start.isoformat()} .. {end.isoformat()}")
    for d in report.deliveries:
        typer.echo(
            f"delivery: {d.channel} {d.period_start.date().isoformat()} {d.status}"
            + (f" ({d.error})" if d.error else "")
        )
    if not report.queued and not report.deliveries:
        typer.echo("no digest due now (the next one is built at digest.time)")


def _safe_url(url: str) -> str:
    from storage.db import redact_url

    return redact_url(url)


@app.command()
def poll(
    official: str | None = typer.Option(None, "--official", help="Only this official's accounts."),
) -> None:
    """Poll the accounts now (all of them, or one official's), store and score new posts."""
    settings = _settings()
    _logging(settings)
    if official and not settings.official(official):
        _fail(f"no official {official!r} in {settings.config_dir / 'officials.toml'}; see `vahti accounts list`")
    application = _app(settings)
    from bot import pipeline

    async def go() -> list[Any]:
        async with application.http() as client:
            return await pipeline.poll(application, client, now=application.clock(), official=official, force=True)

    outcomes = _run(go())
    for o in outcomes:
        line = f"{o.status:12} {o.account}  new={o.new} edited={o.edited} deleted={o.deleted}"
        typer.echo(line + (f"  {o.error}" if o.error else ""))
    if not outcomes:
        typer.echo("no enabled accounts to poll")


@app.command()
def digest(
    since: str | None = typer.Option(
        None,
        "--since",
        help="Period start (ISO or relative like 1d). Default: the last digest period.",
    ),
    until: str | None = typer.Option(None, "--until", help="Period end (ISO or relative). Default: now."),
    send: bool = typer.Option(
        False,
        "--send",
        help="Queue the digest in the outbox and deliver it to the configured channels.",
    ),
    fmt: str = typer.Option(
        "text",
        "--format",
        help="text, json, or a platform's exact payloads: slack, teams, discord, google_chat, mattermost, webhook.",
    ),
    topic: str | None = typer.Option(None, "--topic", help="Topic id (default: the first topic)."),
) -> None:
    """Build a digest and print it; with --send, deliver it through the outbox."""
    settings = _settings(check_env=send)
    _logging(settings)
    application = _app(settings)
    from bot import notify, pipeline, policy
    from bot.model import to_jsonable

    now = application.clock()
    if send and (since or until):
        _fail(
            "--send delivers the scheduled daily periods only; drop --since/--until (they are for previews)",
            2,
        )
    if send:
        with _sole_sender(application):
            _send_digests(application, now=now)
        return
    end = parse_when(until, tz=settings.timezone, now=now) if until else now
    if since:
        start = parse_when(since, tz=settings.timezone, now=now)
    else:
        start = policy.digest_boundary(now=end, at=settings.digest.time, tz=settings.timezone)
        if start >= end - timedelta(minutes=1):
            start = end - timedelta(days=1)
    if start >= end:
        _fail("--since must be before --until", 2)
    d = pipeline.build_digest(application, topic_id=topic, start=start, end=end, notices=pipeline.notices(application))
    if fmt == "json":
        typer.echo(json.dumps(to_jsonable(d), ensure_ascii=False, indent=2))
        return
    kind = "console" if fmt == "text" else fmt
    try:
        payloads = notify.render(kind, d)
    except VahtiError as e:
        _fail(str(e), 2)
    for p in payloads:
        typer.echo(p if isinstance(p, str) else json.dumps(p, ensure_ascii=False, indent=2))


def _send_digests(application: App, *, now: datetime) -> None:
    """Queue the due digests and deliver the outbox (the CLI's `digest --send`)."""
    from bot import pipeline
    from storage import repository as repo

    requeued = repo.requeue_broken(application.engine, now=now)
    if requeued:
        typer.echo(f"requeued {requeued} deliveries that had failed on a broken webhook")

    async def go() -> tuple[Any, Any]:
        import asyncio

        queued = await asyncio.to_thread(pipeline.queue_due_digests, application, now=now)
        async with application.http() as client:
            return queued, await pipeline.deliver_due(application, client, now=now)

    queued, delivered = _run(go())
    for t, s, e in queued:
        typer.echo(f"queued {t} {s.isoformat()} .. {e.isoformat()}")
    for d in delivered:
        typer.echo(
            f"delivery: {d.channel} {d.period_start.isoformat()} {d.status}" + (f" ({d.error})" if d.error else "")
        )
    if not queued and not delivered:
        typer.echo("nothing to send: every period up to now has been queued and delivered")


@contextlib.contextmanager
def _sole_sender(application: App) -> Iterator[None]:
    """Hold the worker lock while this command sends, so a running worker and this command can
    never deliver the same outbox entry twice. Refuses, with exit 3, when a worker holds it."""
    from bot.worker import Leadership

    lock = Leadership(application)
    if not lock.try_acquire():
        _fail("a vahti worker is running on this database and delivers the outbox itself; nothing was sent", 3)
    try:
        yield
    finally:
        lock.release()


@app.command()
def status() -> None:
    """Accounts with their health, the last digest per channel, and paid-API usage."""
    settings, problems = _status_settings()
    application = _app(settings)
    from bot import pipeline, policy
    from storage import repository as repo

    now = application.clock()
    tz = settings.tz
    if problems:
        typer.echo("CONFIGURATION: the files do not validate; a running worker keeps its last good configuration.")
        for p in problems:
            typer.echo(f"  {p}")
        typer.echo("Accounts as recorded in the database:\n")
        healths = [policy.to_health(st, now=now) for st in repo.account_states(application.engine).values()]
    else:
        healths = pipeline.health(application, now=now)
    typer.echo(f"{'ACCOUNT':44} {'STATE':8} {'LAST SUCCESS':16} {'FAILS':>5} {'POSTS/DAY':>9} {'NEXT POLL':16}")
    for h in healths:
        last = h.last_success.astimezone(tz).strftime("%Y-%m-%d %H:%M") if h.last_success else "never"
        nxt = h.next_poll.astimezone(tz).strftime("%Y-%m-%d %H:%M") if h.next_poll else "-"
        rate = f"{h.posts_per_day:.1f}" if h.posts_per_day is not None else "-"
        typer.echo(f"{_clip(h.account, 44):44} {h.state:8} {last:16} {h.consecutive_failures:>5} {rate:>9} {nxt:16}")
        if h.last_error:
            typer.echo(f"    {'' if h.last_error.startswith('skipped') else 'last error: '}{h.last_error}")
    typer.echo("")
    channels = repo.channel_states(application.engine)
    seen: set[str] = set()
    typer.echo("DIGESTS")
    for d in repo.deliveries(application.engine, limit=200):
        if d.channel in seen:
            continue
        seen.add(d.channel)
        period = d.period_start.astimezone(tz).strftime("%Y-%m-%d")
        extra = f" ({d.last_error})" if d.last_error and d.status != "sent" else ""
        typer.echo(f"  {d.channel:20} last period {period}: {d.status}{extra}")
    for name, st in channels.items():
        if st.get("broken"):
            typer.echo(f"  {name:20} BROKEN: {st.get('last_error')} — fix the webhook, then `vahti digest --send`")
    if not seen:
        typer.echo("  no digest recorded yet")
    pending = repo.due_deliveries(application.engine, now=now + timedelta(days=3650))
    if pending:
        typer.echo(f"  {len(pending)} deliveries waiting in the outbox")
    meta = repo.get_meta(application.engine, key="config_error")
    if not problems and meta and meta[0] and meta[0].get("problems"):
        typer.echo("\nCONFIGURATION: the last change was refused; the worker keeps the last good configuration:")
        for p in meta[0]["problems"]:
            typer.echo(f"  {p}")
    if any(a.platform == "x" for a in settings.accounts(include_disabled=True)):
        today = repo.day_key(now)
        usage = repo.usage(application.engine, platform="x", since_day=repo.month_start_key(now))
        month = sum(usage.values())
        cap = settings.sources.x_max_posts_per_day
        typer.echo(
            f"\nX: {usage.get(today, 0)} posts read today (budget {cap if cap is not None else 'not set'}), "
            f"{month} this month, estimated cost ${month * pipeline.X_COST_PER_POST:.2f}"
        )
        if cap is not None and usage.get(today, 0) >= cap:
            typer.echo("  daily budget spent: X reading is paused until tomorrow (UTC)")
    if problems:
        raise typer.Exit(2)


def _status_settings() -> tuple[Settings, list[str]]:
    """The configuration for `status`, or a database-only stand-in and the problems.

    Why not fail like the other commands: `status` is what an operator runs when something is
    wrong, and a refused edit to officials.toml must not hide the health the worker keeps
    recording on its last good configuration (the stand-in shows times in the default zone).
    """
    from bot import settings as settings_mod

    try:
        return settings_mod.load(_state["config_dir"]), []
    except ConfigError as e:
        cdir = settings_mod.config_dir_from(_env(), _state["config_dir"])
        env = settings_mod.load_env(cdir)
        fallback = settings_mod.Settings(
            config_dir=cdir,
            database_url=env.get("DATABASE_URL") or settings_mod.DEFAULT_DATABASE_URL,
            env=env,
        )
        return fallback, list(e.problems)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@app.command()
def score(
    text: str | None = typer.Option(None, "--text", help="Explain the score of one text in words."),
    lang: str | None = typer.Option(None, "--lang", help="The text's language, if known (fi, sv, en)."),
    topic: str | None = typer.Option(None, "--topic", help="Topic id (default: the first topic)."),
) -> None:
    """Score JSON Lines from stdin ({"id","text","lang"?}), or explain one --text."""
    settings = _settings()
    from bot import analysis
    from bot.model import Topic

    chosen: Topic | None = next((t for t in settings.topics if t.id == topic), None) if topic else settings.topics[0]
    if chosen is None:
        _fail(f"no topic {topic!r}; configured: {', '.join(t.id for t in settings.topics)}", 2)
    if text is not None:
        typer.echo(analysis.explain(text, topic=chosen, lang=lang))
        return
    bad = 0
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('each line must be an object with a "text" string')
        except ValueError as e:
            typer.echo(f"vahti score: stdin line {n}: {e}", err=True)
            bad += 1
            continue
        s = analysis.score(item["text"], topic=chosen, lang=item.get("lang"))
        out = {
            "id": item.get("id"),
            "lang": s.lang,
            "relevant": s.relevant,
            "terms": list(s.terms),
            "sentiment": round(s.sentiment, 4),
            "stance": None if s.stance is None else round(s.stance, 4),
            "label": s.label,
            "evidence": list(s.evidence),
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    if bad:
        raise typer.Exit(1)


@app.command()
def rescore(
    since: str | None = typer.Option(None, "--since", help="Only posts created since (ISO or relative)."),
) -> None:
    """Score stored posts that have no score from the current scorer version (old scores stay)."""
    settings = _settings()
    application = _app(settings)
    from bot import analysis, pipeline
    from storage import repository as repo

    now = application.clock()
    start = parse_when(since, tz=settings.timezone, now=now) if since else None
    total = sum(
        repo.count_posts_needing_score(
            application.engine, topic=t.id, scorer_version=analysis.SCORER_VERSION, since=start
        )
        for t in settings.topics
    )
    done = [0]

    def progress(n: int) -> None:
        done[0] += n
        width = 30
        filled = int(width * done[0] / max(total, 1))
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done[0]}/{total}")
        sys.stderr.flush()

    n = pipeline.rescore(application, now=now, since=start, progress=progress)
    if total:
        sys.stderr.write("\n")
    typer.echo(f"rescored {n} posts with scorer {analysis.SCORER_VERSION}")


@app.command()
def healthcheck() -> None:
    """Exit 0 when the database answers and the worker polled recently (for containers)."""
    settings = _settings()
    from storage import repository as repo
    from storage.db import make_engine, ping

    try:
        engine = make_engine(settings.database_url)
        ping(engine)
        meta = repo.get_meta(engine, key="last_poll")
    except VahtiError as e:
        _fail(f"unhealthy: {e}")
    except Exception as e:
        _fail(f"unhealthy: database error {type(e).__name__}")
    from bot.clock import utc_now

    if meta is None or meta[1] is None:
        _fail("unhealthy: the worker has not polled yet")
    age = (utc_now() - meta[1]).total_seconds()
    limit = 2 * max(settings.polling.interval, 60.0)
    if age > limit:
        _fail(f"unhealthy: last poll {age:.0f} s ago (limit {limit:.0f} s)")
    typer.echo(f"healthy: last poll {age:.0f} s ago")


@app.command()
def demo(
    keep: bool = typer.Option(False, "--keep", help="Keep the temporary database and print its path."),
) -> None:
    """An offline showcase: local sample feeds → poll → store → score → digest → local webhook."""
    from bot import demo as demo_mod

    _logging(None)
    raise typer.Exit(demo_mod.main(keep=keep))


@app.command()
def stats(
    since: str = typer.Option("30d", "--since", help="Start (ISO or relative)."),
    until: str | None = typer.Option(None, "--until"),
    by: str = typer.Option("day", "--by", help="day or week"),
    topic: str | None = typer.Option(None, "--topic"),
    fmt: str = typer.Option("table", "--format", help="table, json or csv"),
) -> None:
    """Per-official counts and mean stance per day or week."""
    settings = _settings()
    application = _app(settings)
    from storage import repository as repo

    if by not in ("day", "week"):
        _fail("--by must be day or week", 2)
    now = application.clock()
    tz = settings.tz
    start = parse_when(since, tz=settings.timezone, now=now)
    end = parse_when(until, tz=settings.timezone, now=now) if until else now

    def bucket(dt: datetime) -> date:
        d = dt.astimezone(tz).date()
        return d - timedelta(days=d.weekday()) if by == "week" else d

    tid = topic or settings.topics[0].id
    rows = repo.stats(application.engine, topic=tid, since=start, until=end, bucket_of=bucket)
    records = [
        {
            "official": r.official_id,
            by: r.bucket.isoformat(),
            "posts": r.posts,
            "relevant": r.relevant,
            "mean_stance": None if r.mean_stance is None else round(r.mean_stance, 3),
        }
        for r in rows
    ]
    if fmt == "json":
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=["official", by, "posts", "relevant", "mean_stance"])
        w.writeheader()
        w.writerows(records)
        typer.echo(buf.getvalue().rstrip("\n"))
    else:
        typer.echo(f"{'OFFICIAL':20} {by.upper():10} {'POSTS':>6} {'RELEVANT':>8} {'STANCE':>7}")
        for rec in records:
            st = "-" if rec["mean_stance"] is None else f"{rec['mean_stance']:+.2f}"
            typer.echo(
                f"{_clip(str(rec['official']), 20):20} {rec[by]!s:10} {rec['posts']:>6} {rec['relevant']:>8} {st:>7}"
            )


# ------------------------------------------------------------------------------------------ posts


def post_record(sp: StoredPost) -> dict[str, Any]:
    p = sp.post
    s = sp.score
    return {
        "id": sp.id,
        "official": p.official_id,
        "platform": p.platform,
        "account": p.account,
        "native_id": p.native_id,
        "url": p.url,
        "created_at": p.created_at.isoformat(),
        "lang": p.lang,
        "title": p.title,
        "text": p.text,
        "is_repost": p.is_repost,
        "is_reply": p.is_reply,
        "edited_at": p.edited_at.isoformat() if p.edited_at else None,
        "deleted_at": sp.deleted_at.isoformat() if sp.deleted_at else None,
        "score": None
        if s is None
        else {
            "topic": s.topic,
            "relevant": s.relevant,
            "stance": s.stance,
            "label": s.label,
            "sentiment": s.sentiment,
            "terms": list(s.terms),
            "evidence": list(s.evidence),
            "scorer_version": s.scorer_version,
            "lang": s.lang,
        },
    }


_PLATFORM_SHORT = {"feed": "feed", "bluesky": "bsky", "mastodon": "mast", "x": "x"}


def posts_table(rows: list[StoredPost], *, tz: ZoneInfo, width: int = 80) -> str:
    """An 80-column table: id, local date, official, platform, stance, snippet."""
    head = f"{'ID':>6} {'DATE':16} {'OFFICIAL':12} {'PLAT':4} {'STANCE':6} TEXT"
    lines = [head[:width]]
    for sp in rows:
        s = sp.score
        if s is None or not s.relevant:
            stance = "-"
        elif s.label is None:
            stance = "?"
        else:
            stance = {"positive": "+", "negative": "−", "neutral": "="}[s.label] + (
                f"{abs(s.stance):.1f}" if s.stance is not None else ""
            )
        text = " ".join(
            (
                (sp.post.title + ": ") if sp.post.title and sp.post.title not in sp.post.text else "" + sp.post.text
            ).split()
        )
        text = " ".join(text.split())
        if sp.deleted_at:
            text = "[deleted] " + text
        prefix = f"{sp.id:>6} {sp.post.created_at.astimezone(tz).strftime('%Y-%m-%d %H:%M'):16} {_clip(sp.post.official_id, 12):12} {_PLATFORM_SHORT.get(sp.post.platform, sp.post.platform)[:4]:4} {stance:6} "
        room = max(10, width - len(prefix))
        lines.append(prefix + _clip(text, room))
    return "\n".join(lines)


@posts_app.callback(invoke_without_command=True)
def posts(
    ctx: typer.Context,
    official: str | None = typer.Option(None, "--official", help="Official id."),
    platform: str | None = typer.Option(None, "--platform", help="feed, bluesky, mastodon or x."),
    since: str | None = typer.Option(None, "--since", help="ISO date/time or relative (7d, 24h, 2w)."),
    until: str | None = typer.Option(None, "--until", help="ISO date/time or relative."),
    topic: str | None = typer.Option(None, "--topic", help="Only posts relevant to this topic id."),
    stance: str | None = typer.Option(
        None, "--stance", help="positive, negative or neutral (implies the first topic)."
    ),
    search: str | None = typer.Option(None, "--search", help="Full-text search; word* for a prefix."),
    include_deleted: bool = typer.Option(False, "--include-deleted", help="Also show posts deleted at the source."),
    limit: int = typer.Option(50, "--limit", min=1, max=1_000_000),
    fmt: str = typer.Option("table", "--format", help="table, json, jsonl or csv."),
    scorer_version: str | None = typer.Option(
        None, "--scorer-version", help="Show scores of this scorer version (default: the newest)."
    ),
) -> None:
    """List stored posts, newest first."""
    if ctx.invoked_subcommand is not None:
        return
    if fmt not in ("table", "json", "jsonl", "csv"):
        _fail(f"--format must be table, json, jsonl or csv, not {fmt!r}", 2)
    if stance not in (None, "positive", "negative", "neutral"):
        _fail(f"--stance must be positive, negative or neutral, not {stance!r}", 2)
    from bot.model import PLATFORMS

    if platform is not None and platform not in PLATFORMS:
        _fail(f"--platform must be one of {', '.join(PLATFORMS)}", 2)
    settings = _settings()
    application = _app(settings)
    from storage import repository as repo

    now = application.clock()
    if topic is not None and topic not in {t.id for t in settings.topics}:
        _fail(f"no topic {topic!r}; configured: {', '.join(t.id for t in settings.topics)}", 2)
    shown_topic = topic or (settings.topics[0].id if settings.topics else None)
    try:
        rows = repo.query_posts(
            application.engine,
            official=official,
            platform=platform,
            since=parse_when(since, tz=settings.timezone, now=now) if since else None,
            until=parse_when(until, tz=settings.timezone, now=now) if until else None,
            topic=shown_topic,
            relevant_only=topic is not None or stance is not None,
            stance=stance,
            search=search,
            include_deleted=include_deleted,
            scorer_version=scorer_version,
            limit=limit,
        )
    except VahtiError as e:
        _fail(str(e))
    _print_posts(rows, fmt=fmt, tz=settings.tz)


def _print_posts(rows: list[StoredPost], *, fmt: str, tz: ZoneInfo) -> None:
    out = sys.stdout
    if fmt == "json":
        json.dump([post_record(r) for r in rows], out, ensure_ascii=False, indent=1)
        out.write("\n")
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(post_record(r), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        fields = [
            "id",
            "created_at",
            "official",
            "platform",
            "lang",
            "label",
            "stance",
            "url",
            "text",
            "deleted_at",
        ]
        w = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        for r in rows:
            rec = post_record(r)
            sc = rec["score"] or {}
            w.writerow(
                {
                    **{k: rec.get(k) for k in fields},
                    "label": sc.get("label"),
                    "stance": sc.get("stance"),
                }
            )
    else:
        out.write(posts_table(rows, tz=tz) + "\n")
        if not rows:
            out.write("(no posts match)\n")


@posts_app.command("show")
def posts_show(
    post_id: int = typer.Argument(..., help="The post's id (first column of `vahti posts`)."),
    fmt: str = typer.Option("text", "--format", help="text or json"),
) -> None:
    """One post with its revisions and every score it has."""
    settings = _settings()
    application = _app(settings)
    from storage import repository as repo

    detail = repo.get_post(application.engine, post_id=post_id)
    if detail is None:
        _fail(f"no post with id {post_id}")
    rec = post_record(detail.post)
    rec["revisions"] = [
        {
            **r,
            "edited_at": r["edited_at"].isoformat() if r["edited_at"] else None,
            "recorded_at": r["recorded_at"].isoformat(),
        }
        for r in detail.revisions
    ]
    rec["scores"] = [
        {
            "topic": s.topic,
            "scorer_version": s.scorer_version,
            "relevant": s.relevant,
            "stance": s.stance,
            "label": s.label,
            "sentiment": s.sentiment,
            "terms": list(s.terms),
            "evidence": list(s.evidence),
        }
        for s in detail.scores
    ]
    rec.pop("score")
    if fmt == "json":
        typer.echo(json.dumps(rec, ensure_ascii=False, indent=2))
        return
    tz = settings.tz
    p = detail.post.post
    typer.echo(f"#{detail.post.id} {p.official_id} on {p.platform} ({p.account})")
    typer.echo(f"  posted  {p.created_at.astimezone(tz).isoformat(timespec='minutes')}  lang={p.lang or '?'}")
    if p.edited_at:
        typer.echo(f"  edited  {p.edited_at.astimezone(tz).isoformat(timespec='minutes')}")
    if detail.post.deleted_at:
        typer.echo(f"  DELETED {detail.post.deleted_at.astimezone(tz).isoformat(timespec='minutes')} (kept here)")
    flags = [f for f, on in (("repost", p.is_repost), ("reply", p.is_reply)) if on]
    if flags:
        typer.echo(f"  flags   {', '.join(flags)}")
    typer.echo(f"  url     {p.url or '-'}")
    if p.title:
        typer.echo(f"  title   {p.title}")
    typer.echo("")
    typer.echo("  " + p.text.replace("\n", "\n  "))
    for i, r in enumerate(detail.revisions, 1):
        typer.echo(f"\n  revision {i} (replaced {r['recorded_at'].astimezone(tz).isoformat(timespec='minutes')}):")
        typer.echo("    " + r["text"].replace("\n", "\n    "))
    for s in detail.scores:
        st = "-" if s.stance is None else f"{s.stance:+.2f}"
        typer.echo(
            f"\n  score [{s.scorer_version}] {s.topic}: relevant={s.relevant} label={s.label} stance={st} sentiment={s.sentiment:+.2f}"
        )
        if s.terms:
            typer.echo(f"    terms: {', '.join(s.terms)}")
        if s.evidence:
            typer.echo(f"    evidence: {', '.join(s.evidence)}")


# --------------------------------------------------------------------------------------- accounts


@accounts_app.command("list")
def accounts_list(fmt: str = typer.Option("table", "--format", help="table or json")) -> None:
    """The officials and their accounts, as officials.toml says."""
    settings = _settings()
    rows = [
        {
            "official": o.id,
            "name": o.name,
            "platform": a.platform,
            "account": a.ident,
            "enabled": a.enabled,
        }
        for o in settings.officials
        for a in o.accounts
    ]
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{'OFFICIAL':16} {'NAME':22} {'PLATFORM':9} {'ON':3} ACCOUNT")
    for o in settings.officials:
        if not o.accounts:
            typer.echo(f"{_clip(o.id, 16):16} {_clip(o.name, 22):22} {'-':9} {'-':3} (no accounts)")
        for a in o.accounts:
            typer.echo(
                f"{_clip(o.id, 16):16} {_clip(o.name, 22):22} {a.platform:9} {'yes' if a.enabled else 'no':3} {a.ident}"
            )


@accounts_app.command("add")
def accounts_add(
    official: str = typer.Argument(..., help="Official id, e.g. karhunen. Created when new (give --name)."),
    platform: str = typer.Argument(..., help="feed, bluesky, mastodon or x."),
    ident: str = typer.Argument(..., help="Handle (bluesky, mastodon, x) or feed URL."),
    name: str | None = typer.Option(None, "--name", help="Name, for a new official."),
    role: str | None = typer.Option(None, "--role"),
    organisation: str | None = typer.Option(None, "--organisation"),
    disabled: bool = typer.Option(False, "--disabled", help="Add with enabled = false."),
) -> None:
    """Add an account to officials.toml, keeping its comments and layout."""
    from bot import accounts as acc_mod
    from bot import settings as settings_mod

    path = settings_mod.config_dir_from(_env(), _state["config_dir"]) / settings_mod.OFFICIALS_TOML
    try:
        msg = acc_mod.add(
            path,
            official=official,
            platform=platform,
            ident=ident,
            name=name,
            role=role,
            organisation=organisation,
            enabled=not disabled,
        )
    except ConfigError as e:
        _fail("\n".join(e.problems), 2)
    typer.echo(msg)


@accounts_app.command("remove")
def accounts_remove(
    official: str = typer.Argument(..., help="Official id."),
    ident: str | None = typer.Argument(None, help="Handle or URL; without it, the official and all their accounts go."),
) -> None:
    """Remove an account (or a whole official) from officials.toml, keeping comments. Stored posts stay."""
    from bot import accounts as acc_mod
    from bot import settings as settings_mod

    path = settings_mod.config_dir_from(_env(), _state["config_dir"]) / settings_mod.OFFICIALS_TOML
    try:
        msg = acc_mod.remove(path, official=official, ident=ident)
    except ConfigError as e:
        _fail("\n".join(e.problems), 2)
    typer.echo(msg)


@accounts_app.command("check")
def accounts_check() -> None:
    """Resolve every configured handle and feed URL against the live services; changes nothing."""
    settings = _settings()
    _logging(settings)
    from bot import accounts as acc_mod

    results = _run(acc_mod.check_all(settings))
    bad = 0
    for account, verdict in results:
        typer.echo(f"{_clip(account, 50):50} {verdict}")
        bad += not (verdict.startswith("found") or verdict.startswith("skipped") or verdict.startswith("disabled"))
    raise typer.Exit(1 if bad else 0)


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


# ----------------------------------------------------------------------------------------- config


@config_app.command("check")
def config_check() -> None:
    """Validate vahti.toml, officials.toml and the environment; print every problem at once."""
    settings = _settings(check_env=True)
    n_acc = len(settings.accounts())
    typer.echo(
        f"ok: {settings.config_dir}: {len(settings.officials)} officials, {n_acc} enabled accounts, "
        f"{len(settings.topics)} topic(s), digest at {settings.digest.time.strftime('%H:%M')} {settings.timezone} "
        f"to {', '.join(c.name + ' (' + c.kind + ')' for c in settings.channels)}"
    )


# --------------------------------------------------------------------------------------------- db


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Apply pending migrations (SQLite or PostgreSQL, from DATABASE_URL)."""
    settings = _settings()
    from storage.db import make_engine, upgrade

    try:
        engine = make_engine(settings.database_url)
        before, after = upgrade(engine)
    except VahtiError as e:
        _fail(str(e))
    if before == after:
        typer.echo(f"database {_safe_url(settings.database_url)} is at {after}; nothing to do")
    else:
        typer.echo(f"database {_safe_url(settings.database_url)} upgraded from {before or 'empty'} to {after}")


def main() -> None:
    try:
        app()
    except VahtiError as e:
        _fail(str(e))


if __name__ == "__main__":
    main()
