"""Pure deciders of *when*: the next poll of an account, backoff, health, and digest periods.

Kept in one place and free of I/O so that every rule can be tested with plain numbers: a polite
poller is mostly a matter of getting these few functions right.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.model import AccountHealth, AccountState


def posting_rate(created: Sequence[datetime], *, now: datetime, window_days: int = 30) -> float | None:
    """Posts per day over the window, from the posts' own times; None when too few to tell."""
    recent = [c for c in created if now - c <= timedelta(days=window_days)]
    if len(recent) < 2:
        return None
    span_days = max((now - min(recent)).total_seconds() / 86400, 1.0)
    return len(recent) / span_days


def blend_rate(old: float | None, new: float | None, *, weight: float = 0.3) -> float | None:
    """An exponentially weighted posting rate, so one quiet or busy day does not swing it."""
    if new is None:
        return old
    if old is None:
        return new
    return old * (1 - weight) + new * weight


def next_interval(
    *,
    posts_per_day: float | None,
    min_interval: float,
    max_interval: float,
    base_interval: float,
    server_wish: float | None = None,
) -> float:
    """Seconds until the next poll of a healthy account.

    An account that posts often is polled often: aim at about four polls per expected post,
    within [min_interval, max_interval]. The server's own wish (Retry-After, Cache-Control
    max-age, a feed's ttl) is a floor, also capped at max_interval.
    """
    interval = base_interval if not posts_per_day or posts_per_day <= 0 else 86400 / posts_per_day / 4
    interval = max(min_interval, min(max_interval, interval))
    if server_wish is not None and server_wish > interval:
        interval = min(server_wish, max_interval)
    return interval


def backoff(*, failures: int, min_interval: float, cap: float, retry_after: float | None = None) -> float:
    """Seconds until the next try after `failures` consecutive failures: doubling, capped.

    A failing account is never dropped: at worst it is tried every `cap` seconds.
    """
    delay = min(cap, min_interval * (2 ** max(0, failures - 1)))
    if retry_after is not None:
        delay = max(delay, min(retry_after, max(cap, retry_after)))
    return delay


def jitter(seconds: float, *, rng: random.Random | None = None, spread: float = 0.1) -> float:
    """Spread polls by ±10% so that accounts on one host do not fall into lockstep."""
    r = rng or random
    return seconds * (1 + r.uniform(-spread, spread))


def health_state(
    state: AccountState | None,
    *,
    now: datetime,
    enabled: bool = True,
    silent_factor: float = 5.0,
    min_silence: timedelta = timedelta(days=7),
) -> str:
    """ok, failing, silent, new or disabled.

    Silent: no new post for far longer than the account's own rhythm (five expected gaps, and at
    least a week), so a weekly newsletter is not flagged after two days.
    """
    if not enabled:
        return "disabled"
    if state is None or (state.last_success is None and state.consecutive_failures == 0):
        return "new"
    if state.consecutive_failures > 0:
        return "failing"
    if state.last_post_at is not None:
        expected_gap = timedelta(days=1 / state.posts_per_day) if state.posts_per_day else min_silence
        limit = max(min_silence, expected_gap * silent_factor)
        if now - state.last_post_at > limit:
            return "silent"
    return "ok"


def to_health(state: AccountState, *, now: datetime, enabled: bool = True) -> AccountHealth:
    return AccountHealth(
        account=state.account,
        official_id=state.official_id,
        platform=state.platform,
        last_success=state.last_success,
        last_attempt=state.last_attempt,
        consecutive_failures=state.consecutive_failures,
        last_error=state.last_error,
        next_poll=state.next_poll,
        posts_per_day=state.posts_per_day,
        state=health_state(state, now=now, enabled=enabled),  # type: ignore[arg-type]
    )


def digest_boundary(*, now: datetime, at: time, tz: str) -> datetime:
    """The latest local `at` on or before `now`, as UTC; correct across daylight-saving changes."""
    zone = ZoneInfo(tz)
    local = now.astimezone(zone)
    candidate = datetime.combine(local.date(), at, tzinfo=zone)
    if candidate > local:
        candidate = datetime.combine(local.date() - timedelta(days=1), at, tzinfo=zone)
    return candidate.astimezone(now.tzinfo)


def due_periods(
    *, last_end: datetime | None, now: datetime, at: time, tz: str, max_catchup: int = 14
) -> list[tuple[datetime, datetime]]:
    """The digest periods owed at `now`, oldest first, with no gap after `last_end`.

    The first digest ever covers the day before the latest boundary. A worker that was down for
    days owes one digest per missed day (at most `max_catchup`, the oldest dropped first, and the
    first kept period then starts where the previous digest ended so nothing falls in a gap).
    """
    zone = ZoneInfo(tz)
    end = digest_boundary(now=now, at=at, tz=tz)
    boundaries = [end]
    while True:
        prev_local = boundaries[-1].astimezone(zone)
        prev = datetime.combine(prev_local.date() - timedelta(days=1), at, tzinfo=zone).astimezone(end.tzinfo)
        if last_end is None:
            boundaries.append(prev)
            break
        if prev <= last_end:
            break
        boundaries.append(prev)
        if len(boundaries) > 400:
            break
    boundaries.reverse()
    if last_end is not None:
        if last_end >= end:
            return []
        starts = [last_end, *boundaries[:-1]]
        periods = list(zip(starts, boundaries, strict=True))
    else:
        periods = list(itertools.pairwise(boundaries))
    if len(periods) > max_catchup:
        dropped = periods[: len(periods) - max_catchup + 1]
        periods = [(dropped[0][0], dropped[-1][1]), *periods[len(periods) - max_catchup + 1 :]]
    return periods
