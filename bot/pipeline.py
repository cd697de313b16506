"""The only module that chains the stages: poll → store → score → digest → deliver.

Each step is a plain function of (app, now, ...) so that the worker's jobs, `vahti run --once`,
the CLI and the tests all drive the same code. Failures are classified here, in one place: a
source raises, the pipeline records the error against that account and moves on.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from bot import policy
from bot.errors import FetchError, NotifyError, SourceError, SourceSkipped, VahtiError
from bot.logs import event
from bot.model import (
    Account,
    AccountHealth,
    AccountState,
    Delivery,
    Digest,
    FetchResult,
    Post,
    SavedPost,
    Score,
    from_jsonable,
    to_jsonable,
)

if TYPE_CHECKING:
    import httpx

    from bot.app import App

X_COST_PER_POST = 0.005  # USD per post read, X API pay-per-use price list (specs/x.md)


# ------------------------------------------------------------------------------------------- poll


@dataclass(frozen=True, slots=True)
class PollOutcome:
    account: str
    official_id: str
    platform: str
    status: str  # ok, not_modified, error, skipped
    new: int = 0
    edited: int = 0
    deleted: int = 0
    error: str | None = None
    seconds: float = 0.0
    next_poll: datetime | None = None
    bytes_read: int = 0


def host_of(account: Account) -> str:
    """The host an account's requests go to, for the per-host limit."""
    if account.api:
        return urlsplit(account.api).netloc
    if account.url:
        return urlsplit(account.url).netloc
    if account.platform == "mastodon" and account.handle:
        return account.handle.rsplit("@", 1)[-1]
    return account.platform


def due_accounts(
    accounts: Sequence[Account], states: dict[str, AccountState], *, now: datetime, force: bool
) -> list[Account]:
    if force:
        return list(accounts)
    out = []
    for acc in accounts:
        st = states.get(acc.key)
        if st is None or st.next_poll is None or st.next_poll <= now:
            out.append(acc)
    return out


async def poll(
    app: App,
    client: httpx.AsyncClient,
    *,
    now: datetime,
    official: str | None = None,
    force: bool = False,
) -> list[PollOutcome]:
    """Poll every enabled account that is due (all of them with `force`), concurrently.

    One account's failure is recorded against it and never stops the others. Each account's
    posts and cursor are committed together, as soon as that account is done, so a crash mid-poll
    loses at most the in-flight accounts' work, which the next poll repeats.
    """
    from storage import repository as repo

    settings = app.settings
    accounts = [a for a in settings.accounts() if official is None or a.official_id == official]
    states = await asyncio.to_thread(repo.account_states, app.engine)
    due = due_accounts(accounts, states, now=now, force=force)
    total = asyncio.Semaphore(settings.polling.concurrency)
    hosts: dict[str, asyncio.Semaphore] = {}

    unchanged: list[Any] = []

    async def one(acc: Account) -> PollOutcome:
        host_sem = hosts.setdefault(host_of(acc), asyncio.Semaphore(settings.polling.per_host_concurrency))
        async with total, host_sem:
            return await poll_account(app, client, acc, states.get(acc.key), now=now, deferred=unchanged)

    try:
        return list(await asyncio.gather(*(one(a) for a in due)))
    finally:
        if unchanged:
            await asyncio.to_thread(repo.record_unchanged, app.engine, polls=unchanged, now=now)


def _x_budget(app: App, *, now: datetime) -> int | None:
    from storage import repository as repo

    cap = app.settings.sources.x_max_posts_per_day
    if cap is None:
        return 0
    used = repo.usage(app.engine, platform="x", since_day=repo.day_key(now)).get(repo.day_key(now), 0)
    return max(0, cap - used)


