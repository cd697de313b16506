"""The only place that reads the wall clock.

Every job takes one `now` from here and passes it down; nothing below the composition root calls
`datetime.now()` itself, so tests can pin time without patching.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def monotonic() -> float:
    """Seconds from an arbitrary start; for measuring durations only."""
    return time.monotonic()


def fixed(at: datetime) -> Clock:
    """A clock that always answers `at`; for tests and replays."""
    if at.tzinfo is None:
        raise ValueError("fixed clock needs a timezone-aware datetime")
    return lambda: at
