"""Pure polling and digest-period rules."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from bot import policy
from bot.model import AccountState

T = time(8, 0)
TZ = "Europe/Helsinki"


def test_interval_follows_posting_rate_within_bounds() -> None:
    """Busy accounts are polled often, quiet ones rarely, never outside [min, max]."""
    kw = {"min_interval": 300.0, "max_interval": 21600.0, "base_interval": 900.0}
    assert policy.next_interval(posts_per_day=None, **kw) == 900.0
    assert policy.next_interval(posts_per_day=1000, **kw) == 300.0
    assert policy.next_interval(posts_per_day=0.01, **kw) == 21600.0
    assert policy.next_interval(posts_per_day=8, **kw) == 86400 / 8 / 4
    assert policy.next_interval(posts_per_day=1000, server_wish=3600, **kw) == 3600
    assert policy.next_interval(posts_per_day=1000, server_wish=10**6, **kw) == 21600.0


def test_backoff_doubles_to_a_cap_and_honours_retry_after() -> None:
    """Failures back off exponentially to the cap; Retry-After is a floor."""
    delays = [policy.backoff(failures=n, min_interval=300, cap=21600) for n in range(1, 10)]
    assert delays[:4] == [300, 600, 1200, 2400]
    assert max(delays) == 21600 and delays == sorted(delays)
    assert policy.backoff(failures=1, min_interval=300, cap=21600, retry_after=4000) == 4000


def test_jitter_stays_within_ten_percent() -> None:
    """Jitter spreads polls by at most ±10%."""
    rng = random.Random(1)
    values = [policy.jitter(1000, rng=rng) for _ in range(200)]
    assert min(values) >= 900 and max(values) <= 1100 and len(set(values)) > 100


def test_health_states() -> None:
    """new, failing, silent and ok follow the account's own rhythm."""
    now = datetime(2026, 11, 20, tzinfo=UTC)
    base = AccountState(account="a", official_id="o", platform="feed")
    assert policy.health_state(None, now=now) == "new"
    assert policy.health_state(base, now=now, enabled=False) == "disabled"
    failing = AccountState(account="a", official_id="o", platform="feed", last_success=now, consecutive_failures=2)
    assert policy.health_state(failing, now=now) == "failing"
    daily = AccountState(
        account="a",
        official_id="o",
        platform="feed",
        last_success=now,
        last_post_at=now - timedelta(days=8),
        posts_per_day=3,
    )
    assert policy.health_state(daily, now=now) == "silent"
    weekly = AccountState(
        account="a",
        official_id="o",
        platform="feed",
        last_success=now,
        last_post_at=now - timedelta(days=8),
        posts_per_day=1 / 7,
    )
    assert policy.health_state(weekly, now=now) == "ok"


def test_posting_rate() -> None:
    """Posts per day from the posts' own times; None with too little to go on."""
    now = datetime(2026, 11, 20, tzinfo=UTC)
    assert policy.posting_rate([now], now=now) is None
    assert policy.posting_rate([now - timedelta(days=d) for d in range(10)], now=now) == 10 / 9


def test_digest_boundary_across_dst() -> None:
    """08:00 Helsinki is 06:00 UTC in winter and 05:00 UTC in summer, across both changes."""
    winter = policy.digest_boundary(now=datetime(2026, 3, 28, 12, 0, tzinfo=UTC), at=T, tz=TZ)
    summer = policy.digest_boundary(now=datetime(2026, 3, 29, 12, 0, tzinfo=UTC), at=T, tz=TZ)
    autumn = policy.digest_boundary(now=datetime(2026, 10, 25, 12, 0, tzinfo=UTC), at=T, tz=TZ)
    assert winter == datetime(2026, 3, 28, 6, 0, tzinfo=UTC)
    assert summer == datetime(2026, 3, 29, 5, 0, tzinfo=UTC)
    assert autumn == datetime(2026, 10, 25, 6, 0, tzinfo=UTC)
    before = policy.digest_boundary(now=datetime(2026, 11, 20, 5, 59, tzinfo=UTC), at=T, tz=TZ)
    assert before == datetime(2026, 11, 19, 6, 0, tzinfo=UTC)


def test_due_periods_first_and_none_due() -> None:
    """The first digest covers the day before the boundary; nothing is due twice."""
    now = datetime(2026, 11, 20, 6, 5, tzinfo=UTC)
    [(start, end)] = policy.due_periods(last_end=None, now=now, at=T, tz=TZ)
    assert (start, end) == (
        datetime(2026, 11, 19, 6, 0, tzinfo=UTC),
        datetime(2026, 11, 20, 6, 0, tzinfo=UTC),
    )
    assert policy.due_periods(last_end=end, now=now + timedelta(hours=5), at=T, tz=TZ) == []


def test_due_periods_catch_up_without_gaps_across_dst() -> None:
    """A worker down for days owes one digest per day, oldest first, contiguous, DST-correct."""
    last = datetime(2026, 3, 27, 6, 0, tzinfo=UTC)
    periods = policy.due_periods(last_end=last, now=datetime(2026, 3, 30, 9, 0, tzinfo=UTC), at=T, tz=TZ)
    assert [e for _, e in periods] == [
        datetime(2026, 3, 28, 6, 0, tzinfo=UTC),
        datetime(2026, 3, 29, 5, 0, tzinfo=UTC),
        datetime(2026, 3, 30, 5, 0, tzinfo=UTC),
    ]
    assert periods[0][0] == last
    assert all(periods[i][1] == periods[i + 1][0] for i in range(len(periods) - 1))
    assert periods[1][1] - periods[1][0] == timedelta(hours=23)


def test_due_periods_cap_merges_oldest() -> None:
    """A very long outage is capped at 14 digests, the oldest merged so nothing falls in a gap."""
    last = datetime(2026, 9, 1, 5, 0, tzinfo=UTC)
    periods = policy.due_periods(last_end=last, now=datetime(2026, 10, 1, 9, 0, tzinfo=UTC), at=T, tz=TZ)
    assert len(periods) == 14 and periods[0][0] == last
    assert all(periods[i][1] == periods[i + 1][0] for i in range(len(periods) - 1))
    assert periods[-1][1] == datetime(2026, 10, 1, 5, 0, tzinfo=UTC)