async def _fetch(
    app: App,
    client: httpx.AsyncClient,
    acc: Account,
    state: AccountState | None,
    *,
    now: datetime,
    recheck: bool,
) -> FetchResult:
    from bot.sources import get_source

    polling = app.settings.polling
    cursor = state.cursor if state else None
    first_poll = state is None or state.last_success is None
    backfill = now - timedelta(days=polling.backfill_days) if first_poll else None
    source: Any = get_source(acc.platform)
    if acc.platform == "x":
        budget = await asyncio.to_thread(_x_budget, app, now=now)
        token = app.settings.env.get("X_BEARER_TOKEN")
        if token and budget == 0:
            raise _Skip("daily X budget spent (sources.x.max_posts_per_day); reading resumes tomorrow (UTC)")
        return await source.fetch(
            client,
            acc,
            cursor,
            now=now,
            max_bytes=polling.max_body_bytes,
            backfill_since=backfill,
            token=token,
            max_posts=budget,
        )
    if recheck and hasattr(source, "recheck") and cursor is not None:
        return await source.recheck(
            client,
            acc,
            cursor,
            since=now - timedelta(days=polling.recheck_days),
            now=now,
            max_bytes=polling.max_body_bytes,
        )
    return await source.fetch(client, acc, cursor, now=now, max_bytes=polling.max_body_bytes, backfill_since=backfill)


class _Skip(Exception):
    """An account that is deliberately not read this time (no X token, budget spent)."""


def _wants_recheck(app: App, state: AccountState | None, *, now: datetime) -> bool:
    """Re-read the recent window for edits and deletions at a low rate: every 6 hours."""
    if app.settings.polling.recheck_days <= 0 or state is None or state.last_success is None:
        return False
    return state.last_recheck is None or now - state.last_recheck >= timedelta(hours=6)


async def poll_account(
    app: App,
    client: httpx.AsyncClient,
    acc: Account,
    state: AccountState | None,
    *,
    now: datetime,
    deferred: list[Any] | None = None,
) -> PollOutcome:
    """Poll one account, store what is new, score it, and record the account's health.

    With `deferred`, an unchanged account's state is appended there for the caller to record
    in one batch instead of committed at once.
    """
    from storage import repository as repo

    polling = app.settings.polling
    started = time.perf_counter()
    recheck = _wants_recheck(app, state, now=now)
    try:
        try:
            result = await _fetch(app, client, acc, state, now=now, recheck=recheck)
        except SourceSkipped as e:
            reason = str(e).split(": ", 1)[-1]
            raise _Skip(reason.removeprefix("skipped: ")) from e
    except _Skip as skip:
        next_poll = now + timedelta(seconds=polling.max_interval)
        await asyncio.to_thread(
            repo.record_failure,
            app.engine,
            account=acc.key,
            official_id=acc.official_id,
            platform=acc.platform,
            error=f"skipped: {skip}",
            now=now,
            next_poll=next_poll,
            count_failure=False,
        )
        out = PollOutcome(acc.key, acc.official_id, acc.platform, "skipped", error=str(skip), next_poll=next_poll)
        _log_poll(app.log, out)
        return out
    except (SourceError, VahtiError) as e:
        return await _record_error(app, acc, state, e, now=now, started=started)
    except Exception as e:  # a bug in a source must not stop the other accounts
        app.log.exception("poll.crash account=%s", acc.key)
        return await _record_error(
            app,
            acc,
            state,
            SourceError(f"internal error: {type(e).__name__}: {e}", account=acc.key),
            now=now,
            started=started,
        )

    if acc.platform == "x" and result.posts_read:
        await asyncio.to_thread(
            repo.add_usage,
            app.engine,
            platform="x",
            day=repo.day_key(now),
            posts_read=result.posts_read,
            requests=1,
        )
    rate = policy.posting_rate([p.created_at for p in result.posts], now=now)
    rate = policy.blend_rate(state.posts_per_day if state else None, rate)
    interval = policy.next_interval(
        posts_per_day=rate,
        min_interval=polling.min_interval,
        max_interval=polling.max_interval,
        base_interval=polling.interval,
        server_wish=result.retry_after,
    )
    next_poll = now + timedelta(seconds=policy.jitter(interval))
    if deferred is not None and result.not_modified and not result.posts and result.window_start is None:
        # Nothing to store but the account's state: record it with the other unchanged accounts
        # of this run in one transaction (a transaction each was most of a 304's CPU). A crash
        # before that only means these accounts are polled again.
        deferred.append(
            repo.UnchangedPoll(
                account=acc.key,
                official_id=acc.official_id,
                platform=acc.platform,
                cursor=result.cursor,
                next_poll=next_poll,
                posts_per_day=rate,
                recheck=recheck,
            )
        )
        out = PollOutcome(
            acc.key,
            acc.official_id,
            acc.platform,
            "not_modified",
            seconds=time.perf_counter() - started,
            next_poll=next_poll,
        )
        _log_poll(app.log, out)
        return out
    outcome = await asyncio.to_thread(
        repo.commit_poll,
        app.engine,
        account=acc.key,
        official_id=acc.official_id,
        platform=acc.platform,
        posts=list(result.posts),
        cursor=result.cursor,
        now=now,
        next_poll=next_poll,
        posts_per_day=rate,
        window_start=result.window_start,
        recheck=recheck,
        scorer=lambda saved: scores_for(app, saved),
    )
    for w in result.warnings:
        event(app.log, "poll.warning", level=logging.WARNING, account=acc.key, warning=w)
    out = PollOutcome(
        account=acc.key,
        official_id=acc.official_id,
        platform=acc.platform,
        status="not_modified" if result.not_modified else "ok",
        new=sum(1 for s in outcome.saved if s.change == "new"),
        edited=sum(1 for s in outcome.saved if s.change == "edited"),
        deleted=outcome.deleted,
        seconds=time.perf_counter() - started,
        next_poll=next_poll,
        bytes_read=result.bytes_read,
    )
    _log_poll(app.log, out)
    return out


