"""Sources: one module per platform, each turning an account into normalised posts.

A source is any module with an async `fetch` of the signature below. The registry maps a platform
name to its module and imports it only when asked, so that a deployment that follows only feeds
never imports (or needs the parser libraries of) the others, and so that the modules can be
written and tested independently.
"""

from __future__ import annotations

import importlib
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, cast

from bot.errors import VahtiError
from bot.model import Account, Cursor, FetchResult

if TYPE_CHECKING:  # importing the registry must not pull in the HTTP stack (`vahti --help`)
    import httpx

__all__ = ["SOURCES", "Source", "get_source"]


class Source(Protocol):
    """What the pipeline needs from a platform: one poll of one account.

    `now` is the job's single clock reading (used for posts without a date and for Retry-After
    dates); `cursor` is what the previous successful poll returned, opaque to everyone else.
    `backfill_since` drops posts older than it, so that adding an account does not flood the
    first digest with years of history. Failures raise FetchError or ParseError naming the
    account; a source never returns half a result.
    """

    async def fetch(
        self,
        client: httpx.AsyncClient,
        account: Account,
        cursor: Cursor | None,
        *,
        now: datetime,
        max_bytes: int = ...,  # bot.http.DEFAULT_MAX_BYTES
        backfill_since: datetime | None = None,
    ) -> FetchResult: ...


# platform name -> module that implements it
SOURCES: dict[str, str] = {
    "feed": "bot.sources.feed",
    "bluesky": "bot.sources.bluesky",
    "mastodon": "bot.sources.mastodon",
    "x": "bot.sources.x",
}


class UnknownSourceError(VahtiError, KeyError):
    """No source is registered for a platform (a typo in the configuration, usually)."""

    def __str__(self) -> str:
        # KeyError would quote the message; print it as written.
        return str(self.args[0]) if self.args else ""


def get_source(platform: str) -> Source:
    """The source module for `platform`, imported on first use."""
    try:
        module_name = SOURCES[platform]
    except KeyError:
        known = ", ".join(sorted(SOURCES))
        raise UnknownSourceError(f"sources: unknown platform {platform!r} (known: {known})") from None
    # A module with a module-level `fetch` satisfies the protocol structurally.
    return cast(Source, importlib.import_module(module_name))