async def _record_error(
    app: App,
    acc: Account,
    state: AccountState | None,
    e: Exception,
    *,
    now: datetime,
    started: float,
) -> PollOutcome:
    from storage import repository as repo

    polling = app.settings.polling
    failures = (state.consecutive_failures if state else 0) + 1
    retry_after = getattr(e, "retry_after", None)
    permanent = bool(getattr(e, "permanent", False))
    delay = policy.backoff(
        failures=failures,
        min_interval=polling.min_interval,
        cap=polling.max_backoff,
        retry_after=retry_after,
    )
    next_poll = now + timedelta(seconds=policy.jitter(delay))
    message = str(e)
    prefix = f"{acc.key}: "
    if not message.startswith(acc.platform) and not message.startswith(prefix):
        message = prefix + message
    await asyncio.to_thread(
        repo.record_failure,
        app.engine,
        account=acc.key,
        official_id=acc.official_id,
        platform=acc.platform,
        error=message,
        now=now,
        next_poll=next_poll,
        permanent=permanent,
    )
    out = PollOutcome(
        acc.key,
        acc.official_id,
        acc.platform,
        "error",
        error=message,
        seconds=time.perf_counter() - started,
        next_poll=next_poll,
    )
    _log_poll(
        app.log,
        out,
        failures=failures,
        http_status=getattr(e, "status", None) if isinstance(e, FetchError) else None,
    )
    return out


def _log_poll(log: logging.Logger, o: PollOutcome, **extra: Any) -> None:
    event(
        log,
        "poll",
        level=logging.WARNING if o.status == "error" else logging.INFO,
        account=o.account,
        status=o.status,
        new=o.new,
        edited=o.edited,
        deleted=o.deleted,
        ms=round(o.seconds * 1000),
        error=o.error,
        next_poll=o.next_poll.isoformat(timespec="seconds") if o.next_poll else None,
        **extra,
    )


# ------------------------------------------------------------------------------------------ score


def score_text(post: Post) -> str:
    """What the analyser reads: the title (when it adds anything) and the text."""
    if post.title and post.title.strip() and post.title.strip() not in post.text:
        return f"{post.title.strip()}.\n{post.text}"
    return post.text


def scores_for(app: App, saved: Sequence[SavedPost]) -> list[tuple[int, Score]]:
    """Scores of new and edited posts for every topic; stored with the posts, in one transaction."""
    from bot import analysis

    return [
        (s.id, analysis.score(score_text(s.post), topic=topic, lang=s.post.lang))
        for s in saved
        for topic in app.settings.topics
    ]


def rescore(app: App, *, now: datetime, since: datetime | None = None, progress: Any = None) -> int:
    """Score every stored post that has no score from the current scorer version."""
    from bot import analysis
    from storage import repository as repo

    done = 0
    for topic in app.settings.topics:
        after = 0
        while True:
            batch = repo.posts_needing_score(
                app.engine,
                topic=topic.id,
                scorer_version=analysis.SCORER_VERSION,
                since=since,
                after_id=after,
                limit=500,
            )
            if not batch:
                break
            scores = [(pid, analysis.score(score_text(p), topic=topic, lang=p.lang)) for pid, p in batch]
            repo.save_scores(app.engine, scores=scores, now=now)
            after = batch[-1][0]
            done += len(batch)
            if progress:
                progress(len(batch))
    return done


# ----------------------------------------------------------------------------------------- digest


def health(app: App, *, now: datetime) -> list[AccountHealth]:
    """Every configured account's health, including ones never polled yet."""
    from storage import repository as repo

    states = repo.account_states(app.engine)
    out = []
    for acc in app.settings.accounts(include_disabled=True):
        st = states.get(acc.key) or AccountState(account=acc.key, official_id=acc.official_id, platform=acc.platform)
        out.append(policy.to_health(st, now=now, enabled=acc.enabled))
    return out


def build_digest(
    app: App,
    *,
    topic_id: str | None = None,
    start: datetime,
    end: datetime,
    notices: Sequence[str] = (),
) -> Digest:
    """Build the digest of [start, end) from stored scores (pure digest.build over queried rows)."""
    from bot import analysis, digest
    from storage import repository as repo

    settings = app.settings
    topic = (
        next((t for t in settings.topics if t.id == topic_id), settings.topics[0]) if topic_id else settings.topics[0]
    )
    rows = repo.query_posts(
        app.engine,
        topic=topic.id,
        since=start - timedelta(days=14),
        until=end,
        scorer_version=analysis.SCORER_VERSION,
        include_deleted=False,
        limit=None,
    )
    changed = repo.changed_posts(app.engine, start=start, end=end)
    account_health = [h for h in health(app, now=end) if h.state in ("failing", "silent")]
    states = repo.account_states(app.engine)
    late = late_arrivals(rows, states, start=start, end=end)
    return digest.build(
        topic=topic,
        period_start=start,
        period_end=end,
        rows=rows,
        officials=settings.officials,
        health=account_health,
        changed=changed,
        timezone=settings.timezone,
        language=settings.digest.language,
        notices=notices,
        max_posts_per_official=settings.digest.max_posts_per_official,
        late=late,
    )


LATE_WINDOW = timedelta(days=7)


def late_arrivals(rows: Sequence[Any], states: dict[str, AccountState], *, start: datetime, end: datetime) -> set[int]:
    """Posts created before the period but first fetched during it, so no earlier digest had them.

    A post published just before the digest time and fetched at the next poll, or the backlog of
    an account that was failing, lands here. A new account's first poll (its backfill) does not:
    that account's first success lies inside the period.
    """
    out = set()
    for r in rows:
        state = states.get(r.post.account)
        if (
            start - LATE_WINDOW <= r.post.created_at < start
            and start <= r.fetched_at < end
            and state is not None
            and state.first_success is not None
            and state.first_success < start
        ):
            out.add(r.id)
    return out


def notices(app: App) -> list[str]:
    """Operational notices the digest must carry (a refused configuration change, say)."""
    from storage import repository as repo

    meta = repo.get_meta(app.engine, key="config_error")
    if meta and meta[0] and meta[0].get("problems"):
        problems = meta[0]["problems"]
        return [
            f"configuration change refused, last good configuration kept: {problems[0]}"
            + (f" (+{len(problems) - 1} more)" if len(problems) > 1 else "")
        ]
    return []


def queue_due_digests(app: App, *, now: datetime) -> list[tuple[str, datetime, datetime]]:
    """Record every digest that is due (catching up missed days, oldest first) in the outbox."""
    from storage import repository as repo

    settings = app.settings
    queued = []
    channels = [(c.name, c.kind) for c in settings.channels]
    for topic in settings.topics:
        last_end = repo.last_digest_end(app.engine, topic=topic.id)
        periods = policy.due_periods(last_end=last_end, now=now, at=settings.digest.time, tz=settings.timezone)
        for start, end in periods:
            d = build_digest(app, topic_id=topic.id, start=start, end=end, notices=notices(app))
            skip = d.quiet and settings.digest.quiet == "skip"
            repo.record_digest(
                app.engine,
                topic=topic.id,
                period_start=start,
                period_end=end,
                content=to_jsonable(d),
                relevant_posts=d.relevant_posts,
                channels=channels,
                now=now,
                skip=skip,
            )
            event(
                app.log,
                "digest.queued",
                topic=topic.id,
                start=start.isoformat(),
                end=end.isoformat(),
                relevant=d.relevant_posts,
                channels=len(channels),
                skipped=skip or None,
            )
            queued.append((topic.id, start, end))
    return queued


def apply_retention(app: App, *, now: datetime) -> dict[str, int]:
    """Prune what the configured retention allows (default: keep everything).

    Posts are pruned only below every digest still to be built: the oldest period not yet queued
    needs 14 days of history for its trend. Raw payloads go first; the posts themselves stay.
    """
    from storage import repository as repo

    settings = app.settings
    out = {"raw": 0, "posts": 0}
    if settings.retention_raw_days:
        out["raw"] = repo.prune_raw(app.engine, older_than=now - timedelta(days=settings.retention_raw_days))
    if settings.retention_posts_days:
        cutoff = now - timedelta(days=settings.retention_posts_days)
        for topic in settings.topics:
            last_end = repo.last_digest_end(app.engine, topic=topic.id)
            floor = (last_end or now) - timedelta(days=15)
            cutoff = min(cutoff, floor)
        out["posts"] = repo.prune_posts(app.engine, created_before=cutoff)
    if out["raw"] or out["posts"]:
        event(app.log, "retention", raw_payloads=out["raw"], posts=out["posts"])
    return out


@dataclass(frozen=True, slots=True)
class DeliveryOutcome:
    channel: str
    period_start: datetime
    status: str  # sent, retry, broken, unconfigured
    parts: int = 0
    error: str | None = None


def delivery_backoff(attempts: int, *, retry_after: float | None) -> float:
    """Seconds before the next attempt: 30 s doubling to an hour, never sooner than Retry-After."""
    delay = min(3600.0, 30.0 * (2 ** max(0, attempts - 1)))
    return max(delay, retry_after or 0.0)


async def deliver_due(
    app: App,
    client: httpx.AsyncClient,
    *,
    now: datetime,
    max_inline_wait: float = 5.0,
    max_tries: int = 4,
) -> list[DeliveryOutcome]:
    """Send every due delivery from the outbox, oldest period first.

    Exactly once, with one deliberate trade-off: a delivery is marked `sending` before a part
    leaves, and each accepted part is recorded at once. If the process dies after the platform
    accepted a part but before it was recorded, the restarted worker sends that part again,
    flagged as a possible repeat. We prefer one possible repeat to a lost digest (docs: README,
    "Delivery guarantees").
    """
    from storage import repository as repo

    outcomes = []
    for d in await asyncio.to_thread(repo.due_deliveries, app.engine, now=now):
        outcomes.append(
            await _deliver_one(app, client, d, now=now, max_inline_wait=max_inline_wait, max_tries=max_tries)
        )
    return outcomes


async def _deliver_one(
    app: App,
    client: httpx.AsyncClient,
    d: Delivery,
    *,
    now: datetime,
    max_inline_wait: float,
    max_tries: int,
) -> DeliveryOutcome:
    from bot import notify
    from storage import repository as repo

    channel = next((c for c in app.settings.channels if c.name == d.channel), None)
    if channel is None:
        return DeliveryOutcome(d.channel, d.period_start, "unconfigured", error="channel no longer configured")
    url = app.settings.channel_url(channel)
    if channel.kind != "console" and not url:
        err = f"{channel.name}: {channel.url_env} is not set; the digest waits in the outbox"
        await asyncio.to_thread(
            repo.delivery_failed,
            app.engine,
            delivery_id=d.id,
            error=err,
            next_attempt=now + timedelta(minutes=10),
            now=now,
        )
        event(
            app.log,
            "deliver",
            level=logging.WARNING,
            channel=d.channel,
            status="unconfigured",
            error=err,
        )
        return DeliveryOutcome(d.channel, d.period_start, "unconfigured", error=err)
    digest_obj = from_jsonable(Digest, d.content)
    payloads = notify.render(channel.kind, digest_obj)
    resumed = d.status == "sending"
    await asyncio.to_thread(repo.delivery_sending, app.engine, delivery_id=d.id, parts_total=len(payloads), now=now)
    sent = d.parts_sent
    tries = 0
    while sent < len(payloads):
        payload = payloads[sent]
        if resumed and channel.kind != "console":
            payload = notify.mark_possible_repeat(channel.kind, payload, language=digest_obj.language)
        try:
            await notify.send(
                channel.kind,
                client,
                url=url or "",
                payload=payload,
                channel=channel.name,
                now=now,
                stream=app.console,
            )
        except NotifyError as e:
            tries += 1
            broken = e.permanent
            message = str(e)
            if not broken and tries < max_tries and (e.retry_after or 0) <= max_inline_wait:
                await asyncio.sleep(min(max_inline_wait, e.retry_after if e.retry_after is not None else 0.5 * tries))
                event(
                    app.log,
                    "deliver.retry",
                    level=logging.WARNING,
                    channel=d.channel,
                    part=sent + 1,
                    error=message,
                    retry_after=e.retry_after,
                )
                continue
            attempts = d.attempts + 1
            next_attempt = (
                None if broken else now + timedelta(seconds=delivery_backoff(attempts, retry_after=e.retry_after))
            )
            await asyncio.to_thread(
                repo.delivery_failed,
                app.engine,
                delivery_id=d.id,
                error=message,
                next_attempt=next_attempt,
                now=now,
                broken=broken,
            )
            await asyncio.to_thread(
                repo.set_channel_state,
                app.engine,
                channel=channel.name,
                kind=channel.kind,
                broken=broken,
                error=message,
                now=now,
            )
            event(
                app.log,
                "deliver",
                level=logging.ERROR,
                channel=d.channel,
                status="broken" if broken else "retry",
                period=d.period_start.isoformat(),
                part=sent + 1,
                parts=len(payloads),
                error=message,
                next_attempt=next_attempt.isoformat(timespec="seconds") if next_attempt else None,
            )
            return DeliveryOutcome(
                d.channel,
                d.period_start,
                "broken" if broken else "retry",
                parts=sent,
                error=message,
            )
        sent += 1
        resumed = False
        await asyncio.to_thread(
            repo.delivery_part_sent,
            app.engine,
            delivery_id=d.id,
            parts_sent=sent,
            now=now,
            done=sent == len(payloads),
        )
    await asyncio.to_thread(
        repo.set_channel_state,
        app.engine,
        channel=channel.name,
        kind=channel.kind,
        broken=False,
        error=None,
        now=now,
    )
    event(
        app.log,
        "deliver",
        channel=d.channel,
        status="sent",
        period=d.period_start.isoformat(),
        parts=len(payloads),
    )
    return DeliveryOutcome(d.channel, d.period_start, "sent", parts=len(payloads))


# ------------------------------------------------------------------------------------------- once


@dataclass(frozen=True, slots=True)
class CycleReport:
    polls: list[PollOutcome]
    queued: list[tuple[str, datetime, datetime]]
    deliveries: list[DeliveryOutcome]


async def run_once(app: App, *, force_poll: bool = True) -> CycleReport:
    """Poll every account, score, queue any due digest, deliver: one full cycle, then return."""
    from storage import repository as repo

    now = app.clock()
    async with app.http() as client:
        polls = await poll(app, client, now=now, force=force_poll)
        await asyncio.to_thread(
            repo.set_meta,
            app.engine,
            key="last_poll",
            value={"accounts": len(polls), "errors": sum(p.status == "error" for p in polls)},
            now=now,
        )
        now = app.clock()
        queued = await asyncio.to_thread(queue_due_digests, app, now=now)
        delivered = await deliver_due(app, client, now=now)
    return CycleReport(polls=polls, queued=queued, deliveries=delivered)
